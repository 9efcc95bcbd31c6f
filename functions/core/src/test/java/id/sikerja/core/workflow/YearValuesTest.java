package id.sikerja.core.workflow;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.reports.ValueReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Fixtures.date;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 18 (h18-owner): an agreement's value per year and, for a KSDPK, what it brings the region (PAD, assets,
 * in-kind), recorded with RECORD_YEAR_VALUE in Pelaksanaan by an admin or the department; a year recorded again
 * replaces that year; the value report sums by year, department and category.
 */
class YearValuesTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private static CaseState running(String id, Category category, String department) {
        CaseState s = Fixtures.bare(id, category, Stage.PELAKSANAAN, Origin.DEPARTMENT);
        return s.withDepartments(List.of(department)).withFacts(s.facts().with(Fact.TERM_START, date(2026, 1, 5))
                .with(Fact.TERM_MONTHS, 36));
    }

    private static Command value(int year, String value) {
        return Command.of(Action.RECORD_YEAR_VALUE).withFact(Fact.VALUE_YEAR, year)
                .withFact(Fact.YEAR_VALUE, new BigDecimal(value));
    }

    private CaseState act(CaseState s, Actor actor, Command c) {
        return Fixtures.accepted(wf.decide(s, actor, c, Fixtures.at(2026, 8, 3))).state();
    }

    @Test
    void aYearsValueIsRecordedAndAYearRecordedAgainReplacesIt() {
        CaseState s = act(running("V-1", Category.KSDPK, "DINKES"), admin, value(2026, "1500000")
                .withFact(Fact.PAD_REVENUE, new BigDecimal("200000")).withFact(Fact.IN_KIND_VALUE, new BigDecimal("50000")));
        s = act(s, Actor.opd("o", "DINKES"), value(2027, "1000000"));
        assertEquals(Optional.of("2026:1500000/200000/0/50000;2027:1000000/0/0/0"), s.fact(Fact.VALUE_BY_YEAR));
        s = act(s, admin, value(2027, "1200000").withFact(Fact.ASSET_VALUE, new BigDecimal("300000")));
        assertEquals(Optional.of("2026:1500000/200000/0/50000;2027:1200000/0/300000/0"), s.fact(Fact.VALUE_BY_YEAR));
    }

    @Test
    void onlyAnAdminOrTheDepartmentRecordsIt() {
        CaseState s = running("V-2", Category.KSDD, "DINKES");
        for (Actor other : List.of(Actor.tkksd("t"), Actor.pimpinan("p"), Actor.opd("o", "DISHUB"))) {
            assertInstanceOf(Refusal.Forbidden.class, wf.decide(s, other, value(2026, "1"), Fixtures.at(2026, 8, 3)),
                    other.role() + " " + other.department());
        }
    }

    @Test
    void theYearAndTheValueAreRequiredAndPadIsAKsdpksOnly() {
        CaseState ksdd = running("V-3", Category.KSDD, "DINKES");
        Decision missing = wf.decide(ksdd, admin, Command.of(Action.RECORD_YEAR_VALUE)
                .withFact(Fact.PAD_REVENUE, BigDecimal.ONE), Fixtures.at(2026, 8, 3));
        assertTrue(codes(missing).containsAll(List.of("FACT:valueYear", "FACT:yearValue")), codes(missing).toString());
        Decision pad = wf.decide(ksdd, admin, value(2026, "10").withFact(Fact.PAD_REVENUE, BigDecimal.ONE),
                Fixtures.at(2026, 8, 3));
        assertEquals(List.of("INVALID:FACT:padRevenue"), codes(pad));
        assertEquals("facts.padRevenue", UnmetCondition.fieldOf("INVALID:FACT:padRevenue"));
    }

    @Test
    void theValueReportSumsByYearDepartmentAndCategory() {
        CaseState a = act(running("A", Category.KSDPK, "DINKES"), admin, value(2026, "100")
                .withFact(Fact.PAD_REVENUE, new BigDecimal("10")));
        a = act(a, admin, value(2027, "50"));
        CaseState b = act(running("B", Category.KSDD, "DISHUB"), admin, value(2026, "30"));
        CaseState c = running("C", Category.KSDD, "DISHUB"); // nothing recorded: not counted
        List<CaseRecord> records = List.of(record(a), record(b), record(c));

        List<ValueReport.Row> byYear = ValueReport.rows(records, ValueReport.By.YEAR, Optional.empty(), Optional.empty(),
                d -> d);
        assertEquals(List.of("2027", "2026"), byYear.stream().map(ValueReport.Row::key).toList());
        assertEquals(new BigDecimal("130"), byYear.get(1).totals().value());
        assertEquals(new BigDecimal("10"), byYear.get(1).totals().pad());
        assertEquals(2, byYear.get(1).agreements());

        List<ValueReport.Row> byDepartment = ValueReport.rows(records, ValueReport.By.DEPARTMENT, Optional.of(2026),
                Optional.empty(), d -> d.equals("DINKES") ? "Dinas Kesehatan" : "Dinas Perhubungan");
        assertEquals(List.of("Dinas Kesehatan", "Dinas Perhubungan"),
                byDepartment.stream().map(r -> r.label().id()).toList());
        assertEquals(new BigDecimal("100"), byDepartment.get(0).totals().value());

        List<ValueReport.Row> byCategory = ValueReport.rows(records, ValueReport.By.CATEGORY, Optional.empty(),
                Optional.of("DINKES"), d -> d);
        assertEquals(1, byCategory.size(), "an OPD's scope: its own department's agreements");
        assertEquals(new BigDecimal("150"), byCategory.get(0).totals().value());
        assertEquals(1, byCategory.get(0).agreements(), "one agreement over two years counts once");
        assertEquals(List.of("Jenis", "Kerja sama", "Nilai (Rp)", "PAD (Rp)", "Aset (Rp)", "Non-tunai (Rp)"),
                ValueReport.sheet(ValueReport.By.CATEGORY, byCategory, false).header());
    }

    private static List<String> codes(Decision d) {
        if (d instanceof Refusal.GateFailed g) {
            return g.unmet().stream().map(UnmetCondition::code).toList();
        }
        return assertInstanceOf(Refusal.InvalidCommand.class, d).problems().stream().map(UnmetCondition::code).toList();
    }

    private static CaseRecord record(CaseState s) {
        Proposal p = id.sikerja.core.model.ProposalReader.read(id.sikerja.core.intake.Proposals.validKsdpk());
        return new CaseRecord("KS-" + s.id(), p, s, Fixtures.at(2026, 8, 3));
    }
}
