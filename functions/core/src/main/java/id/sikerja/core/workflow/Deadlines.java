package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.time.HolidayCalendar;
import id.sikerja.core.time.Periods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates the {@link Deadline}s declared on each stage in {@link ProcessDefinitions} with the Pemda's
 * {@link WorkflowSettings}: working-day periods through the {@link HolidayCalendar}, calendar periods through
 * {@link Periods}. {@link #dueDates} lists what is due for a case in its current stage; the gates use the single
 * periods below.
 */
public final class Deadlines {

    /** Safety bound on how many monev periods are scanned. */
    private static final int MAX_PERIODS = 240;

    private final WorkflowSettings settings;
    private final HolidayCalendar calendar;
    private final Map<Category, ProcessTable> tables;

    public Deadlines(WorkflowSettings settings, HolidayCalendar calendar) {
        this(settings, calendar, ProcessDefinitions.tables());
    }

    /** With the tables the caller already built (the workflow engine shares its own). */
    Deadlines(WorkflowSettings settings, HolidayCalendar calendar, Map<Category, ProcessTable> tables) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    public WorkflowSettings settings() {
        return settings;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /** The last day of a time limit counted from {@code start}, with this Pemda's value. */
    public LocalDate lastDay(TimeLimit limit, LocalDate start) {
        return limit.unit().after(start, settings.get(limit), calendar);
    }

    public LocalDate intakeValidationDue(LocalDate enteredOn) {
        return lastDay(TimeLimit.INTAKE_VALIDATION, enteredOn);
    }

    public LocalDate tkksdAssessmentDue(LocalDate enteredOn) {
        return lastDay(TimeLimit.TKKSD_ASSESSMENT, enteredOn);
    }

    /** The last day the DPRD can answer; from the next day its silence counts as approval. */
    public LocalDate dprdResponseDue(LocalDate receivedOn) {
        return lastDay(TimeLimit.DPRD_RESPONSE, receivedOn);
    }

    /** The last day for the Gubernur to relay; from the next day the region may send to the Minister directly. */
    public LocalDate gubernurRelayDue(LocalDate sentOn) {
        return lastDay(TimeLimit.GUBERNUR_RELAY, sentOn);
    }

    /** The last day an LoI signed on {@code signedOn} is valid. */
    public LocalDate loiLastValidDay(LocalDate signedOn) {
        return lastDay(TimeLimit.LOI_VALIDITY, signedOn);
    }

    /** The last day of the agreement's term, when the start and the term are recorded. */
    public Optional<LocalDate> termLastDay(CaseState state) {
        Optional<LocalDate> start = state.fact(Fact.TERM_START);
        Optional<Integer> months = state.fact(Fact.TERM_MONTHS);
        if (start.isEmpty() || months.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Periods.lastDayOf(start.get(), months.get()));
    }

    /** Everything due for the case in its current stage, as of {@code today}: its stage's declared deadlines. */
    public List<DueDate> dueDates(CaseState s, LocalDate today) {
        Optional<StageRule> rule = tables.get(s.category()).rule(s.stage());
        if (rule.isEmpty() || rule.get().deadlines().isEmpty()) {
            return List.of();
        }
        LocalDate entered = settings.businessDate(s.stageEnteredAt());
        Deadline.Situation situation = new Deadline.Situation(s, entered, () -> openMonevPeriod(s, today));
        List<DueDate> out = new ArrayList<>();
        for (Deadline d : rule.get().deadlines()) {
            evaluate(d, situation, today, out);
        }
        return List.copyOf(out);
    }

    /** Adds what {@code d} makes due in the situation: nothing when it does not apply, is met or has not started. */
    void evaluate(Deadline d, Deadline.Situation s, LocalDate today, List<DueDate> out) {
        if (d.onlyWhen().filter(w -> !w.test(s.state(), settings)).isPresent() || d.met(s)) {
            return;
        }
        Optional<LocalDate> from = start(d, s, today);
        if (from.isEmpty()) {
            return;
        }
        LocalDate start = from.get();
        Deadline.Span span = d.span();
        switch (d.repeat()) {
            case ONCE -> {
                int n = span.amount(settings);
                LocalDate date = span.before() ? span.unit().before(start, n) : span.unit().after(start, n, calendar);
                if (span.dayAfter()) {
                    date = date.plusDays(1);
                }
                out.add(due(d, date, start, n, s));
            }
            case EACH_EXPIRY_REMINDER_DAY -> {
                for (int days : settings.expiryReminderDays()) {
                    if (days > 0) { // day 0 is the end itself
                        out.add(due(d, PeriodUnit.CALENDAR_DAYS.before(start, days), start, days, s));
                    }
                }
            }
            case RECALLED_WITHIN_GRACE -> {
                int every = span.amount(settings);
                int within = d.within().orElseThrow().amount(settings);
                for (int k = every; k <= within; k += every) {
                    out.add(due(d, span.unit().after(start, k, calendar), start, k, s));
                }
            }
        }
    }

    private DueDate due(Deadline d, LocalDate date, LocalDate start, int n, Deadline.Situation s) {
        boolean monev = d.start() == Deadline.Start.MONEV_PERIOD_END || d.start() == Deadline.Start.MONEV_REPORTS_DUE;
        java.util.SortedSet<Integer> unknown = d.span().unit() == PeriodUnit.WORKING_DAYS && n > 0
                ? calendar.unknownYearsBetween(start, date) : new java.util.TreeSet<>();
        Text note = d.note(start, n, monev ? s.monevPeriod() : Optional.empty());
        if (!unknown.isEmpty()) {
            note = provisionalNote(note, unknown);
        }
        return new DueDate(d.kind(), date, d.recipients(), note, !unknown.isEmpty());
    }

    /**
     * The note of a provisional date says so in words, so that every place that shows the note (the web, the
     * digests) shows it as provisional (issue 13 item 4).
     */
    static Text provisionalNote(Text note, java.util.SortedSet<Integer> unknownYears) {
        String years = unknownYears.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        String id = "sementara: daftar hari libur " + years + " belum dikonfirmasi";
        String en = "provisional: the holiday list for " + years + " is not confirmed";
        return Text.of(note.id().isBlank() ? "S" + id.substring(1) : note.id() + " (" + id + ")",
                note.en().isBlank() ? "P" + en.substring(1) : note.en() + " (" + en + ")");
    }

    /** The day a deadline starts from, if it has started. */
    private Optional<LocalDate> start(Deadline d, Deadline.Situation s, LocalDate today) {
        CaseState state = s.state();
        return switch (d.start()) {
            case STAGE_ENTERED -> Optional.of(s.stageEntered());
            case FACT -> d.startFactWhenRecorded().flatMap(state::fact).or(() -> state.fact(d.startFact().orElseThrow()));
            case TERM_END -> termLastDay(state);
            case MONEV_PERIOD_END -> s.monevPeriod().map(MonevPeriod::end);
            case MONEV_REPORTS_DUE -> s.monevPeriod().map(p -> lastDay(TimeLimit.MONEV_REPORT, p.end()));
            case UNBUDGETED_YEAR -> BudgetYears.unbudgetedFrom(state, s.stageEntered(), today, termLastDay(state));
            case LAST_VERIFIED_ACTIVITY -> Optional.of(state.fact(Fact.LAST_VERIFIED_ACTIVITY_ON)
                    .filter(day -> day.isAfter(implementationStart(state))).orElse(implementationStart(state)));
            case REPORT_YEAR_END -> {
                int year = state.fact(Fact.LAST_ANNUAL_REPORT_YEAR).map(y -> y + 1)
                        .orElse(implementationStart(state).getYear());
                yield year <= today.getYear() ? Optional.of(LocalDate.of(year, 12, 31)) : Optional.empty();
            }
        };
    }

    /** Implementation is counted from the term's start, or else from the day the case entered its stage. */
    private LocalDate implementationStart(CaseState s) {
        return s.fact(Fact.TERM_START).orElse(settings.businessDate(s.stageEnteredAt()));
    }

    /** The earliest monev period not yet evaluated (which may already be overdue), if it has begun and is in term. */
    private Optional<MonevPeriod> openMonevPeriod(CaseState s, LocalDate today) {
        Optional<LocalDate> end = termLastDay(s);
        MonevPeriod p = MonevPeriod.containing(implementationStart(s), settings.monevPeriodMonths());
        for (int i = 0; i < MAX_PERIODS && !p.start().isAfter(today); i++, p = p.next()) {
            if (end.isPresent() && p.start().isAfter(end.get())) {
                return Optional.empty();
            }
            if (!hasEntry(s, p, MonevKind.EVALUATION)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static boolean hasEntry(CaseState s, MonevPeriod p, MonevKind kind) {
        return s.monev().stream().anyMatch(m -> m.kind() == kind && m.period().start().equals(p.start()));
    }
}
