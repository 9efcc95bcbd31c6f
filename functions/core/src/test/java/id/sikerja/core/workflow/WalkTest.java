package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;
import org.junit.jupiter.api.Test;

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

/** Whole cases walked through the process, as the Lambda handler would drive them. */
class WalkTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");
    private final Actor tkksd = Actor.tkksd("tkksd-1");
    private final Actor opd = Actor.opd("opd-1", "DPMPTSP");
    private final Actor system = Actor.system();

    /** A KSDPK from a third party's application through intake, with DPRD approval, to Pelaksanaan. */
    @Test
    void ksdpkFromIntakeToImplementationWithDprd() {
        Actor partner = Actor.partner("K-1");
        Walk w = new Walk(wf.openFromIntake(NewCase.ksdpk("K-1", KsdpkInitiative.PIHAK_KETIGA, List.of()),
                List.of(upload(SURAT_PERMOHONAN), upload(STUDI_KELAYAKAN)), partner, Fixtures.at(2026, 3, 2)));
        assertEquals(INTAKE, w.state.stage());
        assertEquals(Origin.PARTNER_APPLICATION, w.state.origin());
        assertEquals(DueDateKind.INTAKE_VALIDATION, w.state.dueDates().get(0).kind());
        assertEquals(date(2026, 3, 9), w.state.dueDates().get(0).date(), "5 working days after Mon 2 March");

        w.act(admin, Command.of(ACCEPT).withDepartments(List.of("DPMPTSP")), date(2026, 3, 4));
        assertEquals(PERSIAPAN, w.state.stage());
        assertEquals(DueDateKind.TKKSD_ASSESSMENT, w.state.dueDates().get(0).kind());

        w.act(tkksd, Command.of(RECORD_TKKSD_ASSESSMENT).withDocument(upload(KAJIAN_TKKSD))
                .withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 3, 10))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU), date(2026, 3, 10));
        assertTrue(w.state.dueDates().isEmpty(), "the TKKSD deadline is met");
        w.act(opd, Command.of(RECORD_FACTS).withFact(Fact.DPRD_BURDENS_PUBLIC, true)
                .withFact(Fact.DPRD_FUNDING_UNBUDGETED, false).withFact(Fact.OBJECT_IN_PLAN, true), date(2026, 3, 11));
        w.act(admin, Command.of(COMPLETE_PREPARATION), date(2026, 3, 12));
        assertEquals(PENAWARAN, w.state.stage());

        w.act(admin, Command.of(SEND_OFFER).withDocument(upload(SURAT_JAWABAN)), date(2026, 3, 16));
        w.act(opd, Command.of(UPLOAD_DOCUMENT).withDocument(upload(KB_DRAFT)), date(2026, 3, 25));
        w.act(opd, Command.of(FINALIZE_KB_DRAFT), date(2026, 3, 26));
        assertEquals(PENANDATANGANAN_KB, w.state.stage());

        w.act(partner, Command.of(UPLOAD_DOCUMENT).withDocument(upload(KB_SIGNED)), date(2026, 4, 6));
        w.act(admin, Command.of(SIGN_KB).withFact(Fact.KB_SIGNED_ON, date(2026, 4, 6))
                .withFact(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH), date(2026, 4, 7));
        assertEquals(PERSETUJUAN_DPRD, w.state.stage(), "it burdens the public: the DPRD must approve");

        w.act(admin, Command.of(SUBMIT_TO_DPRD).withDocument(upload(DPRD_REQUEST))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 4, 8)), date(2026, 4, 8));
        assertEquals(PERSETUJUAN_DPRD, w.state.stage());
        DueDate dprdDue = w.state.dueDates().get(0);
        assertEquals(DueDateKind.DPRD_RESPONSE, dprdDue.kind());
        assertEquals(wf.calendar().plusWorkingDays(date(2026, 4, 8), 45), dprdDue.date());

        w.act(admin, Command.of(DPRD_APPROVE).withDocument(upload(DPRD_DECISION))
                .withFact(Fact.DPRD_DECIDED_ON, date(2026, 5, 20)), date(2026, 5, 21));
        assertEquals(PENYUSUNAN_PKS, w.state.stage());
        assertEquals(Optional.of(DprdOutcome.DISETUJUI), w.state.fact(Fact.DPRD_OUTCOME));

        w.act(opd, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2026, 6, 2));
        w.act(partner, Command.of(UPLOAD_DOCUMENT).withDocument(upload(PKS_SIGNED)), date(2026, 6, 10));
        w.act(admin, Command.of(SIGN_PKS).withDocument(upload(SURAT_KUASA))
                .withFact(Fact.PKS_SIGNED_ON, date(2026, 6, 10))
                .withFact(Fact.SIGNATORY, Signatory.PEJABAT_OPD)
                .withFact(Fact.TERM_START, date(2026, 7, 1))
                .withFact(Fact.TERM_MONTHS, 36)
                .withFact(Fact.PKS_CLAUSE_RIGHTS_OBLIGATIONS, true)
                .withFact(Fact.PKS_CLAUSE_TERM, true)
                .withFact(Fact.PKS_CLAUSE_DISPUTE_SETTLEMENT, true)
                .withFact(Fact.PKS_CLAUSE_SANCTIONS, true), date(2026, 6, 11));
        assertEquals(PELAKSANAAN, w.state.stage());

        assertEquals(List.of(INTAKE, PERSIAPAN, PENAWARAN, PENYUSUNAN_KB, PENANDATANGANAN_KB, PERSETUJUAN_DPRD,
                PENYUSUNAN_PKS, PENANDATANGANAN_PKS, PELAKSANAAN), w.stagesVisited());
        assertEquals(w.events.size(), w.state.version(), "one version per event, starting at 1");
        assertTrue(w.state.dueDates().stream().anyMatch(d -> d.kind() == DueDateKind.AGREEMENT_END
                && d.date().equals(date(2029, 6, 30))), "36 months from 1 July 2026 end on 30 June 2029");
        TimelineEvent signing = w.events.get(w.events.size() - 1);
        assertEquals(SIGN_PKS, signing.action());
        assertEquals(Optional.of(PENANDATANGANAN_PKS), signing.from());
        assertEquals("36", signing.facts().get("termMonths"));
        assertEquals(List.of(new DocumentRef(SURAT_KUASA, 1)), signing.documents());
    }

    /** A voluntary KSDD whose Persiapan facts say no DPRD approval is needed: KB signing leads to PKS drafting. */
    @Test
    void ksddWhoseFactsSkipTheDprd() {
        Walk w = new Walk(wf.openByDepartment(NewCase.ksdd("D-1", KsddKind.SUKARELA, List.of("DPMPTSP")),
                List.of(upload(KAK)), opd, Fixtures.at(2026, 4, 1)));
        assertEquals(PERSIAPAN, w.state.stage());
        assertEquals(Origin.DEPARTMENT, w.state.origin());

        w.act(tkksd, Command.of(RECORD_TKKSD_ASSESSMENT).withDocument(upload(KAJIAN_TKKSD))
                .withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 4, 6))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU), date(2026, 4, 6));
        w.act(opd, Command.of(RECORD_FACTS).withFact(Fact.DPRD_BURDENS_PUBLIC, false)
                .withFact(Fact.DPRD_FUNDING_UNBUDGETED, false).withFact(Fact.OBJECT_IN_PLAN, true), date(2026, 4, 6));
        w.act(admin, Command.of(COMPLETE_PREPARATION), date(2026, 4, 7));
        w.act(admin, Command.of(SEND_OFFER).withDocument(upload(SURAT_PENAWARAN)), date(2026, 4, 8));
        w.act(opd, Command.of(FINALIZE_KB_DRAFT).withDocument(upload(KB_DRAFT)), date(2026, 4, 9));

        ActionAvailability sign = wf.available(w.state, admin, Fixtures.at(2026, 4, 10)).stream()
                .filter(a -> a.action() == SIGN_KB).findFirst().orElseThrow();
        assertEquals(Optional.of(PENYUSUNAN_PKS), sign.target(), "the action list already shows the DPRD is skipped");

        w.act(admin, Command.of(SIGN_KB).withDocument(upload(KB_SIGNED)).withFact(Fact.KB_SIGNED_ON, date(2026, 4, 10))
                .withFact(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH),
                date(2026, 4, 10));
        assertEquals(PENYUSUNAN_PKS, w.state.stage());
        assertInstanceOf(Refusal.NotApplicable.class, w.attempt(admin, Command.of(DPRD_APPROVE), date(2026, 4, 13)));

        w.act(opd, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2026, 4, 13));
        w.act(admin, Command.of(SIGN_PKS).withDocument(upload(PKS_SIGNED))
                .withFact(Fact.PKS_SIGNED_ON, date(2026, 4, 14))
                .withFact(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .withFact(Fact.TERM_START, date(2026, 4, 14))
                .withFact(Fact.TERM_MONTHS, 60), date(2026, 4, 14));
        assertEquals(List.of(PERSIAPAN, PENAWARAN, PENYUSUNAN_KB, PENANDATANGANAN_KB, PENYUSUNAN_PKS,
                PENANDATANGANAN_PKS, PELAKSANAAN), w.stagesVisited());
    }

    /** A sister-city cooperation of a kabupaten/kota through all eleven foreign stages, with DPRD silence. */
    @Test
    void ksdplThroughAllElevenForeignStages() {
        Walk w = new Walk(wf.openByDepartment(NewCase.foreign("F-1", Category.KSDPL, List.of("DPMPTSP")),
                List.of(upload(KAK)), admin, Fixtures.at(2026, 1, 5)));
        assertEquals(PRAKARSA, w.state.stage());
        w.act(opd, Command.of(COMPLETE_INITIATIVE), date(2026, 1, 6));
        w.act(opd, Command.of(COMPLETE_EXPLORATION), date(2026, 1, 20));
        assertEquals(PERNYATAAN_KEHENDAK, w.state.stage());

        w.act(tkksd, Command.of(RECORD_TKKSD_ASSESSMENT).withDocument(upload(KAJIAN_TKKSD))
                .withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 1, 22))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU), date(2026, 1, 22));
        w.act(Actor.partner("F-1"), Command.of(UPLOAD_DOCUMENT).withDocument(upload(LOI)), date(2026, 2, 2));
        w.act(admin, Command.of(SIGN_LOI)
                .withFact(Fact.CONSULTED_KEMENDAGRI_ON, date(2026, 1, 26))
                .withFact(Fact.CONSULTED_KEMLU_ON, date(2026, 1, 27))
                .withFact(Fact.LOI_SIGNED_ON, date(2026, 2, 2)), date(2026, 2, 3));
        assertEquals(RENCANA_KERJA_SAMA, w.state.stage());
        assertEquals(date(2027, 2, 1), w.state.dueDates().get(0).date(), "the LoI is valid through 1 February 2027");

        w.act(opd, Command.of(COMPLETE_RKS).withDocument(upload(RKS)), date(2026, 2, 10));
        assertEquals(PERSETUJUAN_DPRD, w.state.stage(), "foreign cooperation always needs the DPRD");
        w.act(admin, Command.of(SUBMIT_TO_DPRD).withDocument(upload(DPRD_REQUEST))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 2, 11)), date(2026, 2, 11));
        java.time.LocalDate due = w.state.dueDates().get(0).date();
        Refusal early = Fixtures.refused(w.attempt(system, Command.of(DPRD_DEEMED_APPROVE), due), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:DPRD_PERIOD_RUNNING"), Fixtures.codes(early), "not on the due date itself");
        w.act(system, Command.of(DPRD_DEEMED_APPROVE), due.plusDays(1));
        assertEquals(VERIFIKASI_MENTERI, w.state.stage());
        assertEquals(Optional.of(DprdOutcome.DIANGGAP_DISETUJUI), w.state.fact(Fact.DPRD_OUTCOME));

        java.time.LocalDate v = due.plusDays(3);
        w.act(admin, Command.of(SEND_TO_GUBERNUR).withFact(Fact.SENT_TO_GUBERNUR_ON, v), v);
        assertEquals(DueDateKind.GUBERNUR_RELAY, w.state.dueDates().get(0).kind());
        w.act(admin, Command.of(RECORD_GUBERNUR_RELAY).withFact(Fact.GUBERNUR_RELAYED_ON, v.plusDays(2)), v.plusDays(2));
        assertTrue(w.state.dueDates().isEmpty());
        w.act(admin, Command.of(RECORD_VERIFICATION).withFact(Fact.MENTERI_VERIFIED_ON, v.plusDays(20)), v.plusDays(20));
        w.act(opd, Command.of(FINALIZE_NASKAH_DRAFT).withDocument(upload(NASKAH_DRAFT)), v.plusDays(30));
        w.act(admin, Command.of(RECORD_CONFIRMATION).withDocument(upload(SURAT_KONFIRMASI)), v.plusDays(40));
        w.act(admin, Command.of(RECORD_MENTERI_APPROVAL).withDocument(upload(DocumentType.PERSETUJUAN_MENTERI))
                .withFact(Fact.MENTERI_APPROVED_ON, v.plusDays(50)), v.plusDays(50));
        w.act(admin, Command.of(SIGN_NASKAH).withDocument(upload(NASKAH_SIGNED))
                .withFact(Fact.NASKAH_SIGNED_ON, v.plusDays(60))
                .withFact(Fact.TERM_START, v.plusDays(60))
                .withFact(Fact.TERM_MONTHS, 48), v.plusDays(60));

        assertEquals(List.of(PRAKARSA, PENJAJAKAN, PERNYATAAN_KEHENDAK, RENCANA_KERJA_SAMA, PERSETUJUAN_DPRD,
                VERIFIKASI_MENTERI, RANCANGAN_NASKAH, PEMBAHASAN, Stage.PERSETUJUAN_MENTERI, PENANDATANGANAN_NASKAH,
                PELAKSANAAN), w.stagesVisited());
        assertEquals(wf.table(Category.KSDPL).path(), w.stagesVisited(), "exactly the eleven stages of Ps 9");
        assertTrue(w.state.dueDates().stream().anyMatch(d -> d.kind() == DueDateKind.EXTENSION_REQUEST));
        assertTrue(w.state.dueDates().stream().anyMatch(d -> d.kind() == DueDateKind.ANNUAL_REPORT
                && d.date().equals(date(2027, 1, 7))), "kab/kota report for 2026 to the Gubernur by 7 January 2027");
    }

    /** Returned for revision, answered by the partner through its link, back to intake, accepted. */
    @Test
    void revisionRoundTrip() {
        Actor partner = Actor.partner("R-1");
        Walk w = new Walk(wf.openFromIntake(NewCase.ksdd("R-1", KsddKind.WAJIB, List.of()),
                List.of(upload(SURAT_PERMOHONAN)), partner, Fixtures.at(2026, 5, 4)));
        Refusal noNote = Fixtures.refused(w.attempt(admin, Command.of(RETURN_FOR_REVISION), date(2026, 5, 5)),
                Refusal.GateFailed.class);
        assertEquals(List.of("INPUT:NOTE"), Fixtures.codes(noNote));

        w.act(admin, Command.of(RETURN_FOR_REVISION).withNote("Lampirkan KAK"), date(2026, 5, 5));
        assertEquals(REVISI, w.state.stage());
        assertEquals("Lampirkan KAK", w.events.get(w.events.size() - 1).note());
        Refusal otherPartner = Fixtures.refused(w.attempt(Actor.partner("X-9"), Command.of(RESUBMIT), date(2026, 5, 6)),
                Refusal.Forbidden.class);
        assertTrue(otherPartner.reasons().get(0).message().id().contains("Tautan"));

        w.act(partner, Command.of(UPLOAD_DOCUMENT).withDocument(upload(KAK)), date(2026, 5, 6));
        w.act(partner, Command.of(RESUBMIT).withNote("KAK terlampir"), date(2026, 5, 6));
        assertEquals(INTAKE, w.state.stage());
        assertEquals(date(2026, 5, 13), w.state.dueDates().get(0).date(), "the intake SLA restarts on re-entry");

        Refusal noDept = Fixtures.refused(w.attempt(admin, Command.of(ACCEPT), date(2026, 5, 7)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:NO_DEPARTMENT"), Fixtures.codes(noDept));
        w.act(admin, Command.of(ACCEPT).withDepartments(List.of("BAPPEDA")), date(2026, 5, 7));
        assertEquals(PERSIAPAN, w.state.stage());
        assertEquals(List.of("BAPPEDA"), w.state.departments());
        assertEquals(List.of(INTAKE, REVISI, INTAKE, PERSIAPAN), w.stagesVisited());
    }

    /** Rejections: at intake with a reason, and by TKKSD; withdrawal by the proposer. Terminal stages accept nothing. */
    @Test
    void rejectionAndWithdrawal() {
        Walk w = new Walk(wf.openFromIntake(NewCase.ksdpk("X-1", KsdpkInitiative.PIHAK_KETIGA, List.of()),
                List.of(upload(SURAT_PERMOHONAN)), Actor.partner("X-1"), Fixtures.at(2026, 5, 4)));
        w.act(admin, Command.of(REJECT).withNote("Objek bukan urusan daerah"), date(2026, 5, 5));
        assertEquals(DITOLAK, w.state.stage());
        assertEquals(Optional.of(EndReason.DITOLAK_SAAT_INTAKE), w.state.endReason());
        assertEquals(Optional.of(EndReason.DITOLAK_SAAT_INTAKE), w.events.get(1).endReason());
        assertInstanceOf(Refusal.NotApplicable.class, w.attempt(admin, Command.of(ACCEPT), date(2026, 5, 6)));
        assertTrue(wf.available(w.state, admin, Fixtures.at(2026, 5, 6)).isEmpty());

        Walk t = new Walk(wf.openByDepartment(NewCase.ksdd("X-2", KsddKind.SUKARELA, List.of("DPMPTSP")), List.of(),
                opd, Fixtures.at(2026, 5, 4)));
        t.act(tkksd, Command.of(RECORD_TKKSD_ASSESSMENT).withDocument(upload(KAJIAN_TKKSD))
                .withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 5, 8))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.TOLAK), date(2026, 5, 8));
        Refusal cannotProceed = Fixtures.refused(t.attempt(admin, Command.of(COMPLETE_PREPARATION), date(2026, 5, 11)),
                Refusal.GateFailed.class);
        assertTrue(Fixtures.codes(cannotProceed).contains("RULE:tkksdRecommendation=SETUJU"));
        t.act(admin, Command.of(REJECT_BY_TKKSD).withNote("Tidak sesuai RPJMD"), date(2026, 5, 11));
        assertEquals(Optional.of(EndReason.DITOLAK_TKKSD), t.state.endReason());

        Walk x = new Walk(wf.openByDepartment(NewCase.ksdd("X-3", KsddKind.SUKARELA, List.of("DPMPTSP")), List.of(),
                opd, Fixtures.at(2026, 5, 4)));
        assertInstanceOf(Refusal.Forbidden.class, x.attempt(Actor.partner("X-3"), Command.of(WITHDRAW), date(2026, 5, 5)),
                "the partner is not the proposer of a department's case");
        x.act(opd, Command.of(WITHDRAW).withNote("Prioritas berubah"), date(2026, 5, 5));
        assertEquals(DIBATALKAN, x.state.stage());
        assertEquals(Optional.of(EndReason.DITARIK_PEMOHON), x.state.endReason());
    }

    /** Ending an agreement in force with a legal reason, then Penatausahaan and Pelaporan; expiry by the scheduler. */
    @Test
    void endingWithAReason() {
        Walk w = legacy("E-1", Category.KSDPK, date(2024, 1, 1), 36);
        Refusal wrongCategory = Fixtures.refused(w.attempt(admin, Command.of(END)
                .withEndReason(EndReason.DIGANTI_PERJANJIAN_BARU).withNote("x"), date(2026, 6, 1)),
                Refusal.InvalidCommand.class);
        assertEquals("INVALID:END_REASON", wrongCategory.reasons().get(0).code());
        Fixtures.refused(w.attempt(admin, Command.of(END).withEndReason(EndReason.MASA_BERLAKU_HABIS).withNote("x"),
                date(2026, 6, 1)), Refusal.InvalidCommand.class);
        Refusal missing = Fixtures.refused(w.attempt(admin, Command.of(END), date(2026, 6, 1)), Refusal.GateFailed.class);
        // issue 18 (h18-amend): and, ending it early, its document
        assertEquals(List.of("INPUT:END_REASON", "INPUT:NOTE", "DOC:BERITA_ACARA|SURAT_PENGAKHIRAN"),
                Fixtures.codes(missing));

        w.act(admin, Command.of(END).withEndReason(EndReason.MITRA_PAILIT).withNote("Putusan pailit PN Samarinda")
                        .withDocument(upload(SURAT_PENGAKHIRAN)), date(2026, 6, 1));
        assertEquals(PENATAUSAHAAN, w.state.stage());
        assertEquals(Optional.of(EndReason.MITRA_PAILIT), w.state.endReason());
        w.act(admin, Command.of(COMPLETE_ADMINISTRATION).withDocument(upload(BERITA_ACARA)), date(2026, 6, 8));
        Fixtures.refused(w.attempt(opd, Command.of(SUBMIT_FINAL_REPORT), date(2026, 6, 9)), Refusal.GateFailed.class);
        w.act(opd, Command.of(SUBMIT_FINAL_REPORT).withDocument(upload(LAPORAN)), date(2026, 6, 9));
        assertEquals(SELESAI, w.state.stage());
        assertEquals(Optional.of(EndReason.MITRA_PAILIT), w.state.endReason());

        // a foreign agreement expires: the scheduler ends it the day after its last day, straight to Selesai
        Walk f = legacy("E-2", Category.KSDLL, date(2021, 7, 1), 60);
        java.time.LocalDate last = date(2026, 6, 30);
        Refusal running = Fixtures.refused(f.attempt(system, Command.of(EXPIRE), last), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:TERM_RUNNING"), Fixtures.codes(running));
        assertTrue(running.reasons().get(0).message().id().contains("30 Juni 2026"));
        f.act(system, Command.of(EXPIRE), last.plusDays(1));
        assertEquals(SELESAI, f.state.stage());
        assertEquals(Optional.of(EndReason.MASA_BERLAKU_HABIS), f.state.endReason());
    }

    /** An extension is a new case linked to the old agreement; only an implemented agreement can be extended. */
    @Test
    void extensionOpensALinkedCase() {
        Walk old = legacy("P-1", Category.KSDD, date(2022, 1, 10), 60);
        Transition t = Fixtures.accepted(wf.openExtension(old.state, "P-2", opd, Fixtures.at(2026, 7, 1)));
        assertEquals(PERSIAPAN, t.state().stage());
        assertEquals(Origin.EXTENSION, t.state().origin());
        assertEquals(Optional.of("P-1"), t.state().previousAgreementId());
        assertEquals(old.state.departments(), t.state().departments());
        assertEquals(old.state.ksddKind(), t.state().ksddKind());
        assertEquals(OPEN_EXTENSION, t.events().get(0).action());
        assertTrue(t.events().get(0).from().isEmpty());

        CaseState drafting = Fixtures.bare("P-3", Category.KSDD, PENYUSUNAN_KB, Origin.DEPARTMENT);
        Refusal r = Fixtures.refused(wf.openExtension(drafting, "P-4", admin, Fixtures.at(2026, 7, 1)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:PREVIOUS_NOT_IMPLEMENTED"), Fixtures.codes(r));
        assertInstanceOf(Refusal.Forbidden.class,
                wf.openExtension(old.state, "P-5", Actor.opd("x", "OTHER"), Fixtures.at(2026, 7, 1)));
    }

    /** A signed KB frames several PKS: child cases start at Penyusunan PKS under the KB's case. */
    @Test
    void childPksUnderASignedKb() {
        Walk kb = new Walk(wf.openByDepartment(NewCase.ksdd("KB-1", KsddKind.WAJIB, List.of("DPMPTSP")), List.of(),
                admin, Fixtures.at(2026, 2, 2)));
        CaseState unsigned = kb.state;
        Refusal tooEarly = Fixtures.refused(wf.openChildPks(unsigned, "KB-1-A", List.of("DINKES"), admin,
                Fixtures.at(2026, 2, 3)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:PARENT_KB_NOT_SIGNED", "RULE:PARENT_STAGE"), Fixtures.codes(tooEarly));

        kb.act(tkksd, Command.of(RECORD_TKKSD_ASSESSMENT).withDocument(upload(KAJIAN_TKKSD))
                .withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 2, 5))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU), date(2026, 2, 5));
        kb.act(admin, Command.of(RECORD_FACTS).withFact(Fact.DPRD_BURDENS_PUBLIC, false)
                .withFact(Fact.DPRD_FUNDING_UNBUDGETED, false).withFact(Fact.OBJECT_IN_PLAN, true), date(2026, 2, 5));
        kb.act(admin, Command.of(COMPLETE_PREPARATION).withDocument(upload(KAK)), date(2026, 2, 6));
        kb.act(admin, Command.of(SEND_OFFER).withDocument(upload(SURAT_PENAWARAN)), date(2026, 2, 9));
        kb.act(admin, Command.of(FINALIZE_KB_DRAFT).withDocument(upload(KB_DRAFT)), date(2026, 2, 10));
        kb.act(admin, Command.of(SIGN_KB).withDocument(upload(KB_SIGNED)).withFact(Fact.KB_SIGNED_ON, date(2026, 2, 11))
                .withFact(Fact.KB_SIGNATORY, Signatory.KEPALA_DAERAH),
                date(2026, 2, 11));
        assertEquals(PENYUSUNAN_PKS, kb.state.stage());

        Actor dinkes = Actor.opd("dinkes-1", "DINKES");
        Transition child = Fixtures.accepted(wf.openChildPks(kb.state, "KB-1-A", List.of("DINKES"), dinkes,
                Fixtures.at(2026, 2, 12)));
        CaseState c = child.state();
        assertEquals(PENYUSUNAN_PKS, c.stage());
        assertEquals(Origin.CHILD_PKS, c.origin());
        assertEquals(Optional.of("KB-1"), c.parentId());
        assertEquals(Optional.of(date(2026, 2, 11)), c.fact(Fact.KB_SIGNED_ON));
        assertEquals(Optional.of(false), c.fact(Fact.DPRD_BURDENS_PUBLIC));
        assertInstanceOf(Refusal.NotApplicable.class, wf.decide(c, admin, Command.of(SET_AS_FRAMEWORK),
                Fixtures.at(2026, 2, 13)), "a child PKS cannot itself be a framework");
        assertInstanceOf(Refusal.Forbidden.class, wf.decide(c, opd, Command.of(FINALIZE_PKS_DRAFT),
                Fixtures.at(2026, 2, 13)), "another department's OPD user cannot act on the child");

        Walk cw = new Walk(child);
        // issue 13 item 2: the child records its own DPRD facts for the year it is signed in
        cw.act(dinkes, Command.of(RECORD_FACTS).withFact(Fact.PKS_BURDENS_PUBLIC, false)
                .withFact(Fact.PKS_FUNDING_UNBUDGETED, false).withFact(Fact.PKS_BUDGET_YEAR, 2026), date(2026, 2, 13));
        cw.act(dinkes, Command.of(FINALIZE_PKS_DRAFT).withDocument(upload(PKS_DRAFT)), date(2026, 2, 13));
        cw.act(admin, Command.of(SIGN_PKS).withDocument(upload(PKS_SIGNED))
                .withFact(Fact.PKS_SIGNED_ON, date(2026, 2, 16))
                .withFact(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .withFact(Fact.TERM_START, date(2026, 3, 1))
                .withFact(Fact.TERM_MONTHS, 24), date(2026, 2, 16));
        assertEquals(PELAKSANAAN, cw.state.stage());

        // the KB itself runs as the framework
        kb.act(admin, Command.of(SET_AS_FRAMEWORK).withFact(Fact.TERM_START, date(2026, 2, 11))
                .withFact(Fact.TERM_MONTHS, 60), date(2026, 2, 16));
        assertEquals(PELAKSANAAN, kb.state.stage());
        Fixtures.accepted(wf.openChildPks(kb.state, "KB-1-B", List.of("DISHUB"), admin, Fixtures.at(2026, 3, 2)));
        Refusal grandchild = Fixtures.refused(wf.openChildPks(cw.state, "KB-1-A-1", List.of("DINKES"), admin,
                Fixtures.at(2026, 3, 2)), Refusal.GateFailed.class);
        assertTrue(Fixtures.codes(grandchild).contains("RULE:PARENT_IS_CHILD"));
    }

    /** A PKS with no department is refused with the reason (it used to fail adding to an immutable list). */
    @Test
    void aChildPksWithoutDepartmentsIsRefusedWithTheReason() {
        Walk kb = new Walk(wf.openByDepartment(NewCase.ksdd("KB-2", KsddKind.WAJIB, List.of("DPMPTSP")), List.of(),
                admin, Fixtures.at(2026, 2, 2)));
        Refusal none = Fixtures.refused(wf.openChildPks(kb.state, "KB-2-A", List.of(), admin,
                Fixtures.at(2026, 2, 3)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:PARENT_KB_NOT_SIGNED", "RULE:PARENT_STAGE", "RULE:NO_DEPARTMENT"),
                Fixtures.codes(none));
    }

    /** An agreement signed before Si Kerja, entered at Pelaksanaan; the entry is validated. */
    @Test
    void legacyEntry() {
        Walk w = legacy("L-1", Category.KSDD, date(2025, 3, 1), 60);
        assertEquals(PELAKSANAAN, w.state.stage());
        assertEquals(Origin.LEGACY, w.state.origin());
        assertEquals(ENTER_LEGACY, w.events.get(0).action());
        assertTrue(w.state.dueDates().stream().anyMatch(d -> d.kind() == DueDateKind.AGREEMENT_END
                && d.date().equals(date(2030, 2, 28))));

        Facts bad = Facts.empty().with(Fact.SIGNATORY, Signatory.PEJABAT_OPD).with(Fact.TERM_START, date(2019, 1, 1))
                .with(Fact.TERM_MONTHS, 72).with(Fact.PKS_SIGNED_ON, date(2027, 1, 1));
        Refusal r = Fixtures.refused(wf.enterLegacy(NewCase.ksdd("L-2", KsddKind.SUKARELA, List.of()), bad, List.of(),
                admin, Fixtures.at(2026, 6, 1)), Refusal.GateFailed.class);
        assertEquals(List.of("RULE:ONE_OF", "RULE:FUTURE:pksSignedOn", "DOC:SURAT_KUASA", "RULE:TERM_MAX",
                "RULE:NO_DEPARTMENT"), Fixtures.codes(r));
        assertInstanceOf(Refusal.Forbidden.class, wf.enterLegacy(NewCase.ksdd("L-3", KsddKind.SUKARELA, List.of("A")),
                bad, List.of(), opd, Fixtures.at(2026, 6, 1)), "only admins enter legacy agreements");
        assertInstanceOf(Refusal.InvalidCommand.class, wf.enterLegacy(NewCase.ksdd("L-4", KsddKind.SUKARELA,
                        List.of("A")), Facts.of(Fact.DPRD_OUTCOME, DprdOutcome.DISETUJUI), List.of(), admin,
                Fixtures.at(2026, 6, 1)), "system-managed facts cannot be typed in");
        assertFalse(w.state.isChildPks());
    }

    /** Monev: both reports, then the evaluation with evidence; the due dates move to the next semester. */
    @Test
    void monevRound() {
        Walk w = legacy("M-1", Category.KSDPK, date(2026, 1, 15), 24);
        Actor partner = Actor.partner("M-1");
        List<DueDate> before = wf.dueDates(w.state, Fixtures.at(2026, 7, 1));
        assertTrue(before.stream().anyMatch(d -> d.kind() == DueDateKind.MONEV_PARTNER_REPORT
                && d.note().id().contains("2026-S1")));

        MonevEvaluation eval = new MonevEvaluation(java.util.Arrays.stream(MonevCriterion.values())
                .collect(java.util.stream.Collectors.toMap(c -> c, c -> 4)), 4, MonevRecommendation.LANJUTKAN);
        Refusal tooSoon = Fixtures.refused(w.attempt(admin, Command.of(RECORD_MONEV_EVALUATION)
                .withMonev(MonevSubmission.evaluation(date(2026, 3, 1), "", eval)), date(2026, 7, 2)),
                Refusal.GateFailed.class);
        assertEquals(List.of("MONEV:PARTNER_REPORT:2026-S1", "MONEV:OPD_REPORT:2026-S1", "MONEV:EVIDENCE:2026-S1"),
                Fixtures.codes(tooSoon));

        w.act(partner, Command.of(SUBMIT_PARTNER_MONEV).withMonev(MonevSubmission.report(date(2026, 6, 30), "Lancar"))
                .withDocument(upload(MONEV_REPORT)).withDocument(upload(EVIDENCE)), date(2026, 7, 2));
        w.act(opd, Command.of(SUBMIT_OPD_MONEV)
                .withMonev(MonevSubmission.report(date(2026, 6, 30), "Sesuai rencana"))
                .withDocument(upload(MONEV_REPORT)), date(2026, 7, 3));
        w.act(admin, Command.of(RECORD_MONEV_EVALUATION).withMonev(MonevSubmission.evaluation(date(2026, 3, 1),
                "Baik", eval)), date(2026, 7, 6));
        assertEquals(3, w.state.monev().size());
        MonevEntry e = w.state.monev().get(2);
        assertEquals(MonevKind.EVALUATION, e.kind());
        assertEquals("2026-S1", e.period().label());
        assertEquals(Optional.of(eval), e.evaluation());

        List<DueDate> after = wf.dueDates(w.state, Fixtures.at(2026, 7, 6));
        assertTrue(after.stream().noneMatch(d -> d.note().id().contains("2026-S1")));
        assertTrue(after.stream().anyMatch(d -> d.kind() == DueDateKind.MONEV_EVALUATION
                && d.note().id().contains("2026-S2")));

        MonevEvaluation incomplete = new MonevEvaluation(java.util.Map.of(MonevCriterion.DAMPAK, 7), 0,
                MonevRecommendation.HENTIKAN);
        Refusal invalid = Fixtures.refused(w.attempt(admin, Command.of(RECORD_MONEV_EVALUATION)
                .withMonev(MonevSubmission.evaluation(date(2026, 8, 1), "", incomplete)), date(2026, 8, 3)),
                Refusal.InvalidCommand.class);
        assertEquals(MonevCriterion.values().length + 1, invalid.reasons().size(), "8 missing, 1 out of range, rating");
        Fixtures.refused(w.attempt(partner, Command.of(SUBMIT_PARTNER_MONEV)
                .withMonev(MonevSubmission.report(date(2027, 1, 10), "")).withDocument(upload(MONEV_REPORT)),
                date(2026, 8, 3)), Refusal.InvalidCommand.class);
    }

    private Walk legacy(String id, Category c, java.time.LocalDate start, int months) {
        NewCase spec = new NewCase(id, c, Fixtures.kindOf(c), Fixtures.initiativeOf(c), List.of("DPMPTSP"));
        Facts facts = Facts.empty().with(Fact.TERM_START, start).with(Fact.TERM_MONTHS, months);
        List<DocumentUpload> docs;
        if (c.isForeign()) {
            facts = facts.with(Fact.NASKAH_SIGNED_ON, start);
            docs = List.of(upload(NASKAH_SIGNED));
        } else {
            facts = facts.with(Fact.PKS_SIGNED_ON, start).with(Fact.SIGNATORY, Signatory.KEPALA_DAERAH);
            docs = List.of(upload(PKS_SIGNED));
        }
        return new Walk(wf.enterLegacy(spec, facts, docs, admin, Fixtures.at(2026, 5, 4)));
    }

    private static final class Walk extends Fixtures.WalkBase {
        Walk(Decision opened) {
            super(opened);
        }
    }
}
