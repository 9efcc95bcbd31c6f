package id.sikerja.core.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A time rule of a stage, declared in {@link ProcessDefinitions} next to the stage it belongs to: what starts it,
 * how long it lasts (in working days, calendar days or months, with the {@link TimeLimit} a Pemda may override),
 * what meets it, what its lapse means, who is reminded and its legal source. {@link Deadlines} evaluates these
 * declarations; nothing is due that is not declared here.
 *
 * @param kind       what is due
 * @param start      what starts the count
 * @param startFact  the recorded date that starts it, for {@link Start#FACT}
 * @param span       how long it lasts, or {@link Span#ON_THE_DAY}
 * @param repeat     once, or the repeated reminders of an agreement's end
 * @param within     for {@link Repeat#RECALLED_WITHIN_GRACE}: how long the recalls go on
 * @param onlyWhen   the deadline applies only to cases with this property (e.g. a kab/kota)
 * @param metBy      what meets it; while none holds it is due
 * @param onLapse    what it means when it passes unmet (e.g. deemed approval)
 * @param recipients who is reminded
 * @param note       the note of the due date: {date} the start date, {year} its year, {n} the amount, {period} the
 *                   monev period
 * @param source     the legal source, tagged as in domain.md ([V], [S], [I])
 * @param startFactWhenRecorded for {@link Start#FACT}: a later, more precise date that starts the count instead of
 *                   {@code startFact} once it is recorded (e.g. the Gubernur's receipt instead of the sending)
 */
public record Deadline(
        DueDateKind kind,
        Start start,
        Optional<Fact<LocalDate>> startFact,
        Span span,
        Repeat repeat,
        Optional<Span> within,
        Optional<When> onlyWhen,
        List<Met> metBy,
        Optional<Text> onLapse,
        Set<Role> recipients,
        Text note,
        String source,
        Optional<Fact<LocalDate>> startFactWhenRecorded) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(startFact, "startFact");
        if ((start == Start.FACT) != startFact.isPresent()) {
            throw new IllegalArgumentException(kind + ": a FACT start needs its fact, and only it");
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(repeat, "repeat");
        Objects.requireNonNull(within, "within");
        if ((repeat == Repeat.RECALLED_WITHIN_GRACE) != within.isPresent()) {
            throw new IllegalArgumentException(kind + ": recalls need how long they go on, and only they");
        }
        Objects.requireNonNull(onlyWhen, "onlyWhen");
        metBy = List.copyOf(metBy);
        Objects.requireNonNull(onLapse, "onLapse");
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException(kind + ": nobody is reminded");
        }
        recipients = java.util.Collections.unmodifiableSet(EnumSet.copyOf(recipients));
        Objects.requireNonNull(note, "note");
        if (Objects.requireNonNull(startFactWhenRecorded, "startFactWhenRecorded").isPresent() && start != Start.FACT) {
            throw new IllegalArgumentException(kind + ": only a FACT start can prefer another recorded date");
        }
        if (Objects.requireNonNull(source, "source").isBlank()) {
            throw new IllegalArgumentException(kind + ": a deadline needs its legal source");
        }
    }

    /** Starts a declaration. */
    public static Builder of(DueDateKind kind) {
        return new Builder(kind);
    }

    /** What starts the count. */
    public enum Start {
        /** The day the case entered the stage. */
        STAGE_ENTERED("masuk tahap ini", "entering the stage"),
        /** A recorded date ({@link Deadline#startFact}). */
        FACT("", ""),
        /** The last day of the agreement's term (term start + term months). */
        TERM_END("akhir masa berlaku", "the end of the term"),
        /** The end of the earliest monev period not yet evaluated. */
        MONEV_PERIOD_END("akhir periode monev yang belum dievaluasi", "the end of the monev period not yet evaluated"),
        /** The day the reports of that period are due. */
        MONEV_REPORTS_DUE("batas laporan monev periode itu", "the day that period's reports are due"),
        /** 31 December of the earliest year without an annual report, once that year has begun. */
        REPORT_YEAR_END("akhir tahun yang belum dilaporkan", "the end of the year not yet reported"),
        /** Issue 13 item 12: the first day of the budget year not in the RKPD and APBD ({@link BudgetYears}). */
        UNBUDGETED_YEAR("awal tahun anggaran yang belum tercatat dalam RKPD dan APBD",
                "the start of the budget year not recorded in the RKPD and APBD"),
        /** Issue 18: the last day of the latest verified activity, or the start of implementation when none. */
        LAST_VERIFIED_ACTIVITY("kegiatan terverifikasi terakhir (atau awal pelaksanaan)",
                "the latest verified activity (or the start of implementation)");

        private final Text label;

        Start(String id, String en) {
            this.label = Text.of(id, en);
        }
    }

    /** Once, or the repeated reminders around an agreement's end. */
    public enum Repeat {
        ONCE,
        /** On each of {@link WorkflowSettings#expiryReminderDays} (above 0) before the start. */
        EACH_EXPIRY_REMINDER_DAY,
        /** Every {@link Deadline#span} after the start, as long as it is within {@link Deadline#within}. */
        RECALLED_WITHIN_GRACE
    }

    /**
     * How long: {@code amount} {@code unit}s after (or before) the start; the amount is {@code limit}'s value in the
     * Pemda's settings, and {@code amount} is its default as the table reads it.
     *
     * @param dayAfter the due date is the day after the period (the day something may be done)
     */
    public record Span(int amount, PeriodUnit unit, Optional<TimeLimit> limit, boolean before, boolean dayAfter) {

        /** Due on the start day itself. */
        public static final Span ON_THE_DAY = new Span(0, PeriodUnit.CALENDAR_DAYS, Optional.empty(), false, false);

        public Span {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(limit, "limit");
            limit.ifPresent(l -> {
                if (l.defaultValue() != amount || l.unit() != unit) {
                    throw new IllegalStateException("the table reads " + unit.words(amount).en() + " but "
                            + l.setting() + " defaults to " + l.defaultWords().en());
                }
            });
            if (before && unit == PeriodUnit.WORKING_DAYS) {
                throw new IllegalArgumentException("working days are counted forward only");
            }
        }

        /** The amount for a Pemda. */
        public int amount(WorkflowSettings settings) {
            return limit.map(settings::get).orElse(amount);
        }

        /** The default amount in words: "45 hari kerja" / "45 working days". */
        public Text words() {
            return this == ON_THE_DAY || amount == 0 && limit.isEmpty() ? Text.of("pada hari itu", "on the day")
                    : unit.words(amount);
        }
    }

    /** What a due date's computation sees: the case, the day it entered its stage, the open monev period. */
    public static final class Situation {
        private final CaseState state;
        private final LocalDate stageEntered;
        private final Supplier<Optional<MonevPeriod>> monevPeriod;
        private Optional<MonevPeriod> period;

        Situation(CaseState state, LocalDate stageEntered, Supplier<Optional<MonevPeriod>> monevPeriod) {
            this.state = state;
            this.stageEntered = stageEntered;
            this.monevPeriod = monevPeriod;
        }

        public CaseState state() {
            return state;
        }

        public LocalDate stageEntered() {
            return stageEntered;
        }

        /** The earliest monev period not yet evaluated that has begun, within the term. */
        public Optional<MonevPeriod> monevPeriod() {
            if (period == null) {
                period = monevPeriod.get();
            }
            return period;
        }
    }

    /**
     * Something that meets a deadline: the actions that do it (which must exist in the stage) and, when the
     * deadline's stage does not end with it, the recorded state that shows it was done.
     */
    public record Met(Text label, List<Action> actions, List<Fact<?>> records, Predicate<Situation> done) {

        public Met {
            Objects.requireNonNull(label, "label");
            actions = List.copyOf(actions);
            records = List.copyOf(records);
            Objects.requireNonNull(done, "done");
        }

        /** An action that leaves the stage, and with it the deadline. */
        public static Met leaving(Action... actions) {
            return new Met(Text.of(names(actions), names(actions)), List.of(actions), List.of(), s -> false);
        }

        /** An action that fulfils it in the stage; the next due date (if any) replaces it. */
        public static Met by(Action... actions) {
            return leaving(actions);
        }

        /** An action recording a fact: met once the fact is recorded. */
        public static Met recording(Action action, Fact<?> fact) {
            return new Met(Text.of(action + " (" + fact.label().id() + ")", action + " (" + fact.label().en() + ")"),
                    List.of(action), List.of(fact), s -> s.state().facts().has(fact));
        }

        /** An action recording a date: met once a date on or after the stage was entered is recorded. */
        public static Met recordingInStage(Action action, Fact<LocalDate> fact) {
            return new Met(Text.of(action + " (" + fact.label().id() + " dalam tahap ini)",
                    action + " (" + fact.label().en() + " in this stage)"), List.of(action), List.of(fact),
                    s -> s.state().fact(fact).filter(d -> !d.isBefore(s.stageEntered())).isPresent());
        }

        /** Yes/no facts, recorded by {@code action}: met once all are yes. */
        @SafeVarargs
        public static Met allYes(Action action, Fact<Boolean>... facts) {
            String id = Arrays.stream(facts).map(f -> f.label().id()).collect(Collectors.joining(" dan "));
            String en = Arrays.stream(facts).map(f -> f.label().en()).collect(Collectors.joining(" and "));
            return new Met(Text.of(action + " (" + id + ": ya)", action + " (" + en + ": yes)"), List.of(action),
                    List.of(facts), s -> Arrays.stream(facts).allMatch(f -> s.state().fact(f).orElse(false)));
        }

        /** A fact recorded outside the stage's actions (e.g. an extension opened as a new case). */
        public static Met recorded(Fact<?> fact, Text how) {
            return new Met(how, List.of(), List.of(), s -> s.state().facts().has(fact));
        }

        /** A monev entry of the open period, recorded by {@code action}. */
        public static Met monev(Action action, MonevKind kind) {
            return new Met(Text.of(action.toString(), action.toString()), List.of(action), List.of(),
                    s -> s.monevPeriod().filter(p -> Deadlines.hasEntry(s.state(), p, kind)).isPresent());
        }

        private static String names(Action... actions) {
            return Arrays.stream(actions).map(Enum::name).collect(Collectors.joining(", "));
        }
    }

    /** Met in this situation. */
    public boolean met(Situation s) {
        return metBy.stream().anyMatch(m -> m.done().test(s));
    }

    /** What starts it, in words. */
    public Text startWords() {
        Text words = startFact.map(Fact::label).orElse(start.label);
        return startFactWhenRecorded.map(f -> Text.of(f.label().id() + ", atau bila belum dicatat, " + lowerFirst(words.id()),
                f.label().en() + ", or where not recorded, " + lowerFirst(words.en()))).orElse(words);
    }

    /**
     * The rule in words, e.g. "45 hari kerja sejak Tanggal permohonan persetujuan diterima DPRD" /
     * "45 working days from The date the DPRD received the request".
     */
    public Text words() {
        Text from = startWords();
        return switch (repeat) {
            case ONCE -> {
                if (span.equals(Span.ON_THE_DAY)) {
                    yield Text.of("pada hari " + from.id(), "on the day of " + lowerFirst(from.en()));
                }
                Text w = span.words();
                String dir = span.before() ? "sebelum " : "sejak ";
                String dirEn = span.before() ? " before " : " from ";
                yield Text.of(w.id() + " " + dir + from.id() + (span.dayAfter() ? ", pada hari berikutnya" : ""),
                        w.en() + dirEn + lowerFirst(from.en()) + (span.dayAfter() ? ", on the next day" : ""));
            }
            case EACH_EXPIRY_REMINDER_DAY -> {
                String days = WorkflowSettings.DEFAULT_EXPIRY_REMINDER_DAYS.stream().filter(d -> d > 0)
                        .map(String::valueOf).collect(Collectors.joining(", "));
                yield Text.of(days + " hari sebelum " + from.id(), days + " days before " + lowerFirst(from.en()));
            }
            case RECALLED_WITHIN_GRACE -> {
                Span g = within.orElseThrow();
                yield Text.of("setiap " + span.words().id() + " sesudah " + from.id() + ", selama "
                                + g.words().id(),
                        "every " + span.words().en() + " after " + lowerFirst(from.en()) + ", for " + g.words().en());
            }
        };
    }

    /** The note of a due date started on {@code start}. */
    Text note(LocalDate startDate, int n, Optional<MonevPeriod> period) {
        // the date in words in each language (6 Desember 2029, 6 December 2029), never ISO on a page or in a digest
        return Text.of(fill(note.id(), startDate, Gates.id(startDate), n, period),
                fill(note.en(), startDate, Gates.en(startDate), n, period));
    }

    private static String fill(String template, LocalDate start, String date, int n, Optional<MonevPeriod> period) {
        return template.replace("{date}", date).replace("{year}", String.valueOf(start.getYear()))
                .replace("{n}", String.valueOf(n)).replace("{period}", period.map(MonevPeriod::label).orElse(""));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Fluent declaration; see {@link ProcessDefinitions}. */
    public static final class Builder implements ProcessTable.StagePart {
        private final DueDateKind kind;
        private Start start;
        private Fact<LocalDate> startFact;
        private Fact<LocalDate> startFactWhenRecorded;
        private Span span;
        private Repeat repeat = Repeat.ONCE;
        private Span within;
        private When onlyWhen;
        private final List<Met> metBy = new ArrayList<>();
        private Text onLapse;
        private final EnumSet<Role> recipients = EnumSet.noneOf(Role.class);
        private Text note = Text.of("", "");
        private String source;

        private Builder(DueDateKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /** Counted from the day the case entered the stage. */
        public Builder fromStageEntry() {
            this.start = Start.STAGE_ENTERED;
            return this;
        }

        /** Counted from a recorded date; not due until it is recorded. */
        public Builder from(Fact<LocalDate> fact) {
            this.start = Start.FACT;
            this.startFact = fact;
            return this;
        }

        /** Counted from {@code fact} instead of the {@link #from(Fact)} date once {@code fact} is recorded. */
        public Builder orFromWhenRecorded(Fact<LocalDate> fact) {
            this.startFactWhenRecorded = fact;
            return this;
        }

        /** Counted from another point ({@link Start}). */
        public Builder from(Start s) {
            if (s == Start.FACT) {
                throw new IllegalArgumentException("name the fact: from(Fact)");
            }
            this.start = s;
            return this;
        }

        /** Lasts {@code amount} units, {@code limit} being the setting a Pemda may change (amount is its default). */
        public Builder lasts(int amount, PeriodUnit unit, TimeLimit limit) {
            this.span = new Span(amount, unit, Optional.of(limit), false, false);
            return this;
        }

        /** Due {@code amount} units before the start. */
        public Builder before(int amount, PeriodUnit unit, TimeLimit limit) {
            this.span = new Span(amount, unit, Optional.of(limit), true, false);
            return this;
        }

        /** Due on the start day itself. */
        public Builder onTheDay() {
            this.span = Span.ON_THE_DAY;
            return this;
        }

        /** The due date is the day after the period: the day the system or an officer acts. */
        public Builder dueTheDayAfter() {
            Span s = Objects.requireNonNull(span, "span first");
            this.span = new Span(s.amount(), s.unit(), s.limit(), s.before(), true);
            return this;
        }

        /** On each of the configured days before the start ({@link WorkflowSettings#expiryReminderDays}). */
        public Builder onEachExpiryReminderDay() {
            this.repeat = Repeat.EACH_EXPIRY_REMINDER_DAY;
            this.span = new Span(0, PeriodUnit.CALENDAR_DAYS, Optional.empty(), true, false);
            return this;
        }

        /** Every {@code amount} units after the start, for as long as {@link #within}. */
        public Builder every(int amount, PeriodUnit unit, TimeLimit limit) {
            this.repeat = Repeat.RECALLED_WITHIN_GRACE;
            this.span = new Span(amount, unit, Optional.of(limit), false, false);
            return this;
        }

        public Builder within(int amount, PeriodUnit unit, TimeLimit limit) {
            this.within = new Span(amount, unit, Optional.of(limit), false, false);
            return this;
        }

        public Builder onlyWhen(When when) {
            this.onlyWhen = when;
            return this;
        }

        public Builder metBy(Met... met) {
            metBy.addAll(List.of(met));
            return this;
        }

        /** Met by actions that leave the stage. */
        public Builder metBy(Action... actions) {
            return metBy(Met.leaving(actions));
        }

        public Builder onLapse(String id, String en) {
            this.onLapse = Text.of(id, en);
            return this;
        }

        public Builder remind(Role... roles) {
            recipients.addAll(List.of(roles));
            return this;
        }

        public Builder note(String id, String en) {
            this.note = Text.of(id, en);
            return this;
        }

        public Builder source(String legalSource) {
            this.source = legalSource;
            return this;
        }

        DueDateKind kind() {
            return kind;
        }

        public Deadline build() {
            Objects.requireNonNull(start, kind + ": what starts it");
            Objects.requireNonNull(span, kind + ": how long it lasts");
            return new Deadline(kind, start, Optional.ofNullable(startFact), span, repeat, Optional.ofNullable(within),
                    Optional.ofNullable(onlyWhen), metBy, Optional.ofNullable(onLapse), recipients, note, source,
                    Optional.ofNullable(startFactWhenRecorded));
        }
    }
}
