package id.sikerja.core.reports;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 13 item 7: the reports flag refused mandatory KSDD: a count in each group, and a column in the exported
 * table ("Kerja sama wajib ditolak") when the report has any.
 */
class RefusedMandatoryReportTest {

    private static CaseRow row(String id, Category c, Stage stage, String department, boolean refused) {
        return new CaseRow(id, "Judul " + id, c, stage, "Kota Bontang", PartnerType.PEMERINTAH_DAERAH, "Kaltim",
                List.of(department), Optional.empty(), Optional.empty(), Instant.parse("2026-05-01T00:00:00Z"), refused);
    }

    private static Reports over(List<CaseRow> rows) {
        return new Reports(new ReportCases() {
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
        }, ZoneId.of("Asia/Makassar"));
    }

    @Test
    void eachGroupCountsItsRefusedMandatoryCooperationsAndTheTableShowsThem() {
        Reports reports = over(List.of(
                row("a", Category.KSDD, Stage.DITOLAK, "DINKES", true),
                row("b", Category.KSDD, Stage.DITOLAK, "DINKES", false),
                row("c", Category.KSDD, Stage.DIBATALKAN, "DISHUB", true),
                row("d", Category.KSDPK, Stage.PELAKSANAAN, "DISHUB", false)));
        GroupedReport byDepartment = reports.grouped(GroupBy.DEPARTMENT, Optional.empty(), Actor.admin("a"));
        assertEquals(List.of("DINKES:1", "DISHUB:1"), byDepartment.rows().stream()
                .map(r -> r.key() + ":" + r.refusedMandatory()).sorted().toList());

        Sheet sheet = Reports.sheet(reports.grouped(GroupBy.CATEGORY, Optional.empty(), Actor.admin("a")), false);
        assertEquals("Kerja sama wajib ditolak", sheet.header().get(sheet.header().size() - 1));
        assertEquals(List.of(2, 0), sheet.rows().stream().map(r -> r.get(r.size() - 1)).toList(), "KSDD 2, KSDPK 0");
        assertEquals("Mandatory cooperation refused", Reports.sheet(reports.grouped(GroupBy.CATEGORY, Optional.empty(),
                Actor.admin("a")), true).header().get(sheet.header().size() - 1));
    }

    @Test
    void aReportWithoutAnyKeepsItsColumns() {
        Sheet sheet = Reports.sheet(over(List.of(row("d", Category.KSDPK, Stage.PELAKSANAAN, "DISHUB", false)))
                .grouped(GroupBy.CATEGORY, Optional.empty(), Actor.admin("a")), false);
        assertFalse(sheet.header().contains("Kerja sama wajib ditolak"));
    }
}
