package id.sikerja.core.workflow;

import id.sikerja.core.model.KsddKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static id.sikerja.core.workflow.Stage.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 2: the DPRD test is made per agreement and budget year (PP 28/2018 Ps 6(2) [V]: "tahun anggaran
 * berjalan"; domain.md §2.1). Each PKS records its own facts; a child PKS, or a PKS signed in a later budget year
 * than the approval, goes through the DPRD stage when its facts require it, or cites an approval that covers it.
 */
class PksDprdTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");
    private final Actor tkksd = Actor.tkksd("tkksd-1");

    /** A KSDD whose KB went through the DPRD (it burdens the public), approved on {@code approvedOn}. */
    private Fixtures.WalkBase kbApprovedByDprd(LocalDate approvedOn) {
        Fixtures.WalkBase kb = new Fixtures.WalkBase(wf.openByDepartment(NewCase.ksdd("KB-9", KsddKind.SUKARELA,
                List.of("DPMPTSP")), List.of(), admin, Fixtures.at(2026, 2, 2)));
        kb.act(tkksd, Command.of(RECORD_TKKSD_ASSESSMENT).withDocument(upload(KAJIAN_TKKSD))
                .withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 2, 5))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU), date(2026, 2, 5));
        kb.act(admin, Command.of(RECORD_FACTS).withFact(Fact.DPRD_BURDENS_PUBLIC, true)
                .withFact(Fact.DPRD_FUNDING_UNBUDGETED, false).withFact(Fact.OBJECT_IN_PLAN, true), date(2026, 2, 5));
        kb.act(admin, Command.of(COMPLETE_PREPARATION).withDocument(upload(KAK)), date(2026, 2, 6));
        kb.act(admin, Command.of(SEND_OFFER).withDocument(upload(SURAT_PENAWARAN)), date(2026, 2, 9));
        kb.act(admin, Command.of(FINALIZE_KB_DRAFT).withDocument(upload(KB_DRAFT)), date(2026, 2, 10));
        kb.act(admin, Command.of(SIGN_KB).withDocument(upload(KB_SIGNED)).withFact(Fact.KB_SIGNED_ON, date(2026, 2, 11))
                        .withFact(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH),
                date(2026, 2, 11));
        assertEquals(PERSETUJUAN_DPRD, kb.state.stage());
        kb.act(admin, Command.of(SUBMIT_TO_DPRD).withDocument(upload(DPRD_REQUEST))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 2, 12)), date(2026, 2, 12));
        kb.act(admin, Command.of(DPRD_APPROVE).withDocument(upload(DPRD_DECISION))
                .withFact(Fact.DPRD_DECIDED_ON, approvedOn), approvedOn);
        assertEquals(PENYUSUNAN_PKS, kb.state.stage());
        return kb;
    }

    private Fixtures.WalkBase child(Fixtures.WalkBase kb, LocalDate on) {
        return new Fixtures.WalkBase(wf.openChildPks(kb.state, "KB-9-A", List.of("DINKES"), admin, Fixtures.at(on)));
    }

    private static Command pksFacts(boolean burdens, boolean unbudgeted, int year) {
        return Command.of(RECORD_FACTS).withFact(Fact.PKS_BURDENS_PUBLIC, burdens)
                .withFact(Fact.PKS_FUNDING_UNBUDGETED, unbudgeted).withFact(Fact.PKS_BUDGET_YEAR, year);
    }

    private static Command signPks(LocalDate on) {
        return Command.of(SIGN_PKS).withDocument(upload(PKS_SIGNED)).withFact(Fact.PKS_SIGNED_ON, on)
                .withFact(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .withFact(Fact.TERM_START, on).withFact(Fact.TERM_MONTHS, 24);
    }

    private static Command cite(String number, LocalDate on, int year) {
        return Command.of(CITE_DPRD_APPROVAL).withDocument(upload(DPRD_DECISION))
                .withFact(Fact.COVERING_DPRD_DECISION_NUMBER, number).withFact(Fact.COVERING_DPRD_DECIDED_ON, on)
                .withFact(Fact.COVERING_DPRD_BUDGET_YEAR, year);
    }

    private static List<String> codes(Decision d) {
        return Fixtures.codes(Fixtures.refused(d, Refusal.GateFailed.class));
    }

    @Test
    void aChildPksRecordsItsOwnFactsAndDoesNotInheritTheKbsApproval() {
        Fixtures.WalkBase kb = kbApprovedByDprd(date(2026, 3, 2));
        assertEquals(Optional.of(2026), kb.state.fact(Fact.DPRD_APPROVAL_YEAR), "the approval's budget year");
        Fixtures.WalkBase c = child(kb, date(2026, 3, 3));
        assertTrue(c.state.fact(Fact.DPRD_OUTCOME).isEmpty(), "the KB's approval is not the child's");
        assertTrue(c.state.fact(Fact.DPRD_DECIDED_ON).isEmpty());
        assertEquals(List.of("FACT:pksBurdensPublic", "FACT:pksFundingUnbudgeted", "FACT:pksBudgetYear"),
                codes(c.attempt(admin, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2026, 3, 4))));
        // its own facts need no DPRD: it proceeds without approval
        c.act(admin, pksFacts(false, false, 2026), date(2026, 3, 4));
        c.act(admin, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2026, 3, 4));
        c.act(admin, signPks(date(2026, 3, 5)), date(2026, 3, 5));
        assertEquals(PELAKSANAAN, c.state.stage());
    }

    @Test
    void aChildPksWhoseFactsNeedTheDprdGoesThroughTheDprdStage() {
        Fixtures.WalkBase kb = kbApprovedByDprd(date(2026, 3, 2));
        Fixtures.WalkBase c = child(kb, date(2026, 3, 3));
        c.act(admin, pksFacts(false, true, 2026), date(2026, 3, 4));
        assertEquals(List.of("RULE:PKS_DPRD_APPROVAL"), codes(c.attempt(admin, Command.of(FINALIZE_PKS_DRAFT)
                .withDocument(upload(PKS_DRAFT)), date(2026, 3, 4))));
        List<Action> offered = wf.available(c.state, admin, Fixtures.at(2026, 3, 4)).stream()
                .map(ActionAvailability::action).toList();
        assertTrue(offered.containsAll(List.of(REQUEST_PKS_DPRD_APPROVAL, CITE_DPRD_APPROVAL)), offered.toString());

        c.act(admin, Command.of(REQUEST_PKS_DPRD_APPROVAL), date(2026, 3, 4));
        assertEquals(PERSETUJUAN_DPRD, c.state.stage());
        c.act(admin, Command.of(SUBMIT_TO_DPRD).withDocument(upload(DPRD_REQUEST))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 3, 5)), date(2026, 3, 5));
        assertTrue(c.state.dueDates().stream().anyMatch(d -> d.kind() == DueDateKind.DPRD_RESPONSE),
                "the DPRD's 45 working days run for the child too");
        c.act(admin, Command.of(DPRD_APPROVE).withDocument(upload(DPRD_DECISION))
                .withFact(Fact.DPRD_DECIDED_ON, date(2026, 4, 1)), date(2026, 4, 1));
        assertEquals(PENYUSUNAN_PKS, c.state.stage());
        assertFalse(wf.available(c.state, admin, Fixtures.at(2026, 4, 2)).stream()
                .anyMatch(a -> a.action() == REQUEST_PKS_DPRD_APPROVAL), "covered now");
        c.act(admin, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2026, 4, 2));
        assertEquals(List.of("RULE:ORDER:pksSignedOn:dprdApprovedOn"),
                codes(c.attempt(admin, signPks(date(2026, 3, 31)), date(2026, 4, 3))));
        c.act(admin, signPks(date(2026, 4, 3)), date(2026, 4, 3));
        assertEquals(PELAKSANAAN, c.state.stage());
    }

    @Test
    void theDprdsSilenceOnAChildPksCountsAsApprovalAfter45WorkingDays() {
        Fixtures.WalkBase kb = kbApprovedByDprd(date(2026, 3, 2));
        Fixtures.WalkBase c = child(kb, date(2026, 3, 3));
        c.act(admin, pksFacts(true, false, 2026), date(2026, 3, 4));
        c.act(admin, Command.of(REQUEST_PKS_DPRD_APPROVAL), date(2026, 3, 4));
        c.act(admin, Command.of(SUBMIT_TO_DPRD).withDocument(upload(DPRD_REQUEST))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 3, 5)), date(2026, 3, 5));
        LocalDate effective = wf.deadlines().dprdResponseDue(date(2026, 3, 5)).plusDays(1);
        c.act(Actor.system(), Command.of(DPRD_DEEMED_APPROVE), effective);
        assertEquals(PENYUSUNAN_PKS, c.state.stage());
        assertEquals(Optional.of(effective.getYear()), c.state.fact(Fact.DPRD_APPROVAL_YEAR));
        c.act(admin, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), effective);
        c.act(admin, signPks(effective), effective);
        assertEquals(PELAKSANAAN, c.state.stage());
    }

    @Test
    void aChildPksMayCiteTheApprovalThatCoversItsBudgetYear() {
        Fixtures.WalkBase kb = kbApprovedByDprd(date(2026, 3, 2));
        Fixtures.WalkBase c = child(kb, date(2026, 3, 3));
        c.act(admin, pksFacts(true, false, 2026), date(2026, 3, 4));
        // a citation needs the decision itself
        assertEquals(List.of("DOC:DPRD_DECISION"), codes(c.attempt(admin, Command.of(CITE_DPRD_APPROVAL)
                .withFact(Fact.COVERING_DPRD_DECISION_NUMBER, "12/DPRD/2026")
                .withFact(Fact.COVERING_DPRD_DECIDED_ON, date(2026, 3, 2))
                .withFact(Fact.COVERING_DPRD_BUDGET_YEAR, 2026), date(2026, 3, 4))));
        // an approval of another budget year does not cover it
        c.act(admin, cite("7/DPRD/2025", date(2025, 11, 3), 2025), date(2026, 3, 4));
        assertEquals(List.of("RULE:PKS_DPRD_CITED_YEAR"), codes(c.attempt(admin, Command.of(FINALIZE_PKS_DRAFT)
                .withDocument(upload(PKS_DRAFT)), date(2026, 3, 4))));
        c.act(admin, cite("12/DPRD/2026", date(2026, 3, 2), 2026), date(2026, 3, 4));
        assertEquals(PENYUSUNAN_PKS, c.state.stage(), "citing changes no stage");
        c.act(admin, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2026, 3, 4));
        assertEquals(List.of("RULE:ORDER:pksSignedOn:coveringDprdDecidedOn"),
                codes(c.attempt(admin, signPks(date(2026, 3, 1)), date(2026, 3, 5))));
        c.act(admin, signPks(date(2026, 3, 5)), date(2026, 3, 5));
        assertEquals(PELAKSANAAN, c.state.stage());
    }

    @Test
    void aPksSignedInALaterBudgetYearThanTheKbsApprovalGoesToTheDprdAgain() {
        Fixtures.WalkBase kb = kbApprovedByDprd(date(2026, 3, 2));
        kb.act(admin, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2026, 3, 3));
        List<String> refused = codes(kb.attempt(admin, signPks(date(2027, 1, 11)), date(2027, 1, 11)));
        assertEquals(List.of("RULE:PKS_DPRD_LATER_YEAR"), refused);
        // the year it is signed in, recorded as the PKS's budget year, makes the new approval due
        kb.act(admin, Command.of(RECORD_FACTS).withFact(Fact.PKS_BUDGET_YEAR, 2027), date(2027, 1, 11));
        kb.act(admin, Command.of(REQUEST_PKS_DPRD_APPROVAL), date(2027, 1, 11));
        assertEquals(PERSETUJUAN_DPRD, kb.state.stage());
        assertTrue(kb.state.fact(Fact.DPRD_OUTCOME).isEmpty(), "a new round: the earlier outcome leaves the facts");
        kb.act(admin, Command.of(SUBMIT_TO_DPRD).withDocument(upload(DPRD_REQUEST))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2027, 1, 12)), date(2027, 1, 12));
        kb.act(admin, Command.of(DPRD_APPROVE).withDocument(upload(DPRD_DECISION))
                .withFact(Fact.DPRD_DECIDED_ON, date(2027, 2, 1)), date(2027, 2, 1));
        assertEquals(Optional.of(2027), kb.state.fact(Fact.DPRD_APPROVAL_YEAR));
        kb.act(admin, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2027, 2, 2));
        kb.act(admin, signPks(date(2027, 2, 2)), date(2027, 2, 2));
        assertEquals(PELAKSANAAN, kb.state.stage());
    }

    @Test
    void thePksBudgetYearIsTheYearItIsSignedIn() {
        Fixtures.WalkBase kb = kbApprovedByDprd(date(2026, 3, 2));
        Fixtures.WalkBase c = child(kb, date(2026, 3, 3));
        c.act(admin, pksFacts(false, false, 2026), date(2026, 3, 4));
        c.act(admin, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2026, 3, 4));
        assertEquals(List.of("RULE:PKS_BUDGET_YEAR"), codes(c.attempt(admin, signPks(date(2027, 1, 4)), date(2027, 1, 4))));
    }

    @Test
    void aCaseApprovedBeforeTheBudgetYearWasRecordedReadsTheYearOfItsDecision() {
        CaseState stored = Fixtures.bare("O-9", id.sikerja.core.model.Category.KSDD, PENANDATANGANAN_PKS,
                Origin.DEPARTMENT);
        stored = stored.withFacts(stored.facts().with(Fact.DPRD_BURDENS_PUBLIC, true)
                .with(Fact.DPRD_FUNDING_UNBUDGETED, false).with(Fact.KB_SIGNED_ON, date(2025, 10, 1))
                .with(Fact.DPRD_REQUEST_RECEIVED_ON, date(2025, 10, 2)).with(Fact.DPRD_DECIDED_ON, date(2025, 11, 3))
                .with(Fact.DPRD_OUTCOME, DprdOutcome.DISETUJUI));
        assertEquals(Optional.of(2025), PksDprd.ownApprovalYear(stored));
        Command inTime = signPks(date(2025, 12, 1));
        Command later = signPks(date(2026, 1, 5));
        // issue 17: the admin has checked and confirmed the signed PKS the signing carries
        assertInstanceOf(Transition.class, wf.decide(Fixtures.copiesConfirmed(stored, inTime), admin, inTime,
                Fixtures.at(2025, 12, 1)));
        assertEquals(List.of("RULE:PKS_DPRD_LATER_YEAR"),
                codes(wf.decide(Fixtures.copiesConfirmed(stored, later), admin, later, Fixtures.at(2026, 1, 5))));
    }

    @Test
    void legacyEntryRecordsTheFactsWhenGivenAndDoesNotRequireThem() {
        Facts base = Facts.empty().with(Fact.PKS_SIGNED_ON, date(2024, 5, 2)).with(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .with(Fact.TERM_START, date(2024, 5, 2)).with(Fact.TERM_MONTHS, 36);
        List<DocumentUpload> docs = List.of(upload(PKS_SIGNED));
        Transition plain = Fixtures.accepted(wf.enterLegacy(NewCase.ksdd("L-9", KsddKind.SUKARELA, List.of("A")),
                base, docs, admin, Fixtures.at(2026, 6, 1)));
        assertEquals(PELAKSANAAN, plain.state().stage());
        Facts cited = base.with(Fact.PKS_BURDENS_PUBLIC, true).with(Fact.PKS_FUNDING_UNBUDGETED, false)
                .with(Fact.PKS_BUDGET_YEAR, 2024).with(Fact.COVERING_DPRD_DECISION_NUMBER, "3/DPRD/2024")
                .with(Fact.COVERING_DPRD_DECIDED_ON, date(2024, 4, 1)).with(Fact.COVERING_DPRD_BUDGET_YEAR, 2024);
        Transition recorded = Fixtures.accepted(wf.enterLegacy(NewCase.ksdd("L-10", KsddKind.SUKARELA, List.of("A")),
                cited, docs, admin, Fixtures.at(2026, 6, 1)));
        assertEquals(Optional.of("3/DPRD/2024"), recorded.state().fact(Fact.COVERING_DPRD_DECISION_NUMBER));
        assertEquals(List.of("RULE:ORDER:pksSignedOn:coveringDprdDecidedOn", "RULE:PKS_BUDGET_YEAR"),
                codes(wf.enterLegacy(NewCase.ksdd("L-11", KsddKind.SUKARELA, List.of("A")),
                        cited.with(Fact.COVERING_DPRD_DECIDED_ON, date(2024, 6, 1)).with(Fact.PKS_BUDGET_YEAR, 2023),
                        docs, admin, Fixtures.at(2026, 6, 1))));
    }
}
