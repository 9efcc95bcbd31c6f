package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 12: RKPD/APBD inclusion is recorded per budget year (domain.md §3, §6 [S]); the "running but not in
 * the budget" flag and the due date that reminders and the dashboard read look at the current year in the Pemda's
 * zone.
 */
class BudgetYearsTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    /** A KSDD in Pelaksanaan since 1 July 2026, running 36 months. */
    private static CaseState running() {
        CaseState s = Fixtures.bare("B-1", Category.KSDD, Stage.PELAKSANAAN, Origin.DEPARTMENT)
                .withStage(Stage.PELAKSANAAN, Fixtures.at(2026, 7, 1));
        s = new CaseState(s.id(), s.category(), s.ksddKind(), s.ksdpkInitiative(), s.origin(), s.stage(),
                Fixtures.at(2026, 7, 1), s.departments(), s.version(), s.facts(), s.documents(), s.monev(),
                s.dueDates(), s.parentId(), s.previousAgreementId(), s.endReason(), s.createdAt());
        return s.withFacts(s.facts().with(Fact.TERM_START, date(2026, 7, 1)).with(Fact.TERM_MONTHS, 36)
                .with(Fact.PKS_SIGNED_ON, date(2026, 6, 15)));
    }

    private CaseState act(CaseState s, Command c, LocalDate on) {
        return Fixtures.accepted(wf.decide(s, admin, c, Fixtures.at(on))).state();
    }

    private static Command year(int year, boolean rkpd, boolean apbd) {
        return Command.of(Action.RECORD_BUDGET_YEAR).withFact(Fact.BUDGET_YEAR, year).withFact(Fact.IN_RKPD, rkpd)
                .withFact(Fact.IN_APBD, apbd);
    }

    private static Optional<DueDate> budgetDue(List<DueDate> dues) {
        return dues.stream().filter(d -> d.kind() == DueDateKind.BUDGET_PLANNING).findFirst();
    }

    private boolean flagged(CaseState s, LocalDate on) {
        return wf.warnings(s, Fixtures.at(on)).stream().anyMatch(u -> u.code().equals("WARN:NOT_IN_BUDGET"));
    }

    @Test
    void anAgreementBudgetedOnlyForLastYearIsFlaggedThisYear() {
        CaseState s = act(running(), year(2026, true, true), date(2026, 8, 3));
        assertEquals(Optional.of("2026:RKPD+APBD"), s.fact(Fact.BUDGET_BY_YEAR));
        assertFalse(flagged(s, date(2026, 8, 3)));
        assertTrue(flagged(s, date(2027, 1, 4)), "2027 is not recorded");
        assertTrue(wf.warnings(s, Fixtures.at(2027, 1, 4)).stream().anyMatch(u -> u.message().id().contains("2027")));
        // the due date that reminders and the dashboard read is already indexed for the new year's first day
        DueDate next = budgetDue(s.dueDates()).orElseThrow();
        assertEquals(date(2027, 1, 1), next.date());
        assertTrue(next.note().id().contains("2027"), next.note().id());

        CaseState both = act(s, year(2027, true, true), date(2027, 1, 4));
        assertEquals(Optional.of("2026:RKPD+APBD;2027:RKPD+APBD"), both.fact(Fact.BUDGET_BY_YEAR));
        assertFalse(flagged(both, date(2027, 1, 4)));
        assertEquals(date(2028, 1, 1), budgetDue(both.dueDates()).orElseThrow().date());

        // recorded ahead: the first later year of the term not recorded is the one due
        CaseState ahead = act(s, year(2027, true, true), date(2026, 9, 1));
        assertEquals(date(2028, 1, 1), budgetDue(ahead.dueDates()).orElseThrow().date());
        CaseState allTerm = act(act(ahead, year(2028, true, true), date(2026, 9, 1)), year(2029, true, true),
                date(2026, 9, 1));
        assertTrue(budgetDue(allTerm.dueDates()).isEmpty(), "every year of the term (to mid-2029) is recorded");
    }

    @Test
    void aYearInTheRkpdOnlyIsStillFlagged() {
        CaseState s = act(running(), year(2026, true, false), date(2026, 8, 3));
        assertTrue(flagged(s, date(2026, 8, 3)));
        assertEquals(date(2026, 7, 1), budgetDue(s.dueDates()).orElseThrow().date(), "since implementation began");
    }

    @Test
    void theLastYearOfTheTermNeedsNoNextYear() {
        CaseState s = running().withFacts(running().facts().with(Fact.TERM_MONTHS, 6));
        s = act(s, year(2026, true, true), date(2026, 8, 3));
        assertTrue(budgetDue(s.dueDates()).isEmpty(), "the term ends in 2026");
    }

    @Test
    void aYearsRecordNamesTheYearAndBothInclusions() {
        Refusal r = Fixtures.refused(wf.decide(running(), admin, Command.of(Action.RECORD_BUDGET_YEAR)
                .withFact(Fact.IN_RKPD, true), Fixtures.at(2026, 8, 3)), Refusal.GateFailed.class);
        assertEquals(List.of("FACT:budgetYear", "FACT:inApbd"), Fixtures.codes(r));
    }

    @Test
    void recordFactsAddsTheYearToo() {
        CaseState s = act(running(), Command.of(Action.RECORD_FACTS).withFact(Fact.IN_RKPD, true)
                .withFact(Fact.IN_APBD, true), date(2026, 8, 3));
        assertEquals(Optional.of("2026:RKPD+APBD"), s.fact(Fact.BUDGET_BY_YEAR), "the signing year");
    }

    @Test
    void oldSingleFactsAreReadAsTheYearTheyWereRecordedFor() {
        CaseState old = running().withFacts(running().facts().with(Fact.IN_RKPD, true).with(Fact.IN_APBD, true));
        assertTrue(BudgetYears.of(old).included(2026), "no budget year: the year it was signed");
        assertFalse(flagged(old, date(2026, 8, 3)));
        assertTrue(flagged(old, date(2027, 2, 1)), "budgeted only for 2026");
        CaseState withYear = old.withFacts(old.facts().with(Fact.BUDGET_YEAR, 2027));
        assertTrue(BudgetYears.of(withYear).included(2027));
        assertFalse(BudgetYears.of(withYear).included(2026));
        // recording the next year keeps the year the single facts stood for
        CaseState next = act(old, year(2027, true, false), date(2026, 12, 1));
        assertEquals(Optional.of("2026:RKPD+APBD;2027:RKPD"), next.fact(Fact.BUDGET_BY_YEAR));
        assertFalse(flagged(next, date(2026, 12, 1)), "2026 stays recorded");
    }

    @Test
    void theStoredTextReadsBack() {
        BudgetYears b = BudgetYears.parse("2026:RKPD+APBD;2027:RKPD;2028:-");
        assertTrue(b.included(2026));
        assertFalse(b.included(2027));
        assertEquals(new BudgetYears.Inclusion(false, false), b.year(2028).orElseThrow());
        assertEquals("2026:RKPD+APBD;2027:RKPD;2028:-", b.format());
        assertThrows(IllegalArgumentException.class, () -> BudgetYears.parse("2026:DPRD"));
    }
}
