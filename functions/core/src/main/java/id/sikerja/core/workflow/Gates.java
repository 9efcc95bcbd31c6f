package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.sikerja.core.workflow.UnmetCondition.Kind.DOCUMENT;
import static id.sikerja.core.workflow.UnmetCondition.Kind.FACT;
import static id.sikerja.core.workflow.UnmetCondition.Kind.INPUT;
import static id.sikerja.core.workflow.UnmetCondition.Kind.RULE;

/**
 * The vocabulary of gates used in {@link ProcessDefinitions}. Each method returns a {@link Condition} whose
 * unmet message is written for the officer who has to fix it.
 */
public final class Gates {

    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Gates() {
    }

    // ------------------------------------------------------------------ documents

    /** The document is registered (at least one version). */
    public static Condition doc(DocumentType type) {
        return simple(DOCUMENT, Text.of(type.label().id() + " terunggah", type.label().en() + " uploaded"), Set.of(),
                ctx -> ctx.state().documents().has(type) ? List.of()
                        : List.of(unmet(DOCUMENT, "DOC:" + type, type.label().id() + " belum diunggah",
                        type.label().en() + " has not been uploaded")));
    }

    /**
     * Issue 17: the latest version of the signed copy was checked by the admin (paraf on every page, meterai, cap)
     * and confirmed ({@link Action#CONFIRM_SIGNED_COPY} records its version in {@code confirmedVersion}); a copy
     * sent back, or a newer upload, must be checked again. Without a registered copy, {@link #doc} speaks.
     */
    public static Condition signedCopyConfirmed(DocumentType signed, Fact<Integer> confirmedVersion) {
        String id = signed.label().id();
        String en = signed.label().en();
        return simple(DOCUMENT, Text.of(id + " telah diperiksa (paraf, meterai, cap) dan dikonfirmasi",
                        en + " checked (initials, duty stamp, seal) and confirmed"), Set.of(), ctx -> {
                    Optional<DocumentVersion> latest = ctx.state().documents().latest(signed);
                    if (latest.isEmpty() || ctx.state().fact(confirmedVersion)
                            .filter(v -> v == latest.get().version()).isPresent()) {
                        return List.of();
                    }
                    return List.of(unmet(DOCUMENT, "CHECK:" + signed,
                            id + " (versi " + latest.get().version() + ") belum diperiksa dan dikonfirmasi:"
                                    + " paraf di setiap halaman, meterai dan cap",
                            en + " (version " + latest.get().version() + ") has not been checked and confirmed:"
                                    + " initials on every page, duty stamp and seal"));
                });
    }

    /**
     * Issue 17: the confirmation of a signed copy ticks each item of the checklist in the command itself (a tick
     * of an earlier check does not count for a new copy).
     */
    public static Condition signedCopyChecklist() {
        List<Fact<Boolean>> items = List.of(Fact.SIGNED_COPY_PARAF, Fact.SIGNED_COPY_METERAI, Fact.SIGNED_COPY_CAP);
        return simple(INPUT, Text.of("paraf, meterai dan cap diperiksa", "initials, duty stamp and seal checked"),
                Set.<Fact<?>>copyOf(items), ctx -> items.stream()
                        .filter(f -> !ctx.command().facts().get(f).orElse(false))
                        .map(f -> unmet(INPUT, "CONFIRM:" + f.key(), f.label().id() + " belum dicentang",
                                f.label().en() + " is not ticked"))
                        .toList());
    }

    /** At least one of the documents is registered. */
    public static Condition anyDoc(DocumentType... types) {
        String id = Arrays.stream(types).map(t -> t.label().id()).collect(Collectors.joining(" atau "));
        String en = Arrays.stream(types).map(t -> t.label().en()).collect(Collectors.joining(" or "));
        String code = "DOC:" + Arrays.stream(types).map(Enum::name).collect(Collectors.joining("|"));
        return simple(DOCUMENT, Text.of(id + " terunggah", en + " uploaded"), Set.of(),
                ctx -> Arrays.stream(types).anyMatch(ctx.state().documents()::has) ? List.of()
                        : List.of(unmet(DOCUMENT, code, "Belum diunggah: " + id, "Not uploaded: " + en)));
    }

    /** The command itself carries a new version of the document (e.g. the monev report being submitted). */
    public static Condition attached(DocumentType type) {
        return simple(INPUT, Text.of("melampirkan " + lower(type.label().id()), "attaches " + lower(type.label().en())),
                Set.of(), ctx -> ctx.attached().stream().anyMatch(r -> r.type() == type) ? List.of()
                        : List.of(unmet(INPUT, "ATTACH:" + type, type.label().id() + " belum dilampirkan",
                        type.label().en() + " is not attached")));
    }

