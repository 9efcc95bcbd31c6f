package id.sikerja.core.answers;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialField;
import id.sikerja.core.potentials.PotentialKind;
import id.sikerja.core.potentials.PotentialStatus;
import id.sikerja.core.reports.CaseRow;
import id.sikerja.core.reports.Sheet;
import id.sikerja.core.settings.Department;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Issue 16: entries per department and field, with and without proposals, led to agreements; who mapped nothing. */
class PotentialReportTest {

    static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    static Potential entry(String id, String dept, PotentialField field, PotentialStatus status) {
        return new Potential(id, PotentialKind.KEBUTUHAN, dept, "Kebutuhan " + id, "Uraian", field,
                Set.of(PartnerType.BADAN_USAHA), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), status, Optional.empty(), Optional.empty(), List.of(), 1, T, T, "opd-1");
    }

    static CaseRow row(String id, boolean signed) {
        return new CaseRow(id, "Usulan " + id, Category.KSDPK, signed ? Stage.PELAKSANAAN : Stage.PERSIAPAN,
                "PT Contoh", PartnerType.BADAN_USAHA, "Makassar", List.of("DINKES"), Optional.empty(),
                signed ? Optional.of(LocalDate.of(2026, 5, 1)) : Optional.empty(), T);
    }

    private final List<Potential> entries = List.of(
            entry("p1", "DINKES", PotentialField.KESEHATAN, PotentialStatus.FULFILLED),
            entry("p2", "DINKES", PotentialField.KESEHATAN, PotentialStatus.OPEN),
            entry("p3", "DINKES", PotentialField.PENDIDIKAN, PotentialStatus.CLOSED),
            entry("p4", "DISHUB", PotentialField.PERHUBUNGAN, PotentialStatus.IN_PROGRESS));
    private final List<AnswerLinks.Link> links = List.of(
            new AnswerLinks.Link("p1", "c1", T, "Usulan c1"),
            new AnswerLinks.Link("p1", "c2", T, "Usulan c2"),
            new AnswerLinks.Link("p4", "c3", T, "Usulan c3"));
    private final List<CaseRow> cases = List.of(row("c1", true), row("c2", false), row("c3", false));
    private final List<Department> departments = List.of(new Department("DINKES", "Dinas Kesehatan"),
            new Department("DISHUB", "Dinas Perhubungan"), new Department("BAPPEDA", "Bappeda"),
            new Department("DISDIK", "Dinas Pendidikan"));

    @Test
    void countsEntriesPerDepartmentAndFieldWithAndWithoutProposalsAndAgreements() {
        PotentialReport.Report r = PotentialReport.of(Actor.pimpinan("sekda"), entries, links, cases, departments);
        assertEquals(3, r.rows().size());
        PotentialReport.Row health = r.rows().stream()
                .filter(x -> x.department().equals("DINKES") && x.field() == PotentialField.KESEHATAN).findFirst()
                .orElseThrow();
        assertEquals(2, health.entries());
        assertEquals(1, health.withProposals()); // p1 has two proposals: counted once
        assertEquals(1, health.withoutProposals());
        assertEquals(1, health.converted());
        assertEquals("Dinas Kesehatan", health.departmentName());
        assertEquals(4, r.entries());
        assertEquals(2, r.withProposals());
        assertEquals(2, r.withoutProposals());
        assertEquals(1, r.converted());
        // leaders see which departments mapped nothing
        assertEquals(List.of("BAPPEDA", "DISDIK"), r.unmapped().orElseThrow().stream().map(Department::code).toList());
    }

    @Test
    void aDepartmentSeesItsOwnRowsOnly() {
        PotentialReport.Report r = PotentialReport.of(Actor.opd("opd-2", "DISHUB"), entries, links, cases, departments);
        assertEquals(1, r.rows().size());
        assertEquals("DISHUB", r.rows().get(0).department());
        assertEquals(1, r.withProposals());
        assertTrue(r.unmapped().isEmpty());
    }

    @Test
    void theExportHasOneRowPerDepartmentAndFieldThenTheDepartmentsWithout() {
        PotentialReport.Report r = PotentialReport.of(Actor.admin("a"), entries, links, cases, departments);
        Sheet id = PotentialReport.sheet(r, false);
        assertEquals(List.of("OPD", "Bidang", "Jumlah peluang/kebutuhan", "Dengan usulan", "Tanpa usulan",
                "Menjadi perjanjian"), id.header());
        assertEquals(5, id.rows().size());
        // a department's fields in the order of the law's list (UU 23/2014): Pendidikan before Kesehatan
        assertEquals(List.of("Dinas Kesehatan", "Pendidikan", 1, 0, 1, 0), id.rows().get(0));
        assertEquals(List.of("Dinas Kesehatan", "Kesehatan", 2, 1, 1, 1), id.rows().get(1));
        assertEquals(List.of("Bappeda", "(belum memetakan)", 0, 0, 0, 0), id.rows().get(3));
        assertEquals("Health", PotentialReport.sheet(r, true).rows().get(1).get(1));
    }
}
