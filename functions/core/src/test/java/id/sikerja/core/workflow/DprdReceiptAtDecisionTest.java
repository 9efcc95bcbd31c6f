package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 1 (domain.md §2.1 [I]): a DPRD decision records the day the DPRD received the request when it was
 * not recorded before (the request was never submitted through Si Kerja), and the decision is not dated before it.
 */
class DprdReceiptAtDecisionTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private CaseState atDprd() {
        CaseState bare = Fixtures.bare("D-1", Category.KSDPK, Stage.PERSETUJUAN_DPRD, Origin.DEPARTMENT);
        return bare.withFacts(bare.facts().with(Fact.DPRD_BURDENS_PUBLIC, true).with(Fact.DPRD_FUNDING_UNBUDGETED, false)
                .with(Fact.KB_SIGNED_ON, date(2026, 3, 2)));
    }

    @Test
    void theDecisionFormAsksForTheReceiptWhenItIsMissing() {
        Map<Action, ActionAvailability> view = wf.available(atDprd(), admin, Fixtures.at(2026, 6, 10)).stream()
                .collect(Collectors.toMap(ActionAvailability::action, Function.identity()));
        for (Action a : List.of(DPRD_APPROVE, DPRD_REJECT)) {
            assertTrue(view.get(a).asks().contains(Fact.DPRD_REQUEST_RECEIVED_ON), a + " asks " + view.get(a).asks());
        }
        CaseState submitted = atDprd().withFacts(atDprd().facts().with(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 4, 1)));
        ActionAvailability approve = wf.available(submitted, admin, Fixtures.at(2026, 6, 10)).stream()
                .filter(a -> a.action() == DPRD_APPROVE).findFirst().orElseThrow();
        assertFalse(approve.asks().contains(Fact.DPRD_REQUEST_RECEIVED_ON), "recorded: not asked again");
        assertTrue(approve.asks().contains(Fact.DPRD_DECIDED_ON));
    }

    @Test
    void aRecordedReceiptIsNotChangedByTheDecision() {
        CaseState submitted = atDprd().withFacts(atDprd().facts().with(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 4, 1)));
        Command approve = Command.of(DPRD_APPROVE).withDocument(upload(DPRD_DECISION))
                .withFact(Fact.DPRD_DECIDED_ON, date(2026, 5, 4));
        Refusal.InvalidCommand changed = Fixtures.refused(wf.decide(submitted, admin,
                approve.withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 4, 2)), Fixtures.at(2026, 6, 10)),
                Refusal.InvalidCommand.class);
        assertEquals(List.of("INVALID:FACT:dprdRequestReceivedOn"), Fixtures.codes(changed));
        Fixtures.accepted(wf.decide(submitted, admin, approve.withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 4, 1)),
                Fixtures.at(2026, 6, 10)));
        Fixtures.accepted(wf.decide(submitted, admin, approve, Fixtures.at(2026, 6, 10)));
    }

    @Test
    void aDecisionRecordsTheReceiptAndKeepsTheOrder() {
        Command approve = Command.of(DPRD_APPROVE).withDocument(upload(DPRD_DECISION))
                .withFact(Fact.DPRD_DECIDED_ON, date(2026, 5, 4));
        Refusal.GateFailed missing = Fixtures.refused(wf.decide(atDprd(), admin, approve, Fixtures.at(2026, 6, 10)),
                Refusal.GateFailed.class);
        assertEquals(List.of("FACT:dprdRequestReceivedOn"), Fixtures.codes(missing));

        Refusal.GateFailed early = Fixtures.refused(wf.decide(atDprd(), admin,
                approve.withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 5, 5)), Fixtures.at(2026, 6, 10)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ORDER:dprdDecidedOn:dprdRequestReceivedOn"), Fixtures.codes(early));

        CaseState approved = Fixtures.accepted(wf.decide(atDprd(), admin,
                approve.withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 4, 20)), Fixtures.at(2026, 6, 10))).state();
        assertEquals(Optional.of(date(2026, 4, 20)), approved.fact(Fact.DPRD_REQUEST_RECEIVED_ON));
        assertEquals(Stage.PENYUSUNAN_PKS, approved.stage());

        CaseState rejected = Fixtures.accepted(wf.decide(atDprd(), admin, Command.of(DPRD_REJECT)
                .withDocument(upload(DPRD_DECISION)).withFact(Fact.DPRD_DECIDED_ON, date(2026, 5, 4))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 4, 20)).withNote("Ditolak DPRD"),
                Fixtures.at(2026, 6, 10))).state();
        assertEquals(Optional.of(date(2026, 4, 20)), rejected.fact(Fact.DPRD_REQUEST_RECEIVED_ON));
    }
}