    /** The command carries at least one document. */
    public static Condition anyAttachment() {
        return simple(INPUT, Text.of("melampirkan dokumen", "attaches a document"), Set.of(),
                ctx -> !ctx.attached().isEmpty() ? List.of()
                        : List.of(unmet(INPUT, "ATTACH:ANY", "Belum ada dokumen yang dilampirkan",
                        "No document is attached")));
    }

    // ------------------------------------------------------------------ facts

    /** The fact is recorded. */
    public static Condition fact(Fact<?> fact) {
        return simple(FACT, Text.of(fact.label().id() + " tercatat", fact.label().en() + " recorded"), Set.of(fact),
                ctx -> ctx.state().facts().has(fact) ? List.of() : List.of(missing(fact)));
    }

    /** The fact is recorded with the given value; {@code otherwise} explains what it means when it is not. */
    public static <T> Condition factIs(Fact<T> fact, T value, Text otherwise) {
        return simple(RULE, Text.of(fact.label().id() + " = " + value, fact.key() + " = " + value), Set.of(fact), ctx -> {
            Optional<T> v = ctx.state().fact(fact);
            if (v.isEmpty()) {
                return List.of(missing(fact));
            }
            return v.get().equals(value) ? List.of()
                    : List.of(new UnmetCondition(RULE, "RULE:" + fact.key() + "=" + value, otherwise));
        });
    }

    /** A yes/no fact confirmed as yes: used for the PKS clause checklist. */
    public static Condition confirmed(Fact<Boolean> fact) {
        return simple(FACT, Text.of(fact.label().id() + " dikonfirmasi", fact.label().en() + " confirmed"), Set.of(fact),
                ctx -> ctx.state().fact(fact).orElse(false) ? List.of()
                        : List.of(unmet(FACT, "CONFIRM:" + fact.key(), fact.label().id() + " belum dikonfirmasi ada dalam PKS",
                        fact.label().en() + " has not been confirmed in the PKS")));
    }

    /** A recorded date is not later than today (a signing cannot be recorded in advance). */
    public static Condition notInFuture(Fact<LocalDate> fact) {
        return simple(RULE, Text.of(fact.label().id() + " tidak setelah hari ini", fact.label().en() + " not in the future"),
                Set.of(fact), ctx -> ctx.state().fact(fact).filter(d -> d.isAfter(ctx.today()))
                        .map(d -> List.of(unmet(RULE, "RULE:FUTURE:" + fact.key(),
                                fact.label().id() + " (" + id(d) + ") tidak boleh setelah hari ini",
                                fact.label().en() + " (" + en(d) + ") cannot be in the future")))
                        .orElse(List.of()));
    }

    // ------------------------------------------------------------------ dates in legal order (issue 13 item 1)

    /**
     * Dates follow the legal order (domain.md §2.1 [I], from the order of PP 28/2018 Ps 6(1) and Permendagri 25/2020
     * Ps 9): {@code later} is on or after {@code earlier}. Met when either date is not recorded (other gates ask for
     * them); the refusal names both dates so the officer knows which earlier date it contradicts.
     */
    public static Condition notBefore(Fact<LocalDate> later, Fact<LocalDate> earlier) {
        return simple(RULE, Text.of(later.label().id() + " tidak sebelum " + lower(earlier.label().id()),
                        later.label().en() + " not before " + lower(earlier.label().en())),
                Set.of(later, earlier), ctx -> {
                    Optional<LocalDate> l = ctx.state().fact(later);
                    Optional<LocalDate> e = ctx.state().fact(earlier);
                    if (l.isEmpty() || e.isEmpty() || !l.get().isBefore(e.get())) {
                        return List.of();
                    }
                    return List.of(unmet(RULE, "RULE:ORDER:" + later.key() + ":" + earlier.key(),
                            later.label().id() + " (" + id(l.get()) + ") tidak boleh sebelum "
                                    + lower(earlier.label().id()) + " (" + id(e.get()) + ")",
                            later.label().en() + " (" + en(l.get()) + ") cannot be before "
                                    + lower(earlier.label().en()) + " (" + en(e.get()) + ")"));
                });
    }

