package id.sikerja.core.reports;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.MonevCriterion;
import id.sikerja.core.workflow.MonevEntry;
import id.sikerja.core.workflow.MonevEvaluation;
import id.sikerja.core.workflow.MonevKind;
import id.sikerja.core.workflow.MonevPeriod;
import id.sikerja.core.workflow.MonevRecommendation;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.RegionLevel;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ForeignAnnualReportTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private final List<CaseRecord> stored = new ArrayList<>();
    private final ReportCases source = new ReportCases() {
        @Override
        public List<CaseRow> all() {
            return stored.stream().map(CaseRow::of).toList();
        }

        @Override
        public List<CaseRow> ofDepartment(String department) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CaseRecord> inStages(Set<Stage> stages) {
            return stored.stream().filter(r -> stages.contains(r.stage())).toList();
        }
    };

    private CaseRecord legacy(String id, Category category, String department, LocalDate signed, LocalDate start,
                              int months, List<MonevEntry> monev) {
        Facts facts = Facts.of(Fact.NASKAH_SIGNED_ON, signed).with(Fact.TERM_START, start)
                .with(Fact.TERM_MONTHS, months).with(Fact.AGREEMENT_NUMBER, "NO-" + id).with(Fact.FIELD, "Pendidikan")
                .with(Fact.IN_APBD, true);
        NewCase spec = NewCase.foreign(id, category, List.of(department));
        Transition t = (Transition) Workflow.withDefaults().enterLegacy(spec, facts,
                List.of(new DocumentUpload(DocumentType.NASKAH_SIGNED, "documents/new/" + id, "b".repeat(64), "n.pdf")),
                Actor.admin("a"), NOW);
        CaseState s = t.state().withMonev(monev);
        PartnerType type = category == Category.KSDPL ? PartnerType.PEMERINTAH_DAERAH_LUAR_NEGERI
                : PartnerType.LEMBAGA_LUAR_NEGERI;
        Proposal p = new Proposal(category, null, null, new Partner("Mitra " + id, type, "Prancis", "Rue 1",
                "Jean Dupont", "jean@example.fr", "+33 1 2345 6789"), "Kota Kembar " + id, "b", "p", "s", "e", "l", 60,
                "f", List.of(department));
        return new CaseRecord(null, p, s, NOW);
    }

    private static MonevEntry entry(MonevKind kind, LocalDate inPeriod, String summary, MonevEvaluation evaluation) {
        return new MonevEntry(kind, MonevPeriod.containing(inPeriod, 6), NOW, "u", Role.OPD, summary, List.of(),
                Optional.ofNullable(evaluation));
    }

    @Test
    void eachForeignAgreementRunningInTheYearWithItsActivitiesEvaluationAndBudget() {
        Map<MonevCriterion, Integer> scores = new EnumMap<>(MonevCriterion.class);
        for (MonevCriterion c : MonevCriterion.values()) {
            scores.put(c, 4);
        }
        stored.add(legacy("a", Category.KSDPL, "DISDIK", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), 48,
                List.of(entry(MonevKind.OPD_REPORT, LocalDate.of(2025, 3, 1), "Pertukaran guru 10 orang", null),
                        entry(MonevKind.PARTNER_REPORT, LocalDate.of(2025, 9, 1), "Beasiswa 5 siswa", null),
                        entry(MonevKind.EVALUATION, LocalDate.of(2025, 9, 1), "",
                                new MonevEvaluation(scores, 4, MonevRecommendation.PERLUAS)),
                        entry(MonevKind.OPD_REPORT, LocalDate.of(2024, 9, 1), "Tahun lalu", null))));
        // ended before 2025
        stored.add(legacy("b", Category.KSDLL, "DISDIK", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), 24,
                List.of()));
        // signed after 2025
        stored.add(legacy("c", Category.KSDLL, "DINKES", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 1), 12,
                List.of()));

        ForeignAnnualReport.Report report = new ForeignAnnualReport(source, RegionLevel.KABUPATEN_KOTA)
                .of(2025, Actor.admin("a"));

        assertEquals(ForeignAnnualReport.Recipient.GUBERNUR, report.recipient());
        assertEquals(LocalDate.of(2026, 1, 7), report.dueBy(), "the first week of January, to the Gubernur");
        assertEquals(List.of("a"), report.items().stream().map(ForeignAnnualReport.Item::id).toList());
        ForeignAnnualReport.Item a = report.items().get(0);
        assertEquals(List.of("Pertukaran guru 10 orang", "Beasiswa 5 siswa"),
                a.activities().stream().map(ForeignAnnualReport.Activity::summary).toList(), "2025's reports only");
        assertEquals(MonevRecommendation.PERLUAS, a.evaluation().orElseThrow().recommendation());
        assertEquals(Optional.of(LocalDate.of(2028, 5, 31)), a.termEnd());
        assertEquals(Optional.of("NO-a"), a.agreementNumber());
        assertEquals("Prancis", a.partnerCountry());
        assertEquals(Optional.of(true), a.inApbd());

        assertEquals(List.of(), new ForeignAnnualReport(source, RegionLevel.PROVINSI)
                .of(2025, Actor.opd("u", "DINKES")).items(), "an OPD user sees its department's only");
        ForeignAnnualReport.Report province = new ForeignAnnualReport(source, RegionLevel.PROVINSI)
                .of(2026, Actor.opd("u", "DINKES"));
        assertEquals(ForeignAnnualReport.Recipient.MENTERI, province.recipient());
        assertEquals(LocalDate.of(2027, 1, 14), province.dueBy());
        assertEquals(List.of("c"), province.items().stream().map(ForeignAnnualReport.Item::id).toList());

        Sheet sheet = ForeignAnnualReport.sheet(report, false);
        assertEquals(19, sheet.header().size());
        List<Object> row = sheet.rows().get(0);
        assertEquals("Kota Kembar a", row.get(1));
        assertEquals("Pertukaran guru 10 orang", ((String) row.get(12)).lines().findFirst().orElseThrow()
                .replaceFirst("^.*: ", ""));
        assertFalse(sheet.rows().toString().contains("jean@example.fr"), "no contact's personal data");
    }
}
