package id.sikerja.core.reports;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ReportsTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static CaseRow row(String id, Category c, Stage stage, String partner, List<String> departments,
                               String field, LocalDate signed, String created) {
        return new CaseRow(id, "Judul " + id, c, stage, partner, PartnerType.PEMERINTAH_DAERAH, "Kaltim", departments,
                Optional.ofNullable(field), Optional.ofNullable(signed), Instant.parse(created));
    }

    private final List<CaseRow> rows = List.of(
            row("a", Category.KSDD, Stage.PELAKSANAAN, "Kota Bontang", List.of("DINKES"), "Kesehatan",
                    LocalDate.of(2022, 3, 1), "2026-05-01T00:00:00Z"),
            row("b", Category.KSDD, Stage.PERSIAPAN, "kota  bontang", List.of("DINKES", "DISHUB"), "kesehatan", null,
                    "2026-02-01T00:00:00Z"),
            row("c", Category.KSDPK, Stage.PELAKSANAAN, "PT Maju", List.of("DISHUB"), null,
                    LocalDate.of(2025, 7, 1), "2025-07-02T00:00:00Z"),
            // created on 31 December 2025 at 17:00 UTC: already 1 January 2026 in the Pemda's zone
            row("d", Category.KSDPL, Stage.SELESAI, "Ville de Besançon", List.of(), "Pendidikan", null,
                    "2025-12-31T17:00:00Z"));

    private final ReportCases source = new ReportCases() {
        @Override
        public List<CaseRow> all() {
            return rows;
        }

        @Override
        public List<CaseRow> ofDepartment(String department) {
            return rows.stream().filter(r -> r.departments().contains(department)).toList();
        }

        @Override
        public List<CaseRecord> inStages(Set<Stage> stages) {
            throw new UnsupportedOperationException();
        }
    };
    private final Reports reports = new Reports(source, WITA);

    private static Map<String, Integer> totals(GroupedReport r) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        r.rows().forEach(x -> out.put(x.key(), x.total()));
        return out;
    }

    @Test
    void byYearCountsTheSigningYearElseTheCreationYearInThePemdasZone() {
        GroupedReport r = reports.grouped(GroupBy.YEAR, Optional.empty(), Actor.admin("a"));
        assertEquals(Map.of("2022", 1, "2025", 1, "2026", 2), totals(r));
        assertEquals(List.of("2022", "2025", "2026"), r.rows().stream().map(GroupedReport.Row::key).toList());
        GroupedReport of2026 = reports.grouped(GroupBy.CATEGORY, Optional.of(2026), Actor.admin("a"));
        assertEquals(Map.of("KSDD", 1, "KSDPL", 1), totals(of2026));
    }

    @Test
    void byDepartmentCountsACaseInEachOfItsDepartmentsAndNamesCasesWithout() {
        GroupedReport r = reports.grouped(GroupBy.DEPARTMENT, Optional.empty(), Actor.pimpinan("p"));
        assertEquals(List.of("DINKES", "DISHUB", "-"), r.rows().stream().map(GroupedReport.Row::key).toList());
        assertEquals(Map.of("DINKES", 2, "DISHUB", 2, "-", 1), totals(r));
        GroupedReport.Row dinkes = r.rows().get(0);
        assertEquals(Map.of(Stage.PELAKSANAAN, 1, Stage.PERSIAPAN, 1), dinkes.byStage());
    }

    @Test
    void partnersAndFieldsAreGroupedCaseAndSpaceInsensitively() {
        GroupedReport partners = reports.grouped(GroupBy.PARTNER, Optional.empty(), Actor.admin("a"));
        assertEquals(2, partners.rows().get(0).total());
        assertEquals("Kota Bontang", partners.rows().get(0).label().id(), "the latest case's spelling labels the group");
        assertEquals("ville de besancon", partners.rows().stream().filter(x -> x.label().id().contains("Besan"))
                .findFirst().orElseThrow().key(), "accents folded");
        GroupedReport fields = reports.grouped(GroupBy.FIELD, Optional.empty(), Actor.admin("a"));
        assertEquals(Map.of("kesehatan", 2, "pendidikan", 1, "-", 1), totals(fields));
        assertEquals("-", fields.rows().get(fields.rows().size() - 1).key(), "not recorded comes last");
    }

    @Test
    void anOpdUserCountsOnlyItsDepartmentsCases() {
        GroupedReport r = reports.grouped(GroupBy.CATEGORY, Optional.empty(), Actor.opd("u", "DISHUB"));
        assertEquals(Map.of("KSDD", 1, "KSDPK", 1), totals(r));
        assertEquals(Optional.of("DINKES"), Reports.scope(Actor.tkksdLokus("t", "DINKES")));
        assertEquals(Optional.empty(), Reports.scope(Actor.tkksd("t")));
    }

    @Test
    void theSheetHasALabelTotalAndOneColumnPerStageThatOccurs() {
        GroupedReport r = reports.grouped(GroupBy.CATEGORY, Optional.empty(), Actor.admin("a"));
        Sheet sheet = Reports.sheet(r, false);
        assertEquals(List.of("Kategori", "Jumlah", "Persiapan", "Pelaksanaan", "Selesai"), sheet.header());
        assertEquals(List.of("Kerja sama dengan daerah lain (KSDD)", 2, 1, 1, 0), sheet.rows().get(0));
        List<Object> english = new ArrayList<>(Reports.sheet(r, true).header());
        assertEquals(List.of("Category", "Total", "Preparation", "Implementation", "Ended"), english);
    }
}