    /**
     * Where the DPRD approved, the PKS is signed on or after its approval: the decision date, or, for deemed approval,
     * the day after the DPRD's answer period ran out (PP 28/2018 Ps 6(2), Ps 30(4) [V]; order [I]).
     */
    public static Condition pksAfterDprdApproval() {
        return simple(RULE, Text.of("PKS ditandatangani tidak sebelum persetujuan DPRD",
                        "PKS signed not before the DPRD's approval"),
                Set.of(Fact.PKS_SIGNED_ON, Fact.DPRD_DECIDED_ON, Fact.DPRD_REQUEST_RECEIVED_ON), ctx -> {
                    Optional<LocalDate> signed = ctx.state().fact(Fact.PKS_SIGNED_ON);
                    Optional<DprdOutcome> outcome = ctx.state().fact(Fact.DPRD_OUTCOME);
                    if (signed.isEmpty() || outcome.isEmpty()) {
                        return List.of();
                    }
                    Optional<LocalDate> approved = switch (outcome.get()) {
                        case DISETUJUI -> ctx.state().fact(Fact.DPRD_DECIDED_ON);
                        case DIANGGAP_DISETUJUI -> ctx.state().fact(Fact.DPRD_REQUEST_RECEIVED_ON)
                                .map(r -> ctx.deadlines().dprdResponseDue(r).plusDays(1));
                        default -> Optional.empty();
                    };
                    if (approved.isEmpty() || !signed.get().isBefore(approved.get())) {
                        return List.of();
                    }
                    return List.of(unmet(RULE, "RULE:ORDER:" + Fact.PKS_SIGNED_ON.key() + ":dprdApprovedOn",
                            Fact.PKS_SIGNED_ON.label().id() + " (" + id(signed.get())
                                    + ") tidak boleh sebelum persetujuan DPRD (" + id(approved.get()) + ")",
                            Fact.PKS_SIGNED_ON.label().en() + " (" + en(signed.get())
                                    + ") cannot be before the DPRD's approval (" + en(approved.get()) + ")"));
                });
    }

    // ------------------------------------------------------------------ who signs (issue 13 item 5)

    /**
     * The KB is signed by the Kepala Daerah only; a kuasa may be given only for the PKS (PP 28/2018 Ps 2(1)-(2) [V]).
     * Met when the KB's signatory is not recorded (other gates ask for it).
     */
    public static Condition kbSignedByKepalaDaerah() {
        return simple(RULE, Text.of("KB ditandatangani Kepala Daerah, bukan dengan kuasa",
                        "KB signed by the Kepala Daerah, not under a power of attorney"),
                Set.of(Fact.KB_SIGNATORY), ctx -> ctx.state().fact(Fact.KB_SIGNATORY)
                        .filter(s -> s != Signatory.KEPALA_DAERAH)
                        .map(s -> List.of(unmet(RULE, "RULE:KB_SIGNATORY",
                                "KB hanya dapat ditandatangani Kepala Daerah; kuasa hanya untuk PKS (PP 28/2018 Pasal 2)",
                                "Only the Kepala Daerah can sign a KB; a power of attorney is allowed only for the PKS"
                                        + " (PP 28/2018 Art. 2)")))
                        .orElse(List.of()));
    }

    // ------------------------------------------------------------------ the object in the plan (issue 13 item 13)

    /**
     * The object is in the RPJMD/RKPD, or an exception allows it: an emergency, a national strategic programme or
     * tugas pembantuan (PP 28/2018 Ps 4, 16 [V]). Names {@code objectInPlan} when nothing is recorded, and
     * {@code planException} when the object is recorded as not in the plan.
     */
    public static Condition objectInPlanOrException() {
        return simple(FACT, Text.of("objek dalam RPJMD/RKPD, atau pengecualiannya tercatat",
                        "the object in the RPJMD/RKPD, or its exception recorded"),
                Set.of(Fact.OBJECT_IN_PLAN, Fact.PLAN_EXCEPTION), ctx -> {
                    if (ctx.state().facts().has(Fact.PLAN_EXCEPTION)
                            || ctx.state().fact(Fact.OBJECT_IN_PLAN).orElse(false)) {
                        return List.of();
                    }
                    return List.of(ctx.state().facts().has(Fact.OBJECT_IN_PLAN) ? unmet(FACT, "FACT:planException",
                            "Objek tidak tercantum dalam RPJMD/RKPD: catat pengecualiannya (darurat, program strategis"
                                    + " nasional atau tugas pembantuan, PP 28/2018 Pasal 4, 16)",
                            "The object is not in the RPJMD/RKPD: record its exception (emergency, national strategic"
                                    + " programme or tugas pembantuan, PP 28/2018 Art. 4, 16)")
                            : missing(Fact.OBJECT_IN_PLAN));
                });
    }

    // ------------------------------------------------------------------ rules of law

