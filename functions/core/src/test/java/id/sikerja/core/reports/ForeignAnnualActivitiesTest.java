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
import id.sikerja.core.workflow.RegionLevel;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18: the foreign annual report lists each agreement's verified implementation activities of the year (in its
 * JSON and in its CSV/XLSX column); activities awaiting verification or returned do not count.
 */
class ForeignAnnualActivitiesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void theYearsVerifiedActivitiesAreListedPerAgreement() {
        CaseRecord sisterCity = foreign("kota-kembar");
        List<Activity> activities = List.of(
                activity("v-2025", ActivityStatus.VERIFIED, LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 4)),
                activity("v-across", ActivityStatus.VERIFIED, LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3)),
                activity("v-2024", ActivityStatus.VERIFIED, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 8, 1)),
                activity("returned", ActivityStatus.RETURNED, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 1)),
                activity("waiting", ActivityStatus.SUBMITTED, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1)));
        ReportCases source = new ReportCases() {
            @Override
            public List<CaseRow> all() {
                return List.of(CaseRow.of(sisterCity));
            }

            @Override
            public List<CaseRow> ofDepartment(String department) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<CaseRecord> inStages(Set<Stage> stages) {
                return List.of(sisterCity);
            }
        };
        ForeignAnnualReport.Report report = new ForeignAnnualReport(source, RegionLevel.KABUPATEN_KOTA,
                id -> id.equals("kota-kembar") ? activities : List.of()).of(2025, Actor.admin("a"));

        ForeignAnnualReport.Item item = report.items().get(0);
        assertEquals(List.of("v-across", "v-2025"), item.verifiedActivities().stream().map(Activity::id).toList(),
                "verified ones of 2025 (one across the new year), in date order");

        Sheet sheet = ForeignAnnualReport.sheet(report, false);
        assertEquals("Kegiatan pelaksanaan terverifikasi", sheet.header().get(sheet.header().size() - 1));
        String cell = (String) sheet.rows().get(0).get(sheet.header().size() - 1);
        assertTrue(cell.contains("Pertukaran guru v-2025 (2025-04-02 – 2025-04-04, Bersama): 10 guru berangkat; "
                + "Guru dikirim: 10 dari 12 orang"), cell);
        assertEquals(2, cell.split("\n").length, cell);
        String english = (String) ForeignAnnualReport.sheet(report, true).rows().get(0).get(sheet.header().size() - 1);
        assertTrue(english.contains("(2025-04-02 – 2025-04-04, Jointly)") && english.contains("10 of 12 orang"), english);
    }

    private static Activity activity(String id, ActivityStatus status, LocalDate start, LocalDate end) {
        ActivityDraft draft = new ActivityDraft("Pertukaran guru " + id, "", start, end, ActivityParty.JOINT,
                "10 guru berangkat", Optional.of(new Indicator("Guru dikirim", "orang", new BigDecimal("12"),
                new BigDecimal("10"))), List.of());
        return new Activity("kota-kembar", id, 2, draft, status, "opd-1", Role.OPD, NOW, Optional.empty(),
                status == ActivityStatus.VERIFIED ? Optional.of(NOW) : Optional.empty(), List.of());
    }

    private static CaseRecord foreign(String id) {
        Facts facts = Facts.of(Fact.NASKAH_SIGNED_ON, LocalDate.of(2024, 5, 1))
                .with(Fact.TERM_START, LocalDate.of(2024, 6, 1)).with(Fact.TERM_MONTHS, 48);
        Transition t = (Transition) Workflow.withDefaults().enterLegacy(NewCase.foreign(id, Category.KSDPL,
                        List.of("DISDIK")), facts,
                List.of(new DocumentUpload(DocumentType.NASKAH_SIGNED, "documents/new/" + id, "b".repeat(64), "n.pdf")),
                Actor.admin("a"), NOW);
        Proposal p = new Proposal(Category.KSDPL, null, null, new Partner("Mitra", PartnerType.PEMERINTAH_DAERAH_LUAR_NEGERI,
                "Prancis", "Rue 1", "Jean Dupont", "jean@example.fr", "+33 1 2345 6789"), "Kota Kembar", "b", "p", "s",
                "e", "l", 60, "f", List.of("DISDIK"));
        return new CaseRecord(null, p, t.state(), NOW);
    }
}
