package id.sikerja.core.workflow;

import id.sikerja.core.time.Periods;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.sikerja.core.workflow.Fact.*;

/**
 * Issue 18 (h18-amend): an amendment (addendum) of a running agreement (domain.md §9: "a linked record of which terms
 * change, before and after, drafted and signed like the original"). It runs as a sub-track of Pelaksanaan — the
 * agreement keeps running, its monev and reminders go on — declared in {@link ProcessDefinitions} (the
 * {@code amendments()} group) with its own short path: proposed ({@link AmendmentStatus#DRAFT}: the draft addendum,
 * the TKKSD's review of a change of term or value), the DPRD where the change itself makes the DPRD test true
 * ({@link AmendmentStatus#DPRD}: PP 28/2018 Ps 6(2) [V], 45 working days and deemed approval as for the agreement
 * [I]), then signing ({@link AmendmentStatus#SIGNING}: the signed addendum and its date). One amendment is open at a
 * time. Its facts live in the case while it is open; when it is signed the agreement's facts change, the values
 * before stay in the timeline and in {@link Fact#AMENDMENT_HISTORY}, and the due dates are recomputed from the new
 * term like after any transition.
 */
public final class Amendments {

    private Amendments() {
    }

    /** The terms an amendment may change (the after-values it records). */
    public static final List<Fact<?>> CHANGES = List.of(AMENDMENT_TERM_END, AMENDMENT_VALUE, AMENDMENT_SCOPE,
            AMENDMENT_OBLIGATIONS, AMENDMENT_DEPARTMENTS);

    /** The DPRD test of the change itself, recorded when it is proposed (and correctable while it is drafted). */
    public static final List<Fact<?>> DPRD_TEST = List.of(AMENDMENT_BURDENS_PUBLIC, AMENDMENT_FUNDING_UNBUDGETED);

    /** Everything an open amendment holds in the case; cleared when it is signed or dropped. */
    static final List<Fact<?>> OPEN_FACTS = List.of(AMENDMENT_STATUS, AMENDMENT_REASON, AMENDMENT_TERM_END,
            AMENDMENT_TERM_MONTHS, AMENDMENT_VALUE, AMENDMENT_SCOPE, AMENDMENT_OBLIGATIONS, AMENDMENT_DEPARTMENTS,
            AMENDMENT_BURDENS_PUBLIC, AMENDMENT_FUNDING_UNBUDGETED, AMENDMENT_TKKSD_REVIEWED_ON,
            AMENDMENT_DPRD_RECEIVED_ON, AMENDMENT_DPRD_DECIDED_ON, AMENDMENT_SIGNED_ON, AMENDMENT_TERM_END_BEFORE,
            AMENDMENT_TERM_MONTHS_BEFORE, AMENDMENT_VALUE_BEFORE, AMENDMENT_SCOPE_BEFORE, AMENDMENT_OBLIGATIONS_BEFORE,
            AMENDMENT_DEPARTMENTS_BEFORE, AMENDMENT_DRAFTS_BEFORE, AMENDMENT_SIGNED_COPIES_BEFORE);

    // ---- when

    public static final When NONE_OPEN = new When("NO_OPEN_AMENDMENT",
            Text.of("tidak ada adendum yang sedang berjalan", "no amendment is open"), List.of(),
            (s, cfg) -> s.fact(AMENDMENT_STATUS).isEmpty());
    public static final When OPEN = new When("AMENDMENT_OPEN",
            Text.of("adendum sedang berjalan", "an amendment is open"), List.of(),
            (s, cfg) -> s.fact(AMENDMENT_STATUS).isPresent());
    public static final When IN_DRAFT = status(AmendmentStatus.DRAFT);
    public static final When AT_DPRD = status(AmendmentStatus.DPRD);
    public static final When SIGNING = status(AmendmentStatus.SIGNING);

