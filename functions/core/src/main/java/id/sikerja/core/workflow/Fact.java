package id.sikerja.core.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A typed fact the workflow reads: a date, a yes/no answer, a number. The constants below are every fact the
 * engine knows; {@link #key()} is the stable name to store it under, and {@link #parse}/{@link #format} turn
 * values into plain strings for storage (ISO dates, {@code true}/{@code false}, enum names, plain decimals).
 *
 * @param <T> the value type
 */
public final class Fact<T> {

    private static final Map<String, Fact<?>> REGISTRY = new LinkedHashMap<>();

    /** The longest term of an agreement a fact may record, in months (fifty years). */
    public static final int MAX_TERM_MONTHS = 600;
    /** The largest amount of money a fact may record, in Rupiah. */
    public static final BigDecimal MAX_MONEY = BigDecimal.TEN.pow(15);
    /** The most decimals an amount of money may have. */
    public static final int MONEY_DECIMALS = 2;
    /** The longest text read as a number, date or choice. */
    private static final int MAX_VALUE_TEXT = 64;

    // ---- Persiapan: the two facts that decide whether the DPRD must approve (PP 28/2018 Ps 6(2))
    /** The plan burdens the public and the region ("membebani masyarakat dan daerah"). */
    public static final Fact<Boolean> DPRD_BURDENS_PUBLIC = define("dprdBurdensPublic", Boolean.class,
            "Rencana kerja sama membebani masyarakat dan daerah", "Whether the plan burdens the public and the region");
    /**
     * The plan needs regional funding that is not in the current year's APBD ("pendanaan belum teranggarkan dalam
     * APBD tahun anggaran berjalan"). {@code false} when it is budgeted or needs no regional funding.
     */
    public static final Fact<Boolean> DPRD_FUNDING_UNBUDGETED = define("dprdFundingUnbudgeted", Boolean.class,
            "Pendanaan belum teranggarkan dalam APBD tahun berjalan", "Whether its funding is not in the current APBD");

    // ---- TKKSD
    public static final Fact<LocalDate> TKKSD_ASSESSED_ON = define("tkksdAssessedOn", LocalDate.class,
            "Tanggal kajian TKKSD", "The date of the TKKSD assessment");
    public static final Fact<TkksdRecommendation> TKKSD_RECOMMENDATION = define("tkksdRecommendation",
            TkksdRecommendation.class, "Rekomendasi TKKSD", "The TKKSD recommendation");

    // ---- signing and term
    public static final Fact<LocalDate> KB_SIGNED_ON = define("kbSignedOn", LocalDate.class,
            "Tanggal penandatanganan KB", "The KB signing date");
    public static final Fact<LocalDate> PKS_SIGNED_ON = define("pksSignedOn", LocalDate.class,
            "Tanggal penandatanganan PKS", "The PKS signing date");
    public static final Fact<Signatory> SIGNATORY = define("signatory", Signatory.class,
            "Penandatangan PKS (Kepala Daerah atau pejabat OPD dengan kuasa)", "Who signed the PKS");
    public static final Fact<LocalDate> TERM_START = define("termStart", LocalDate.class,
            "Tanggal mulai berlaku", "The start of the term");
    public static final Fact<Integer> TERM_MONTHS = define("termMonths", Integer.class,
            "Jangka waktu (bulan)", "The term in months", v -> v > 0 && v <= MAX_TERM_MONTHS);
    public static final Fact<String> AGREEMENT_NUMBER = define("agreementNumber", String.class,
            "Nomor perjanjian", "The agreement number", v -> !v.isBlank() && v.strip().length() <= 200);
    /** Set by the system when an extension case is opened for this agreement: its id. */
    public static final Fact<String> EXTENDED_BY = define("extendedBy", String.class,
            "Kasus perpanjangan", "The extension case", v -> !v.isBlank());
    /** The field (bidang) of the cooperation, e.g. "Kesehatan", "Pendidikan": what reports group by. */
    public static final Fact<String> FIELD = define("field", String.class,
            "Bidang kerja sama", "The field of cooperation", v -> !v.isBlank() && v.strip().length() <= 100);

    // ---- the four clauses a KSDPK's PKS must contain (PP 28/2018 Ps 19(2))
    public static final Fact<Boolean> PKS_CLAUSE_RIGHTS_OBLIGATIONS = define("pksClauseRightsObligations", Boolean.class,
            "Klausul hak dan kewajiban para pihak", "The rights and obligations clause");
    public static final Fact<Boolean> PKS_CLAUSE_TERM = define("pksClauseTerm", Boolean.class,
            "Klausul jangka waktu kerja sama", "The term clause");
    public static final Fact<Boolean> PKS_CLAUSE_DISPUTE_SETTLEMENT = define("pksClauseDisputeSettlement", Boolean.class,
            "Klausul penyelesaian perselisihan", "The dispute settlement clause");
    public static final Fact<Boolean> PKS_CLAUSE_SANCTIONS = define("pksClauseSanctions", Boolean.class,
            "Klausul sanksi", "The sanctions clause");

    // ---- DPRD
    public static final Fact<LocalDate> DPRD_REQUEST_RECEIVED_ON = define("dprdRequestReceivedOn", LocalDate.class,
            "Tanggal permohonan persetujuan diterima DPRD", "The date the DPRD received the request");
    public static final Fact<LocalDate> DPRD_DECIDED_ON = define("dprdDecidedOn", LocalDate.class,
            "Tanggal keputusan DPRD", "The date of the DPRD decision");
    /** Set by the engine when the DPRD stage ends. */
    public static final Fact<DprdOutcome> DPRD_OUTCOME = defineSystem("dprdOutcome", DprdOutcome.class,
            "Hasil persetujuan DPRD", "The DPRD outcome");

    // ---- foreign
    public static final Fact<LocalDate> CONSULTED_KEMENDAGRI_ON = define("consultedKemendagriOn", LocalDate.class,
            "Tanggal konsultasi dengan Menteri Dalam Negeri", "The date of consulting the Minister of Home Affairs");
    public static final Fact<LocalDate> CONSULTED_KEMLU_ON = define("consultedKemluOn", LocalDate.class,
            "Tanggal konsultasi dengan Kementerian Luar Negeri", "The date of consulting the Foreign Ministry");
    public static final Fact<LocalDate> LOI_SIGNED_ON = define("loiSignedOn", LocalDate.class,
            "Tanggal penandatanganan LoI", "The LoI signing date");
    public static final Fact<LocalDate> SENT_TO_GUBERNUR_ON = define("sentToGubernurOn", LocalDate.class,
            "Tanggal berkas dikirim ke Gubernur", "The date the files were sent to the Governor");
    /** Issue 13 item 11: when recorded, the Gubernur's 5 working days count from it (domain.md §3 [I]). */
    public static final Fact<LocalDate> GUBERNUR_RECEIVED_ON = define("gubernurReceivedOn", LocalDate.class,
            "Tanggal berkas diterima Gubernur", "The date the Governor received the files");
    public static final Fact<LocalDate> GUBERNUR_RELAYED_ON = define("gubernurRelayedOn", LocalDate.class,
            "Tanggal Gubernur meneruskan berkas ke Menteri", "The date the Governor relayed the files to the Minister");
    public static final Fact<LocalDate> SENT_TO_MENTERI_ON = define("sentToMenteriOn", LocalDate.class,
            "Tanggal berkas dikirim langsung ke Menteri", "The date the files were sent directly to the Minister");
    public static final Fact<LocalDate> MENTERI_VERIFIED_ON = define("menteriVerifiedOn", LocalDate.class,
            "Tanggal hasil verifikasi Menteri", "The date of the Minister's verification");
    public static final Fact<LocalDate> MENTERI_APPROVED_ON = define("menteriApprovedOn", LocalDate.class,
            "Tanggal persetujuan Menteri", "The date of the Minister's approval");
    public static final Fact<LocalDate> NASKAH_SIGNED_ON = define("naskahSignedOn", LocalDate.class,
            "Tanggal penandatanganan naskah kerja sama", "The agreement signing date");
    public static final Fact<Integer> LAST_ANNUAL_REPORT_YEAR = define("lastAnnualReportYear", Integer.class,
            "Tahun laporan tahunan terakhir", "The year of the last annual report", v -> v >= 1990 && v <= 2200);

    // ---- issue 13 item 10 (h-legal-c): the foreign extension request (Permendagri 25/2020 Ps 33 [V])
    /** The day the extension request was sent to the Minister (a kab/kota: through the Gubernur). */
    public static final Fact<LocalDate> EXTENSION_REQUESTED_ON = define("extensionRequestedOn", LocalDate.class,
            "Tanggal permohonan perpanjangan kepada Menteri", "The date of the extension request to the Minister");
    /** Set by the system on a foreign extension case opened after the request was due (6 months before the end). */
    public static final Fact<Boolean> EXTENSION_OPENED_LATE = define("extensionOpenedLate", Boolean.class,
            "Perpanjangan dibuka terlambat (kurang dari 6 bulan sebelum berakhir)",
            "Extension opened late (less than 6 months before the end)");

    // ---- issue 13 item 8 (h-legal-c): SINERGI (PP 28/2018 Ps 46)
    public static final Fact<LocalDate> NOTA_SIGNED_ON = define("notaSignedOn", LocalDate.class,
            "Tanggal penandatanganan Nota Kesepakatan", "The Nota Kesepakatan signing date");

    // ---- planning and budget (domain.md §6)
    public static final Fact<Boolean> IN_RKPD = define("inRkpd", Boolean.class,
            "Tercantum dalam RKPD", "Whether it is in the RKPD");
    public static final Fact<Boolean> IN_APBD = define("inApbd", Boolean.class,
            "Tercantum dalam APBD", "Whether it is in the APBD");
    public static final Fact<Integer> BUDGET_YEAR = define("budgetYear", Integer.class,
            "Tahun anggaran", "The budget year", v -> v >= 1990 && v <= 2200);
    /** Rupiah, 0 to 10^15 (a thousand trillion: beyond any regional budget), at most two decimals (sen). */
    public static final Fact<BigDecimal> BUDGET_AMOUNT = define("budgetAmount", BigDecimal.class,
            "Nilai anggaran (Rp)", "The budget amount (IDR)", Fact::isMoney)
            .ranged("money", Map.of("min", 0, "max", MAX_MONEY.toPlainString(), "scale", MONEY_DECIMALS));

    // ---- signatories (issue 13 item 5; domain.md §2.1 "Who signs", PP 28/2018 Ps 2(1)-(2) [V])
    /** Who signed the KB: the Kepala Daerah only; a kuasa may be given only for the PKS. */
    public static final Fact<Signatory> KB_SIGNATORY = define("kbSignatory", Signatory.class,
            "Penandatangan KB (hanya Kepala Daerah)", "Who signed the KB (the Kepala Daerah only)");
    /** Who signed the foreign agreement (naskah) for the region. */
    public static final Fact<Signatory> NASKAH_SIGNATORY = define("naskahSignatory", Signatory.class,
            "Penandatangan naskah kerja sama", "Who signed the agreement");

    // ---- the object is in the plan (issue 13 item 13; PP 28/2018 Ps 4, 16 [V])
    /** The object of the cooperation is in the RPJMD/RKPD. */
    public static final Fact<Boolean> OBJECT_IN_PLAN = define("objectInPlan", Boolean.class,
            "Objek kerja sama tercantum dalam RPJMD/RKPD", "Whether the object is in the RPJMD/RKPD");
    /** When it is not: the exception that allows it. */
    public static final Fact<PlanException> PLAN_EXCEPTION = define("planException", PlanException.class,
            "Pengecualian untuk objek di luar RPJMD/RKPD (darurat, program strategis nasional, tugas pembantuan)",
            "The exception for an object outside the RPJMD/RKPD (emergency, national strategic programme,"
                    + " tugas pembantuan)");

    // ---- issue 13 item 9: a KSDPK's term beyond five years under its own law (domain.md §3)
    /** The law the object falls under that allows a longer term; with its document (DASAR_JANGKA_WAKTU). */
    public static final Fact<TermLegalBasis> TERM_LEGAL_BASIS = define("termLegalBasis", TermLegalBasis.class,
            "Dasar hukum jangka waktu lebih dari 5 tahun (pemanfaatan BMD, KPBU)",
            "The legal basis for a term over 5 years (BMD utilisation, KPBU)");
    // ---- issue 13 item 2: the DPRD test per agreement and budget year (PP 28/2018 Ps 6(2) [V]: "tahun anggaran
    //      berjalan"; domain.md §2.1). Each PKS, also one under a KB, records its own facts for the year it is signed.
    /** The PKS burdens the public and the region. */
    public static final Fact<Boolean> PKS_BURDENS_PUBLIC = define("pksBurdensPublic", Boolean.class,
            "PKS membebani masyarakat dan daerah", "Whether the PKS burdens the public and the region");
    /** The PKS's regional funding is not in the APBD of the budget year it is signed in. */
    public static final Fact<Boolean> PKS_FUNDING_UNBUDGETED = define("pksFundingUnbudgeted", Boolean.class,
            "Pendanaan PKS belum teranggarkan dalam APBD tahun anggaran penandatanganannya",
            "Whether the PKS's funding is not in the APBD of the year it is signed in");
    /** The budget year the PKS is signed in. */
    public static final Fact<Integer> PKS_BUDGET_YEAR = define("pksBudgetYear", Integer.class,
            "Tahun anggaran penandatanganan PKS", "The budget year the PKS is signed in", v -> v >= 1990 && v <= 2200);
    /** An approval the PKS cites instead of going to the DPRD itself: the DPRD decision's number. */
    public static final Fact<String> COVERING_DPRD_DECISION_NUMBER = define("coveringDprdDecisionNumber", String.class,
            "Nomor keputusan DPRD yang mencakup PKS", "The number of the DPRD decision that covers the PKS",
            v -> !v.isBlank() && v.strip().length() <= 200);
    /** The date of the cited DPRD decision. */
    public static final Fact<LocalDate> COVERING_DPRD_DECIDED_ON = define("coveringDprdDecidedOn", LocalDate.class,
            "Tanggal keputusan DPRD yang mencakup PKS", "The date of the DPRD decision that covers the PKS");
    /** The budget year the cited DPRD decision covers. */
    public static final Fact<Integer> COVERING_DPRD_BUDGET_YEAR = define("coveringDprdBudgetYear", Integer.class,
            "Tahun anggaran yang dicakup keputusan DPRD", "The budget year the DPRD decision covers",
            v -> v >= 1990 && v <= 2200);
    /** Set by the engine when this case's DPRD approves (or is deemed to): the budget year the approval covers. */
    public static final Fact<Integer> DPRD_APPROVAL_YEAR = defineSystem("dprdApprovalYear", Integer.class,
            "Tahun anggaran persetujuan DPRD", "The budget year of the DPRD approval");

    // ---- issue 13 item 12: RKPD/APBD inclusion per budget year (domain.md §3, §6 [S]); see BudgetYears
    /** Set by the engine from the budget facts recorded: each budget year's inclusion. */
    public static final Fact<String> BUDGET_BY_YEAR = defineSystem("budgetByYear", String.class,
            "RKPD dan APBD per tahun anggaran", "RKPD and APBD per budget year");

    // ---- issue 16 (h16-link): a case answering a department's potential or need (domain.md §8 [S])
    /** Set when the case is created: the id of the potential/need entry its proposal answers. */
    public static final Fact<String> POTENTIAL_ID = defineSystem("potentialId", String.class,
            "Peluang/kebutuhan yang dijawab", "The potential or need it answers");
    /** The TKKSD's score of how well the proposal meets the entry it answers: 1 (poorly) to 5 (fully). */
    public static final Fact<Integer> TKKSD_MATCH_SCORE = define("tkksdMatchScore", Integer.class,
            "Kesesuaian usulan dengan peluang/kebutuhan (1–5)", "How well the proposal meets the entry (1–5)",
            v -> v >= 1 && v <= 5);
    /** Set when an officer marks the answered entry fulfilled (after signing): the choice is made once. */
    public static final Fact<Boolean> POTENTIAL_FULFILLED = defineSystem("potentialFulfilled", Boolean.class,
            "Peluang/kebutuhan ditandai terpenuhi", "The entry was marked fulfilled");

    // ---- issue 18 (h18-owner): the responsible officer (penanggung jawab) of a case
    /**
     * The officer responsible for the case: the user pool's user name (the ID token's {@code sub}). Checked against
     * the officers' directory by the function that records it ({@code ResponsibleOfficers}): an enabled admin, or an
     * enabled OPD officer of one of the case's departments.
     */
    public static final Fact<String> RESPONSIBLE_OFFICER = define("responsibleOfficer", String.class,
            "Penanggung jawab", "Responsible officer", Fact::isUserName);
    /** The responsible officer's name as the directory held it when recorded: what pages show (never the user name). */
    public static final Fact<String> RESPONSIBLE_OFFICER_NAME = define("responsibleOfficerName", String.class,
            "Nama penanggung jawab", "Responsible officer's name", v -> !v.isBlank() && v.strip().length() <= 200);

    // ---- issue 18 (h18-owner): the value of an agreement per year and, for a KSDPK, what it brings the region; see
    //      YearValues (recorded with RECORD_YEAR_VALUE in Pelaksanaan, beside RECORD_BUDGET_YEAR's RKPD/APBD)
    /** The year the value is recorded for. */
    public static final Fact<Integer> VALUE_YEAR = define("valueYear", Integer.class,
            "Tahun nilai kerja sama", "The year of the value", v -> v >= 1990 && v <= 2200);
    /** The agreement's value in that year (Rp), all parties' contributions. */
    public static final Fact<BigDecimal> YEAR_VALUE = define("yearValue", BigDecimal.class,
            "Nilai kerja sama tahun itu (Rp)", "The agreement's value that year (IDR)", Fact::isMoney)
            .ranged("money", Map.of("min", 0, "max", MAX_MONEY.toPlainString(), "scale", MONEY_DECIMALS));
    /** KSDPK: revenue to the region's own income (PAD) that year (Rp). */
    public static final Fact<BigDecimal> PAD_REVENUE = define("padRevenue", BigDecimal.class,
            "Pendapatan asli daerah (PAD) dari kerja sama (Rp)", "Revenue to the region's own income, PAD (IDR)",
            Fact::isMoney)
            .ranged("money", Map.of("min", 0, "max", MAX_MONEY.toPlainString(), "scale", MONEY_DECIMALS));
    /** KSDPK: assets the region gains that year (Rp). */
    public static final Fact<BigDecimal> ASSET_VALUE = define("assetValue", BigDecimal.class,
            "Nilai aset yang diperoleh daerah (Rp)", "The value of assets the region gains (IDR)", Fact::isMoney)
            .ranged("money", Map.of("min", 0, "max", MAX_MONEY.toPlainString(), "scale", MONEY_DECIMALS));
    /** KSDPK: in-kind contribution to the region that year (Rp). */
    public static final Fact<BigDecimal> IN_KIND_VALUE = define("inKindValue", BigDecimal.class,
            "Nilai kontribusi non-tunai (Rp)", "The value of in-kind contributions (IDR)", Fact::isMoney)
            .ranged("money", Map.of("min", 0, "max", MAX_MONEY.toPlainString(), "scale", MONEY_DECIMALS));
    /** Set by the engine: each year's values, {@code 2026:value/pad/asset/inKind;2027:...} (see YearValues). */
    public static final Fact<String> VALUE_BY_YEAR = defineSystem("valueByYear", String.class,
            "Nilai kerja sama per tahun", "Value per year");

    // ---- issue 18 (h18-amend): amendments (addendum) of a running agreement; see Amendments (domain.md §9)
    /** What the agreement is worth in total (Rupiah): the term an amendment may change. */
    public static final Fact<BigDecimal> AGREEMENT_VALUE = define("agreementValue", BigDecimal.class,
            "Nilai kerja sama (Rp)", "The agreement's value (IDR)", Fact::isMoney)
            .ranged("money", Map.of("min", 0, "max", MAX_MONEY.toPlainString(), "scale", MONEY_DECIMALS));
    /** The scope as amended; before the first amendment the proposal's scope is the agreement's. */
    public static final Fact<String> AGREEMENT_SCOPE = defineSystem("agreementScope", String.class,
            "Ruang lingkup kerja sama", "The scope of the cooperation");
    /** The parties' obligations as amended (text). */
    public static final Fact<String> AGREEMENT_OBLIGATIONS = defineSystem("agreementObligations", String.class,
            "Hak dan kewajiban para pihak", "The parties' rights and obligations");
    /** Set by the engine: the open amendment's step (draft, DPRD, signing); absent when none is open. */
    public static final Fact<AmendmentStatus> AMENDMENT_STATUS = defineSystem("amendmentStatus", AmendmentStatus.class,
            "Tahap adendum yang berjalan", "The open amendment's step");
    /** Set by the engine: how many amendments were signed (the next one's number is this plus one). */
    public static final Fact<Integer> AMENDMENTS_SIGNED = defineSystem("amendmentsSigned", Integer.class,
            "Jumlah adendum yang ditandatangani", "Amendments signed");
    /** The last day in force after the amendment: a whole number of months from the term's start. */
    public static final Fact<LocalDate> AMENDMENT_TERM_END = define("amendmentTermEnd", LocalDate.class,
            "Akhir masa berlaku sesudah adendum", "The end of the term after the amendment");
    /** Set by the engine from {@link #AMENDMENT_TERM_END}: the term after the amendment, in months. */
    public static final Fact<Integer> AMENDMENT_TERM_MONTHS = defineSystem("amendmentTermMonths", Integer.class,
            "Jangka waktu sesudah adendum (bulan)", "The term after the amendment (months)");
    public static final Fact<BigDecimal> AMENDMENT_VALUE = define("amendmentValue", BigDecimal.class,
            "Nilai kerja sama sesudah adendum (Rp)", "The value after the amendment (IDR)", Fact::isMoney)
            .ranged("money", Map.of("min", 0, "max", MAX_MONEY.toPlainString(), "scale", MONEY_DECIMALS));
    public static final Fact<String> AMENDMENT_SCOPE = define("amendmentScope", String.class,
            "Ruang lingkup sesudah adendum", "The scope after the amendment",
            v -> !v.isBlank() && v.strip().length() <= 4000);
    public static final Fact<String> AMENDMENT_OBLIGATIONS = define("amendmentObligations", String.class,
            "Hak dan kewajiban sesudah adendum", "The obligations after the amendment",
            v -> !v.isBlank() && v.strip().length() <= 4000);
    /** The departments after the amendment: their codes, comma-separated. */
    public static final Fact<String> AMENDMENT_DEPARTMENTS = define("amendmentDepartments", String.class,
            "OPD sesudah adendum", "The departments after the amendment",
            v -> v.strip().matches("[A-Z0-9_-]{2,32}(,[A-Z0-9_-]{2,32}){0,19}"));
    /** The DPRD test of the change itself (PP 28/2018 Ps 6(2) [V]; domain.md §2.1, applied to an amendment [I]). */
    public static final Fact<Boolean> AMENDMENT_BURDENS_PUBLIC = define("amendmentBurdensPublic", Boolean.class,
            "Perubahan membebani masyarakat dan daerah", "Whether the change burdens the public and the region");
    public static final Fact<Boolean> AMENDMENT_FUNDING_UNBUDGETED = define("amendmentFundingUnbudgeted", Boolean.class,
            "Pendanaan perubahan belum teranggarkan dalam APBD tahun berjalan",
            "Whether the change's funding is not in the current APBD");
    public static final Fact<LocalDate> AMENDMENT_TKKSD_REVIEWED_ON = define("amendmentTkksdReviewedOn", LocalDate.class,
            "Tanggal telaah TKKSD atas adendum", "The date of the TKKSD's review of the amendment");
    public static final Fact<LocalDate> AMENDMENT_DPRD_RECEIVED_ON = define("amendmentDprdReceivedOn", LocalDate.class,
            "Tanggal permohonan persetujuan adendum diterima DPRD", "The date the DPRD received the amendment request");
    public static final Fact<LocalDate> AMENDMENT_DPRD_DECIDED_ON = define("amendmentDprdDecidedOn", LocalDate.class,
            "Tanggal keputusan DPRD atas adendum", "The date of the DPRD's decision on the amendment");
    public static final Fact<LocalDate> AMENDMENT_SIGNED_ON = define("amendmentSignedOn", LocalDate.class,
            "Tanggal penandatanganan adendum", "The amendment signing date");
    // the values before the amendment, taken from the case when it is proposed (never from the client)
    public static final Fact<LocalDate> AMENDMENT_TERM_END_BEFORE = defineSystem("amendmentTermEndBefore",
            LocalDate.class, "Akhir masa berlaku sebelum adendum", "The end of the term before the amendment");
    public static final Fact<Integer> AMENDMENT_TERM_MONTHS_BEFORE = defineSystem("amendmentTermMonthsBefore",
            Integer.class, "Jangka waktu sebelum adendum (bulan)", "The term before the amendment (months)");
    public static final Fact<BigDecimal> AMENDMENT_VALUE_BEFORE = defineSystem("amendmentValueBefore", BigDecimal.class,
            "Nilai kerja sama sebelum adendum (Rp)", "The value before the amendment (IDR)");
    public static final Fact<String> AMENDMENT_SCOPE_BEFORE = defineSystem("amendmentScopeBefore", String.class,
            "Ruang lingkup sebelum adendum", "The scope before the amendment");
    public static final Fact<String> AMENDMENT_OBLIGATIONS_BEFORE = defineSystem("amendmentObligationsBefore",
            String.class, "Hak dan kewajiban sebelum adendum", "The obligations before the amendment");
    public static final Fact<String> AMENDMENT_DEPARTMENTS_BEFORE = defineSystem("amendmentDepartmentsBefore",
            String.class, "OPD sebelum adendum", "The departments before the amendment");
    /** Set by the engine: the day an officer ended the agreement with a reason ({@link Action#END}). */
    public static final Fact<LocalDate> ENDED_ON = defineSystem("endedOn", LocalDate.class,
            "Tanggal kerja sama diakhiri", "The day the agreement was ended");
    /** Set by the engine: how many versions of the draft and the signed addendum existed when it was proposed. */
    public static final Fact<Integer> AMENDMENT_DRAFTS_BEFORE = defineSystem("amendmentDraftsBefore", Integer.class,
            "Versi rancangan adendum sebelumnya", "Earlier draft amendment versions");
    public static final Fact<Integer> AMENDMENT_SIGNED_COPIES_BEFORE = defineSystem("amendmentSignedCopiesBefore",
            Integer.class, "Versi adendum bertanda tangan sebelumnya", "Earlier signed amendment versions");
    /** Set by the engine: one line per signed amendment ({@link Amendments.SignedAmendment}), for the registry. */
    public static final Fact<String> AMENDMENT_HISTORY = defineSystem("amendmentHistory", String.class,
            "Riwayat adendum", "The amendments signed");
    /** Set by the engine: why the open amendment was proposed (its reason, kept until it is signed or dropped). */
    public static final Fact<String> AMENDMENT_REASON = defineSystem("amendmentReason", String.class,
            "Alasan adendum", "The reason for the amendment");

    // ---- issue 18 (h18-activities): implementation activities (domain.md §9)
    /** Set when an activity is verified: the latest last day of the case's verified activities. */
    public static final Fact<LocalDate> LAST_VERIFIED_ACTIVITY_ON = defineSystem("lastVerifiedActivityOn",
            LocalDate.class, "Kegiatan terverifikasi terakhir", "The latest verified activity");

    // ---- issue 17: the admin's check of a registered signed copy before the signing is recorded
    /** Checked: the initials (paraf) of the parties are on every page. */
    public static final Fact<Boolean> SIGNED_COPY_PARAF = define("signedCopyParaf", Boolean.class,
            "Paraf para pihak ada di setiap halaman", "The parties' initials are on every page");
    /** Checked: the duty stamp (meterai) is affixed and signed across. */
    public static final Fact<Boolean> SIGNED_COPY_METERAI = define("signedCopyMeterai", Boolean.class,
            "Meterai terpasang dan ditandatangani", "The duty stamp (meterai) is affixed and signed across");
    /** Checked: the seals (cap) of the parties are on the signatures. */
    public static final Fact<Boolean> SIGNED_COPY_CAP = define("signedCopyCap", Boolean.class,
            "Cap para pihak ada pada tanda tangan", "The parties' seals are on the signatures");
    /** Set by the engine when the admin confirms a signed copy: the version of the signed KB confirmed. */
    public static final Fact<Integer> KB_SIGNED_COPY_CONFIRMED = defineSystem("kbSignedCopyConfirmed", Integer.class,
            "Versi KB bertanda tangan yang telah diperiksa", "The checked version of the signed KB");
    public static final Fact<Integer> PKS_SIGNED_COPY_CONFIRMED = defineSystem("pksSignedCopyConfirmed",
            Integer.class, "Versi PKS bertanda tangan yang telah diperiksa", "The checked version of the signed PKS");
    public static final Fact<Integer> NASKAH_SIGNED_COPY_CONFIRMED = defineSystem("naskahSignedCopyConfirmed",
            Integer.class, "Versi naskah bertanda tangan yang telah diperiksa",
            "The checked version of the signed agreement");
    public static final Fact<Integer> NOTA_SIGNED_COPY_CONFIRMED = defineSystem("notaSignedCopyConfirmed",
            Integer.class, "Versi Nota Kesepakatan bertanda tangan yang telah diperiksa",
            "The checked version of the signed Nota Kesepakatan");

    private final String key;
    private final Class<T> type;
    private final Text label;
    private final Predicate<T> valid;
    private final boolean systemManaged;
    private String rangeCode = "out_of_range";
    private Map<String, Object> rangeParams = Map.of();

    private Fact(String key, Class<T> type, Text label, Predicate<T> valid, boolean systemManaged) {
        this.key = key;
        this.type = type;
        this.label = label;
        this.valid = valid;
        this.systemManaged = systemManaged;
    }

    private static <T> Fact<T> define(String key, Class<T> type, String id, String en) {
        return define(key, type, id, en, v -> true);
    }

    private static <T> Fact<T> define(String key, Class<T> type, String id, String en, Predicate<T> valid) {
        return register(new Fact<>(key, type, Text.of(id, en), valid, false));
    }

    private static <T> Fact<T> defineSystem(String key, Class<T> type, String id, String en) {
        return register(new Fact<>(key, type, Text.of(id, en), v -> true, true));
    }

    private static <T> Fact<T> register(Fact<T> fact) {
        if (REGISTRY.putIfAbsent(fact.key, fact) != null) {
            throw new IllegalStateException("duplicate fact key " + fact.key);
        }
        return fact;
    }

    /** Names the field error of a value of the right type outside the fact's range, with its bounds. */
    private Fact<T> ranged(String code, Map<String, Object> params) {
        this.rangeCode = code;
        this.rangeParams = Map.copyOf(params);
        return this;
    }

    private static boolean isMoney(BigDecimal v) {
        // compareTo and stripTrailingZeros read the exponent, never expand it: cheap for 1e150000
        return v.signum() >= 0 && v.compareTo(MAX_MONEY) <= 0 && v.stripTrailingZeros().scale() <= MONEY_DECIMALS;
    }

    /** A user pool user name: 1-128 visible characters without spaces (Cognito's sub is a UUID). */
    private static boolean isUserName(String v) {
        return v.length() <= 128 && !v.isEmpty() && v.chars().allMatch(c -> c > 32 && c < 127);
    }

    /** The code of the field error for a value of this fact's type outside its range ("out_of_range", "range"...). */
    public String rangeCode() {
        return rangeCode;
    }

    /** The bounds the range error names. */
    public Map<String, Object> rangeParams() {
        return rangeParams;
    }

    /** Every fact, in declaration order. */
    public static List<Fact<?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(REGISTRY.values()));
    }

    public static Optional<Fact<?>> byKey(String key) {
        return Optional.ofNullable(REGISTRY.get(key));
    }

    /** The stable storage name, e.g. {@code kbSignedOn}. */
    public String key() {
        return key;
    }

    public Class<T> type() {
        return type;
    }

    public Text label() {
        return label;
    }

    /** Set by the engine as an effect of an action; commands may not record it. */
    public boolean isSystemManaged() {
        return systemManaged;
    }

    /** Whether the value has this fact's type and passes its range check. */
    public boolean accepts(Object value) {
        return type.isInstance(value) && valid.test(type.cast(value));
    }

    /** The value as this fact's type; throws when it is of another type. */
    public T cast(Object value) {
        return type.cast(value);
    }

    /** Parses a stored string; throws {@link IllegalArgumentException} when malformed or out of range. */
    public T parse(String text) {
        T v = parseStored(text);
        if (!accepts(v)) {
            throw new IllegalArgumentException(key + ": value out of range '" + text + "'");
        }
        return v;
    }

    /**
     * Parses a stored string, of this fact's type but perhaps recorded before its range was narrowed (a budget
     * above today's bound stays readable, so its case does); throws {@link IllegalArgumentException} when malformed.
     */
    public T parseStored(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (type != String.class && s.length() > MAX_VALUE_TEXT) {
            // a number is parsed in time quadratic in its digits: no value of these types is this long
            throw new IllegalArgumentException(key + ": value too long to read");
        }
        Object v;
        try {
            if (type == Boolean.class) {
                if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("not a boolean");
                }
                v = Boolean.parseBoolean(s);
            } else if (type == LocalDate.class) {
                v = LocalDate.parse(s);
            } else if (type == Integer.class) {
                v = Integer.valueOf(s);
            } else if (type == BigDecimal.class) {
                v = new BigDecimal(s);
            } else if (type == String.class) {
                v = text;
            } else if (type.isEnum()) {
                v = enumValue(s);
            } else {
                throw new IllegalStateException("unsupported fact type " + type);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(key + ": cannot read '" + text + "'", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": cannot read '" + text + "'", e);
        }
        return type.cast(v);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumValue(String s) {
        return Enum.valueOf((Class) type, s.toUpperCase(Locale.ROOT));
    }

    /** The storage string of a value of this fact. */
    public String format(Object value) {
        T v = cast(value);
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString();
    }

    @Override
    public String toString() {
        return key;
    }
}