    /**
     * The term is at most the maximum (5 years, Permendagri 25/2020 Ps 32; regional practice for KSDD/KSDPK), or,
     * for a KSDPK whose object is governed by its own law (issue 13 item 9; domain.md §3: BMD utilisation, KPBU
     * [S]), at most the limit of its recorded {@link Fact#TERM_LEGAL_BASIS}, with that basis's document
     * ({@link DocumentType#DASAR_JANGKA_WAKTU}). A basis other than {@code NONE} is refused on any other category.
     */
    public static Condition termWithinLimit() {
        return simple(RULE, Text.of("jangka waktu paling lama 5 tahun, atau batas dasar hukumnya (KSDPK)",
                        "term at most 5 years, or its legal basis's limit (KSDPK)"),
                // reads the term only: a form asking for the basis still shows a term over five years as blocked
                Set.of(Fact.TERM_MONTHS), ctx -> {
                    TermLegalBasis basis = ctx.state().fact(Fact.TERM_LEGAL_BASIS).orElse(TermLegalBasis.NONE);
                    boolean ksdpk = ctx.state().category() == Category.KSDPK;
                    if (basis != TermLegalBasis.NONE && !ksdpk) {
                        return List.of(unmet(RULE, "RULE:TERM_BASIS_KSDPK_ONLY",
                                "Dasar hukum jangka waktu lebih dari 5 tahun (" + basis.label().id()
                                        + ") hanya berlaku untuk kerja sama dengan pihak ketiga (KSDPK)",
                                "A legal basis for a term over 5 years (" + basis.label().en()
                                        + ") applies only to cooperation with a third party (KSDPK)"));
                    }
                    Optional<Integer> months = ctx.state().fact(Fact.TERM_MONTHS);
                    int general = ctx.settings().maxTermMonths();
                    if (months.isEmpty() || months.get() <= general) {
                        return List.of();
                    }
                    int m = months.get();
                    if (basis == TermLegalBasis.NONE) {
                        String hint = ksdpk ? "; lebih lama hanya bila objeknya diatur undang-undangnya sendiri "
                                + "(pemanfaatan BMD, KPBU): catat dasar hukumnya dan dokumennya" : "";
                        String hintEn = ksdpk ? "; longer only when its object is governed by its own law (BMD "
                                + "utilisation, KPBU): record that legal basis and its document" : "";
                        return List.of(unmet(RULE, "RULE:TERM_MAX",
                                "Jangka waktu " + m + " bulan melebihi batas " + general + " bulan" + hint,
                                "A term of " + m + " months exceeds the limit of " + general + " months" + hintEn));
                    }
                    List<UnmetCondition> out = new ArrayList<>();
                    int limit = ctx.settings().get(basis.limit());
                    if (m > limit) {
                        out.add(unmet(RULE, "RULE:TERM_MAX",
                                "Jangka waktu " + m + " bulan melebihi batas " + limit + " bulan untuk "
                                        + basis.label().id() + " (" + basis.limit().source() + ")",
                                "A term of " + m + " months exceeds the limit of " + limit + " months for "
                                        + basis.label().en() + " (" + basis.limit().source() + ")"));
                    }
                    if (!ctx.state().documents().has(DocumentType.DASAR_JANGKA_WAKTU)) {
                        DocumentType d = DocumentType.DASAR_JANGKA_WAKTU;
                        out.add(unmet(DOCUMENT, "DOC:" + d, d.label().id() + " belum diunggah: jangka waktu lebih"
                                        + " dari " + general + " bulan memerlukannya",
                                d.label().en() + " has not been uploaded: a term over " + general
                                        + " months needs it"));
                    }
                    return out;
                });
    }

    // ---- issue 13 item 10 (h-legal-c): the foreign annual report gate

    /**
     * The previous year's annual report of a running foreign agreement is recorded before its next yearly activity
     * plan (Permendagri 25/2020 Ps 35–38 [V]: no report, the next plan is refused). An agreement whose term started
     * this year has no previous year to report on.
     */
    public static Condition previousAnnualReportRecorded() {
        return simple(RULE, Text.of("laporan tahunan tahun sebelumnya tercatat", "the previous year's annual report recorded"),
                Set.of(Fact.TERM_START, Fact.LAST_ANNUAL_REPORT_YEAR), ctx -> {
                    int previous = ctx.today().getYear() - 1;
                    boolean ranLastYear = ctx.state().fact(Fact.TERM_START).map(d -> d.getYear() <= previous).orElse(false);
                    boolean reported = ctx.state().fact(Fact.LAST_ANNUAL_REPORT_YEAR).map(y -> y >= previous).orElse(false);
                    return !ranLastYear || reported ? List.of()
                            : List.of(unmet(RULE, "RULE:ANNUAL_REPORT_MISSING",
                            "Laporan tahunan " + previous + " belum tercatat: rencana kegiatan tahunan berikutnya ditolak"
                                    + " (Permendagri 25/2020 Ps 35–38)",
                            "The annual report for " + previous + " is not recorded: the next yearly activity plan is"
                                    + " refused (Permendagri 25/2020 Ps 35–38)"));
                });
    }

