package id.sikerja.core.reads;

import id.sikerja.core.model.Category;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.ActionRule;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Deadline;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.ProcessTable;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.StageRule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "My tasks" ({@code GET /me/tasks}): what waits on the calling officer now, read from the process table
 * ({@link ProcessDefinitions}) over the case summaries the officer sees ({@link OfficerReads#visible}), never a scan.
 * <p>
 * A case is a task for an officer when, in the case's stage,
 * <ul>
 *   <li>the officer's role may take the stage's way forward (the first action of the stage that leads to a next
 *       stage, other than a refusal or withdrawal, and that neither waits on the proposer nor applies only to some
 *       cases): the validation of an application, completing a stage's work, recording a decision; or</li>
 *   <li>one of the case's deadlines is declared in the stage with the officer's role among those reminded
 *       ({@code remind(...)}, as the daily digest reads them; admins are reminded of every deadline) and the role
 *       may take an action that meets it (the TKKSD's assessment: asked for as long as it is pending), or it is
 *       overdue or due within {@link #HORIZON_DAYS} calendar days (today and the six days after it, the
 *       dashboard's "due this week").</li>
 * </ul>
 * The task's action is the first action of the stage that meets the most urgent deadline concerning the officer and
 * that the role may take (the TKKSD's assessment, the monev evaluation: work the way forward waits on), else the
 * way forward.
 * Each task carries the case's most urgent deadline that concerns the officer. Leaders ({@link Role#PIMPINAN}) take
 * no action in the process table and are reminded of no deadline: nothing waits on them. Most urgent first:
 * overdue, then due within the horizon, then open work; then the earliest due date; then the work that has waited
 * longest (the case's last change first); then the id.
 */
public final class OfficerTasks {

    /** "Due soon": today and the six calendar days after it. */
    public static final int HORIZON_DAYS = OfficerReads.WEEK_DAYS;

    /** What kind of work a task is. */
    public enum Kind {
        /** An application to validate (intake). */
        VALIDATION,
        /** An assessment or evaluation to record (TKKSD, monev). */
        ASSESSMENT,
        /** A stage's document work: a draft to finalize, a signed version, a report. */
        DOCUMENT,
        /** A decision to take or record (complete a stage, record the DPRD's or the Minister's answer). */
        DECISION,
        /** A deadline that concerns the officer without an action of its own to take now. */
        DEADLINE
    }

    /** How urgent a task is. */
    public enum Urgency {
        OVERDUE, DUE_SOON, OPEN
    }

    /** One task: the case, what to do, and by when. */
    public record Task(CaseSummary summary, Kind kind, Optional<Action> action, Optional<CaseSummary.Due> due,
                       Urgency urgency, Optional<Long> daysLeft) {
    }

    /** The page asked for, and the counts over every task (not only the page). */
    public record Tasks(LocalDate asOf, Page<Task> page, int overdue, int dueSoon) {
    }

    /** Actions that finish a stage's document work. */
    private static final Set<Action> DOCUMENT_ACTIONS = EnumSet.of(
            Action.FINALIZE_KB_DRAFT, Action.FINALIZE_PKS_DRAFT, Action.FINALIZE_NASKAH_DRAFT,
            Action.FINALIZE_NOTA_DRAFT, Action.SIGN_KB, Action.SIGN_PKS, Action.SIGN_NASKAH, Action.SIGN_NOTA,
            Action.SIGN_LOI, Action.COMPLETE_RKS, Action.COMPLETE_RENCANA_AKSI, Action.SUBMIT_FINAL_REPORT,
            Action.SUBMIT_OPD_MONEV, Action.SUBMIT_PARTNER_MONEV, Action.SUBMIT_ANNUAL_PLAN,
            Action.SUBMIT_ANNUAL_REPORT, Action.COMPLETE_ADMINISTRATION);
    /** Actions that record an assessment. */
    private static final Set<Action> ASSESSMENT_ACTIONS = EnumSet.of(
            Action.RECORD_TKKSD_ASSESSMENT, Action.RECORD_MONEV_EVALUATION);

    private final Supplier<Collection<CaseSummary>> summaries;
    private final OfficerReads reads;
    private final Map<Category, ProcessTable> tables = ProcessDefinitions.tables();

    public OfficerTasks(Supplier<Collection<CaseSummary>> summaries, OfficerReads reads) {
        this.summaries = summaries;
        this.reads = reads;
    }

    /** The officer's tasks matching {@code q} (title words or tracking code), one page of them. */
    public Tasks tasks(Actor actor, ReadRequests.TaskQuery q) {
        LocalDate today = reads.today();
        List<Task> all = new ArrayList<>();
        int overdue = 0;
        int dueSoon = 0;
        String responsible = ReadRequests.responsible(q.responsible(), actor.id()); // issue 18 (h18-owner)
        for (CaseSummary s : summaries.get()) {
            if (!OfficerReads.visible(actor, s) || !matches(q.words(), s)
                    || (responsible != null && !responsible.equals(s.responsibleOfficer()))) { // issue 18 (h18-owner)
                continue;
            }
            Optional<Task> task = task(actor.role(), s, today);
            if (task.isPresent()) {
                all.add(task.get());
                overdue += task.get().urgency() == Urgency.OVERDUE ? 1 : 0;
                dueSoon += task.get().urgency() == Urgency.DUE_SOON ? 1 : 0;
            }
        }
        return new Tasks(today, page(all, q.limit(), q.cursor()), overdue, dueSoon);
    }

    /** The task case {@code s} holds for {@code role} on {@code today}, if any. */
    Optional<Task> task(Role role, CaseSummary s, LocalDate today) {
        if (s.stage().isTerminal()) {
            return Optional.empty();
        }
        Optional<StageRule> rule = tables.get(s.category()).rule(s.stage());
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        StageRule stage = rule.get();
        Optional<CaseSummary.Due> due = s.deadlines().stream()
                .filter(d -> concerns(role, stage, d.kind()))
                .min(java.util.Comparator.comparing(CaseSummary.Due::date).thenComparing(d -> d.kind().name()));
        Urgency urgency = due.map(d -> urgency(d.date(), today)).orElse(Urgency.OPEN);
        // a deadline still open is work not done yet (the TKKSD's assessment before the preparation is complete):
        // what meets it comes before the stage's way forward
        Optional<Action> action = due.flatMap(d -> meeting(role, stage, d.kind())).or(() -> forward(role, stage));
        if (urgency == Urgency.OPEN && action.isEmpty()) {
            return Optional.empty();
        }
        Kind kind = action.map(a -> kind(s.stage(), a)).orElse(Kind.DEADLINE);
        Optional<Long> days = due.map(d -> ChronoUnit.DAYS.between(today, d.date()));
        return Optional.of(new Task(s, kind, action, due, urgency, days));
    }

    static Urgency urgency(LocalDate date, LocalDate today) {
        if (date.isBefore(today)) {
            return Urgency.OVERDUE;
        }
        return date.isAfter(today.plusDays(HORIZON_DAYS - 1L)) ? Urgency.OPEN : Urgency.DUE_SOON;
    }

    /**
     * Whether a deadline of this kind concerns the role in the stage: the stage declares it and reminds the role.
     * Admins are reminded of everything (as in the digest), also of a deadline carried from an earlier stage.
     */
    private static boolean concerns(Role role, StageRule stage, DueDateKind kind) {
        if (role == Role.ADMIN) {
            return true;
        }
        return stage.deadlines().stream().anyMatch(d -> d.kind() == kind && d.recipients().contains(role));
    }

    /** The stage's way forward the role may take. */
    private static Optional<Action> forward(Role role, StageRule stage) {
        return stage.actions().stream()
                .filter(a -> a.target().isPresent() && !a.target().get().isTerminal())
                .filter(a -> a.onlyWhen().isEmpty() && !a.proposer())
                .filter(a -> a.roles().contains(role))
                .map(ActionRule::action)
                .findFirst();
    }

    /** The first action of the stage that meets the deadline and that the role may take. */
    private static Optional<Action> meeting(Role role, StageRule stage, DueDateKind kind) {
        for (Deadline d : stage.deadlines()) {
            if (d.kind() != kind) {
                continue;
            }
            for (Deadline.Met met : d.metBy()) {
                for (Action a : met.actions()) {
                    Optional<ActionRule> r = stage.action(a);
                    if (r.isPresent() && r.get().roles().contains(role)) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Kind kind(Stage stage, Action action) {
        if (stage == Stage.INTAKE) {
            return Kind.VALIDATION;
        }
        if (ASSESSMENT_ACTIONS.contains(action)) {
            return Kind.ASSESSMENT;
        }
        return DOCUMENT_ACTIONS.contains(action) ? Kind.DOCUMENT : Kind.DECISION;
    }

    /** Title words, or the tracking code typed whole or in part (as the case list's search). */
    static boolean matches(List<String> words, CaseSummary s) {
        return words.isEmpty() || SearchText.matches(words, SearchText.words(s.title()))
                || OfficerReads.trackingCodeMatches(words, s);
    }

    /** The order's key: urgency, due date, last change (fixed width, so text order is the order). */
    static String key(Task t) {
        return t.urgency().ordinal() + "|" + t.due().map(d -> d.date().toString()).orElse("9999-12-31") + "|"
                + Sort.UPDATED_ASC.key(t.summary(), java.time.ZoneOffset.UTC);
    }

    private static Page<Task> page(List<Task> tasks, int limit, Cursor cursor) {
        Function<Task, String> key = OfficerTasks::key;
        tasks.sort((a, b) -> Sort.TASKS.compare(key.apply(a), a.summary().id(), key.apply(b), b.summary().id()));
        int from = 0;
        if (cursor != null) {
            while (from < tasks.size() && Sort.TASKS.compare(key.apply(tasks.get(from)), tasks.get(from).summary().id(),
                    cursor.key(), cursor.id()) <= 0) {
                from++;
            }
        }
        int to = Math.min(tasks.size(), from + limit);
        String next = null;
        if (to < tasks.size() && to > from) {
            Task last = tasks.get(to - 1);
            next = new Cursor(Sort.TASKS, key.apply(last), last.summary().id()).encode();
        }
        return new Page<>(List.copyOf(tasks.subList(from, to)), next, tasks.size());
    }
}
