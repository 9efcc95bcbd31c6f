package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.sikerja.core.workflow.Action.REQUEST_EXTENSION;
import static id.sikerja.core.workflow.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Permendagri 25/2020 Ps 33 [V]: the extension request reaches the Minister at least 6 months before the end; it is
 * an action on the running agreement, and an extension opened after that day is flagged late.
 */
class ForeignExtensionRequestTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    /** A term from 1 July 2026 for 36 months: ends 30 June 2029, so the request is due by 30 December 2028. */
    private CaseState running(Category c) {
        CaseState s = Fixtures.bare("F-1", c, Stage.PELAKSANAAN, Origin.DEPARTMENT);
        s = s.withFacts(s.facts().withAll(Facts.empty().with(Fact.TERM_START, date(2026, 7, 1)).with(Fact.TERM_MONTHS, 36)));
        return s.withDueDates(wf.dueDates(s, Fixtures.at(2028, 12, 1)));
    }

    private static boolean dueListed(CaseState s) {
        return s.dueDates().stream().anyMatch(d -> d.kind() == DueDateKind.EXTENSION_REQUEST);
    }

    @Test
    void recordingTheRequestMeetsItsDueDate() {
        CaseState s = running(Category.KSDPL);
        assertTrue(dueListed(s), "the request is due while it is not recorded");

        Refusal.GateFailed none = Fixtures.refused(wf.decide(s, admin, Command.of(REQUEST_EXTENSION),
                Fixtures.at(2028, 12, 1)), Refusal.GateFailed.class);
        assertEquals(List.of("FACT:extensionRequestedOn"), Fixtures.codes(none));

        Refusal.GateFailed future = Fixtures.refused(wf.decide(s, admin, Command.of(REQUEST_EXTENSION)
                .withFact(Fact.EXTENSION_REQUESTED_ON, date(2028, 12, 5)), Fixtures.at(2028, 12, 1)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:FUTURE:extensionRequestedOn"), Fixtures.codes(future));

        Transition t = Fixtures.accepted(wf.decide(s, admin, Command.of(REQUEST_EXTENSION)
                .withFact(Fact.EXTENSION_REQUESTED_ON, date(2028, 11, 28)), Fixtures.at(2028, 12, 1)));
        assertEquals(Stage.PELAKSANAAN, t.state().stage(), "the agreement keeps running");
        assertEquals(date(2028, 11, 28), t.state().fact(Fact.EXTENSION_REQUESTED_ON).orElseThrow());
        assertFalse(dueListed(t.state()), "the recorded request meets the due date");
    }

    @Test
    void anExtensionOpenedAfterTheRequestWasDueIsFlaggedLate() {
        Transition onTime = Fixtures.accepted(wf.openExtension(running(Category.KSDLL), "P-2", admin,
                Fixtures.at(2028, 12, 30)));
        assertEquals(false, onTime.state().fact(Fact.EXTENSION_OPENED_LATE).orElseThrow());

        Transition late = Fixtures.accepted(wf.openExtension(running(Category.KSDLL), "P-3", admin,
                Fixtures.at(2028, 12, 31)));
        assertEquals(true, late.state().fact(Fact.EXTENSION_OPENED_LATE).orElseThrow());
    }

    @Test
    void aDomesticExtensionHasNoSuchFlag() {
        Transition t = Fixtures.accepted(wf.openExtension(running(Category.KSDD), "P-4", admin, Fixtures.at(2029, 5, 1)));
        assertTrue(t.state().fact(Fact.EXTENSION_OPENED_LATE).isEmpty());
    }
}
