package id.sikerja.core.reports;

import id.sikerja.core.activities.Activity;
import id.sikerja.core.activities.ActivityDraft;
import id.sikerja.core.activities.ActivityParty;
import id.sikerja.core.activities.ActivityStatus;
import id.sikerja.core.activities.Indicator;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: the reports page lists every running agreement (any category) with its verified activities of the year;
 * unverified or other years' activities do not count, and an OPD sees only its department's agreements.
 */
class ActivityReportTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private final CaseRecord foreign = foreign("kota-kembar", "DISDIK");
    private final CaseRecord other = foreign("kota-lain", "DINKES");
    private final Map<String, List<Activity>> byCase = Map.of(
            "kota-kembar", List.of(
                    activity("kota-kembar", "v-2025", ActivityStatus.VERIFIED, LocalDate.of(2025, 4, 2)),
                    activity("kota-kembar", "v-2024", ActivityStatus.VERIFIED, LocalDate.of(2024, 8, 1)),
                    activity("kota-kembar", "waiting", ActivityStatus.SUBMITTED, LocalDate.of(2025, 6, 1)),
                    activity("kota-kembar", "returned", ActivityStatus.RETURNED, LocalDate.of(2025, 5, 1))),
            "kota-lain", List.of());
    private final ActivityReport report = new ActivityReport(new ReportCases() {
        @Override
        public List<CaseRow> all() {
            throw new UnsupportedOperationException("must not read every case");
        }

        @Override
        public List<CaseRow> ofDepartment(String department) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CaseRecord> inStages(Set<Stage> stages) {
            return List.of(foreign, other);
        }
    }, id -> byCase.getOrDefault(id, List.of()));

    @Test
    void listsOnlyTheYearsVerifiedActivitiesPerAgreement() {
        ActivityReport.Report r = report.of(2025, Actor.admin("a"));

        assertEquals(List.of("kota-kembar", "kota-lain"), r.items().stream().map(ActivityReport.Item::id).toList(),
                "every running agreement, also one without a verified activity");
        assertEquals(List.of("v-2025"), r.items().get(0).activities().stream().map(Activity::id).toList());
        assertEquals(List.of(), r.items().get(1).activities());
        assertEquals(List.of("v-2024"), report.of(2024, Actor.admin("a")).items().get(0).activities().stream()
                .map(Activity::id).toList());
    }

    @Test
    void anOpdSeesItsDepartmentsAgreementsOnly() {
        assertEquals(List.of("kota-lain"), report.of(2025, Actor.opd("o", "DINKES")).items().stream()
                .map(ActivityReport.Item::id).toList());
    }

    @Test
    void theSheetHasOneRowPerActivityInTheChosenLanguage() {
        ActivityReport.Report r = report.of(2025, Actor.admin("a"));
        Sheet id = ActivityReport.sheet(r, false);
        assertEquals("Kegiatan", id.header().get(6));
        assertEquals(2, id.rows().size());
        List<Object> row = id.rows().get(0);
        assertEquals("Pertukaran guru v-2025", row.get(6));
        assertEquals(LocalDate.of(2025, 4, 2), row.get(7));
        assertEquals("Bersama", row.get(9));
        assertEquals(new BigDecimal("10"), row.get(13));
        assertTrue(id.rows().get(1).get(6) == null, "the agreement without an activity has an empty activity cell");
        assertEquals("Jointly", ActivityReport.sheet(r, true).rows().get(0).get(9));
    }

    private static Activity activity(String caseId, String id, ActivityStatus status, LocalDate day) {
        ActivityDraft draft = new ActivityDraft("Pertukaran guru " + id, "", day, day, ActivityParty.JOINT,
                "10 guru berangkat", Optional.of(new Indicator("Guru dikirim", "orang", new BigDecimal("12"),
                new BigDecimal("10"))), List.of());
        return new Activity(caseId, id, 2, draft, status, "opd-1", Role.OPD, NOW, Optional.empty(),
                status == ActivityStatus.VERIFIED ? Optional.of(NOW) : Optional.empty(), List.of());
    }

    private static CaseRecord foreign(String id, String department) {
        Facts facts = Facts.of(Fact.NASKAH_SIGNED_ON, LocalDate.of(2024, 5, 1))
                .with(Fact.TERM_START, LocalDate.of(2024, 6, 1)).with(Fact.TERM_MONTHS, 48);
        Transition t = (Transition) Workflow.withDefaults().enterLegacy(NewCase.foreign(id, Category.KSDPL,
                        List.of(department)), facts,
                List.of(new DocumentUpload(DocumentType.NASKAH_SIGNED, "documents/new/" + id, "b".repeat(64), "n.pdf")),
                Actor.admin("a"), NOW);
        Proposal p = new Proposal(Category.KSDPL, null, null, new Partner("Mitra", PartnerType.PEMERINTAH_DAERAH_LUAR_NEGERI,
                "Prancis", "Rue 1", "Jean Dupont", "jean@example.fr", "+33 1 2345 6789"), id, "b", "p", "s",
                "e", "l", 60, "f", List.of(department));
        return new CaseRecord(null, p, t.state(), NOW);
    }
}