    /** A change of the term or the value: the TKKSD reviews it before the draft is final [I]. */
    public static final When CHANGES_TERM_OR_VALUE = new When("AMENDMENT_TERM_OR_VALUE",
            Text.of("adendum mengubah jangka waktu atau nilai", "the amendment changes the term or the value"),
            List.of(), (s, cfg) -> s.facts().has(AMENDMENT_TERM_END) || s.facts().has(AMENDMENT_VALUE));

    /** PP 28/2018 Ps 6(2) [V], applied to the change an amendment makes (domain.md §2.1 [I]). */
    public static final When DPRD_REQUIRED = new When("AMENDMENT_DPRD_REQUIRED",
            Text.of("perubahan membebani masyarakat dan daerah dan/atau pendanaannya belum teranggarkan dalam APBD"
                    + " tahun berjalan", "the change burdens the public and the region and/or its funding is not in"
                    + " the current APBD"),
            DPRD_TEST, (s, cfg) -> s.fact(AMENDMENT_BURDENS_PUBLIC).orElse(false)
                    || s.fact(AMENDMENT_FUNDING_UNBUDGETED).orElse(false));

    private static When status(AmendmentStatus status) {
        return new When("AMENDMENT_" + status.name(), status.label(), List.of(),
                (s, cfg) -> s.fact(AMENDMENT_STATUS).filter(x -> x == status).isPresent());
    }

    // ---- conditions

    /** The amendment names at least one term to change, and each differs from what the case holds. */
    static Condition changesSomething() {
        return Gates.simple(UnmetCondition.Kind.INPUT, Text.of("paling sedikit satu ketentuan yang diubah",
                "at least one term that changes"), Set.of(), ctx -> {
                    CaseState s = ctx.state();
                    if (CHANGES.stream().noneMatch(f -> ctx.command().facts().has(f))) {
                        return List.of(new UnmetCondition(UnmetCondition.Kind.INPUT, "INPUT:AMENDMENT_CHANGES",
                                Text.of("Belum ada ketentuan yang diubah: isi paling sedikit satu nilai sesudah adendum",
                                        "No term changes: give at least one value after the amendment")));
                    }
                    List<UnmetCondition> out = new ArrayList<>();
                    Map<Fact<?>, Optional<String>> before = currentValues(s);
                    for (Fact<?> f : CHANGES) {
                        Optional<String> after = Optional.ofNullable(s.facts().toStrings().get(f.key()));
                        if (ctx.command().facts().has(f) && same(f, before.get(f), after)) {
                            out.add(new UnmetCondition(UnmetCondition.Kind.RULE, "RULE:AMENDMENT_UNCHANGED:" + f.key(),
                                    Text.of(f.label().id() + " sama dengan yang berlaku sekarang",
                                            f.label().en() + " is the same as now")));
                        }
                    }
                    return out;
                });
    }

    private static boolean same(Fact<?> f, Optional<String> before, Optional<String> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        if (f == AMENDMENT_VALUE) {
            return new BigDecimal(before.get()).compareTo(new BigDecimal(after.get())) == 0;
        }
        return before.get().strip().equals(after.get().strip());
    }