    /** The LoI is still valid today (at most one year, Permendagri 25/2020 Ps 13). */
    public static Condition loiValid() {
        return simple(RULE, Text.of("LoI masih berlaku (paling lama 1 tahun)", "LoI still valid (at most 1 year)"),
                Set.of(Fact.LOI_SIGNED_ON), ctx -> {
                    Optional<LocalDate> signed = ctx.state().fact(Fact.LOI_SIGNED_ON);
                    if (signed.isEmpty()) {
                        return List.of(missing(Fact.LOI_SIGNED_ON));
                    }
                    LocalDate last = ctx.deadlines().loiLastValidDay(signed.get());
                    return !ctx.today().isAfter(last) ? List.of() : List.of(unmet(RULE, "RULE:LOI_EXPIRED",
                            "LoI sudah tidak berlaku: masa berlakunya berakhir " + id(last) + "; buat LoI baru",
                            "The LoI is no longer valid: it expired after " + en(last) + "; sign a new LoI"));
                });
    }

    /** The DPRD's answer period has passed without an answer, so its silence counts as approval. */
    public static Condition dprdResponsePeriodPassed() {
        return simple(RULE, Text.of("masa jawab DPRD telah lewat", "the DPRD's answer period has passed"),
                Set.of(Fact.DPRD_REQUEST_RECEIVED_ON), ctx -> {
                    Optional<LocalDate> received = ctx.state().fact(Fact.DPRD_REQUEST_RECEIVED_ON);
                    if (received.isEmpty()) {
                        return List.of(missing(Fact.DPRD_REQUEST_RECEIVED_ON));
                    }
                    LocalDate due = ctx.deadlines().dprdResponseDue(received.get());
                    int n = ctx.settings().dprdResponseWorkingDays();
                    if (ctx.today().isAfter(due)) {
                        return holidaysUnconfirmed(ctx, received.get(), due.plusDays(1));
                    }
                    return List.of(unmet(RULE, "RULE:DPRD_PERIOD_RUNNING",
                            "Masa " + n + " hari kerja bagi DPRD belum lewat (batas " + id(due)
                                    + "); persetujuan dianggap diberikan baru sesudah tanggal itu",
                            "The DPRD's " + n + " working days have not passed (due " + en(due)
                                    + "); approval is deemed only after that date"));
                });
    }

    /**
     * A working-day period that decides a legal effect (deemed DPRD approval, sending past the Gubernur) is only
     * known when every year it runs through has a confirmed holiday list (issue 13 item 4; domain.md §3, the
     * paragraph after the table: "nothing whose legality depends on the count ... may be recorded on it" [I]).
     * Empty when all are known.
     */
    static List<UnmetCondition> holidaysUnconfirmed(GateContext ctx, LocalDate from, LocalDate to) {
        java.util.SortedSet<Integer> unknown = ctx.deadlines().calendar().unknownYearsBetween(from, to);
        if (unknown.isEmpty()) {
            return List.of();
        }
        String years = unknown.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        return List.of(unmet(RULE, "RULE:HOLIDAYS_UNCONFIRMED",
                "Daftar hari libur tahun " + years + " belum dikonfirmasi admin; masa hari kerja yang melewati tahun "
                        + "itu belum pasti, jadi akibat hukumnya belum dapat dicatat",
                "The holiday list for " + years + " has not been confirmed by an admin; a working-day period running "
                        + "through that year is not certain, so its legal effect cannot be recorded yet"));
    }

    /**
     * Deemed approval is final (domain.md §2.1 [I]; PP 28/2018 Ps 30(4)): once the DPRD's silence has been recorded
     * as approval, a later refusal cannot undo it; its letter is recorded with {@link Action#RECORD_DPRD_LATE_LETTER}.
     */
    public static UnmetCondition deemedApprovalIsFinal() {
        return unmet(RULE, "RULE:DPRD_DEEMED_APPROVAL_FINAL",
                "Persetujuan DPRD sudah dianggap diberikan (diam 45 hari kerja) dan tidak dapat dibatalkan oleh "
                        + "penolakan yang terlambat; catat surat DPRD sebagai catatan dengan dokumennya",
                "The DPRD's approval has already been deemed given (45 working days of silence) and a late "
                        + "refusal cannot undo it; record the DPRD's letter as a note with its document");
    }

