package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.workflow.Deadline.Met;
import id.sikerja.core.workflow.Deadline.Start;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Effect.endsWith;
import static id.sikerja.core.workflow.Effect.endsWithGivenReason;
import static id.sikerja.core.workflow.Effect.recordsMonev;
import static id.sikerja.core.workflow.Effect.setsFact;
import static id.sikerja.core.workflow.Fact.*;
import static id.sikerja.core.workflow.Gates.*;
import static id.sikerja.core.workflow.PeriodUnit.*;
import static id.sikerja.core.workflow.Role.*;
import static id.sikerja.core.workflow.Stage.*;

/**
 * THE PROCESS, as one declaration per path, to be read against the regulation:
 * <ul>
 *   <li>KSDD and KSDPK: PP 28/2018 Ps 6(1) (Ps 19 for KSDPK), Permendagri 22/2020 — {@link #domestic}</li>
 *   <li>KSDPL and KSDLL: Permendagri 25/2020 Ps 9 — {@link #foreign}</li>
 * </ul>
 * Each stage lists who may register which documents, and each action where it leads ({@code to}), who may do it
 * ({@code by}; {@code orProposer}: the partner on its own application, else the case's department), what it
 * requires, which facts it records and what else it does. Each {@code deadline} of a stage says what starts it, how
 * long it lasts (in working days, days or months: the default, with the {@link TimeLimit} a Pemda may change),
 * what meets it, what its lapse means, whom it reminds and its legal source; {@link Deadlines} computes exactly
 * these. Stages and actions appear in legal order. Creation rules (legacy entry, extension, PKS under a KB) are at
 * the end.
 *
 * <p>[I] marks an interpretation where the regulation or domain.md is silent.
 */
public final class ProcessDefinitions {

    private ProcessDefinitions() {
    }

    /** Facts a department or admin may record in any stage with {@link Action#RECORD_FACTS}. */
    public static final List<Fact<?>> GENERAL_FACTS = List.of(
            TERM_START, TERM_MONTHS, AGREEMENT_NUMBER, FIELD, SIGNATORY,
            PKS_CLAUSE_RIGHTS_OBLIGATIONS, PKS_CLAUSE_TERM, PKS_CLAUSE_DISPUTE_SETTLEMENT, PKS_CLAUSE_SANCTIONS,
            CONSULTED_KEMENDAGRI_ON, CONSULTED_KEMLU_ON,
            IN_RKPD, IN_APBD, BUDGET_YEAR, BUDGET_AMOUNT);

    /** The facts that decide whether the DPRD must approve a KSDD/KSDPK: recorded in Persiapan only. */
    public static final List<Fact<?>> DPRD_FACTS = List.of(DPRD_BURDENS_PUBLIC, DPRD_FUNDING_UNBUDGETED);

    /**
     * Issue 13 item 13: whether the object is in the RPJMD/RKPD, or which exception applies (PP 28/2018 Ps 4, 16
     * [V]); recorded in Persiapan. A legacy entry or import records them when given and does not require them [I]:
     * an agreement signed before Si Kerja may not have recorded them.
     */
    public static final List<Fact<?>> PLAN_FACTS = List.of(OBJECT_IN_PLAN, PLAN_EXCEPTION);

    /**
     * Issue 14 (the partner's tracking banner): the signed document a party uploads is the signed copy of the draft
     * the stage before fixed; the partner asked for the signed copy is offered that draft to sign.
     */
    public static final Map<DocumentType, DocumentType> SIGNED_COPY_OF = Map.of(
            KB_SIGNED, KB_DRAFT,
            PKS_SIGNED, PKS_DRAFT,
            NASKAH_SIGNED, NASKAH_DRAFT,
            NOTA_KESEPAKATAN_SIGNED, NOTA_KESEPAKATAN_DRAFT);

    /**
     * Issue 17: the check of a signed copy. The admin confirms the latest registered signed copy with the checklist
     * (paraf on every page, meterai, cap: {@link Gates#signedCopyChecklist()}), which records its version here and
     * opens the signing ({@link Gates#signedCopyConfirmed}), or sends it back with a reason the partner reads on its
     * tracking page and is mailed about; a newer upload is checked again. Only the admin checks [S Samarinda].
     */
    public static final Map<DocumentType, Fact<Integer>> SIGNED_COPY_CONFIRMED = Map.of(
            KB_SIGNED, KB_SIGNED_COPY_CONFIRMED,
            PKS_SIGNED, PKS_SIGNED_COPY_CONFIRMED,
            NASKAH_SIGNED, NASKAH_SIGNED_COPY_CONFIRMED,
            NOTA_KESEPAKATAN_SIGNED, NOTA_SIGNED_COPY_CONFIRMED);

    /** Issue 17: actions of the office the partner's tracking page shows (with their note) though they stay in a stage. */
    public static final Set<Action> SHOWN_TO_PARTNER = Set.of(RETURN_SIGNED_COPY);

    /** Issue 17: the note sending a signed copy back: the reason, which the partner reads. */
    static final Text SIGNED_COPY_RETURN_REASON = Text.of("Alasan pengembalian salinan bertanda tangan",
            "The reason for sending the signed copy back");

    /**
     * Issue 14: actions an admin records but a body outside the Pemda decides. While such an action waits only on
     * the decision itself (its letter, the facts it records), that body holds the case: the DPRD (PP 28/2018
     * Ps 30(4); Permendagri 25/2020 Ps 17), the Minister of Home Affairs (Ps 18–29), the Foreign Ministry (Ps 25).
     */
    public static final Map<Action, Party> DECIDED_OUTSIDE = Map.of(
            DPRD_APPROVE, Party.DPRD,
            RECORD_VERIFICATION, Party.MENTERI,
            RECORD_CONFIRMATION, Party.KEMLU,
            RECORD_MENTERI_APPROVAL, Party.MENTERI);

    /**
     * Issue 13 item 9: a KSDPK whose object is governed by its own law (BMD utilisation, KPBU; domain.md §3 [S]) may
     * run longer than five years, up to the limit of its {@link TermLegalBasis}, with its document
     * ({@link DocumentType#DASAR_JANGKA_WAKTU}); {@link Gates#termWithinLimit()} enforces it wherever a term is
     * recorded (facts, framework KB, PKS signing, legacy entry and import). Recorded with {@code RECORD_FACTS} (in any
     * stage, before the signing that sets the term), on legacy entry and in the import.
     */
    public static final List<Fact<?>> TERM_BASIS_FACTS = List.of(TERM_LEGAL_BASIS);

    /**
     * Issue 13 item 1: facts an action records only when they are not recorded yet. A DPRD decision asks for the day
     * the DPRD received the request only when {@link Action#SUBMIT_TO_DPRD} did not record it (the request went
     * outside Si Kerja); once recorded, the decision does not change it (a different value is refused).
     */
    public static final Map<Action, Set<Fact<?>>> RECORDED_WHEN_MISSING = Map.of(
            DPRD_APPROVE, Set.of(DPRD_REQUEST_RECEIVED_ON),
            DPRD_REJECT, Set.of(DPRD_REQUEST_RECEIVED_ON));

    /**
     * Issue 17 (letters and drafts from templates): who may generate which letter or draft, in which stage. Each is
     * generated where its document belongs — the stage that accepts its type from the same roles — and is registered
     * as the next version of that type, so an OPD generates only on its own department's case. The offer and the
     * reply (Penawaran; a foreign offer at Prakarsa), the DPRD request (Persetujuan DPRD, the admin who sends it;
     * PP 28/2018 Ps 6(2)–(3), domain.md §2.1), the KB draft (Penyusunan KB) and the PKS draft (Penyusunan PKS; for a
     * KSDPK with the four clauses of Ps 19(2)). SINERGI has no template [I]: its Nota Kesepakatan follows the
     * ministry's own form.
     */
    public static final List<LetterRule> LETTERS = List.of(
            LetterRule.letter(LetterTemplate.SURAT_PENAWARAN)
                    .forCategories(Category.KSDD, Category.KSDPK, Category.KSDPL, Category.KSDLL)
                    .in(PENAWARAN, PRAKARSA).by(ADMIN, OPD),
            LetterRule.letter(LetterTemplate.SURAT_JAWABAN)
                    .forCategories(Category.KSDD, Category.KSDPK)
                    .in(PENAWARAN).by(ADMIN, OPD),
            LetterRule.letter(LetterTemplate.PERMOHONAN_DPRD)
                    .forCategories(Category.KSDD, Category.KSDPK)
                    .in(PERSETUJUAN_DPRD).by(ADMIN),
            LetterRule.letter(LetterTemplate.RANCANGAN_KB)
                    .forCategories(Category.KSDD, Category.KSDPK)
                    .in(PENYUSUNAN_KB).by(ADMIN, OPD),
            LetterRule.letter(LetterTemplate.RANCANGAN_PKS)
                    .forCategories(Category.KSDD, Category.KSDPK)
                    .in(PENYUSUNAN_PKS).by(ADMIN, OPD));

    /**
     * Issue 17: the stages in which each TKKSD member records their own opinion (SETUJU / PERLU_PERBAIKAN /
     * TIDAK_SETUJU with a note) on the proposal — where the TKKSD assesses it (Persiapan; Pernyataan Kehendak, whose
     * kajian precedes the LoI) — the team's conclusion remaining {@link Action#RECORD_TKKSD_ASSESSMENT}
     * (domain.md §5, §7 [S]: Samarinda's TKKSD approves each document).
     */
    public static final Set<Stage> MEMBER_REVIEW_OF_PROPOSAL = Set.of(PERSIAPAN, PERNYATAAN_KEHENDAK);

    /**
     * Issue 17: the stages in which each TKKSD member records their opinion on a version of the draft the stage
     * writes: the KB, the PKS (also a child PKS), the foreign agreement ("discussed by TKKSD" [S]).
     */
    public static final Map<Stage, DocumentType> MEMBER_REVIEW_OF_DRAFT = Map.of(
            PENYUSUNAN_KB, KB_DRAFT,
            PENYUSUNAN_PKS, PKS_DRAFT,
            RANCANGAN_NASKAH, NASKAH_DRAFT);

    /**
     * Issue 17: who records a member's opinion: TKKSD members, each their own (a TKKSD lokus only on its
     * department's cases, as it sees them). Admins, departments and leaders read the opinions and the tally.
     */
    public static final Set<Role> MEMBER_REVIEWERS = Set.of(TKKSD);

