package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.confirmCopy;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: the signed copy is checked when it is registered (paraf on every page, meterai, cap); the admin confirms
 * it or sends it back with a reason the partner reads; only a confirmed copy, the latest one, opens the signing.
 */
class SignedCopyCheckTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private CaseState kbSigning() {
        CaseState bare = Fixtures.bare("C-1", Category.KSDD, Stage.PENANDATANGANAN_KB, Origin.PARTNER_APPLICATION);
        return bare.withFacts(bare.facts().with(Fact.DPRD_BURDENS_PUBLIC, false)
                .with(Fact.DPRD_FUNDING_UNBUDGETED, false));
    }

    private static Command signKb() {
        return Command.of(SIGN_KB).withFact(Fact.KB_SIGNED_ON, date(2026, 6, 1))
                .withFact(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH);
    }

    private Decision decide(CaseState s, Actor who, Command c) {
        return wf.decide(s, who, c, Fixtures.at(2026, 6, 2));
    }

    private CaseState uploaded(CaseState s, Actor who) {
        return Fixtures.accepted(decide(s, who, Command.of(UPLOAD_DOCUMENT).withDocument(upload(KB_SIGNED)))).state();
    }

    @Test
    void anUncheckedCopyKeepsTheSigningClosedWithALabelledReason() {
        CaseState s = uploaded(kbSigning(), Actor.partner("C-1"));
        Refusal.GateFailed r = Fixtures.refused(decide(s, admin, signKb()), Refusal.GateFailed.class);
        assertEquals(List.of("CHECK:KB_SIGNED"), Fixtures.codes(r));
        assertEquals(UnmetCondition.Kind.DOCUMENT, r.unmet().get(0).kind());
        assertEquals("KB yang sudah ditandatangani (versi 1) belum diperiksa dan dikonfirmasi: paraf di setiap"
                + " halaman, meterai dan cap", r.unmet().get(0).message().id());
        assertEquals("The signed KB (version 1) has not been checked and confirmed: initials on every page, duty"
                + " stamp and seal", r.unmet().get(0).message().en());

        CaseState confirmed = Fixtures.accepted(decide(s, admin, confirmCopy())).state();
        assertEquals(Stage.PENANDATANGANAN_KB, confirmed.stage(), "the check stays in the stage");
        assertEquals(Optional.of(1), confirmed.fact(Fact.KB_SIGNED_COPY_CONFIRMED));
        Transition signed = Fixtures.accepted(decide(confirmed, admin, signKb()));
        assertFalse(signed.state().stage() == Stage.PENANDATANGANAN_KB, "a confirmed copy opens the signing");
    }

    @Test
    void theConfirmationTicksEveryItemOfTheChecklistInTheCommand() {
        CaseState s = uploaded(kbSigning(), admin);
        Refusal.GateFailed none = Fixtures.refused(decide(s, admin, Command.of(CONFIRM_SIGNED_COPY)),
                Refusal.GateFailed.class);
        assertEquals(List.of("CONFIRM:signedCopyParaf", "CONFIRM:signedCopyMeterai", "CONFIRM:signedCopyCap"),
                Fixtures.codes(none));
        assertEquals(Optional.of("facts.signedCopyMeterai"), none.unmet().get(1).field());
        assertEquals("Meterai terpasang dan ditandatangani belum dicentang", none.unmet().get(1).message().id());

        Refusal.GateFailed noSeal = Fixtures.refused(decide(s, admin, Command.of(CONFIRM_SIGNED_COPY)
                .withFact(Fact.SIGNED_COPY_PARAF, true).withFact(Fact.SIGNED_COPY_METERAI, true)
                .withFact(Fact.SIGNED_COPY_CAP, false)), Refusal.GateFailed.class);
        assertEquals(List.of("CONFIRM:signedCopyCap"), Fixtures.codes(noSeal));

        Refusal.GateFailed nothingToCheck = Fixtures.refused(decide(kbSigning(), admin, confirmCopy()),
                Refusal.GateFailed.class);
        assertEquals(List.of("DOC:KB_SIGNED"), Fixtures.codes(nothingToCheck));
    }

    @Test
    void aCopySentBackNeedsAReasonThePartnerSeesAndANewCopyIsCheckedAgain() {
        CaseState s = uploaded(kbSigning(), Actor.partner("C-1"));
        Refusal.GateFailed noReason = Fixtures.refused(decide(s, admin, Command.of(RETURN_SIGNED_COPY)),
                Refusal.GateFailed.class);
        assertEquals(List.of("INPUT:NOTE"), Fixtures.codes(noReason));
        assertEquals(Optional.of("note"), noReason.unmet().get(0).field());

        CaseState confirmedFirst = Fixtures.accepted(decide(s, admin, confirmCopy())).state();
        Transition back = Fixtures.accepted(decide(confirmedFirst, admin, Command.of(RETURN_SIGNED_COPY)
                .withNote("Halaman 3 belum diparaf")));
        assertEquals(Stage.PENANDATANGANAN_KB, back.state().stage());
        assertFalse(back.state().facts().has(Fact.KB_SIGNED_COPY_CONFIRMED), "sending back undoes a confirmation");
        TimelineEvent event = back.events().get(0);
        assertTrue(event.visibleToPartner(), "the partner's tracking page shows the reason");
        assertEquals("Halaman 3 belum diparaf", event.note());
        assertEquals(List.of("CHECK:KB_SIGNED"), Fixtures.codes(Fixtures.refused(
                decide(back.state(), admin, signKb()), Refusal.GateFailed.class)), "the sent-back copy stays closed");

        CaseState again = uploaded(back.state(), Actor.partner("C-1"));
        assertEquals(List.of("CHECK:KB_SIGNED"), Fixtures.codes(Fixtures.refused(
                decide(again, admin, signKb()), Refusal.GateFailed.class)), "the new copy is checked again");
        CaseState ok = Fixtures.accepted(decide(again, admin, confirmCopy())).state();
        assertEquals(Optional.of(2), ok.fact(Fact.KB_SIGNED_COPY_CONFIRMED));
        assertInstanceOf(Transition.class, decide(ok, admin, signKb()));
    }

    @Test
    void aNewerUploadAfterAConfirmationMustBeCheckedAgain() {
        CaseState confirmed = Fixtures.accepted(decide(uploaded(kbSigning(), admin), admin, confirmCopy())).state();
        CaseState newer = uploaded(confirmed, Actor.partner("C-1"));
        Refusal.GateFailed r = Fixtures.refused(decide(newer, admin, signKb()), Refusal.GateFailed.class);
        assertEquals(List.of("CHECK:KB_SIGNED"), Fixtures.codes(r));
        assertTrue(r.unmet().get(0).message().en().contains("version 2"));
        // a copy carried by the signing itself is a new upload too: it is checked before, not in, the signing
        assertEquals(List.of("CHECK:KB_SIGNED"), Fixtures.codes(Fixtures.refused(
                decide(confirmed, admin, signKb().withDocument(upload(KB_SIGNED))), Refusal.GateFailed.class)));
    }

    @Test
    void onlyTheAdminChecksAndEverySigningStageHasTheCheck() {
        CaseState s = uploaded(kbSigning(), admin);
        for (Actor other : List.of(Actor.opd("opd-1", Fixtures.DEPT), Actor.partner("C-1"), Actor.tkksd("t-1"),
                Actor.pimpinan("sekda"))) {
            assertInstanceOf(Refusal.Forbidden.class, decide(s, other, confirmCopy()), other.role().name());
            assertInstanceOf(Refusal.Forbidden.class, decide(s, other, Command.of(RETURN_SIGNED_COPY)
                    .withNote("alasan")), other.role().name());
        }
        CaseState pks = Fixtures.bare("C-2", Category.KSDD, Stage.PENANDATANGANAN_PKS, Origin.DEPARTMENT);
        CaseState pksChecked = Fixtures.accepted(decide(pks, admin, confirmCopy(upload(PKS_SIGNED)))).state();
        assertEquals(Optional.of(1), pksChecked.fact(Fact.PKS_SIGNED_COPY_CONFIRMED));
        CaseState naskah = Fixtures.bare("C-3", Category.KSDPL, Stage.PENANDATANGANAN_NASKAH, Origin.DEPARTMENT);
        assertEquals(Optional.of(1), Fixtures.accepted(decide(naskah, admin, confirmCopy(upload(NASKAH_SIGNED))))
                .state().fact(Fact.NASKAH_SIGNED_COPY_CONFIRMED));
        CaseState nota = Fixtures.bare("C-4", Category.SINERGI, Stage.PENANDATANGANAN_NOTA_KESEPAKATAN,
                Origin.DEPARTMENT);
        assertEquals(Optional.of(1), Fixtures.accepted(decide(nota, admin,
                confirmCopy(upload(NOTA_KESEPAKATAN_SIGNED)))).state().fact(Fact.NOTA_SIGNED_COPY_CONFIRMED));
    }
}