    /**
     * A kab/kota may send its files to the Minister directly only when the Gubernur has not relayed them within
     * the relay period (Permendagri 25/2020 Ps 20).
     */
    public static Condition gubernurRelayPeriodPassed() {
        return simple(RULE, Text.of("masa penerusan oleh Gubernur telah lewat", "the Governor's relay period has passed"),
                Set.of(Fact.SENT_TO_GUBERNUR_ON, Fact.GUBERNUR_RECEIVED_ON), ctx -> {
                    Optional<LocalDate> sent = ctx.state().fact(Fact.SENT_TO_GUBERNUR_ON);
                    if (sent.isEmpty()) {
                        return List.of(unmet(FACT, "FACT:" + Fact.SENT_TO_GUBERNUR_ON.key(),
                                "Berkas belum dikirim melalui Gubernur",
                                "The files have not been sent through the Governor"));
                    }
                    // Issue 13 item 11: counted from the Gubernur's receipt when recorded (domain.md §3 [I]).
                    LocalDate due = ctx.deadlines().gubernurRelayDue(
                            ctx.state().fact(Fact.GUBERNUR_RECEIVED_ON).orElse(sent.get()));
                    int n = ctx.settings().gubernurRelayWorkingDays();
                    if (ctx.today().isAfter(due)) {
                        return holidaysUnconfirmed(ctx, sent.get(), due.plusDays(1));
                    }
                    return List.of(unmet(RULE, "RULE:GUBERNUR_PERIOD_RUNNING",
                            "Masa " + n + " hari kerja bagi Gubernur untuk meneruskan berkas belum lewat (batas "
                                    + id(due) + ")",
                            "The Governor's " + n + " working days to relay the files have not passed (due "
                                    + en(due) + ")"));
                });
    }

    /** The files reached the Minister, relayed by the Gubernur or sent directly. */
    public static Condition filesReachedMinister() {
        return simple(RULE, Text.of("berkas telah sampai kepada Menteri", "the files reached the Minister"),
                Set.of(Fact.SENT_TO_MENTERI_ON, Fact.GUBERNUR_RELAYED_ON),
                ctx -> ctx.state().facts().has(Fact.SENT_TO_MENTERI_ON) || ctx.state().facts().has(Fact.GUBERNUR_RELAYED_ON)
                        ? List.of()
                        : List.of(unmet(RULE, "RULE:FILES_NOT_AT_MINISTER",
                        "Berkas belum dikirim kepada Menteri (langsung atau melalui Gubernur)",
                        "The files have not been sent to the Minister (directly or through the Governor)")));
    }

    /** The term recorded has run out: the day after its last day has come. */
    public static Condition termEnded() {
        return simple(RULE, Text.of("masa berlaku telah habis", "the term has run out"),
                Set.of(Fact.TERM_START, Fact.TERM_MONTHS), ctx -> {
                    Optional<LocalDate> last = ctx.deadlines().termLastDay(ctx.state());
                    if (last.isEmpty()) {
                        List<UnmetCondition> out = new ArrayList<>();
                        if (!ctx.state().facts().has(Fact.TERM_START)) {
                            out.add(missing(Fact.TERM_START));
                        }
                        if (!ctx.state().facts().has(Fact.TERM_MONTHS)) {
                            out.add(missing(Fact.TERM_MONTHS));
                        }
                        return out;
                    }
                    return ctx.today().isAfter(last.get()) ? List.of() : List.of(unmet(RULE, "RULE:TERM_RUNNING",
                            "Masa berlaku belum habis: berlaku sampai " + id(last.get()),
                            "The term has not run out: in force until " + en(last.get())));
                });
    }

    /** At least one responsible department is assigned. */
    public static Condition departmentsAssigned() {
        return simple(RULE, Text.of("OPD penanggung jawab ditetapkan", "responsible department assigned"), Set.of(),
                ctx -> !ctx.state().departments().isEmpty() ? List.of()
                        : List.of(unmet(RULE, "RULE:NO_DEPARTMENT", "OPD penanggung jawab belum ditetapkan",
                        "No responsible department has been assigned")));
    }

    // ------------------------------------------------------------------ monev

    /** The partner reported on the period being evaluated. */
    public static Condition partnerReportedForPeriod() {
        return monevEntry(MonevKind.PARTNER_REPORT, "Laporan monev mitra untuk periode ", "The partner's report for period ");
    }

    /** The department reported on the period being evaluated. */
    public static Condition opdReportedForPeriod() {
        return monevEntry(MonevKind.OPD_REPORT, "Laporan monev OPD untuk periode ", "The department's report for period ");
    }