    /**
     * The new end is a whole number of months from the term's start and not in the past, and the new term keeps the
     * term rules (the 5-year cap or the limit of the KSDPK's legal basis: {@link Gates#termWithinLimit()}).
     */
    static Condition newTermAllowed() {
        Condition cap = Gates.termWithinLimit();
        return Gates.simple(UnmetCondition.Kind.RULE, Text.of("akhir masa berlaku baru sesuai ketentuan jangka waktu",
                "the new end keeps the term rules"), Set.of(AMENDMENT_TERM_END), ctx -> {
                    Optional<LocalDate> end = ctx.state().fact(AMENDMENT_TERM_END);
                    if (end.isEmpty()) {
                        return List.of();
                    }
                    Optional<LocalDate> start = ctx.state().fact(TERM_START);
                    if (start.isEmpty()) {
                        return List.of(Gates.missing(TERM_START));
                    }
                    Optional<Integer> months = monthsTo(start.get(), end.get());
                    if (months.isEmpty()) {
                        return List.of(new UnmetCondition(UnmetCondition.Kind.RULE, "RULE:AMENDMENT_TERM_END_MONTHS",
                                Text.of("Akhir masa berlaku " + Gates.id(end.get()) + " bukan akhir bulan penuh sejak"
                                                + " mulai berlaku " + Gates.id(start.get()),
                                        "The end " + Gates.en(end.get()) + " is not the last day of a whole number of"
                                                + " months from the start, " + Gates.en(start.get()))));
                    }
                    if (end.get().isBefore(ctx.today())) {
                        return List.of(new UnmetCondition(UnmetCondition.Kind.RULE, "RULE:AMENDMENT_TERM_END_PAST",
                                Text.of("Akhir masa berlaku baru " + Gates.id(end.get()) + " sudah lewat",
                                        "The new end " + Gates.en(end.get()) + " has already passed")));
                    }
                    CaseState asAmended = ctx.state().withFacts(ctx.state().facts().with(TERM_MONTHS, months.get()));
                    return cap.check(new GateContext(asAmended, ctx.command(), ctx.attached(), ctx.actor(), ctx.now(),
                            ctx.today(), ctx.settings(), ctx.deadlines()));
                });
    }

