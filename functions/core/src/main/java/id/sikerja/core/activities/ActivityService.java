package id.sikerja.core.activities;

import id.sikerja.core.activities.ActivityOutcome.Applied;
import id.sikerja.core.activities.ActivityOutcome.Forbidden;
import id.sikerja.core.activities.ActivityOutcome.NotFound;
import id.sikerja.core.activities.ActivityOutcome.Refused;
import id.sikerja.core.activities.ActivityOutcome.Replayed;
import id.sikerja.core.activities.ActivityOutcome.Stale;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.CaseStore.CaseWrite;
import id.sikerja.core.cases.Visibility;
import id.sikerja.core.documents.CaseUploads;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Implementation activities (issue 18, domain.md §9): each party records what it did, with evidence; an officer of
 * the case's department or an admin verifies it or returns it with a reason; a returned activity is corrected and
 * submitted again. Who may do what, and in which stages, is read from {@link ProcessDefinitions#ACTIVITY_ROLES} and
 * {@link ProcessDefinitions#ACTIVITY_STAGES}.
 *
 * <p>Every step is conditional on the activity's version (409 with the current activity when stale) and, with an
 * Idempotency-Key, remembered in the same transaction (a retry gets the first answer and writes nothing). A
 * verification also moves the case's {@link Fact#LAST_VERIFIED_ACTIVITY_ON} forward, which moves its "no verified
 * activity" due date (the flag "berjalan tanpa kegiatan") in the same transaction.
 */
public final class ActivityService {

    private static final int CASE_RETRIES = 3;

    private final CaseStore cases;
    private final ActivityStore activities;
    private final CaseUploads uploads;
    private final Supplier<Workflow> workflow;
    private final Clock clock;
    private final Supplier<String> newIds;

    public ActivityService(CaseStore cases, ActivityStore activities, CaseUploads uploads, Supplier<Workflow> workflow,
                           Clock clock) {
        this(cases, activities, uploads, workflow, clock, () -> UUID.randomUUID().toString());
    }

    ActivityService(CaseStore cases, ActivityStore activities, CaseUploads uploads, Supplier<Workflow> workflow,
                    Clock clock, Supplier<String> newIds) {
        this.cases = cases;
        this.activities = activities;
        this.uploads = uploads;
        this.workflow = workflow;
        this.clock = clock;
        this.newIds = newIds;
    }

    /** Issue 18 (f18): the e-mails a return owes the partner (see {@link ActivityReturnMails#owed}); none by default. */
    private java.util.function.BiFunction<CaseRecord, Activity, List<id.sikerja.core.mail.OutboxEntry>> returnOwes =
            (c, a) -> List.of();

    /** The e-mails a return owes, committed with it (so a retry never owes them twice). */
    public ActivityService owingOnReturn(
            java.util.function.BiFunction<CaseRecord, Activity, List<id.sikerja.core.mail.OutboxEntry>> owes) {
        this.returnOwes = owes;
        return this;
    }

    /** Today in the Pemda's zone: activities are not dated after it. */
    public LocalDate today() {
        return workflow.get().settings().businessDate(clock.instant());
    }

    /** The case's activities, oldest first; empty when the case is unknown or not visible to the actor. */
    public Optional<List<Activity>> list(String caseId, Actor actor) {
        Optional<CaseRecord> c = visible(caseId, actor);
        if (c.isEmpty() || !ProcessDefinitions.ACTIVITY_READERS.contains(actor.role())) {
            return Optional.empty();
        }
        return Optional.of(activities.ofCase(caseId));
    }

    /** The verified activities of a case: what monev, the reports and the flag count. */
    public List<Activity> verified(String caseId) {
        return activities.ofCase(caseId).stream().filter(Activity::verified).collect(Collectors.toList());
    }

    /** Records a new activity (SUBMITTED). */
    public ActivityOutcome record(String caseId, Actor actor, ActivityDraft draft, Optional<Idempotency> idempotency,
                                  Function<Activity, String> render) {
        Optional<CaseRecord> c = visible(caseId, actor);
        if (c.isEmpty()) {
            return new NotFound();
        }
        Optional<String> replay = Idempotency.replay(idempotency, activities);
        if (replay.isPresent()) {
            return new Replayed(replay.get());
        }
        Optional<ActivityOutcome> refused = refusal(Action.RECORD_ACTIVITY, c.get().state(), actor);
        if (refused.isPresent()) {
            return refused.get();
        }
        checkEvidence(caseId, draft);
        Instant now = clock.instant();
        Activity a = new Activity(caseId, newIds.get(), 1, draft, ActivityStatus.SUBMITTED, actor.id(), actor.role(),
                now, Optional.empty(), Optional.empty(),
                List.of(new ActivityEvent(now, actor.id(), actor.role(), Action.RECORD_ACTIVITY, "")));
        return write(a, 0, event(c.get().state(), actor, Action.RECORD_ACTIVITY, a, "", Map.of(), now), Optional.empty(),
                idempotency, render);
    }

    /** Corrects a returned activity (or one still awaiting verification) and submits it again. */
    public ActivityOutcome correct(String caseId, String activityId, Actor actor, long seenVersion, ActivityDraft draft,
                                   Optional<Idempotency> idempotency, Function<Activity, String> render) {
        return step(caseId, activityId, actor, seenVersion, Action.CORRECT_ACTIVITY, idempotency, render,
                (c, a, now) -> {
                    if (a.status() == ActivityStatus.VERIFIED) {
                        return refusedStatus(a);
                    }
                    if (!sameSide(a, actor)) {
                        return new Forbidden(Text.of(
                                "Hanya pihak yang mencatat kegiatan ini yang dapat memperbaikinya",
                                "Only the side that recorded this activity may correct it"));
                    }
                    checkEvidence(caseId, draft);
                    Activity next = changed(a, draft, ActivityStatus.SUBMITTED, Optional.empty(), Optional.empty(),
                            new ActivityEvent(now, actor.id(), actor.role(), Action.CORRECT_ACTIVITY, ""));
                    return write(next, a.version(),
                            event(c.state(), actor, Action.CORRECT_ACTIVITY, next, "", Map.of(), now),
                            Optional.empty(), idempotency, render);
                });
    }

    /** Verifies a submitted activity: from now on it counts. */
    public ActivityOutcome verify(String caseId, String activityId, Actor actor, long seenVersion,
                                  Optional<Idempotency> idempotency, Function<Activity, String> render) {
        return step(caseId, activityId, actor, seenVersion, Action.VERIFY_ACTIVITY, idempotency, render,
                (c, a, now) -> {
                    if (a.status() != ActivityStatus.SUBMITTED) {
                        return refusedStatus(a);
                    }
                    if (a.submitterId().equals(actor.id())) {
                        return new Refused("RULE:ACTIVITY_OWN", Text.of(
                                "Kegiatan yang Anda catat sendiri diverifikasi oleh petugas lain",
                                "An activity you recorded yourself is verified by another officer"));
                    }
                    Activity next = changed(a, a.draft(), ActivityStatus.VERIFIED, Optional.empty(), Optional.of(now),
                            new ActivityEvent(now, actor.id(), actor.role(), Action.VERIFY_ACTIVITY, ""));
                    CaseState s = c.state();
                    Optional<LocalDate> last = s.fact(Fact.LAST_VERIFIED_ACTIVITY_ON);
                    if (last.isPresent() && !a.lastDay().isAfter(last.get())) {
                        return write(next, a.version(), event(s, actor, Action.VERIFY_ACTIVITY, next, "", Map.of(), now),
                                Optional.empty(), idempotency, render);
                    }
                    // the flag's due date moves forward with the case, in the same transaction
                    Workflow wf = workflow.get();
                    CaseState moved = s.withFacts(s.facts().with(Fact.LAST_VERIFIED_ACTIVITY_ON, a.lastDay()))
                            .withVersion(s.version() + 1);
                    moved = moved.withDueDates(wf.dueDates(moved, now));
                    TimelineEvent e = event(s, actor, Action.VERIFY_ACTIVITY, next, "",
                            Map.of(Fact.LAST_VERIFIED_ACTIVITY_ON.key(), a.lastDay().toString()), now);
                    CaseRecord record = new CaseRecord(c.trackingCode(), c.proposal(), moved, now);
                    return write(next, a.version(), e,
                            Optional.of(new CaseWrite(record, s.version(), s.dueDates(), List.of(e))), idempotency,
                            render);
                });
    }

    /** Returns a submitted activity to its submitter with a reason. */
    public ActivityOutcome returnToSubmitter(String caseId, String activityId, Actor actor, long seenVersion,
                                             String reason, Optional<Idempotency> idempotency,
                                             Function<Activity, String> render) {
        return step(caseId, activityId, actor, seenVersion, Action.RETURN_ACTIVITY, idempotency, render,
                (c, a, now) -> {
                    if (a.status() != ActivityStatus.SUBMITTED) {
                        return refusedStatus(a);
                    }
                    Activity next = changed(a, a.draft(), ActivityStatus.RETURNED, Optional.of(reason),
                            Optional.empty(),
                            new ActivityEvent(now, actor.id(), actor.role(), Action.RETURN_ACTIVITY, reason));
                    return write(next, a.version(),
                            event(c.state(), actor, Action.RETURN_ACTIVITY, next, reason, Map.of(), now),
                            Optional.empty(), idempotency, render, returnOwes.apply(c, next));
                });
    }

    // ------------------------------------------------------------------------------------------------

    private interface Step {
        ActivityOutcome apply(CaseRecord c, Activity a, Instant now);
    }

    /** The common part of a step on an existing activity; retried when only the case moved on meanwhile. */
    private ActivityOutcome step(String caseId, String activityId, Actor actor, long seenVersion, Action action,
                                 Optional<Idempotency> idempotency, Function<Activity, String> render, Step step) {
        for (int attempt = 1; ; attempt++) {
            Optional<CaseRecord> c = visible(caseId, actor);
            if (c.isEmpty()) {
                return new NotFound();
            }
            Optional<Activity> a = activities.find(caseId, activityId);
            if (a.isEmpty()) {
                return new NotFound();
            }
            Optional<String> replay = Idempotency.replay(idempotency, activities);
            if (replay.isPresent()) {
                return new Replayed(replay.get());
            }
            Optional<ActivityOutcome> refused = refusal(action, c.get().state(), actor);
            if (refused.isPresent()) {
                return refused.get();
            }
            if (a.get().version() != seenVersion) {
                return new Stale(a.get());
            }
            try {
                return step.apply(c.get(), a.get(), clock.instant());
            } catch (CaseStore.Conflict conflict) {
                Optional<Activity> now = activities.find(caseId, activityId);
                Optional<String> won = Idempotency.replay(idempotency, activities);
                if (won.isPresent()) {
                    return new Replayed(won.get());
                }
                if (now.isPresent() && now.get().version() != seenVersion) {
                    return new Stale(now.get());
                }
                if (attempt >= CASE_RETRIES) {
                    throw conflict;
                }
                // the case changed meanwhile (another transition): decide again on it
            }
        }
    }

    private ActivityOutcome write(Activity a, long expectedVersion, TimelineEvent event,
                                  Optional<CaseWrite> caseChange, Optional<Idempotency> idempotency,
                                  Function<Activity, String> render) {
        return write(a, expectedVersion, event, caseChange, idempotency, render, List.of());
    }

    private ActivityOutcome write(Activity a, long expectedVersion, TimelineEvent event,
                                  Optional<CaseWrite> caseChange, Optional<Idempotency> idempotency,
                                  Function<Activity, String> render, List<id.sikerja.core.mail.OutboxEntry> outbox) {
        String response = render.apply(a);
        Instant now = clock.instant();
        try {
            activities.commit(new ActivityStore.Write(a, expectedVersion, event, caseChange,
                    idempotency.map(i -> i.remember(response, now)), outbox));
        } catch (CaseStore.Conflict conflict) {
            if (expectedVersion == 0) {
                Optional<String> won = Idempotency.replay(idempotency, activities);
                if (won.isPresent()) {
                    return new Replayed(won.get());
                }
            }
            throw conflict;
        }
        return new Applied(a, response);
    }

    /** Who may act and in which stage, as the process table says. */
    private static Optional<ActivityOutcome> refusal(Action action, CaseState state, Actor actor) {
        Set<Role> roles = ProcessDefinitions.ACTIVITY_ROLES.get(action);
        if (roles == null || !roles.contains(actor.role())) {
            return Optional.of(new Forbidden(Text.of(
                    "Peran Anda tidak dapat melakukan ini: " + action.label().id(),
                    "Your role cannot do this: " + action.label().en())));
        }
        if (!ProcessDefinitions.ACTIVITY_STAGES.contains(state.stage())) {
            return Optional.of(new Refused("RULE:ACTIVITY_STAGE", Text.of(
                    "Kegiatan pelaksanaan dicatat dan diverifikasi sejak tahap Pelaksanaan; kerja sama ini di tahap "
                            + state.stage().label().id(),
                    "Implementation activities are recorded and verified from the Pelaksanaan stage; this cooperation"
                            + " is in " + state.stage().label().en())));
        }
        return Optional.empty();
    }

    private static Refused refusedStatus(Activity a) {
        return new Refused("RULE:ACTIVITY_STATUS", Text.of(
                "Kegiatan ini berstatus '" + a.status().label().id() + "'",
                "This activity is '" + a.status().label().en() + "'"));
    }

    /** The partner corrects the partner's activities; officers (department, admin) the officers'. */
    private static boolean sameSide(Activity a, Actor actor) {
        return (a.submitterRole() == Role.PARTNER) == (actor.role() == Role.PARTNER);
    }

    /** Each evidence id names an EVIDENCE upload of this case that was not rejected. */
    private void checkEvidence(String caseId, ActivityDraft draft) {
        if (draft.evidence().isEmpty()) {
            return;
        }
        Map<String, Upload> ofCase = uploads.ofCase(caseId).stream()
                .collect(Collectors.toMap(Upload::documentId, u -> u, (x, y) -> x));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < draft.evidence().size(); i++) {
            Upload u = ofCase.get(draft.evidence().get(i));
            if (u == null || u.type() != DocumentType.EVIDENCE || u.status() == Upload.Status.REJECTED) {
                errors.add(FieldError.of("evidence[" + i + "]", "not_evidence"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static Activity changed(Activity a, ActivityDraft draft, ActivityStatus status, Optional<String> reason,
                                    Optional<Instant> verifiedAt, ActivityEvent step) {
        List<ActivityEvent> history = new ArrayList<>(a.history());
        history.add(step);
        return new Activity(a.caseId(), a.id(), a.version() + 1, draft, status, a.submitterId(), a.submitterRole(),
                a.submittedAt(), reason, verifiedAt, history);
    }

    private static TimelineEvent event(CaseState s, Actor actor, Action action, Activity a, String reason,
                                       Map<String, String> facts, Instant now) {
        String note = a.draft().title() + (reason.isBlank() ? "" : " — " + reason);
        return new TimelineEvent(now, actor.id(), actor.role(), action, Optional.of(s.stage()), s.stage(),
                note.length() > 2000 ? note.substring(0, 2000) : note, facts, List.of(), Optional.empty());
    }

    private Optional<CaseRecord> visible(String caseId, Actor actor) {
        return cases.find(caseId).filter(c -> Visibility.canSee(actor, c.state()));
    }
}