    private static Condition monevEntry(MonevKind kind, String id, String en) {
        return simple(RULE, Text.of(id + "ini tercatat", en + "recorded"), Set.of(), ctx -> period(ctx)
                .filter(p -> !Deadlines.hasEntry(ctx.state(), p, kind))
                .map(p -> List.of(unmet(RULE, "MONEV:" + kind + ":" + p.label(), id + p.label() + " belum masuk",
                        en + p.label() + " has not been submitted")))
                .orElse(List.of()));
    }

    /** Supporting evidence exists for the period: attached now or to one of the period's reports. */
    public static Condition evidenceForPeriod() {
        return simple(RULE, Text.of("bukti dukung periode ini ada", "evidence for the period exists"), Set.of(), ctx -> {
            Optional<MonevPeriod> p = period(ctx);
            if (p.isEmpty()) {
                return List.of();
            }
            boolean now = ctx.attached().stream().anyMatch(r -> r.type() == DocumentType.EVIDENCE);
            boolean before = ctx.state().monev().stream()
                    .filter(m -> m.period().start().equals(p.get().start()))
                    .flatMap(m -> m.documents().stream())
                    .anyMatch(r -> r.type() == DocumentType.EVIDENCE);
            return now || before ? List.of() : List.of(unmet(RULE, "MONEV:EVIDENCE:" + p.get().label(),
                    "Bukti dukung untuk periode " + p.get().label() + " belum ada",
                    "There is no supporting evidence for period " + p.get().label()));
        });
    }

    private static Optional<MonevPeriod> period(GateContext ctx) {
        return ctx.command().monev()
                .map(m -> MonevPeriod.containing(m.periodDate(), ctx.settings().monevPeriodMonths()));
    }

    // ------------------------------------------------------------------ inputs of the form

    /** A note, e.g. what to revise or why it is rejected. */
    public static Condition note(Text what) {
        return simple(INPUT, what, Set.of(), ctx -> ctx.command().note().isPresent() ? List.of()
                : List.of(new UnmetCondition(INPUT, "INPUT:NOTE", Text.of(what.id() + " belum diisi",
                what.en() + " is missing"))));
    }

    /** An end reason. */
    public static Condition endReasonGiven() {
        return simple(INPUT, Text.of("alasan berakhir", "the reason for ending"), Set.of(),
                ctx -> ctx.command().endReason().isPresent() ? List.of()
                        : List.of(unmet(INPUT, "INPUT:END_REASON", "Alasan berakhirnya kerja sama belum dipilih",
                        "The reason for ending has not been chosen")));
    }

    /** A monev report (period and summary). */
    public static Condition monevGiven() {
        return simple(INPUT, Text.of("periode dan ringkasan monev", "the monev period and summary"), Set.of(),
                ctx -> ctx.command().monev().isPresent() ? List.of()
                        : List.of(unmet(INPUT, "INPUT:MONEV", "Periode dan ringkasan monev belum diisi",
                        "The monev period and summary are missing")));
    }

    /** A monev evaluation (scores, rating, recommendation). */
    public static Condition evaluationGiven() {
        return simple(INPUT, Text.of("nilai kriteria, nilai keseluruhan dan rekomendasi",
                        "criterion scores, overall rating and recommendation"), Set.of(),
                ctx -> ctx.command().monev().flatMap(MonevSubmission::evaluation).isPresent() ? List.of()
                        : List.of(unmet(INPUT, "INPUT:EVALUATION", "Penilaian monev belum diisi",
                        "The monev evaluation is missing")));
    }

    /** The departments to assign. */
    public static Condition departmentsGiven() {
        return simple(INPUT, Text.of("daftar OPD", "the list of departments"), Set.of(),
                ctx -> ctx.command().departments().filter(d -> !d.isEmpty()).isPresent() ? List.of()
                        : List.of(unmet(INPUT, "INPUT:DEPARTMENTS", "Daftar OPD belum diisi",
                        "The list of departments is missing")));
    }

    /** At least one fact. */
    public static Condition anyFactGiven() {
        return simple(INPUT, Text.of("data yang dicatat", "the facts to record"), Set.of(),
                ctx -> !ctx.command().facts().isEmpty() ? List.of()
                        : List.of(unmet(INPUT, "INPUT:FACTS", "Belum ada data yang diisi", "No fact was given")));
    }

    /** A rule stated in words, for declarations that need one not covered above. */
    public static Condition rule(String code, Text description, Text unmet, java.util.function.Predicate<GateContext> holds) {
        return simple(RULE, description, Set.of(), ctx -> holds.test(ctx) ? List.of()
                : List.of(new UnmetCondition(RULE, "RULE:" + code, unmet)));
    }

    // ------------------------------------------------------------------ combinators

