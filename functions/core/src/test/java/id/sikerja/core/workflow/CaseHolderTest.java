package id.sikerja.core.workflow;

import id.sikerja.core.model.KsdpkInitiative;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: the tracking banner's "who holds the case, what is next, by when", read from the process table along a
 * third party's KSDPK, so that what the banner says matches what the page below asks of the partner.
 */
class CaseHolderTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");
    private final Actor tkksd = Actor.tkksd("tkksd-1");
    private final Actor opd = Actor.opd("opd-1", "DPMPTSP");
    private final Actor partner = Actor.partner("K-1");

    private CaseHolder.Holding holding(Fixtures.WalkBase w, LocalDate on) {
        return CaseHolder.of(wf, w.state, Fixtures.at(on));
    }

    @Test
    void intakeWithoutTheApplicationLetterAsksThePartnerForIt() {
        Fixtures.WalkBase w = new Fixtures.WalkBase(wf.openFromIntake(
                NewCase.ksdpk("K-1", KsdpkInitiative.PIHAK_KETIGA, List.of()), List.of(), partner, Fixtures.at(2026, 3, 2)));
        CaseHolder.Holding h = holding(w, date(2026, 3, 2));
        assertEquals(CaseHolder.Situation.UPLOAD, h.situation());
        assertEquals(Party.PARTNER, h.holder());
        assertEquals(List.of(SURAT_PERMOHONAN, STUDI_KELAYAKAN), h.asks(),
                "what ACCEPT waits for and the partner may attach at intake");
        assertTrue(h.drafts().isEmpty(), "nothing to sign at intake");
        assertEquals(Optional.of(DueDateKind.INTAKE_VALIDATION), h.due().map(DueDate::kind));
    }

    @Test
    void eachStageNamesItsHolderAndTheSigningStagesOfferTheDraft() {
        Fixtures.WalkBase w = new Fixtures.WalkBase(wf.openFromIntake(
                NewCase.ksdpk("K-1", KsdpkInitiative.PIHAK_KETIGA, List.of()),
                List.of(upload(SURAT_PERMOHONAN), upload(STUDI_KELAYAKAN)), partner, Fixtures.at(2026, 3, 2)));
        CaseHolder.Holding intake = holding(w, date(2026, 3, 2));
        assertEquals(Party.BAGIAN_KERJA_SAMA, intake.holder(), "its files are in: the office validates");
        assertEquals(CaseHolder.Situation.WAIT, intake.situation());
        assertEquals(Optional.of(Stage.PERSIAPAN), intake.nextStage());
        assertEquals(date(2026, 3, 9), intake.due().orElseThrow().date(), "the validation's 5 working days");

        w.act(admin, Command.of(RETURN_FOR_REVISION).withNote("Lengkapi ruang lingkup"), date(2026, 3, 3));
        CaseHolder.Holding revise = holding(w, date(2026, 3, 3));
        assertEquals(CaseHolder.Situation.REVISE, revise.situation());
        assertEquals(Party.PARTNER, revise.holder());
        assertEquals(Optional.of(DueDateKind.REVISION_ANSWER), revise.due().map(DueDate::kind));
        w.act(partner, Command.of(RESUBMIT), date(2026, 3, 4));

        w.act(admin, Command.of(ACCEPT).withDepartments(List.of("DPMPTSP")), date(2026, 3, 4));
        CaseHolder.Holding preparation = holding(w, date(2026, 3, 5));
        assertEquals(Party.TKKSD, preparation.holder(), "the TKKSD's assessment comes first");
        assertEquals(Optional.of(DueDateKind.TKKSD_ASSESSMENT), preparation.due().map(DueDate::kind));

        w.act(tkksd, Command.of(RECORD_TKKSD_ASSESSMENT).withDocument(upload(KAJIAN_TKKSD))
                .withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 3, 10))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU), date(2026, 3, 10));
        assertEquals(Party.DEPARTMENT, holding(w, date(2026, 3, 10)).holder(), "the DPRD facts are the department's");
        w.act(opd, Command.of(RECORD_FACTS).withFact(Fact.DPRD_BURDENS_PUBLIC, true)
                .withFact(Fact.DPRD_FUNDING_UNBUDGETED, false).withFact(Fact.OBJECT_IN_PLAN, true), date(2026, 3, 11));
        w.act(admin, Command.of(COMPLETE_PREPARATION), date(2026, 3, 12));
        w.act(admin, Command.of(SEND_OFFER).withDocument(upload(SURAT_JAWABAN)), date(2026, 3, 16));
        assertEquals(Party.DEPARTMENT, holding(w, date(2026, 3, 16)).holder(), "the department drafts the KB");
        w.act(opd, Command.of(UPLOAD_DOCUMENT).withDocument(upload(KB_DRAFT)), date(2026, 3, 25));
        w.act(opd, Command.of(FINALIZE_KB_DRAFT), date(2026, 3, 26));

        CaseHolder.Holding sign = holding(w, date(2026, 3, 27));
        assertEquals(CaseHolder.Situation.UPLOAD, sign.situation());
        assertEquals(Party.PARTNER, sign.holder(), "the partner signs the KB");
        assertEquals(List.of(KB_SIGNED), sign.asks());
        assertEquals(List.of(new CaseHolder.Draft(KB_DRAFT, 1, KB_SIGNED)), sign.drafts(), "the draft it signs");

        w.act(partner, Command.of(UPLOAD_DOCUMENT).withDocument(upload(KB_SIGNED)), date(2026, 4, 6));
        CaseHolder.Holding signed = holding(w, date(2026, 4, 6));
        assertEquals(Party.BAGIAN_KERJA_SAMA, signed.holder(), "the office records the signing");
        assertFalse(signed.partnerMustAct());

        w.act(admin, Command.of(SIGN_KB).withFact(Fact.KB_SIGNED_ON, date(2026, 4, 6))
                .withFact(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH), date(2026, 4, 7));
        assertEquals(Stage.PERSETUJUAN_DPRD, w.state.stage());
        assertEquals(Party.BAGIAN_KERJA_SAMA, holding(w, date(2026, 4, 7)).holder(), "the request is not sent yet");
        w.act(admin, Command.of(SUBMIT_TO_DPRD).withDocument(upload(DPRD_REQUEST))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 4, 8)), date(2026, 4, 8));
        CaseHolder.Holding dprd = holding(w, date(2026, 4, 9));
        assertEquals(Party.DPRD, dprd.holder());
        assertEquals(Optional.of(DueDateKind.DPRD_RESPONSE), dprd.due().map(DueDate::kind));
        assertEquals(wf.calendar().plusWorkingDays(date(2026, 4, 8), 45), dprd.due().orElseThrow().date());
    }

    @Test
    void anEndedCaseIsHeldByNobody() {
        Fixtures.WalkBase w = new Fixtures.WalkBase(wf.openFromIntake(
                NewCase.ksdpk("K-1", KsdpkInitiative.PIHAK_KETIGA, List.of()),
                List.of(upload(SURAT_PERMOHONAN), upload(STUDI_KELAYAKAN)), partner, Fixtures.at(2026, 3, 2)));
        w.act(partner, Command.of(WITHDRAW), date(2026, 3, 3));
        CaseHolder.Holding h = holding(w, date(2026, 3, 3));
        assertEquals(CaseHolder.Situation.ENDED, h.situation());
        assertEquals(Party.NONE, h.holder());
        assertTrue(h.due().isEmpty());
    }
}
