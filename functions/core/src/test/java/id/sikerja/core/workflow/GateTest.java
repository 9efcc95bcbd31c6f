package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.at;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gates list every unmet condition at once, in words an officer understands. */
class GateTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private CaseState at(Category c, Stage s) {
        return Fixtures.bare("G-1", c, s, Origin.DEPARTMENT);
    }

    private static CaseState with(CaseState s, Facts f) {
        return s.withFacts(s.facts().withAll(f));
    }

    private Refusal.GateFailed gateFailed(CaseState s, Command c, LocalDate on) {
        // issue 17: the admin has checked and confirmed the signed copy the signing carries
        return Fixtures.refused(wf.decide(Fixtures.copiesConfirmed(s, c), admin, c, Fixtures.at(on)),
                Refusal.GateFailed.class);
    }

    @Test
    void signingAKsdpkPksWithNothingListsEverythingMissing() {
        Refusal.GateFailed r = gateFailed(at(Category.KSDPK, Stage.PENANDATANGANAN_PKS), Command.of(SIGN_PKS),
                date(2026, 6, 2));
        assertEquals(List.of("DOC:PKS_SIGNED", "FACT:pksSignedOn", "FACT:signatory", "FACT:termStart", "FACT:termMonths",
                "CONFIRM:pksClauseRightsObligations", "CONFIRM:pksClauseTerm", "CONFIRM:pksClauseDisputeSettlement",
                "CONFIRM:pksClauseSanctions"), Fixtures.codes(r));
        assertEquals(Text.of("PKS yang sudah ditandatangani belum diunggah", "The signed PKS has not been uploaded"),
                r.unmet().get(0).message());
        assertEquals(Text.of("Klausul sanksi belum dikonfirmasi ada dalam PKS",
                "The sanctions clause has not been confirmed in the PKS"), r.unmet().get(8).message());
        assertEquals(UnmetCondition.Kind.DOCUMENT, r.unmet().get(0).kind());
        assertEquals(UnmetCondition.Kind.FACT, r.unmet().get(1).kind());
    }

    @Test
    void anOfficialSigningNeedsASuratKuasaAndTheTermIsCapped() {
        Command c = Command.of(SIGN_PKS).withDocument(upload(PKS_SIGNED))
                .withFact(Fact.PKS_SIGNED_ON, date(2026, 6, 1))
                .withFact(Fact.SIGNATORY, Signatory.PEJABAT_OPD)
                .withFact(Fact.TERM_START, date(2026, 6, 1))
                .withFact(Fact.TERM_MONTHS, 61);
        Refusal.GateFailed r = gateFailed(at(Category.KSDD, Stage.PENANDATANGANAN_PKS), c, date(2026, 6, 2));
        assertEquals(List.of("DOC:SURAT_KUASA", "RULE:TERM_MAX"), Fixtures.codes(r), "KSDD has no clause checklist");
        assertEquals("Jangka waktu 61 bulan melebihi batas 60 bulan", r.unmet().get(1).message().id());

        Transition ok = Fixtures.accepted(wf.decide(Fixtures.copiesConfirmed(at(Category.KSDD,
                        Stage.PENANDATANGANAN_PKS), c), admin,
                c.withFact(Fact.TERM_MONTHS, 60).withDocument(upload(SURAT_KUASA)), Fixtures.at(date(2026, 6, 2))));
        assertEquals(Stage.PELAKSANAAN, ok.state().stage());
    }

    private CaseState kbSigning() {
        return with(at(Category.KSDD, Stage.PENANDATANGANAN_KB), Facts.empty()
                .with(Fact.DPRD_BURDENS_PUBLIC, false).with(Fact.DPRD_FUNDING_UNBUDGETED, false));
    }

    @Test
    void theSignedKbMessage() {
        Refusal.GateFailed r = gateFailed(kbSigning(), Command.of(SIGN_KB), date(2026, 6, 2));
        // who signed the KB is recorded, not assumed (issue 13 item 5)
        assertEquals(List.of("DOC:KB_SIGNED", "FACT:kbSignedOn", "FACT:kbSignatory"), Fixtures.codes(r));
        assertEquals("KB yang sudah ditandatangani belum diunggah", r.unmet().get(0).message().id());
        assertEquals("The signed KB has not been uploaded", r.unmet().get(0).message().en());
        assertEquals("Tanggal penandatanganan KB belum dicatat", r.unmet().get(1).message().id());
    }

    @Test
    void signingCannotBeRecordedInAdvance() {
        Refusal.GateFailed r = gateFailed(kbSigning(), Command.of(SIGN_KB)
                .withDocument(upload(KB_SIGNED)).withFact(Fact.KB_SIGNED_ON, date(2026, 6, 3))
                .withFact(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH), date(2026, 6, 2));
        assertEquals(List.of("RULE:FUTURE:kbSignedOn"), Fixtures.codes(r));
        assertTrue(r.unmet().get(0).message().id().contains("3 Juni 2026"));
    }

    @Test
    void whereSigningTheKbLeadsNeedsTheDprdFacts() {
        Refusal.GateFailed r = gateFailed(at(Category.KSDD, Stage.PENANDATANGANAN_KB), Command.of(SIGN_KB)
                .withDocument(upload(KB_SIGNED)).withFact(Fact.KB_SIGNED_ON, date(2026, 6, 1))
                .withFact(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH), date(2026, 6, 2));
        assertEquals(List.of("FACT:dprdBurdensPublic", "FACT:dprdFundingUnbudgeted"), Fixtures.codes(r));
    }

    @Test
    void completingPreparationNeedsThePlanTheAssessmentAndTheDprdFacts() {
        Refusal.GateFailed ksdd = gateFailed(at(Category.KSDD, Stage.PERSIAPAN), Command.of(COMPLETE_PREPARATION),
                date(2026, 6, 2));
        assertEquals(List.of("DOC:KAK", "DOC:KAJIAN_TKKSD", "FACT:tkksdRecommendation", "FACT:dprdBurdensPublic",
                "FACT:dprdFundingUnbudgeted", "FACT:objectInPlan"), Fixtures.codes(ksdd));
        Refusal.GateFailed ksdpk = gateFailed(at(Category.KSDPK, Stage.PERSIAPAN), Command.of(COMPLETE_PREPARATION),
                date(2026, 6, 2));
        assertEquals("DOC:STUDI_KELAYAKAN", ksdpk.unmet().get(0).code());

        CaseState tkksdWantsChanges = with(at(Category.KSDD, Stage.PERSIAPAN), Facts.empty()
                .with(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.PERBAIKI)
                .with(Fact.DPRD_BURDENS_PUBLIC, false).with(Fact.DPRD_FUNDING_UNBUDGETED, true)
                .with(Fact.OBJECT_IN_PLAN, true));
        Refusal.GateFailed r = gateFailed(tkksdWantsChanges, Command.of(COMPLETE_PREPARATION)
                .withDocument(upload(KAK)).withDocument(upload(KAJIAN_TKKSD)), date(2026, 6, 2));
        assertEquals(List.of("RULE:tkksdRecommendation=SETUJU"), Fixtures.codes(r));
        assertEquals("Rekomendasi TKKSD belum 'setuju'", r.unmet().get(0).message().id());
    }

    @Test
    void intakeAcceptanceOfAThirdPartyKsdpkNeedsItsStudiKelayakan() {
        CaseState third = Fixtures.bare("G-2", Category.KSDPK, Stage.INTAKE, Origin.PARTNER_APPLICATION)
                .withDepartments(List.of());
        Refusal.GateFailed r = gateFailed(third, Command.of(ACCEPT), date(2026, 6, 2));
        assertEquals(List.of("DOC:SURAT_PERMOHONAN|SURAT_PENAWARAN", "RULE:NO_DEPARTMENT", "DOC:STUDI_KELAYAKAN"),
                Fixtures.codes(r));

        CaseState regional = new CaseState("G-3", Category.KSDPK, Optional.empty(), Optional.of(KsdpkInitiative.DAERAH),
                Origin.PARTNER_APPLICATION, Stage.INTAKE, third.stageEnteredAt(), List.of(), 1, Facts.empty(),
                Documents.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                third.createdAt());
        Refusal.GateFailed r2 = gateFailed(regional, Command.of(ACCEPT), date(2026, 6, 2));
        assertFalse(Fixtures.codes(r2).contains("DOC:STUDI_KELAYAKAN"), "the region writes it in Persiapan");
    }

    @Test
    void anExpiredLoiCannotBeSignedNorFollowedUp() {
        CaseState s = with(at(Category.KSDLL, Stage.PERNYATAAN_KEHENDAK), Facts.empty()
                .with(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU));
        Refusal.GateFailed r = gateFailed(s, Command.of(SIGN_LOI).withDocument(upload(LOI))
                .withFact(Fact.LOI_SIGNED_ON, date(2025, 1, 10)), date(2026, 2, 1));
        assertEquals(List.of("DOC:KAJIAN_TKKSD", "FACT:consultedKemendagriOn", "FACT:consultedKemluOn",
                "RULE:LOI_EXPIRED"), Fixtures.codes(r));
        assertTrue(r.unmet().get(3).message().id().contains("9 Januari 2026"), r.unmet().get(3).message().id());
    }

    @Test
    void aKabKotaWaitsForTheGubernurBeforeSendingDirectly() {
        CaseState s = at(Category.KSDPL, Stage.VERIFIKASI_MENTERI);
        Refusal.GateFailed notSent = gateFailed(s, Command.of(SEND_TO_MENTERI)
                .withFact(Fact.SENT_TO_MENTERI_ON, date(2026, 7, 6)), date(2026, 7, 6));
        assertEquals(List.of("FACT:sentToGubernurOn"), Fixtures.codes(notSent));
        Refusal.GateFailed files = gateFailed(s, Command.of(RECORD_VERIFICATION)
                .withFact(Fact.MENTERI_VERIFIED_ON, date(2026, 7, 6)), date(2026, 7, 6));
        assertEquals(List.of("RULE:FILES_NOT_AT_MINISTER"), Fixtures.codes(files));

        Workflow province = new Workflow(WorkflowSettings.defaults().withRegionLevel(RegionLevel.PROVINSI), wf.calendar());
        assertInstanceOf(Refusal.NotApplicable.class, province.decide(s, admin, Command.of(SEND_TO_GUBERNUR)
                .withFact(Fact.SENT_TO_GUBERNUR_ON, date(2026, 7, 6)), Fixtures.at(2026, 7, 6)));
        Transition direct = Fixtures.accepted(province.decide(s, admin, Command.of(SEND_TO_MENTERI)
                .withFact(Fact.SENT_TO_MENTERI_ON, date(2026, 7, 6)), Fixtures.at(2026, 7, 6)));
        assertEquals(Optional.of(date(2026, 7, 6)), direct.state().fact(Fact.SENT_TO_MENTERI_ON));
    }

    @Test
    void malformedCommandsAreInvalidNotGateFailures() {
        CaseState kb = at(Category.KSDD, Stage.PENANDATANGANAN_KB);
        Refusal.InvalidCommand r = Fixtures.refused(wf.decide(kb, admin, Command.of(SIGN_KB)
                .withFact(Fact.TERM_MONTHS, 12).withEndReason(EndReason.TUJUAN_TERCAPAI), Fixtures.at(2026, 6, 2)),
                Refusal.InvalidCommand.class);
        assertEquals(List.of("INVALID:FACT:termMonths", "INVALID:END_REASON"), Fixtures.codes(r));

        CaseState penawaran = at(Category.KSDD, Stage.PENAWARAN);
        assertInstanceOf(Refusal.InvalidCommand.class, wf.decide(penawaran, admin, Command.of(RECORD_FACTS)
                .withFact(Fact.DPRD_BURDENS_PUBLIC, false), Fixtures.at(2026, 6, 2)),
                "the DPRD facts are recorded in Persiapan only");
        assertInstanceOf(Transition.class, wf.decide(at(Category.KSDD, Stage.PERSIAPAN), admin, Command.of(RECORD_FACTS)
                .withFact(Fact.DPRD_BURDENS_PUBLIC, false), Fixtures.at(2026, 6, 2)));
    }

    @Test
    void permissionsHoldBeforeGates() {
        CaseState s = at(Category.KSDD, Stage.PENYUSUNAN_KB);
        assertInstanceOf(Refusal.Forbidden.class, wf.decide(s, Actor.pimpinan("bupati"), Command.of(FINALIZE_KB_DRAFT),
                Fixtures.at(2026, 6, 2)));
        assertInstanceOf(Refusal.Forbidden.class, wf.decide(s, Actor.opd("u", "OTHER"), Command.of(FINALIZE_KB_DRAFT),
                Fixtures.at(2026, 6, 2)));
        CaseState persiapan = at(Category.KSDD, Stage.PERSIAPAN);
        Command assess = Command.of(RECORD_TKKSD_ASSESSMENT).withDocument(upload(KAJIAN_TKKSD))
                .withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 6, 2))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU);
        assertInstanceOf(Refusal.Forbidden.class, wf.decide(persiapan, Actor.tkksdLokus("t", "OTHER"), assess,
                Fixtures.at(2026, 6, 2)), "a TKKSD lokus acts on its department only");
        assertInstanceOf(Transition.class, wf.decide(persiapan, Actor.tkksdLokus("t", Fixtures.DEPT), assess,
                Fixtures.at(2026, 6, 2)));
        assertInstanceOf(Refusal.Forbidden.class, wf.decide(persiapan, Actor.opd("u", Fixtures.DEPT), Command.of(RECORD_FACTS)
                .withFact(Fact.TERM_MONTHS, 12).withDocument(upload(KAJIAN_TKKSD)), Fixtures.at(2026, 6, 2)),
                "an OPD user may not upload the TKKSD's assessment");
        assertInstanceOf(Refusal.NotApplicable.class, wf.decide(persiapan, admin, Command.of(ENTER_LEGACY),
                Fixtures.at(2026, 6, 2)));
    }

    @Test
    void theTermCannotBeEditedPastTheLimitLater() {
        CaseState running = at(Category.KSDD, Stage.PELAKSANAAN);
        Refusal.GateFailed r = gateFailed(running, Command.of(RECORD_FACTS).withFact(Fact.TERM_MONTHS, 120),
                date(2026, 6, 2));
        assertEquals(List.of("RULE:TERM_MAX"), Fixtures.codes(r));
    }

    @Test
    void aRefusedCommandChangesNothing() {
        CaseState s = at(Category.KSDD, Stage.PENANDATANGANAN_KB);
        wf.decide(s, admin, Command.of(SIGN_KB).withDocument(upload(KB_SIGNED)), Fixtures.at(2026, 6, 2));
        assertFalse(s.documents().has(KB_SIGNED));
        assertEquals(1, s.version());
    }
}