    /** The conditions apply only when the case has the property. */
    public static Condition when(When when, Condition... conditions) {
        List<Condition> list = List.of(conditions);
        Set<Fact<?>> reads = new LinkedHashSet<>(when.needs());
        list.forEach(c -> reads.addAll(c.reads()));
        String id = list.stream().map(c -> c.description().id()).collect(Collectors.joining("; "));
        String en = list.stream().map(c -> c.description().en()).collect(Collectors.joining("; "));
        return simple(list.get(0).kind(), Text.of("jika " + when.label().id() + ": " + id, "if " + when.label().en() + ": " + en),
                reads, ctx -> {
                    if (!when.test(ctx.state(), ctx.settings())) {
                        return List.of();
                    }
                    List<UnmetCondition> out = new ArrayList<>();
                    list.forEach(c -> out.addAll(c.check(ctx)));
                    return out;
                });
    }

    /** The conditions apply only to the listed categories; the table of other categories leaves them out. */
    public static Condition forCategory(Category category, Condition... conditions) {
        return new CategoryCondition(EnumSet.of(category), List.of(conditions));
    }

    /** Met when any one of the conditions is met; otherwise one message listing the alternatives. */
    public static Condition oneOf(Condition... alternatives) {
        List<Condition> list = List.of(alternatives);
        String id = list.stream().map(c -> c.description().id()).collect(Collectors.joining("; atau "));
        String en = list.stream().map(c -> c.description().en()).collect(Collectors.joining("; or "));
        Set<Fact<?>> reads = new LinkedHashSet<>();
        list.forEach(c -> reads.addAll(c.reads()));
        return simple(RULE, Text.of("salah satu: " + id, "one of: " + en), reads, ctx -> {
            for (Condition c : list) {
                if (c.check(ctx).isEmpty()) {
                    return List.of();
                }
            }
            return List.of(unmet(RULE, "RULE:ONE_OF", "Belum terpenuhi salah satu dari: " + id,
                    "None of these is met: " + en));
        });
    }

    /** All conditions together, described as one (for use inside {@link #oneOf}). */
    public static Condition allOf(Condition... conditions) {
        List<Condition> list = List.of(conditions);
        Set<Fact<?>> reads = new LinkedHashSet<>();
        list.forEach(c -> reads.addAll(c.reads()));
        return simple(list.get(0).kind(), Text.of(
                        list.stream().map(c -> c.description().id()).collect(Collectors.joining(" dan ")),
                        list.stream().map(c -> c.description().en()).collect(Collectors.joining(" and "))),
                reads, ctx -> {
                    List<UnmetCondition> out = new ArrayList<>();
                    list.forEach(c -> out.addAll(c.check(ctx)));
                    return out;
                });
    }

    /** Wraps conditions that apply only to some categories; unwrapped when a category's table is built. */
    record CategoryCondition(Set<Category> categories, List<Condition> conditions) implements Condition {
        @Override
        public UnmetCondition.Kind kind() {
            return conditions.get(0).kind();
        }

        @Override
        public Text description() {
            return Text.of("untuk " + categories + ": " + conditions.stream().map(c -> c.description().id())
                    .collect(Collectors.joining("; ")), "for " + categories);
        }

        @Override
        public List<UnmetCondition> check(GateContext context) {
            if (!categories.contains(context.state().category())) {
                return List.of();
            }
            List<UnmetCondition> out = new ArrayList<>();
            conditions.forEach(c -> out.addAll(c.check(context)));
            return out;
        }
    }

    // ------------------------------------------------------------------ helpers

    static UnmetCondition missing(Fact<?> fact) {
        return unmet(FACT, "FACT:" + fact.key(), fact.label().id() + " belum dicatat",
                fact.label().en() + " has not been recorded");
    }

    private static UnmetCondition unmet(UnmetCondition.Kind kind, String code, String id, String en) {
        return new UnmetCondition(kind, code, Text.of(id, en));
    }

    static String id(LocalDate d) {
        return ID_DATE.format(d);
    }

    static String en(LocalDate d) {
        return EN_DATE.format(d);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A condition from its kind, description, the facts it reads and its check (also used by {@link PksDprd}). */
    static Condition simple(UnmetCondition.Kind kind, Text description, Set<Fact<?>> reads,
                                    Function<GateContext, List<UnmetCondition>> check) {
        Set<Fact<?>> r = Set.copyOf(reads);
        return new Condition() {
            @Override
            public UnmetCondition.Kind kind() {
                return kind;
            }

            @Override
            public Text description() {
                return description;
            }

            @Override
            public List<UnmetCondition> check(GateContext context) {
                return check.apply(context);
            }

            @Override
            public Set<Fact<?>> reads() {
                return r;
            }

            @Override
            public String toString() {
                return description.id();
            }
        };
    }
}
