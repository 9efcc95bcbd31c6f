package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.time.HolidayCalendar;
import id.sikerja.core.time.HolidayCsv;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Known holiday years (issue 13 item 4): a year is known only when its list is confirmed. The shipped list confirms
 * 2026 and lists only part of 2027, so periods running into 2027 are provisional, and the legal effects of a period
 * passing (deemed DPRD approval, sending past the Gubernur) are refused until 2027 is confirmed.
 */
class HolidayConfirmationTest {

    private final Workflow shipped = Fixtures.WORKFLOW;
    private final Workflow confirmed = new Workflow(WorkflowSettings.defaults(),
            HolidayCalendar.of(HolidayCsv.loadDefault(), List.of(2026, 2027)));
    private final Actor admin = Actor.admin("admin-1");

    private static CaseState entered(Category c, Stage s, LocalDate on) {
        CaseState b = Fixtures.bare("T-1", c, s, Origin.DEPARTMENT);
        return new CaseState(b.id(), c, b.ksddKind(), b.ksdpkInitiative(), b.origin(), s, Fixtures.at(on),
                b.departments(), 1, Facts.empty(), b.documents(), List.of(), List.of(), b.parentId(),
                b.previousAgreementId(), b.endReason(), Fixtures.at(on));
    }

    @Test
    void theShippedListConfirmsOnlyTheYearsItMarks() {
        assertEquals(java.util.Set.of(2026), HolidayCsv.defaultConfirmedYears());
        assertTrue(shipped.calendar().covers(2026));
        assertFalse(shipped.calendar().covers(2027), "2027 has some dates listed but is not confirmed");
        assertEquals(java.util.Set.of(2027, 2028), HolidayCsv.confirmedYears("# confirmed-years: 2027, 2028\n"));
    }

    @Test
    void deemedApprovalThroughAnUnconfirmedYearIsRefusedWithTheReason() {
        CaseState s = entered(Category.KSDPK, Stage.PERSETUJUAN_DPRD, date(2026, 11, 30));
        Command submit = Command.of(SUBMIT_TO_DPRD).withDocument(upload(DPRD_REQUEST))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 12, 1));
        Transition t = Fixtures.accepted(shipped.decide(s, admin, submit, Fixtures.at(2026, 12, 1)));
        DueDate due = t.dueDates().stream().filter(d -> d.kind() == DueDateKind.DPRD_RESPONSE).findFirst().orElseThrow();
        assertTrue(due.provisional(), "45 working days from December run into 2027");
        assertTrue(due.note().id().contains("sementara") && due.note().en().contains("provisional"),
                "the note that the web and the digests show says so: " + due.note());

        Refusal.GateFailed refused = Fixtures.refused(shipped.decide(t.state(), Actor.system(),
                Command.of(DPRD_DEEMED_APPROVE), Fixtures.at(due.date().plusDays(1))), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:HOLIDAYS_UNCONFIRMED"), Fixtures.codes(refused));
        assertTrue(refused.unmet().get(0).message().id().contains("2027"));
        assertTrue(refused.unmet().get(0).message().en().contains("2027"));

        Transition known = Fixtures.accepted(confirmed.decide(s, admin, submit, Fixtures.at(2026, 12, 1)));
        DueDate knownDue = known.dueDates().get(0);
        assertFalse(knownDue.provisional());
        Fixtures.accepted(confirmed.decide(known.state(), Actor.system(), Command.of(DPRD_DEEMED_APPROVE),
                Fixtures.at(knownDue.date().plusDays(1))));
    }

    @Test
    void sendingPastTheGubernurThroughAnUnconfirmedYearIsRefusedWithTheReason() {
        CaseState s = entered(Category.KSDPL, Stage.VERIFIKASI_MENTERI, date(2026, 12, 28));
        Command send = Command.of(SEND_TO_GUBERNUR).withFact(Fact.SENT_TO_GUBERNUR_ON, date(2026, 12, 28));
        Transition sent = Fixtures.accepted(shipped.decide(s, admin, send, Fixtures.at(2026, 12, 28)));
        DueDate due = sent.dueDates().get(0);
        assertEquals(DueDateKind.GUBERNUR_RELAY, due.kind());
        assertTrue(due.provisional());
        LocalDate after = due.date().plusDays(3);
        Command direct = Command.of(SEND_TO_MENTERI).withFact(Fact.SENT_TO_MENTERI_ON, after);
        Refusal.GateFailed refused = Fixtures.refused(shipped.decide(sent.state(), admin, direct, Fixtures.at(after)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:HOLIDAYS_UNCONFIRMED"), Fixtures.codes(refused));

        Transition known = Fixtures.accepted(confirmed.decide(s, admin, send, Fixtures.at(2026, 12, 28)));
        LocalDate knownAfter = known.dueDates().get(0).date().plusDays(3);
        Fixtures.accepted(confirmed.decide(known.state(), admin,
                Command.of(SEND_TO_MENTERI).withFact(Fact.SENT_TO_MENTERI_ON, knownAfter), Fixtures.at(knownAfter)));
    }

    @Test
    void aPeriodWithinAConfirmedYearIsNotProvisional() {
        CaseState s = entered(Category.KSDPL, Stage.VERIFIKASI_MENTERI, date(2026, 7, 1));
        Transition sent = Fixtures.accepted(shipped.decide(s, admin, Command.of(SEND_TO_GUBERNUR)
                .withFact(Fact.SENT_TO_GUBERNUR_ON, date(2026, 7, 3)), Fixtures.at(2026, 7, 3)));
        assertFalse(sent.dueDates().get(0).provisional());
    }
}
