package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 11: the Gubernur's 5 working days to relay a kab/kota's foreign files (Permendagri 25/2020 Ps 18, 20)
 * count from the day the Gubernur received them when that is recorded, from the sending otherwise (domain.md §3 [I]).
 */
class GubernurRelayFromReceiptTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private static LocalDate relayDue(Transition t) {
        return t.dueDates().stream().filter(d -> d.kind() == DueDateKind.GUBERNUR_RELAY).map(DueDate::date)
                .findFirst().orElseThrow();
    }

    /** Sent Friday 3 July 2026 (due Friday 10 July); received Wednesday 8 July: due Wednesday 15 July. */
    @Test
    void theCountRunsFromTheGubernursReceipt() {
        CaseState s = Fixtures.bare("R-1", Category.KSDPL, Stage.VERIFIKASI_MENTERI, Origin.DEPARTMENT);
        Transition sent = Fixtures.accepted(wf.decide(s, admin, Command.of(SEND_TO_GUBERNUR)
                .withFact(Fact.SENT_TO_GUBERNUR_ON, date(2026, 7, 3)), Fixtures.at(2026, 7, 3)));
        assertEquals(date(2026, 7, 10), relayDue(sent), "from the sending while the receipt is not recorded");

        Transition received = Fixtures.accepted(wf.decide(sent.state(), admin, Command.of(RECORD_GUBERNUR_RECEIPT)
                .withFact(Fact.GUBERNUR_RECEIVED_ON, date(2026, 7, 8)), Fixtures.at(2026, 7, 8)));
        assertEquals(date(2026, 7, 15), relayDue(received));

        Command direct = Command.of(SEND_TO_MENTERI).withFact(Fact.SENT_TO_MENTERI_ON, date(2026, 7, 13));
        Refusal.GateFailed wait = Fixtures.refused(wf.decide(received.state(), admin, direct, Fixtures.at(2026, 7, 13)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:GUBERNUR_PERIOD_RUNNING"), Fixtures.codes(wait),
                "13 July is past 5 working days from sending but not from receipt");
        assertTrue(wait.unmet().get(0).message().id().contains("15 Juli 2026"), wait.unmet().get(0).message().id());
        assertInstanceOf(Transition.class, wf.decide(received.state(), admin,
                Command.of(SEND_TO_MENTERI).withFact(Fact.SENT_TO_MENTERI_ON, date(2026, 7, 16)), Fixtures.at(2026, 7, 16)));
    }

    @Test
    void theReceiptIsNotBeforeTheSendingNorInTheFuture() {
        CaseState s = Fixtures.bare("R-2", Category.KSDLL, Stage.VERIFIKASI_MENTERI, Origin.DEPARTMENT);
        Refusal.GateFailed notSent = Fixtures.refused(wf.decide(s, admin, Command.of(RECORD_GUBERNUR_RECEIPT)
                .withFact(Fact.GUBERNUR_RECEIVED_ON, date(2026, 7, 8)), Fixtures.at(2026, 7, 8)), Refusal.GateFailed.class);
        assertEquals(List.of("FACT:sentToGubernurOn"), Fixtures.codes(notSent));

        CaseState sent = Fixtures.accepted(wf.decide(s, admin, Command.of(SEND_TO_GUBERNUR)
                .withFact(Fact.SENT_TO_GUBERNUR_ON, date(2026, 7, 3)), Fixtures.at(2026, 7, 3))).state();
        Refusal.GateFailed early = Fixtures.refused(wf.decide(sent, admin, Command.of(RECORD_GUBERNUR_RECEIPT)
                .withFact(Fact.GUBERNUR_RECEIVED_ON, date(2026, 7, 2)), Fixtures.at(2026, 7, 8)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ORDER:gubernurReceivedOn:sentToGubernurOn"), Fixtures.codes(early));
        Refusal.GateFailed future = Fixtures.refused(wf.decide(sent, admin, Command.of(RECORD_GUBERNUR_RECEIPT)
                .withFact(Fact.GUBERNUR_RECEIVED_ON, date(2026, 7, 9)), Fixtures.at(2026, 7, 8)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:FUTURE:gubernurReceivedOn"), Fixtures.codes(future));
    }
}