    /** The months from {@code start} whose last day is {@code end}, if {@code end} is such a day. */
    public static Optional<Integer> monthsTo(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return Optional.empty();
        }
        int guess = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
        for (int m = Math.max(1, guess - 1); m <= guess + 1 && m <= MAX_TERM_MONTHS; m++) {
            if (Periods.lastDayOf(start, m).equals(end)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** A version of the document registered since the amendment was proposed (with this command or before). */
    static Condition newVersionOf(DocumentType type, Fact<Integer> countBefore) {
        return Gates.simple(UnmetCondition.Kind.DOCUMENT, Text.of(type.label().id() + " terunggah",
                type.label().en() + " uploaded"), Set.of(), ctx -> {
                    int before = ctx.state().fact(countBefore).orElse(0);
                    return ctx.state().documents().versions(type).size() > before ? List.of()
                            : List.of(new UnmetCondition(UnmetCondition.Kind.DOCUMENT, "DOC:" + type,
                            Text.of(type.label().id() + " belum diunggah", type.label().en() + " has not been uploaded")));
                });
    }

    /** The DPRD's answer period on the amendment has passed: its silence counts as approval. */
    static Condition dprdPeriodPassed() {
        return Gates.simple(UnmetCondition.Kind.RULE, Text.of("masa jawab DPRD telah lewat",
                "the DPRD's answer period has passed"), Set.of(AMENDMENT_DPRD_RECEIVED_ON), ctx -> {
                    Optional<LocalDate> received = ctx.state().fact(AMENDMENT_DPRD_RECEIVED_ON);
                    if (received.isEmpty()) {
                        return List.of(Gates.missing(AMENDMENT_DPRD_RECEIVED_ON));
                    }
                    LocalDate due = ctx.deadlines().dprdResponseDue(received.get());
                    if (ctx.today().isAfter(due)) {
                        return Gates.holidaysUnconfirmed(ctx, received.get(), due.plusDays(1));
                    }
                    int n = ctx.settings().dprdResponseWorkingDays();
                    return List.of(new UnmetCondition(UnmetCondition.Kind.RULE, "RULE:DPRD_PERIOD_RUNNING",
                            Text.of("Masa " + n + " hari kerja bagi DPRD belum lewat (batas " + Gates.id(due)
                                            + "); persetujuan dianggap diberikan baru sesudah tanggal itu",
                                    "The DPRD's " + n + " working days have not passed (due " + Gates.en(due)
                                            + "); approval is deemed only after that date")));
                });
    }

    /** The DPRD's answer period on the amendment ends with its decision or its deemed approval. */
    static Deadline.Met dprdAnswered() {
        List<Action> by = List.of(Action.AMENDMENT_DPRD_APPROVE, Action.AMENDMENT_DPRD_REJECT,
                Action.AMENDMENT_DPRD_DEEMED_APPROVE);
        return new Deadline.Met(Text.of("AMENDMENT_DPRD_APPROVE, AMENDMENT_DPRD_REJECT, AMENDMENT_DPRD_DEEMED_APPROVE",
                "AMENDMENT_DPRD_APPROVE, AMENDMENT_DPRD_REJECT, AMENDMENT_DPRD_DEEMED_APPROVE"), by, List.of(),
                s -> s.state().facts().has(AMENDMENT_DPRD_DECIDED_ON)
                        || s.state().fact(AMENDMENT_STATUS).filter(x -> x == AmendmentStatus.SIGNING).isPresent());
    }

    // ---- effects

    /** Takes the values before from the case (never from the client) and opens the amendment as a draft. */
    static Effect proposes() {
        return Effect.changes(Text.of("mencatat nilai sebelum adendum dari kasus", "records the values before from the case"),
                (s, ctx) -> {
                    Facts f = s.facts().with(AMENDMENT_STATUS, AmendmentStatus.DRAFT)
                            .with(AMENDMENT_DRAFTS_BEFORE, s.documents().versions(DocumentType.ADENDUM_DRAFT).size())
                            .with(AMENDMENT_SIGNED_COPIES_BEFORE,
                                    s.documents().versions(DocumentType.ADENDUM_SIGNED).size());
                    if (ctx.command().note().isPresent()) {
                        f = f.with(AMENDMENT_REASON, ctx.command().note().get());
                    }
                    Optional<LocalDate> start = s.fact(TERM_START);
                    Optional<Integer> months = s.fact(TERM_MONTHS);
                    if (start.isPresent() && months.isPresent()) {
                        f = f.with(AMENDMENT_TERM_MONTHS_BEFORE, months.get())
                                .with(AMENDMENT_TERM_END_BEFORE, Periods.lastDayOf(start.get(), months.get()));
                        Optional<LocalDate> end = s.fact(AMENDMENT_TERM_END);
                        if (end.isPresent()) {
                            f = f.with(AMENDMENT_TERM_MONTHS, monthsTo(start.get(), end.get()).orElseThrow());
                        }
                    }
                    if (s.facts().has(AGREEMENT_VALUE)) {
                        f = f.with(AMENDMENT_VALUE_BEFORE, s.fact(AGREEMENT_VALUE).orElseThrow());
                    }
                    if (s.facts().has(AGREEMENT_SCOPE)) {
                        f = f.with(AMENDMENT_SCOPE_BEFORE, s.fact(AGREEMENT_SCOPE).orElseThrow());
                    }
                    if (s.facts().has(AGREEMENT_OBLIGATIONS)) {
                        f = f.with(AMENDMENT_OBLIGATIONS_BEFORE, s.fact(AGREEMENT_OBLIGATIONS).orElseThrow());
                    }
                    if (!s.departments().isEmpty()) {
                        f = f.with(AMENDMENT_DEPARTMENTS_BEFORE, String.join(",", s.departments()));
                    }
                    return s.withFacts(f);
                });
    }

    /** A final draft goes to the DPRD when the change needs it, else to signing. */
    static Effect finalizes() {
        return Effect.changes(Text.of("ke DPRD bila perubahan memerlukannya, jika tidak ke penandatanganan",
                        "to the DPRD when the change needs it, else to signing"),
                (s, ctx) -> s.withFacts(s.facts().with(AMENDMENT_STATUS,
                        DPRD_REQUIRED.test(s, ctx.settings()) ? AmendmentStatus.DPRD : AmendmentStatus.SIGNING)));
    }

    /** The DPRD approved (or is deemed to have approved): the amendment can be signed. */
    static Effect approved() {
        return Effect.changes(Text.of("adendum siap ditandatangani", "the amendment can be signed"),
                (s, ctx) -> s.withFacts(s.facts().with(AMENDMENT_STATUS, AmendmentStatus.SIGNING)));
    }

    /** The amendment is dropped (refused by the DPRD, or withdrawn): the agreement stays as it is. */
    static Effect drops() {
        return Effect.changes(Text.of("adendum ditutup; kerja sama tidak berubah",
                "the amendment is closed; the agreement does not change"), (s, ctx) -> s.withFacts(cleared(s.facts())));
    }

    /**
     * Signed: the agreement's facts take the values after (term, value, scope, obligations, departments), the
     * amendment joins {@link Fact#AMENDMENT_HISTORY} and its open facts leave the case (the timeline keeps them).
     */
    static Effect signs() {
        return Effect.changes(Text.of("ketentuan kerja sama diubah sesuai adendum",
                "the agreement's terms change as amended"), (s, ctx) -> {
                    Facts f = s.facts();
                    List<String> changed = new ArrayList<>();
                    Optional<Integer> months = s.fact(AMENDMENT_TERM_MONTHS);
                    if (months.isPresent()) {
                        f = f.with(TERM_MONTHS, months.get());
                        changed.add("term");
                    }
                    if (s.fact(AMENDMENT_VALUE).isPresent()) {
                        f = f.with(AGREEMENT_VALUE, s.fact(AMENDMENT_VALUE).get());
                        changed.add("value");
                    }
                    if (s.fact(AMENDMENT_SCOPE).isPresent()) {
                        f = f.with(AGREEMENT_SCOPE, s.fact(AMENDMENT_SCOPE).get().strip());
                        changed.add("scope");
                    }
                    if (s.fact(AMENDMENT_OBLIGATIONS).isPresent()) {
                        f = f.with(AGREEMENT_OBLIGATIONS, s.fact(AMENDMENT_OBLIGATIONS).get().strip());
                        changed.add("obligations");
                    }
                    Optional<String> departments = s.fact(AMENDMENT_DEPARTMENTS);
                    if (departments.isPresent()) {
                        changed.add("departments");
                    }
                    int number = s.fact(AMENDMENTS_SIGNED).orElse(0) + 1;
                    int signedCopy = s.documents().versions(DocumentType.ADENDUM_SIGNED).size();
                    SignedAmendment entry = new SignedAmendment(number, s.fact(AMENDMENT_SIGNED_ON).orElseThrow(),
                            s.fact(AMENDMENT_TERM_END_BEFORE).filter(x -> months.isPresent()),
                            s.fact(AMENDMENT_TERM_END), s.fact(AMENDMENT_VALUE_BEFORE).filter(
                            x -> s.facts().has(AMENDMENT_VALUE)), s.fact(AMENDMENT_VALUE), changed, signedCopy);
                    String history = s.fact(AMENDMENT_HISTORY).map(h -> h + "\n").orElse("") + entry.encode();
                    f = cleared(f.with(AMENDMENTS_SIGNED, number).with(AMENDMENT_HISTORY, history));
                    CaseState next = s.withFacts(f);
                    if (departments.isPresent()) {
                        next = next.withDepartments(Arrays.stream(departments.get().strip().split(","))
                                .map(String::strip).distinct().toList());
                    }
                    return next;
                });
    }

    private static Facts cleared(Facts facts) {
        Map<String, String> kept = new LinkedHashMap<>(facts.toStrings());
        OPEN_FACTS.forEach(f -> kept.remove(f.key()));
        return Facts.fromStrings(kept);
    }

    /** What the agreement holds now for each term an amendment may change (storage strings). */
    static Map<Fact<?>, Optional<String>> currentValues(CaseState s) {
        Map<Fact<?>, Optional<String>> out = new LinkedHashMap<>();
        Optional<LocalDate> start = s.fact(TERM_START);
        Optional<Integer> months = s.fact(TERM_MONTHS);
        out.put(AMENDMENT_TERM_END, start.isPresent() && months.isPresent()
                ? Optional.of(Periods.lastDayOf(start.get(), months.get()).toString()) : Optional.empty());
        out.put(AMENDMENT_VALUE, s.fact(AGREEMENT_VALUE).map(BigDecimal::toPlainString));
        out.put(AMENDMENT_SCOPE, s.fact(AGREEMENT_SCOPE));
        out.put(AMENDMENT_OBLIGATIONS, s.fact(AGREEMENT_OBLIGATIONS));
        out.put(AMENDMENT_DEPARTMENTS, s.departments().isEmpty() ? Optional.empty()
                : Optional.of(String.join(",", s.departments())));
        return out;
    }

    /**
     * The facts the timeline event of an amendment action keeps besides the command's: on proposing, the values
     * before (taken from the case); on signing, every value before and after, so that the history shows both.
     */
    static Map<String, String> eventFacts(Action action, CaseState beforeEffects, CaseState after,
                                          Map<String, String> commandFacts) {
        if (action != Action.PROPOSE_AMENDMENT && action != Action.SIGN_AMENDMENT) {
            return commandFacts;
        }
        CaseState source = action == Action.PROPOSE_AMENDMENT ? after : beforeEffects;
        Map<String, String> out = new LinkedHashMap<>(commandFacts);
        Map<String, String> all = source.facts().toStrings();
        for (Fact<?> f : List.of(AMENDMENT_TERM_END_BEFORE, AMENDMENT_TERM_END, AMENDMENT_TERM_MONTHS_BEFORE,
                AMENDMENT_TERM_MONTHS, AMENDMENT_VALUE_BEFORE, AMENDMENT_VALUE, AMENDMENT_SCOPE_BEFORE, AMENDMENT_SCOPE,
                AMENDMENT_OBLIGATIONS_BEFORE, AMENDMENT_OBLIGATIONS, AMENDMENT_DEPARTMENTS_BEFORE,
                AMENDMENT_DEPARTMENTS, AMENDMENT_REASON)) {
            if (all.containsKey(f.key())) {
                out.putIfAbsent(f.key(), all.get(f.key()));
            }
        }
        if (action == Action.SIGN_AMENDMENT) {
            after.fact(AMENDMENTS_SIGNED).ifPresent(n -> out.put(AMENDMENTS_SIGNED.key(), n.toString()));
        }
        return out;
    }

    /**
     * One signed amendment as the registry shows it: its number, signing date, the term's end and the value before
     * and after (when changed), which terms changed, and the version of {@link DocumentType#ADENDUM_SIGNED} that is
     * its signed copy.
     */
    public record SignedAmendment(int number, LocalDate signedOn, Optional<LocalDate> termEndBefore,
                                  Optional<LocalDate> termEndAfter, Optional<BigDecimal> valueBefore,
                                  Optional<BigDecimal> valueAfter, List<String> changed, int signedCopyVersion) {

        public SignedAmendment {
            changed = List.copyOf(changed);
        }

        String encode() {
            return String.join("|", String.valueOf(number), signedOn.toString(),
                    termEndBefore.map(LocalDate::toString).orElse(""), termEndAfter.map(LocalDate::toString).orElse(""),
                    valueBefore.map(BigDecimal::toPlainString).orElse(""),
                    valueAfter.map(BigDecimal::toPlainString).orElse(""), String.join(",", changed),
                    String.valueOf(signedCopyVersion));
        }

        static SignedAmendment decode(String line) {
            String[] p = line.split("\\|", -1);
            return new SignedAmendment(Integer.parseInt(p[0]), LocalDate.parse(p[1]), date(p[2]), date(p[3]),
                    money(p[4]), money(p[5]), p[6].isEmpty() ? List.of() : List.of(p[6].split(",")),
                    Integer.parseInt(p[7]));
        }

        private static Optional<LocalDate> date(String s) {
            return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
        }

        private static Optional<BigDecimal> money(String s) {
            return s.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(s));
        }
    }

    /** The signed amendments of a case, oldest first. */
    public static List<SignedAmendment> signed(CaseState s) {
        return s.fact(AMENDMENT_HISTORY).map(h -> Arrays.stream(h.split("\n")).filter(l -> !l.isBlank())
                .map(SignedAmendment::decode).toList()).orElse(List.of());
    }
}