    /**
     * Issue 17: the signing stages whose signing is scheduled (desk to desk, a ceremony, or both): the KB, the PKS,
     * the foreign agreement (domain.md §7 [S]: Samarinda's "jadwal penandatanganan").
     */
    public static final Set<Stage> SIGNING_SCHEDULE_STAGES = Set.of(PENANDATANGANAN_KB, PENANDATANGANAN_PKS,
            PENANDATANGANAN_NASKAH);

    /** Issue 17: who proposes or moves a signing's schedule: the department (its own cases) and the admins. */
    public static final Set<Role> SIGNING_SCHEDULE_PROPOSERS = Set.of(ADMIN, OPD);

    /** Issue 17: who approves a signing's schedule, which sends the invitation: the Bagian Kerja Sama only. */
    public static final Set<Role> SIGNING_SCHEDULE_APPROVERS = Set.of(ADMIN);

    /** The table of a category. */
    public static ProcessTable table(Category category) {
        if (category == Category.SINERGI) {
            return sinergi(category);
        }
        return category.isForeign() ? foreign(category) : domestic(category);
    }

    /** The table of every category. */
    public static Map<Category, ProcessTable> tables() {
        EnumMap<Category, ProcessTable> t = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            t.put(c, table(c));
        }
        return Collections.unmodifiableMap(t);
    }

    // =====================================================================================================
    // KSDD and KSDPK: PP 28/2018 Ps 6(1)
    // =====================================================================================================

    static ProcessTable domestic(Category c) {
        return ProcessTable.builder(c)
                .beforePath(intake(c, PERSIAPAN), revision())
                .path(
                        // 1. Persiapan: the OPD writes the KAK (KSDD) or studi kelayakan (KSDPK); TKKSD assesses.
                        stage(PERSIAPAN,
                                documents(KAK, STUDI_KELAYAKAN, SURAT_PERMOHONAN).by(ADMIN, OPD),
                                documents(KAJIAN_TKKSD).by(ADMIN, TKKSD),
                                documents(DASAR_JANGKA_WAKTU).by(ADMIN, OPD), // issue 13 item 9
                                tkksdAssessment(),
                                tkksdAssessmentDeadline(),
                                action(COMPLETE_PREPARATION).to(PENAWARAN).by(ADMIN)
                                        .requires(
                                                forCategory(Category.KSDD, doc(KAK)),
                                                forCategory(Category.KSDPK, doc(STUDI_KELAYAKAN)),
                                                doc(KAJIAN_TKKSD),
                                                tkksdAgrees(),
                                                fact(DPRD_BURDENS_PUBLIC),
                                                fact(DPRD_FUNDING_UNBUDGETED),
                                                // Issue 13 item 13: the object is in the RPJMD/RKPD, or an
                                                // exception applies (PP 28/2018 Ps 4, 16 [V]).
                                                objectInPlanOrException()),
                                rejectByTkksd(),
                                // the DPRD facts are recorded here, and only here; so is the object in the plan
                                action(RECORD_FACTS).by(ADMIN, OPD).records(GENERAL_FACTS).records(DPRD_FACTS)
                                        .records(PLAN_FACTS).records(TERM_BASIS_FACTS) // issue 13 items 13, 9
                                        .requires(anyFactGiven(), termWithinLimit())
                                        .effect(BudgetYears.recordsYear())), // issue 13 item 12

                        // 2. Penawaran: offer letter signed by the Kepala Daerah, or the reply to an offer received.
                        stage(PENAWARAN,
                                documents(SURAT_PENAWARAN, SURAT_JAWABAN).by(ADMIN, OPD),
                                action(SEND_OFFER).to(PENYUSUNAN_KB).by(ADMIN)
                                        .requires(anyDoc(SURAT_PENAWARAN, SURAT_JAWABAN))),

                        // 3. Penyusunan KB, discussed by TKKSD.
                        stage(PENYUSUNAN_KB,
                                documents(KB_DRAFT).by(ADMIN, OPD),
                                action(FINALIZE_KB_DRAFT).to(PENANDATANGANAN_KB).by(ADMIN, OPD)
                                        .requires(doc(KB_DRAFT))),

                        // 4. Penandatanganan KB: by the Kepala Daerah. The DPRD stage is skipped when not required.
                        stage(PENANDATANGANAN_KB,
                                documents(KB_SIGNED).by(ADMIN, OPD, PARTNER),
                                confirmSignedCopy(KB_SIGNED), returnSignedCopy(KB_SIGNED), // issue 17
                                action(SIGN_KB).to(PERSETUJUAN_DPRD).by(ADMIN)
                                        .records(KB_SIGNED_ON).records(KB_SIGNATORY) // issue 13 item 5
                                        .requires(doc(KB_SIGNED), signedCopyConfirmed(KB_SIGNED, KB_SIGNED_COPY_CONFIRMED),
                                                fact(KB_SIGNED_ON), notInFuture(KB_SIGNED_ON),
                                                // The KB: the Kepala Daerah only (PP 28/2018 Ps 2(1)-(2) [V]); who
                                                // signed is recorded, not assumed (issue 13 item 5).
                                                fact(KB_SIGNATORY), kbSignedByKepalaDaerah())),

                        // 5. Persetujuan DPRD: only when PP 28/2018 Ps 6(2) applies.
                        dprd(PENYUSUNAN_PKS, true),

                        // 6. Penyusunan PKS. A signed KB may also run as a framework whose PKS are child cases.
                        stage(PENYUSUNAN_PKS,
                                documents(PKS_DRAFT).by(ADMIN, OPD),
                                documents(BERITA_ACARA).by(ADMIN), // an ending after the KB (issue 13 item 6)
                                documents(DASAR_JANGKA_WAKTU).by(ADMIN, OPD), // issue 13 item 9
                                documents(DPRD_DECISION).by(ADMIN), // a cited approval (issue 13 item 2)
                                action(FINALIZE_PKS_DRAFT).to(PENANDATANGANAN_PKS).by(ADMIN, OPD)
                                        .requires(doc(PKS_DRAFT),
                                                // issue 13 item 2: the PKS's own DPRD test for its budget year
                                                pksDprdFacts(), PksDprd.approvalCoversPks()),
                                pksRecordFacts(), pksToDprd(), citeDprdApproval(),
                                action(SET_AS_FRAMEWORK).to(PELAKSANAAN).by(ADMIN).onlyWhen(When.NOT_CHILD_PKS)
                                        .records(TERM_START, TERM_MONTHS)
                                        .requires(doc(KB_SIGNED), fact(TERM_START), fact(TERM_MONTHS), termWithinLimit())),

                        // 7. Penandatanganan PKS: by the Kepala Daerah, or an official holding a surat kuasa.
                        //    KSDPK: the PKS must contain the four clauses of PP 28/2018 Ps 19(2).
                        stage(PENANDATANGANAN_PKS,
                                documents(PKS_SIGNED).by(ADMIN, OPD, PARTNER),
                                confirmSignedCopy(PKS_SIGNED), returnSignedCopy(PKS_SIGNED), // issue 17
                                documents(SURAT_KUASA).by(ADMIN, OPD),
                                documents(BERITA_ACARA).by(ADMIN), // an ending after the KB (issue 13 item 6)
                                documents(DASAR_JANGKA_WAKTU).by(ADMIN, OPD), // issue 13 item 9
                                documents(DPRD_DECISION).by(ADMIN), // a cited approval (issue 13 item 2)
                                pksRecordFacts(), pksToDprd(), citeDprdApproval(),
                                action(SIGN_PKS).to(PELAKSANAAN).by(ADMIN)
                                        .records(PKS_SIGNED_ON, SIGNATORY, TERM_START, TERM_MONTHS,
                                                PKS_CLAUSE_RIGHTS_OBLIGATIONS, PKS_CLAUSE_TERM,
                                                PKS_CLAUSE_DISPUTE_SETTLEMENT, PKS_CLAUSE_SANCTIONS)
                                        .requires(
                                                doc(PKS_SIGNED), signedCopyConfirmed(PKS_SIGNED, PKS_SIGNED_COPY_CONFIRMED),
                                                fact(PKS_SIGNED_ON), notInFuture(PKS_SIGNED_ON),
                                                // Dates in legal order (domain.md §2.1 [I]): on/after the KB (a child
                                                // PKS: its parent KB's date, inherited) and the DPRD's approval.
                                                notBefore(PKS_SIGNED_ON, KB_SIGNED_ON), pksAfterDprdApproval(),
                                                // issue 13 item 2: the DPRD test for the year it is signed in
                                                // (PP 28/2018 Ps 6(2) [V]); after a cited approval too [I]
                                                pksDprdFacts(), PksDprd.budgetYearIsSigningYear(),
                                                PksDprd.approvalCoversPks(),
                                                notBefore(PKS_SIGNED_ON, COVERING_DPRD_DECIDED_ON),
                                                fact(SIGNATORY), when(When.SIGNED_BY_OFFICIAL, doc(SURAT_KUASA)),
                                                fact(TERM_START), fact(TERM_MONTHS), termWithinLimit(),
                                                forCategory(Category.KSDPK,
                                                        confirmed(PKS_CLAUSE_RIGHTS_OBLIGATIONS),
                                                        confirmed(PKS_CLAUSE_TERM),
                                                        confirmed(PKS_CLAUSE_DISPUTE_SETTLEMENT),
                                                        confirmed(PKS_CLAUSE_SANCTIONS)))),

                        // 8. Pelaksanaan, with monev; ends with a reason of PP 28/2018 Ps 9 / 22.
                        stage(PELAKSANAAN,
                                implementationDocuments(),
                                documents(DASAR_JANGKA_WAKTU).by(ADMIN, OPD), // issue 13 item 9
                                markPotentialFulfilled(), // issue 16
                                monev(),
                                ending(PENATAUSAHAAN),
                                amendments(), // issue 18 (h18-amend)
                                agreementEndDeadlines(),
                                budgetAndMonevDeadlines()),

                        // 9. Penatausahaan [I]: once ended, the berita acara closes the file.
                        stage(PENATAUSAHAAN,
                                documents(BERITA_ACARA).by(ADMIN, OPD),
                                action(COMPLETE_ADMINISTRATION).to(PELAPORAN).by(ADMIN)
                                        .requires(doc(BERITA_ACARA))),

                        // 10. Pelaporan [I]: the final report.
                        stage(PELAPORAN,
                                documents(LAPORAN).by(ADMIN, OPD),
                                action(SUBMIT_FINAL_REPORT).to(SELESAI).by(ADMIN, OPD)
                                        .requires(attached(LAPORAN))))
                .inEveryStage(upload(), recordFacts(), assignDepartments(), dprdLateLetter())
                .inEveryStage(responsibleOfficer()) // issue 18 (h18-owner)
                .inEveryStageBefore(PELAKSANAAN, withdraw().onlyWhen(When.KB_NOT_SIGNED), endAfterKbSigned())
                .build();
    }

    // =====================================================================================================
    // KSDPL and KSDLL: Permendagri 25/2020 Ps 9
    // =====================================================================================================

    static ProcessTable foreign(Category c) {
        return ProcessTable.builder(c)
                .beforePath(intake(c, PRAKARSA), revision())
                .path(
                        // 1. Prakarsa
                        stage(PRAKARSA,
                                documents(SURAT_PERMOHONAN, SURAT_PENAWARAN, KAK).by(ADMIN, OPD),
                                action(COMPLETE_INITIATIVE).to(PENJAJAKAN).by(ADMIN, OPD)
                                        .requires(anyDoc(SURAT_PERMOHONAN, SURAT_PENAWARAN, KAK), departmentsAssigned())),

                        // 2. Penjajakan
                        stage(PENJAJAKAN,
                                documents(KAK, BERITA_ACARA).by(ADMIN, OPD),
                                action(COMPLETE_EXPLORATION).to(PERNYATAAN_KEHENDAK).by(ADMIN, OPD)),

                        // 3. Pernyataan Kehendak / LoI: a kajian first; consult the Minister of Home Affairs and the
                        //    Foreign Ministry before signing; valid at most one year (Ps 13).
                        stage(PERNYATAAN_KEHENDAK,
                                documents(KAJIAN_TKKSD).by(ADMIN, TKKSD),
                                documents(LOI).by(ADMIN, OPD, PARTNER),
                                tkksdAssessment(),
                                tkksdAssessmentDeadline(),
                                action(SIGN_LOI).to(RENCANA_KERJA_SAMA).by(ADMIN)
                                        .records(LOI_SIGNED_ON, CONSULTED_KEMENDAGRI_ON, CONSULTED_KEMLU_ON)
                                        .requires(
                                                doc(KAJIAN_TKKSD), tkksdAgrees(),
                                                fact(CONSULTED_KEMENDAGRI_ON), fact(CONSULTED_KEMLU_ON),
                                                doc(LOI), fact(LOI_SIGNED_ON), notInFuture(LOI_SIGNED_ON), loiValid(),
                                                // Signed after both consultations (P25 Ps 9 order; domain.md §2.1 [I]).
                                                notBefore(LOI_SIGNED_ON, CONSULTED_KEMENDAGRI_ON),
                                                notBefore(LOI_SIGNED_ON, CONSULTED_KEMLU_ON)),
                                rejectByTkksd()),

                        // 4. Rencana Kerja Sama, while the LoI is valid [I].
                        stage(RENCANA_KERJA_SAMA,
                                documents(RKS).by(ADMIN, OPD),
                                action(COMPLETE_RKS).to(PERSETUJUAN_DPRD).by(ADMIN, OPD)
                                        .requires(doc(RKS), loiValid()),
                                deadline(DueDateKind.LOI_EXPIRY).from(LOI_SIGNED_ON)
                                        .lasts(12, MONTHS, TimeLimit.LOI_VALIDITY)
                                        .metBy(COMPLETE_RKS)
                                        .onLapse("LoI tidak berlaku lagi: buat LoI baru", "the LoI lapses: sign a new one")
                                        .remind(ADMIN, OPD)
                                        .note("LoI ditandatangani {date}", "LoI signed on {date}")
                                        .source("Permendagri 25/2020 Ps 13 [V]")),

                        // 5. Persetujuan DPRD: always.
                        dprd(VERIFIKASI_MENTERI, false),

                        // 6. Verifikasi by the Minister; a kab/kota sends through the Gubernur, who has 5 working days
                        //    to relay, after which the region may send directly (Ps 18, 20).
                        stage(VERIFIKASI_MENTERI,
                                documents(SURAT_PENGANTAR).by(ADMIN),
                                action(SEND_TO_GUBERNUR).by(ADMIN).onlyWhen(When.KAB_KOTA)
                                        .records(SENT_TO_GUBERNUR_ON)
                                        .requires(fact(SENT_TO_GUBERNUR_ON), notInFuture(SENT_TO_GUBERNUR_ON)),
                                // The day the Gubernur received the files: the relay count starts from it
                                // (P25 Ps 18, 20 [V]; counting from receipt is the safer reading [I]).
                                action(RECORD_GUBERNUR_RECEIPT).by(ADMIN).onlyWhen(When.KAB_KOTA)
                                        .records(GUBERNUR_RECEIVED_ON)
                                        .requires(fact(SENT_TO_GUBERNUR_ON), fact(GUBERNUR_RECEIVED_ON),
                                                notInFuture(GUBERNUR_RECEIVED_ON),
                                                notBefore(GUBERNUR_RECEIVED_ON, SENT_TO_GUBERNUR_ON)),
                                action(RECORD_GUBERNUR_RELAY).by(ADMIN).onlyWhen(When.KAB_KOTA)
                                        .records(GUBERNUR_RELAYED_ON)
                                        .requires(fact(SENT_TO_GUBERNUR_ON), fact(GUBERNUR_RELAYED_ON),
                                                notInFuture(GUBERNUR_RELAYED_ON)),
                                action(SEND_TO_MENTERI).by(ADMIN)
                                        .records(SENT_TO_MENTERI_ON)
                                        .requires(fact(SENT_TO_MENTERI_ON), notInFuture(SENT_TO_MENTERI_ON),
                                                // the period passed, counted on confirmed holiday years only
                                                // (RULE:HOLIDAYS_UNCONFIRMED; domain.md §3 [I]; issue 13 item 4)
                                                when(When.KAB_KOTA, gubernurRelayPeriodPassed())),
                                action(RECORD_VERIFICATION).to(RANCANGAN_NASKAH).by(ADMIN)
                                        .records(MENTERI_VERIFIED_ON)
                                        .requires(filesReachedMinister(), fact(MENTERI_VERIFIED_ON)),
                                rejectByMenteri(),
                                deadline(DueDateKind.GUBERNUR_RELAY).onlyWhen(When.KAB_KOTA).from(SENT_TO_GUBERNUR_ON)
                                        .orFromWhenRecorded(GUBERNUR_RECEIVED_ON)
                                        .lasts(5, WORKING_DAYS, TimeLimit.GUBERNUR_RELAY)
                                        .metBy(Met.recording(RECORD_GUBERNUR_RELAY, GUBERNUR_RELAYED_ON),
                                                Met.recording(SEND_TO_MENTERI, SENT_TO_MENTERI_ON))
                                        .onLapse("daerah boleh mengirim berkas langsung kepada Menteri",
                                                "the region may send the files to the Minister directly")
                                        .remind(ADMIN)
                                        .note("dihitung sejak {date}", "counted from {date}")
                                        .source("Permendagri 25/2020 Ps 18, 20 [V]; dihitung sejak berkas diterima "
                                                + "Gubernur bila tercatat, jika tidak sejak dikirim [I]")),

                        // 7. Rancangan Naskah
                        stage(RANCANGAN_NASKAH,
                                documents(NASKAH_DRAFT).by(ADMIN, OPD),
                                action(FINALIZE_NASKAH_DRAFT).to(PEMBAHASAN).by(ADMIN, OPD)
                                        .requires(doc(NASKAH_DRAFT))),

                        // 8. Pembahasan: the Foreign Ministry negotiates and issues a Surat Konfirmasi.
                        stage(PEMBAHASAN,
                                documents(NASKAH_DRAFT).by(ADMIN, OPD),
                                documents(SURAT_KONFIRMASI).by(ADMIN),
                                action(RECORD_CONFIRMATION).to(Stage.PERSETUJUAN_MENTERI).by(ADMIN)
                                        .requires(doc(SURAT_KONFIRMASI))),

                        // 9. Persetujuan Menteri
                        stage(Stage.PERSETUJUAN_MENTERI,
                                documents(DocumentType.PERSETUJUAN_MENTERI).by(ADMIN),
                                action(RECORD_MENTERI_APPROVAL).to(PENANDATANGANAN_NASKAH).by(ADMIN)
                                        .records(MENTERI_APPROVED_ON)
                                        .requires(doc(DocumentType.PERSETUJUAN_MENTERI), fact(MENTERI_APPROVED_ON)),
                                rejectByMenteri()),

                        // 10. Penandatanganan; term at most five years (Ps 32).
                        stage(PENANDATANGANAN_NASKAH,
                                documents(NASKAH_SIGNED).by(ADMIN, OPD, PARTNER),
                                confirmSignedCopy(NASKAH_SIGNED), returnSignedCopy(NASKAH_SIGNED), // issue 17
                                action(SIGN_NASKAH).to(PELAKSANAAN).by(ADMIN)
                                        .records(NASKAH_SIGNED_ON, TERM_START, TERM_MONTHS)
                                        .records(NASKAH_SIGNATORY) // who signed (issue 13 item 5)
                                        .requires(doc(NASKAH_SIGNED),
                                                signedCopyConfirmed(NASKAH_SIGNED, NASKAH_SIGNED_COPY_CONFIRMED),
                                                fact(NASKAH_SIGNED_ON), notInFuture(NASKAH_SIGNED_ON),
                                                fact(TERM_START), fact(TERM_MONTHS), termWithinLimit())),

                        // 11. Pelaksanaan through a yearly activity plan, with annual reports (Ps 35–38) and monev.
                        stage(PELAKSANAAN,
                                implementationDocuments(),
                                documents(RENCANA_KEGIATAN_TAHUNAN).by(ADMIN, OPD),
                                markPotentialFulfilled(), // issue 16
                                // Ps 35–38 [V]: no report for the previous year, the next plan is refused
                                action(SUBMIT_ANNUAL_PLAN).by(ADMIN, OPD)
                                        .requires(attached(RENCANA_KEGIATAN_TAHUNAN), Gates.previousAnnualReportRecorded()),
                                action(SUBMIT_ANNUAL_REPORT).by(ADMIN)
                                        .records(LAST_ANNUAL_REPORT_YEAR)
                                        .requires(attached(LAPORAN), fact(LAST_ANNUAL_REPORT_YEAR)),
                                // Ps 33 [V]: the extension request to the Minister (kab/kota: through the Gubernur)
                                action(REQUEST_EXTENSION).by(ADMIN)
                                        .records(Fact.EXTENSION_REQUESTED_ON)
                                        .requires(fact(Fact.EXTENSION_REQUESTED_ON), notInFuture(Fact.EXTENSION_REQUESTED_ON)),
                                monev(),
                                ending(SELESAI),
                                amendments(), // issue 18 (h18-amend)
                                agreementEndDeadlines(),
                                // Ps 33: the extension request reaches the Minister at least 6 months before the end
                                deadline(DueDateKind.EXTENSION_REQUEST).from(Start.TERM_END)
                                        .before(6, MONTHS, TimeLimit.EXTENSION_REQUEST)
                                        .metBy(Met.recording(REQUEST_EXTENSION, Fact.EXTENSION_REQUESTED_ON))
                                        .remind(ADMIN, OPD)
                                        .source("Permendagri 25/2020 Ps 33 [V]"),
                                budgetAndMonevDeadlines(),
                                // Ps 35–38: the annual report, to the Gubernur (kab/kota) or the Minister (province)
                                deadline(DueDateKind.ANNUAL_REPORT).onlyWhen(When.KAB_KOTA).from(Start.REPORT_YEAR_END)
                                        .lasts(7, CALENDAR_DAYS, TimeLimit.ANNUAL_REPORT_TO_GUBERNUR)
                                        .metBy(Met.by(SUBMIT_ANNUAL_REPORT))
                                        .onLapse("rencana kegiatan tahun berikutnya ditolak",
                                                "the next yearly activity plan is refused")
                                        .remind(ADMIN)
                                        .note("laporan tahun {year} kepada Gubernur", "report for {year} to the Governor")
                                        .source("Permendagri 25/2020 Ps 35–38 [V]: minggu pertama Januari"),
                                deadline(DueDateKind.ANNUAL_REPORT).onlyWhen(When.PROVINSI).from(Start.REPORT_YEAR_END)
                                        .lasts(14, CALENDAR_DAYS, TimeLimit.ANNUAL_REPORT_TO_MINISTER)
                                        .metBy(Met.by(SUBMIT_ANNUAL_REPORT))
                                        .onLapse("rencana kegiatan tahun berikutnya ditolak",
                                                "the next yearly activity plan is refused")
                                        .remind(ADMIN)
                                        .note("laporan tahun {year} kepada Menteri", "report for {year} to the Minister")
                                        .source("Permendagri 25/2020 Ps 35–38 [V]: minggu kedua Januari")))
                .inEveryStage(upload(), recordFacts(), assignDepartments(), dprdLateLetter())
                .inEveryStage(responsibleOfficer()) // issue 18 (h18-owner)
                .inEveryStageBefore(PELAKSANAAN, withdraw())
                .build();
    }

    // =====================================================================================================
    // issue 13 item 8 (h-legal-c) — SINERGI with a ministry or national agency: PP 28/2018 Ps 46 (domain.md §2.1)
    // Persiapan → Penyusunan Nota Kesepakatan → Penandatanganan Nota Kesepakatan → Rencana Aksi → Pelaksanaan;
    // no DPRD stage and no KB/PKS [V/S].
    // =====================================================================================================

    static ProcessTable sinergi(Category c) {
        return ProcessTable.builder(c)
                .beforePath(intake(c, PERSIAPAN), revision())
                .path(
                        // 1. Persiapan: the application or the department's KAK [I]
                        stage(PERSIAPAN,
                                documents(KAK, SURAT_PERMOHONAN).by(ADMIN, OPD),
                                action(COMPLETE_PREPARATION).to(PENYUSUNAN_NOTA_KESEPAKATAN).by(ADMIN)
                                        .requires(anyDoc(KAK, SURAT_PERMOHONAN))),

                        // 2. Penyusunan Nota Kesepakatan (PP 28/2018 Ps 46 [V/S])
                        stage(PENYUSUNAN_NOTA_KESEPAKATAN,
                                documents(NOTA_KESEPAKATAN_DRAFT).by(ADMIN, OPD),
                                action(FINALIZE_NOTA_DRAFT).to(PENANDATANGANAN_NOTA_KESEPAKATAN).by(ADMIN, OPD)
                                        .requires(doc(NOTA_KESEPAKATAN_DRAFT))),

                        // 3. Penandatanganan Nota Kesepakatan; its term is recorded here (at most five years [I])
                        stage(PENANDATANGANAN_NOTA_KESEPAKATAN,
                                documents(NOTA_KESEPAKATAN_SIGNED).by(ADMIN, OPD, PARTNER),
                                confirmSignedCopy(NOTA_KESEPAKATAN_SIGNED), // issue 17
                                returnSignedCopy(NOTA_KESEPAKATAN_SIGNED),
                                action(SIGN_NOTA).to(RENCANA_AKSI).by(ADMIN)
                                        .records(NOTA_SIGNED_ON, TERM_START, TERM_MONTHS)
                                        .requires(doc(NOTA_KESEPAKATAN_SIGNED),
                                                signedCopyConfirmed(NOTA_KESEPAKATAN_SIGNED, NOTA_SIGNED_COPY_CONFIRMED),
                                                fact(NOTA_SIGNED_ON),
                                                notInFuture(NOTA_SIGNED_ON),
                                                fact(TERM_START), fact(TERM_MONTHS), termWithinLimit())),

                        // 4. Rencana Aksi / Rencana Kerja (PP 28/2018 Ps 46 [V/S])
                        stage(RENCANA_AKSI,
                                documents(RENCANA_KERJA).by(ADMIN, OPD, PARTNER),
                                action(COMPLETE_RENCANA_AKSI).to(PELAKSANAAN).by(ADMIN, OPD)
                                        .requires(doc(RENCANA_KERJA))),

                        // 5. Pelaksanaan, with monev; ends with a reason [I: as the domestic path, without
                        //    Penatausahaan/Pelaporan, which PP 28/2018 Ps 46 does not name]
                        stage(PELAKSANAAN,
                                implementationDocuments(),
                                markPotentialFulfilled(), // issue 16
                                monev(),
                                ending(SELESAI),
                                amendments(), // issue 18 (h18-amend)
                                agreementEndDeadlines(),
                                budgetAndMonevDeadlines()))
                .inEveryStage(upload(), recordFacts(), assignDepartments())
                .inEveryStage(responsibleOfficer()) // issue 18 (h18-owner)
                .inEveryStageBefore(PELAKSANAAN, withdraw())
                .build();
    }

    // =====================================================================================================
    // Parts shared by both paths
    // =====================================================================================================

    /**
     * Intake: the Bagian Kerja Sama checks the application is complete [S Samarinda]. The partner attaches, through
     * its tracking link, what its category's application needs (domain.md §7: surat permohonan; KAK for a KSDD,
     * studi kelayakan for a KSDPK; a foreign partner's proposal as KAK), so the admin need not fetch them by e-mail.
     */
    private static ProcessTable.StageDeclaration intake(Category c, Stage firstStage) {
        return stage(INTAKE,
                documents(SURAT_PERMOHONAN, SURAT_PENAWARAN, KAK, STUDI_KELAYAKAN).by(ADMIN),
                documents(partnerIntakeDocuments(c)).by(PARTNER),
                action(ACCEPT).to(firstStage).by(ADMIN).acceptsDepartments()
                        .requires(
                                anyDoc(SURAT_PERMOHONAN, SURAT_PENAWARAN),
                                departmentsAssigned(),
                                // a third party's KSDPK comes with the partner's own studi kelayakan (PP 28/2018 Ps 18)
                                forCategory(Category.KSDPK, when(When.THIRD_PARTY_INITIATIVE, doc(STUDI_KELAYAKAN)))),
                action(RETURN_FOR_REVISION).to(REVISI).by(ADMIN)
                        .requires(note(Text.of("Catatan perbaikan untuk pemohon", "The revision note for the proposer"))),
                action(REJECT).to(DITOLAK).by(ADMIN)
                        .requires(note(REJECTION_NOTE), refusingMandatoryKsdd())
                        .effect(endsWith(EndReason.DITOLAK_SAAT_INTAKE)),
                deadline(DueDateKind.INTAKE_VALIDATION).fromStageEntry()
                        .lasts(5, WORKING_DAYS, TimeLimit.INTAKE_VALIDATION)
                        .metBy(ACCEPT, RETURN_FOR_REVISION, REJECT)
                        .remind(ADMIN)
                        .source("tidak diatur; SLA internal Bagian Kerja Sama (domain.md §3) [I]"));
    }

    /** What a partner attaches to its application at intake, by category. */
    static DocumentType[] partnerIntakeDocuments(Category c) {
        return switch (c) {
            case KSDD -> new DocumentType[] {SURAT_PERMOHONAN, KAK};
            case KSDPK -> new DocumentType[] {SURAT_PERMOHONAN, STUDI_KELAYAKAN};
            case KSDPL, KSDLL -> new DocumentType[] {SURAT_PERMOHONAN, KAK};
            // Sinergi: the request letter and the plan the ministry's offer or the region's proposal rests on [I]
            case SINERGI -> new DocumentType[] {SURAT_PERMOHONAN, KAK};
        };
    }

    /** Revision: the partner answers through the tracking link and the case returns to intake. */
    private static ProcessTable.StageDeclaration revision() {
        return stage(REVISI,
                documents(SURAT_PERMOHONAN, SURAT_PENAWARAN, KAK, STUDI_KELAYAKAN).by(ADMIN, PARTNER),
                action(RESUBMIT).to(INTAKE).by(ADMIN).orProposer(),
                action(REJECT).to(DITOLAK).by(ADMIN)
                        .requires(note(REJECTION_NOTE), refusingMandatoryKsdd())
                        .effect(endsWith(EndReason.DITOLAK_SAAT_INTAKE)),
                deadline(DueDateKind.REVISION_ANSWER).fromStageEntry()
                        .lasts(10, WORKING_DAYS, TimeLimit.REVISION_ANSWER)
                        .metBy(RESUBMIT, REJECT)
                        .remind(PARTNER)
                        .note("perbaikan diminta {date}", "revision requested on {date}")
                        .source("tidak diatur; batas yang diminta dari pemohon [I]"));
    }

    /**
     * Persetujuan DPRD. The request is recorded when the DPRD receives it; the DPRD answers within 45 working days,
     * and its silence counts as approval once that period has passed (PP 28/2018 Ps 30(4); Permendagri 25/2020
     * Ps 17; for KSDD/KSDPK by analogy [I]).
     */
    private static ProcessTable.StageDeclaration dprd(Stage next, boolean conditional) {
        return stage(PERSETUJUAN_DPRD,
                // issue 13 item 2: also for a PKS whose own facts need an approval for its budget year
                conditional ? onlyWhen(When.DPRD_REQUIRED_FOR_AGREEMENT) : always(),
                documents(DPRD_REQUEST, DPRD_DECISION, BERITA_ACARA).by(ADMIN),
                action(SUBMIT_TO_DPRD).by(ADMIN)
                        .records(DPRD_REQUEST_RECEIVED_ON)
                        .requires(doc(DPRD_REQUEST), fact(DPRD_REQUEST_RECEIVED_ON), notInFuture(DPRD_REQUEST_RECEIVED_ON)),
                action(DPRD_APPROVE).to(next).by(ADMIN)
                        .records(DPRD_DECIDED_ON)
                        // issue 13 item 1: the day the DPRD received the request, when not recorded yet (the
                        // decision is on or after it, domain.md §2.1 [I])
                        .records(DPRD_REQUEST_RECEIVED_ON)
                        .requires(fact(DPRD_REQUEST_RECEIVED_ON), doc(DPRD_DECISION), fact(DPRD_DECIDED_ON),
                                notInFuture(DPRD_DECIDED_ON), notBefore(DPRD_DECIDED_ON, DPRD_REQUEST_RECEIVED_ON))
                        .effect(setsFact(DPRD_OUTCOME, DprdOutcome.DISETUJUI), PksDprd.recordsApprovalYear(false)),
                action(DPRD_REJECT).to(DITOLAK).by(ADMIN)
                        .records(DPRD_DECIDED_ON)
                        .records(DPRD_REQUEST_RECEIVED_ON) // issue 13 item 1, as DPRD_APPROVE
                        .requires(fact(DPRD_REQUEST_RECEIVED_ON), doc(DPRD_DECISION), fact(DPRD_DECIDED_ON),
                                notInFuture(DPRD_DECIDED_ON), notBefore(DPRD_DECIDED_ON, DPRD_REQUEST_RECEIVED_ON),
                                note(REJECTION_NOTE))
                        .effect(setsFact(DPRD_OUTCOME, DprdOutcome.DITOLAK), endsWith(EndReason.DITOLAK_DPRD)),
                action(DPRD_DEEMED_APPROVE).to(next).by(ADMIN, SYSTEM)
                        // 45 working days counted on confirmed holiday years only (RULE:HOLIDAYS_UNCONFIRMED;
                        // domain.md §3 [I]; issue 13 item 4)
                        .requires(doc(DPRD_REQUEST), fact(DPRD_REQUEST_RECEIVED_ON), dprdResponsePeriodPassed())
                        .effect(setsFact(DPRD_OUTCOME, DprdOutcome.DIANGGAP_DISETUJUI),
                                PksDprd.recordsApprovalYear(true)),
                deadline(DueDateKind.DPRD_RESPONSE).from(DPRD_REQUEST_RECEIVED_ON)
                        .lasts(45, WORKING_DAYS, TimeLimit.DPRD_RESPONSE)
                        .metBy(DPRD_APPROVE, DPRD_REJECT, DPRD_DEEMED_APPROVE)
                        .onLapse("diam DPRD dianggap persetujuan (DPRD_DEEMED_APPROVE)",
                                "the DPRD's silence counts as approval (DPRD_DEEMED_APPROVE)")
                        .remind(ADMIN)
                        .note("diterima DPRD {date}", "received by the DPRD on {date}")
                        .source("PP 28/2018 Ps 30(4); Permendagri 25/2020 Ps 17 [V]; untuk KSDD/KSDPK [I]"));
    }

    private static ActionRule.Builder tkksdAssessment() {
        return action(RECORD_TKKSD_ASSESSMENT).by(TKKSD, ADMIN)
                .records(TKKSD_ASSESSED_ON, TKKSD_RECOMMENDATION)
                .records(TKKSD_MATCH_SCORE) // issue 16: how well it meets the entry it answers
                .requires(doc(KAJIAN_TKKSD), fact(TKKSD_ASSESSED_ON), fact(TKKSD_RECOMMENDATION),
                        notInFuture(TKKSD_ASSESSED_ON),
                        // issue 16 (domain.md §8 [S]): a proposal answering a potential/need is weighed against
                        // it, 1–5; a case answering none has nothing to score [I]
                        when(When.ANSWERS_POTENTIAL, fact(TKKSD_MATCH_SCORE)), matchScoreOnlyForPotential());
    }

    /** Issue 16: the match score is refused on a case that answers no potential or need. */
    private static Condition matchScoreOnlyForPotential() {
        return rule("TKKSD_MATCH_SCORE_WITHOUT_POTENTIAL",
                Text.of("skor kesesuaian hanya untuk usulan yang menjawab peluang/kebutuhan",
                        "a match score only for a proposal that answers a potential or need"),
                Text.of("Usulan ini tidak menjawab peluang/kebutuhan: skor kesesuaian tidak dicatat",
                        "This proposal answers no potential or need: no match score is recorded"),
                ctx -> ctx.state().facts().has(POTENTIAL_ID)
                        || !ctx.command().facts().has(TKKSD_MATCH_SCORE));
    }

    /**
     * Issue 16 (domain.md §8 [S]): once the agreement is signed, an officer may mark the potential/need it answers
     * fulfilled: the officer's choice, never automatic (an entry may seek several partners) [I]. Once per case.
     */
    private static ActionRule.Builder markPotentialFulfilled() {
        return action(MARK_POTENTIAL_FULFILLED).by(ADMIN, OPD).onlyWhen(When.POTENTIAL_NOT_MARKED_FULFILLED)
                .effect(setsFact(POTENTIAL_FULFILLED, true));
    }

    /** The TKKSD assesses within 10 working days of the stage starting: an internal service level. */
    private static Deadline.Builder tkksdAssessmentDeadline() {
        return deadline(DueDateKind.TKKSD_ASSESSMENT).fromStageEntry()
                .lasts(10, WORKING_DAYS, TimeLimit.TKKSD_ASSESSMENT)
                .metBy(Met.recordingInStage(RECORD_TKKSD_ASSESSMENT, TKKSD_ASSESSED_ON))
                .remind(TKKSD, ADMIN)
                .source("tidak diatur; SLA internal TKKSD (domain.md §3) [I]");
    }

    private static Condition tkksdAgrees() {
        return factIs(TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU,
                Text.of("Rekomendasi TKKSD belum 'setuju'", "The TKKSD has not recommended to proceed"));
    }

    private static ActionRule.Builder rejectByTkksd() {
        return action(REJECT_BY_TKKSD).to(DITOLAK).by(ADMIN)
                .requires(doc(KAJIAN_TKKSD),
                        factIs(TKKSD_RECOMMENDATION, TkksdRecommendation.TOLAK,
                                Text.of("Rekomendasi TKKSD bukan 'tolak'", "The TKKSD did not recommend rejection")),
                        note(REJECTION_NOTE), refusingMandatoryKsdd())
                .effect(endsWith(EndReason.DITOLAK_TKKSD));
    }

    private static ActionRule.Builder rejectByMenteri() {
        return action(REJECT_BY_MENTERI).to(DITOLAK).by(ADMIN)
                .requires(note(REJECTION_NOTE))
                .effect(endsWith(EndReason.DITOLAK_MENTERI));
    }

    private static ProcessTable.Group implementationDocuments() {
        return new ProcessTable.Group(List.of(
                documents(MONEV_REPORT, EVIDENCE).by(ADMIN, OPD, PARTNER),
                documents(LAPORAN, BERITA_ACARA).by(ADMIN, OPD)));
    }

    /** Monev (domain.md §6): the partner's and the department's reports, then the admin's evaluation. */
    private static ProcessTable.Group monev() {
        return new ProcessTable.Group(List.of(
                action(SUBMIT_PARTNER_MONEV).by(ADMIN, PARTNER)
                        .requires(monevGiven(), attached(MONEV_REPORT))
                        .effect(recordsMonev(MonevKind.PARTNER_REPORT)),
                action(SUBMIT_OPD_MONEV).by(ADMIN, OPD)
                        .requires(monevGiven(), attached(MONEV_REPORT))
                        .effect(recordsMonev(MonevKind.OPD_REPORT)),
                action(RECORD_MONEV_EVALUATION).by(ADMIN)
                        .requires(monevGiven(), evaluationGiven(), partnerReportedForPeriod(), opdReportedForPeriod(),
                                evidenceForPeriod())
                        .effect(recordsMonev(MonevKind.EVALUATION))));
    }

    /** Ending an agreement in force: by an admin with a legal reason, or on expiry (also by the scheduler). */
    private static ProcessTable.Group ending(Stage next) {
        return new ProcessTable.Group(List.of(
                action(END).to(next).by(ADMIN)
                        .requires(endReasonGiven(), note(Text.of("Keterangan berakhirnya kerja sama",
                                "The explanation of the ending")),
                                // issue 18 (h18-amend): ending early takes its document (domain.md §2.1, §2.3 [I])
                                endingDocument())
                        .effect(endsWithGivenReason(), Effect.changes(Text.of("mencatat tanggal diakhiri",
                                "records the day it was ended"), (st, ctx) -> st.withFacts(
                                st.facts().with(ENDED_ON, ctx.today())))),
                action(EXPIRE).to(next).by(ADMIN, SYSTEM)
                        .requires(fact(TERM_START), fact(TERM_MONTHS), termEnded())
                        .effect(endsWith(EndReason.MASA_BERLAKU_HABIS))));
    }

    // =====================================================================================================
    // issue 18 (h18-amend) — ending early and amendments (domain.md §2.3, §9)
    // =====================================================================================================

    /**
     * Ending a running agreement before its term (pencabutan / pemutusan) takes its document: the berita acara of the
     * parties' agreement or the letter that ends it (domain.md §2.1 "with its document", §2.3 [I]), registered since
     * the agreement entered implementation or attached to the action. An earlier stage's berita acara does not count.
     */
    static Condition endingDocument() {
        String code = "DOC:" + BERITA_ACARA + "|" + SURAT_PENGAKHIRAN;
        Text label = Text.of(BERITA_ACARA.label().id() + " atau " + lowerFirst(SURAT_PENGAKHIRAN.label().id()),
                BERITA_ACARA.label().en() + " or " + lowerFirst(SURAT_PENGAKHIRAN.label().en()));
        return Gates.simple(UnmetCondition.Kind.DOCUMENT, Text.of(label.id() + " terunggah", label.en() + " uploaded"),
                Set.of(), ctx -> {
                    java.time.Instant since = ctx.state().stageEnteredAt();
                    boolean given = !ctx.attached().isEmpty() && ctx.attached().stream()
                            .anyMatch(r -> r.type() == BERITA_ACARA || r.type() == SURAT_PENGAKHIRAN);
                    boolean registered = java.util.stream.Stream.of(BERITA_ACARA, SURAT_PENGAKHIRAN)
                            .flatMap(t -> ctx.state().documents().versions(t).stream())
                            .anyMatch(v -> !v.registeredAt().isBefore(since));
                    return given || registered ? List.of() : List.of(new UnmetCondition(UnmetCondition.Kind.DOCUMENT,
                            code, Text.of("Berita acara atau surat pengakhiran kerja sama belum diunggah",
                            "The official record or the letter ending the agreement has not been uploaded")));
                });
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static final Text AMENDMENT_REASON_NOTE = Text.of("Alasan adendum", "The reason for the amendment");

    /**
     * An amendment (addendum) of the running agreement: its own short path inside Pelaksanaan ({@link Amendments}),
     * one at a time. Proposed with the terms it changes (after-values; the values before come from the case) and its
     * reason → the draft addendum (the TKKSD reviews a change of term or value [I]) → the DPRD when the change itself
     * burdens the public or is not budgeted (PP 28/2018 Ps 6(2) [V]; 45 working days, silence counts as approval,
     * as for the agreement [I]) → signed with the signed addendum and its date, when the agreement's terms change.
     * The new term keeps the term rules ({@link Gates#termWithinLimit()}).
     */
    private static ProcessTable.Group amendments() {
        return new ProcessTable.Group(List.of(
                documents(ADENDUM_DRAFT).by(ADMIN, OPD),
                documents(ADENDUM_SIGNED).by(ADMIN, OPD, PARTNER),
                documents(KAJIAN_TKKSD).by(ADMIN, TKKSD),
                documents(DPRD_REQUEST, DPRD_DECISION).by(ADMIN),
                documents(SURAT_PENGAKHIRAN).by(ADMIN, OPD),
                action(PROPOSE_AMENDMENT).by(ADMIN, OPD).onlyWhen(Amendments.NONE_OPEN)
                        .records(Amendments.CHANGES).records(Amendments.DPRD_TEST)
                        .requires(note(AMENDMENT_REASON_NOTE), Amendments.changesSomething(),
                                fact(AMENDMENT_BURDENS_PUBLIC), fact(AMENDMENT_FUNDING_UNBUDGETED),
                                Amendments.newTermAllowed())
                        .effect(Amendments.proposes()),
                action(RECORD_AMENDMENT_TKKSD_REVIEW).by(TKKSD, ADMIN).onlyWhen(Amendments.IN_DRAFT)
                        .records(AMENDMENT_TKKSD_REVIEWED_ON)
                        .requires(attached(KAJIAN_TKKSD), fact(AMENDMENT_TKKSD_REVIEWED_ON),
                                notInFuture(AMENDMENT_TKKSD_REVIEWED_ON)),
                action(FINALIZE_AMENDMENT_DRAFT).by(ADMIN, OPD).onlyWhen(Amendments.IN_DRAFT)
                        .requires(Amendments.newVersionOf(ADENDUM_DRAFT, AMENDMENT_DRAFTS_BEFORE),
                                when(Amendments.CHANGES_TERM_OR_VALUE, fact(AMENDMENT_TKKSD_REVIEWED_ON)))
                        .effect(Amendments.finalizes()),
                action(SUBMIT_AMENDMENT_TO_DPRD).by(ADMIN).onlyWhen(Amendments.AT_DPRD)
                        .records(AMENDMENT_DPRD_RECEIVED_ON)
                        .requires(attached(DPRD_REQUEST), fact(AMENDMENT_DPRD_RECEIVED_ON),
                                notInFuture(AMENDMENT_DPRD_RECEIVED_ON)),
                action(AMENDMENT_DPRD_APPROVE).by(ADMIN).onlyWhen(Amendments.AT_DPRD)
                        .records(AMENDMENT_DPRD_DECIDED_ON)
                        .requires(fact(AMENDMENT_DPRD_RECEIVED_ON), attached(DPRD_DECISION),
                                fact(AMENDMENT_DPRD_DECIDED_ON), notInFuture(AMENDMENT_DPRD_DECIDED_ON),
                                notBefore(AMENDMENT_DPRD_DECIDED_ON, AMENDMENT_DPRD_RECEIVED_ON))
                        .effect(Amendments.approved()),
                action(AMENDMENT_DPRD_REJECT).by(ADMIN).onlyWhen(Amendments.AT_DPRD)
                        .records(AMENDMENT_DPRD_DECIDED_ON)
                        .requires(fact(AMENDMENT_DPRD_RECEIVED_ON), attached(DPRD_DECISION),
                                fact(AMENDMENT_DPRD_DECIDED_ON), notInFuture(AMENDMENT_DPRD_DECIDED_ON),
                                notBefore(AMENDMENT_DPRD_DECIDED_ON, AMENDMENT_DPRD_RECEIVED_ON), note(REJECTION_NOTE))
                        .effect(Amendments.drops()),
                action(AMENDMENT_DPRD_DEEMED_APPROVE).by(ADMIN).onlyWhen(Amendments.AT_DPRD)
                        .requires(fact(AMENDMENT_DPRD_RECEIVED_ON), Amendments.dprdPeriodPassed())
                        .effect(Amendments.approved()),
                action(SIGN_AMENDMENT).by(ADMIN).onlyWhen(Amendments.SIGNING)
                        .records(AMENDMENT_SIGNED_ON)
                        .requires(Amendments.newVersionOf(ADENDUM_SIGNED, AMENDMENT_SIGNED_COPIES_BEFORE),
                                fact(AMENDMENT_SIGNED_ON), notInFuture(AMENDMENT_SIGNED_ON),
                                notBefore(AMENDMENT_SIGNED_ON, AMENDMENT_DPRD_DECIDED_ON), Amendments.newTermAllowed())
                        .effect(Amendments.signs()),
                action(CANCEL_AMENDMENT).by(ADMIN).onlyWhen(Amendments.OPEN)
                        .requires(note(Text.of("Alasan adendum dibatalkan", "Why the amendment is dropped")))
                        .effect(Amendments.drops()),
                // from the DPRD's receipt of the amendment (cleared when it is refused, signed or dropped)
                deadline(DueDateKind.AMENDMENT_DPRD_RESPONSE).from(AMENDMENT_DPRD_RECEIVED_ON)
                        .lasts(45, WORKING_DAYS, TimeLimit.DPRD_RESPONSE)
                        .metBy(Amendments.dprdAnswered())
                        .onLapse("diam DPRD dianggap persetujuan atas adendum",
                                "the DPRD's silence counts as approval of the amendment")
                        .remind(ADMIN)
                        .note("diterima DPRD {date}", "received by the DPRD on {date}")
                        .source("PP 28/2018 Ps 30(4); Permendagri 25/2020 Ps 17 [V]; untuk adendum [I]")));
    }

    /**
     * The end of an agreement's term and what follows (domain.md §3, Samarinda's practice [S + I]): reminders 180,
     * 90, 60, 30 and 7 days before; the end itself; weekly recalls after it until an extension is opened or the
     * ending is recorded; then the system ends it ("masa berlaku habis") once 30 days have passed.
     */
    private static ProcessTable.Group agreementEndDeadlines() {
        return new ProcessTable.Group(List.of(
                deadline(DueDateKind.AGREEMENT_END).from(Start.TERM_END).onTheDay()
                        .metBy(END, EXPIRE)
                        .remind(ADMIN, OPD, PARTNER)
                        .source("PP 28/2018 Ps 9, 22; Permendagri 25/2020 Ps 32, 34 [V]: berakhir karena jangka waktu"),
                deadline(DueDateKind.AGREEMENT_ENDED).from(Start.TERM_END)
                        .every(7, CALENDAR_DAYS, TimeLimit.EXPIRY_RECALL_INTERVAL)
                        .within(30, CALENDAR_DAYS, TimeLimit.EXPIRY_GRACE)
                        .metBy(Met.leaving(END, EXPIRE), Met.recorded(EXTENDED_BY,
                                Text.of("perpanjangan dibuka", "an extension is opened")))
                        .remind(ADMIN, OPD)
                        .note("berakhir {date}", "ended on {date}")
                        .source("domain.md §3: lalu setiap minggu [S + I]"),
                deadline(DueDateKind.SYSTEM_EXPIRY).from(Start.TERM_END)
                        .lasts(30, CALENDAR_DAYS, TimeLimit.EXPIRY_GRACE).dueTheDayAfter()
                        .metBy(END, EXPIRE)
                        .onLapse("sistem mengakhiri kerja sama (EXPIRE): masa berlaku habis",
                                "the system ends the agreement (EXPIRE): the term has run out")
                        .remind(ADMIN)
                        .note("berakhir {date}", "ended on {date}")
                        .source("domain.md §7: Si Kerja Samarinda menutup kerja sama yang kedaluwarsa [S + I]"),
                deadline(DueDateKind.EXPIRY_REMINDER).from(Start.TERM_END).onEachExpiryReminderDay()
                        .remind(ADMIN, OPD)
                        .note("{n} hari sebelum berakhir", "{n} days before the end")
                        .source("domain.md §3: pengingat Si Kerja Samarinda 90/60/30/7/0 hari, ditambah 180 [S + I]")));
    }

    /**
     * Implementation: a running cooperation must be in the RKPD and APBD (domain.md §6); monev each period: the
     * partner's and the department's reports, then the Bagian Kerja Sama's evaluation.
     */
    private static ProcessTable.Group budgetAndMonevDeadlines() {
        return new ProcessTable.Group(List.of(
                // issue 18 (h18-activities): "berjalan tanpa kegiatan" (domain.md §9); moves forward with each
                // verified activity (Fact.LAST_VERIFIED_ACTIVITY_ON), so the digests and the dashboard read it from
                // the due-date index without a scan
                deadline(DueDateKind.NO_VERIFIED_ACTIVITY).from(Start.LAST_VERIFIED_ACTIVITY)
                        .lasts(6, MONTHS, TimeLimit.ACTIVITY_GAP)
                        .remind(ADMIN, OPD)
                        .note("tanpa kegiatan terverifikasi sejak {date}", "no verified activity since {date}")
                        .source("domain.md §9: kerja sama yang berhenti di penandatanganan [S + I]"),
                // issue 13 item 12: per budget year; the current year in the Pemda's zone (domain.md §3 [S])
                action(RECORD_BUDGET_YEAR).by(ADMIN, OPD).records(BUDGET_YEAR, IN_RKPD, IN_APBD, BUDGET_AMOUNT)
                        .requires(BudgetYears.given(BUDGET_YEAR, IN_RKPD, IN_APBD))
                        .effect(BudgetYears.recordsYear()),
                // issue 18 (h18-owner): the agreement's value per year and, for a KSDPK, what it brings the region
                // (PAD, assets, in-kind; domain.md §9 [S]); a year recorded again replaces that year's values [I]
                action(RECORD_YEAR_VALUE).by(ADMIN, OPD)
                        .records(VALUE_YEAR, YEAR_VALUE, PAD_REVENUE, ASSET_VALUE, IN_KIND_VALUE)
                        .requires(YearValues.given(), YearValues.ksdpkOnly())
                        .effect(YearValues.recordsYear()),
                deadline(DueDateKind.BUDGET_PLANNING).from(Start.UNBUDGETED_YEAR).onTheDay()
                        .metBy(Met.by(RECORD_BUDGET_YEAR, RECORD_FACTS))
                        .remind(ADMIN, OPD)
                        .note("tahun anggaran {year}", "budget year {year}")
                        .source("domain.md §3, §6: evaluasi provinsi Kaltim 2023, per tahun anggaran [S]"),
                deadline(DueDateKind.MONEV_PARTNER_REPORT).from(Start.MONEV_PERIOD_END)
                        .lasts(10, WORKING_DAYS, TimeLimit.MONEV_REPORT)
                        .metBy(Met.monev(SUBMIT_PARTNER_MONEV, MonevKind.PARTNER_REPORT))
                        .remind(PARTNER)
                        .note("periode {period}", "period {period}")
                        .source("domain.md §6: laporan mitra tiap semester [S + I]"),
                deadline(DueDateKind.MONEV_OPD_REPORT).from(Start.MONEV_PERIOD_END)
                        .lasts(10, WORKING_DAYS, TimeLimit.MONEV_REPORT)
                        .metBy(Met.monev(SUBMIT_OPD_MONEV, MonevKind.OPD_REPORT))
                        .remind(OPD)
                        .note("periode {period}", "period {period}")
                        .source("domain.md §6: laporan OPD tiap semester [S + I]"),
                deadline(DueDateKind.MONEV_EVALUATION).from(Start.MONEV_REPORTS_DUE)
                        .lasts(10, WORKING_DAYS, TimeLimit.MONEV_EVALUATION)
                        .metBy(Met.by(RECORD_MONEV_EVALUATION))
                        .remind(ADMIN)
                        .note("periode {period}", "period {period}")
                        .source("domain.md §6: evaluasi Bagian Kerja Sama [S + I]")));
    }

    private static ActionRule.Builder upload() {
        return action(UPLOAD_DOCUMENT).by(ADMIN).orDocumentUploaders().requires(anyAttachment());
    }

    /** Issue 17: the admin confirms the latest signed copy of the type with the checklist (see SIGNED_COPY_CONFIRMED). */
    private static ActionRule.Builder confirmSignedCopy(DocumentType signed) {
        Fact<Integer> confirmed = SIGNED_COPY_CONFIRMED.get(signed);
        return action(CONFIRM_SIGNED_COPY).by(ADMIN)
                .records(SIGNED_COPY_PARAF, SIGNED_COPY_METERAI, SIGNED_COPY_CAP)
                .requires(doc(signed), signedCopyChecklist())
                .effect(Effect.confirmsSignedCopy(signed, confirmed));
    }

    /** Issue 17: the admin sends the signed copy back with the reason (the note); the next copy is checked again. */
    private static ActionRule.Builder returnSignedCopy(DocumentType signed) {
        return action(RETURN_SIGNED_COPY).by(ADMIN)
                .requires(doc(signed), note(SIGNED_COPY_RETURN_REASON))
                .effect(Effect.returnsSignedCopy(SIGNED_COPY_CONFIRMED.get(signed)));
    }

    private static ActionRule.Builder recordFacts() {
        return action(RECORD_FACTS).by(ADMIN, OPD).records(GENERAL_FACTS)
                .records(TERM_BASIS_FACTS) // issue 13 item 9 (refused outside KSDPK by termWithinLimit)
                .requires(anyFactGiven(), termWithinLimit())
                .effect(BudgetYears.recordsYear()); // issue 13 item 12: the year's RKPD/APBD joins the per-year record
    }

    /**
     * Deemed approval is final (domain.md §2.1 [I]; PP 28/2018 Ps 30(4), Permendagri 25/2020 Ps 17 [V]): after the
     * DPRD's silence was recorded as approval, {@link Action#DPRD_REJECT} is refused
     * ({@link Gates#deemedApprovalIsFinal()}) and the DPRD's late letter is kept as a note with its document.
     */
    private static ActionRule.Builder dprdLateLetter() {
        return action(RECORD_DPRD_LATE_LETTER).by(ADMIN).onlyWhen(When.DPRD_DEEMED_APPROVED)
                .requires(doc(DPRD_DECISION), note(DPRD_LATE_LETTER_NOTE));
    }

    private static final Text DPRD_LATE_LETTER_NOTE = Text.of("Isi surat DPRD yang terlambat",
            "What the DPRD's late letter says");

    private static ActionRule.Builder assignDepartments() {
        return action(ASSIGN_DEPARTMENTS).by(ADMIN).acceptsDepartments().requires(departmentsGiven())
                // issue 18 (h18-owner): the responsible officer may be chosen with the departments
                .records(ResponsibleOfficer.FACTS).requires(ResponsibleOfficer.namedTogether());
    }

    /**
     * Issue 18 (h18-owner): each case has one responsible officer (penanggung jawab), chosen by an admin from the
     * officers' directory (an enabled admin, or an enabled OPD officer of one of the case's departments: checked by
     * {@code ResponsibleOfficers} against the directory); with the departments, or later, and by a hand-over [I].
     */
    private static ActionRule.Builder responsibleOfficer() {
        return action(SET_RESPONSIBLE_OFFICER).by(ADMIN).records(ResponsibleOfficer.FACTS)
                .requires(ResponsibleOfficer.given(), ResponsibleOfficer.namedTogether());
    }

    /** The proposer may withdraw before implementation (an admin may record it for them). */
    private static ActionRule.Builder withdraw() {
        return action(WITHDRAW).to(DIBATALKAN).by(ADMIN).orProposer()
                .requires(when(When.KSDD_WAJIB, note(REFUSAL_NOTE), anyAttachment()))
                .effect(endsWith(EndReason.DITARIK_PEMOHON));
    }

    /**
     * Issue 13 item 7: a KSDD wajib is an obligation (PP 28/2018 Ps 3 [V]); it is not rejected or withdrawn like a
     * voluntary offer: refusing it takes a written reason and a document (domain.md §2.1 [I]), and the case is then
     * flagged as a refused mandatory cooperation ({@link MandatoryRefusal}) for the Gubernur or the Minister.
     */
    private static Condition refusingMandatoryKsdd() {
        return when(When.KSDD_WAJIB, anyAttachment());
    }

    private static final Text REFUSAL_NOTE = Text.of("Alasan tertulis menolak KSDD wajib",
            "The written reason for refusing a mandatory KSDD");

    /**
     * Issue 13 item 6: once the KB is signed the proposer can no longer withdraw; before implementation the case ends
     * only for a reason of domain.md §2.3 (PP 28/2018 Ps 9, 22 [V]; the cut-off at the KB signing [I]), with its
     * explanation and its document.
     */
    private static ActionRule.Builder endAfterKbSigned() {
        return action(END).to(DIBATALKAN).by(ADMIN).onlyWhen(When.KB_SIGNED)
                .requires(endReasonGiven(), note(Text.of("Keterangan berakhirnya kerja sama",
                        "The explanation of the ending")), anyAttachment())
                .effect(endsWithGivenReason());
    }

    // =====================================================================================================
    // issue 13 item 2 — the DPRD test per PKS and budget year (PP 28/2018 Ps 6(2) [V]: "tahun anggaran berjalan";
    // domain.md §2.1): each PKS records its own facts; when they require the DPRD it goes through the DPRD stage
    // (its 45 working days and deemed approval as on the KB's path) or cites an approval covering its year.
    // =====================================================================================================

    /** A child PKS records its own DPRD facts; the KB's own PKS may (else it is assessed on Persiapan's) [I]. */
    private static Condition pksDprdFacts() {
        return when(When.CHILD_PKS, fact(PKS_BURDENS_PUBLIC), fact(PKS_FUNDING_UNBUDGETED), fact(PKS_BUDGET_YEAR));
    }

    /** The PKS stages record the general facts and the PKS's own DPRD facts. */
    private static ActionRule.Builder pksRecordFacts() {
        return action(RECORD_FACTS).by(ADMIN, OPD).records(GENERAL_FACTS).records(PksDprd.PKS_DPRD_FACTS)
                .records(TERM_BASIS_FACTS) // issue 13 item 9 (refused outside KSDPK by termWithinLimit)
                .requires(anyFactGiven(), termWithinLimit()).effect(BudgetYears.recordsYear()); // issue 13 item 12
    }

    /**
     * The PKS goes to the DPRD (PP 28/2018 Ps 6(2) [V]) when its facts require an approval for its budget year and
     * none covers it; the DPRD stage then runs as on the KB's path. A later round clears the earlier request,
     * decision and outcome from the facts (the timeline keeps them) [I].
     */
    private static ActionRule.Builder pksToDprd() {
        return action(REQUEST_PKS_DPRD_APPROVAL).to(PERSETUJUAN_DPRD).by(ADMIN).onlyWhen(When.PKS_DPRD_OUTSTANDING)
                .requires(pksDprdFacts())
                .effect(Effect.clearsFacts(Text.of("permohonan, keputusan dan hasil DPRD sebelumnya dihapus dari data",
                                "the earlier DPRD request, decision and outcome leave the facts"),
                        List.of(DPRD_REQUEST_RECEIVED_ON, DPRD_DECIDED_ON, DPRD_OUTCOME, DPRD_APPROVAL_YEAR)));
    }

    /**
     * A PKS covered by an existing approval (e.g. its KB's, in the same budget year) cites it: the decision's number,
     * date and budget year, with the decision itself (domain.md §2.1 [V/I]).
     */
    private static ActionRule.Builder citeDprdApproval() {
        return action(CITE_DPRD_APPROVAL).by(ADMIN).onlyWhen(When.PKS_DPRD_OUTSTANDING).records(PksDprd.CITATION_FACTS)
                .requires(fact(COVERING_DPRD_DECISION_NUMBER), fact(COVERING_DPRD_DECIDED_ON),
                        notInFuture(COVERING_DPRD_DECIDED_ON), fact(COVERING_DPRD_BUDGET_YEAR), doc(DPRD_DECISION));
    }

    // =====================================================================================================
    // Creation rules
    // =====================================================================================================

    /**
     * Entering an agreement signed before Si Kerja existed, directly at Pelaksanaan: its signed document and date,
     * its term (at most five years), the surat kuasa when an official signed, a responsible department.
     */
    static List<Condition> legacyEntry(Category c) {
        if (c == Category.SINERGI) { // issue 13 item 8 (h-legal-c)
            return List.of(doc(NOTA_KESEPAKATAN_SIGNED), fact(NOTA_SIGNED_ON), notInFuture(NOTA_SIGNED_ON),
                    fact(TERM_START), fact(TERM_MONTHS), termWithinLimit(), departmentsAssigned());
        }
        if (c.isForeign()) {
            return List.of(doc(NASKAH_SIGNED), fact(NASKAH_SIGNED_ON), notInFuture(NASKAH_SIGNED_ON),
                    fact(TERM_START), fact(TERM_MONTHS), termWithinLimit(), departmentsAssigned());
        }
        return List.of(
                oneOf(allOf(doc(PKS_SIGNED), fact(PKS_SIGNED_ON)), allOf(doc(KB_SIGNED), fact(KB_SIGNED_ON))),
                notInFuture(PKS_SIGNED_ON), notInFuture(KB_SIGNED_ON),
                // Dates in legal order (domain.md §2.1 [I]) for agreements entered after the fact too.
                notBefore(PKS_SIGNED_ON, KB_SIGNED_ON), notBefore(DPRD_DECIDED_ON, DPRD_REQUEST_RECEIVED_ON),
                notBefore(PKS_SIGNED_ON, DPRD_DECIDED_ON),
                // issue 13 item 2: recorded when given, not required of an agreement signed before Si Kerja [I]
                notBefore(PKS_SIGNED_ON, COVERING_DPRD_DECIDED_ON), PksDprd.budgetYearIsSigningYear(),
                // Issue 13 item 5: a KB is never signed under kuasa (PP 28/2018 Ps 2(1)-(2) [V]); a KB entered
                // without a PKS whose signatory is an official is such a KB too.
                kbSignedByKepalaDaerah(), rule("KB_SIGNATORY", Text.of("KB tanpa PKS tidak ditandatangani dengan kuasa",
                                "a KB without a PKS is not signed under a power of attorney"),
                        Text.of("KB hanya dapat ditandatangani Kepala Daerah; kuasa hanya untuk PKS (PP 28/2018 Pasal 2)",
                                "Only the Kepala Daerah can sign a KB; a power of attorney is allowed only for the PKS"
                                        + " (PP 28/2018 Art. 2)"),
                        ctx -> ctx.state().facts().has(PKS_SIGNED_ON)
                                || ctx.state().fact(SIGNATORY).filter(x -> x == Signatory.PEJABAT_OPD).isEmpty()),
                when(When.SIGNED_BY_OFFICIAL, doc(SURAT_KUASA)),
                fact(TERM_START), fact(TERM_MONTHS), termWithinLimit(), departmentsAssigned());
    }

    /** The parent stages from which a KB may frame PKS child cases: KB signed, DPRD (if any) done, not ended. */
    static final Set<Stage> KB_FRAMES_CHILDREN_IN = EnumSet.of(PENYUSUNAN_PKS, PENANDATANGANAN_PKS, PELAKSANAAN);

    /** Checked on the parent KB case before a PKS child case is opened under it. */
    static List<Condition> childPksParent() {
        return List.of(
                rule("PARENT_DOMESTIC", Text.of("KB induk KSDD/KSDPK", "a domestic parent KB"),
                        Text.of("PKS turunan hanya untuk KB KSDD/KSDPK", "Child PKS cases exist only under a domestic KB"),
                        ctx -> !ctx.state().category().isForeign()),
                rule("PARENT_IS_CHILD", Text.of("induk bukan PKS turunan", "the parent is not itself a child"),
                        Text.of("Kasus induk adalah PKS turunan, bukan KB", "The parent is itself a child PKS, not a KB"),
                        ctx -> !ctx.state().isChildPks()),
                rule("PARENT_KB_NOT_SIGNED", Text.of("KB induk sudah ditandatangani", "the parent KB is signed"),
                        Text.of("KB induk belum ditandatangani: KB yang sudah ditandatangani dan tanggalnya belum tercatat",
                                "The parent KB is not signed: the signed KB and its date are not recorded"),
                        ctx -> ctx.state().documents().has(KB_SIGNED) && ctx.state().facts().has(KB_SIGNED_ON)),
                rule("PARENT_STAGE", Text.of("KB induk sudah melewati penandatanganan KB dan persetujuan DPRD",
                                "the parent KB is past KB signing and DPRD approval"),
                        Text.of("KB induk belum melewati tahap penandatanganan KB dan persetujuan DPRD, atau sudah berakhir",
                                "The parent KB is not past KB signing and DPRD approval, or has ended"),
                        ctx -> KB_FRAMES_CHILDREN_IN.contains(ctx.state().stage())));
    }

    /** Checked on the previous agreement before an extension is opened: it reached implementation. */
    static List<Condition> extensionOf() {
        return List.of(rule("PREVIOUS_NOT_IMPLEMENTED",
                Text.of("kerja sama sebelumnya sudah dilaksanakan", "the previous agreement was implemented"),
                Text.of("Kerja sama sebelumnya belum sampai tahap pelaksanaan", "The previous agreement never reached implementation"),
                ctx -> EnumSet.of(PELAKSANAAN, PENATAUSAHAAN, PELAPORAN, SELESAI).contains(ctx.state().stage())));
    }

    /** The facts a PKS child case takes over from its KB. */
    static final List<Fact<?>> INHERITED_BY_CHILD_PKS = List.of(KB_SIGNED_ON, DPRD_BURDENS_PUBLIC,
            DPRD_FUNDING_UNBUDGETED);
    // issue 13 item 2: no longer the KB's DPRD request, decision and outcome. The child makes its own DPRD test
    // (PksDprd); the KB's facts above stay as what the KB was assessed on, and its approval is cited when it covers
    // the child (domain.md §2.1).

    // =====================================================================================================
    // Issue 18 (h18-activities): implementation activities with verified evidence (domain.md §9 [S + I])
    // =====================================================================================================

    /**
     * The stages in which activities are recorded, corrected, verified and returned: implementation and what closes
     * it (activities done before the end are still recorded while the file is closed). Outside them activities are
     * only read.
     */
    public static final Set<Stage> ACTIVITY_STAGES = Collections.unmodifiableSet(
            EnumSet.of(PELAKSANAAN, PENATAUSAHAAN, PELAPORAN));

    /**
     * Who may take each activity action (in {@link #ACTIVITY_STAGES}, on a case they see): each party records its
     * own activities and corrects them when returned (the submitting side only); an officer of the case's department
     * or an admin verifies or returns them, never one they submitted themselves (four eyes [I]). TKKSD members and
     * leaders read them.
     */
    public static final Map<Action, Set<Role>> ACTIVITY_ROLES = Map.of(
            RECORD_ACTIVITY, Collections.unmodifiableSet(EnumSet.of(ADMIN, OPD, PARTNER)),
            CORRECT_ACTIVITY, Collections.unmodifiableSet(EnumSet.of(ADMIN, OPD, PARTNER)),
            VERIFY_ACTIVITY, Collections.unmodifiableSet(EnumSet.of(ADMIN, OPD)),
            RETURN_ACTIVITY, Collections.unmodifiableSet(EnumSet.of(ADMIN, OPD)));

    /** Who reads a case's activities (on a case they see). */
    public static final Set<Role> ACTIVITY_READERS = Collections.unmodifiableSet(
            EnumSet.of(ADMIN, OPD, PARTNER, TKKSD, PIMPINAN, SYSTEM));

    // =====================================================================================================
    // Declaration helpers
    // =====================================================================================================

    private static final Text REJECTION_NOTE = Text.of("Alasan penolakan", "The reason for rejection");

    private static ProcessTable.StageDeclaration stage(Stage stage, ProcessTable.StagePart... parts) {
        return new ProcessTable.StageDeclaration(stage, List.of(parts));
    }

    private static ActionRule.Builder action(Action action) {
        return ActionRule.of(action);
    }

    private static Deadline.Builder deadline(DueDateKind kind) {
        return Deadline.of(kind);
    }

    private static DocumentRule.Builder documents(DocumentType... types) {
        return DocumentRule.of(types);
    }

    private static ProcessTable.OnlyWhen onlyWhen(When when) {
        return new ProcessTable.OnlyWhen(when);
    }

    /** An unconditional stage (declares nothing). */
    private static ProcessTable.StagePart always() {
        return new ProcessTable.Group(List.of());
    }

    // =====================================================================================================
    // issue 17 (h17-talk): the discussion of a case — who reads and writes which comments, per role and stage
    // =====================================================================================================

    /**
     * The discussion per role [I]: the regulation says nothing of comments, so this follows who works on the case.
     * <ul>
     *   <li>ADMIN (Bagian Kerja Sama, the partner's contact and the case's keeper): reads and writes INTERNAL and
     *       SHARED.</li>
     *   <li>OPD of the case's department (it drafts with the partner, PP 28/2018 Ps 6): reads and writes both.</li>
     *   <li>TKKSD (assesses and advises the Kepala Daerah; it speaks to the partner through the Bagian Kerja Sama):
     *       reads both, writes INTERNAL only.</li>
     *   <li>PIMPINAN (read only, as everywhere in the process): reads both, writes nothing.</li>
     *   <li>PARTNER (through its tracking token): reads and writes SHARED only.</li>
     * </ul>
     * Nobody writes once the case is closed (Selesai, Ditolak, Dibatalkan): the thread stays as the record.
     * Which cases a role sees at all is {@code cases.Visibility} (an OPD of another department: not found).
     */
    public static final Map<Role, DiscussionRule> DISCUSSION = discussion();

    private static Map<Role, DiscussionRule> discussion() {
        Set<String> both = Set.of(DiscussionRule.INTERNAL, DiscussionRule.SHARED);
        Set<String> shared = Set.of(DiscussionRule.SHARED);
        java.util.function.Predicate<Stage> open = stage -> !stage.isTerminal();
        Map<Role, DiscussionRule> rules = new EnumMap<>(Role.class);
        rules.put(ADMIN, new DiscussionRule(both, both, open));
        rules.put(OPD, new DiscussionRule(both, both, open));
        rules.put(TKKSD, new DiscussionRule(both, Set.of(DiscussionRule.INTERNAL), open));
        rules.put(PIMPINAN, new DiscussionRule(both, Set.of(), open));
        rules.put(PARTNER, new DiscussionRule(shared, shared, open));
        rules.put(SYSTEM, new DiscussionRule(both, Set.of(), open));
        return Collections.unmodifiableMap(rules);
    }

}
