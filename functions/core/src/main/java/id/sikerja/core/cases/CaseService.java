package id.sikerja.core.cases;

import id.sikerja.core.cases.CaseOutcome.Applied;
import id.sikerja.core.cases.CaseOutcome.Change;
import id.sikerja.core.cases.CaseOutcome.NotFound;
import id.sikerja.core.cases.CaseOutcome.Refused;
import id.sikerja.core.cases.CaseOutcome.Replayed;
import id.sikerja.core.cases.CaseOutcome.Stale;
import id.sikerja.core.cases.CaseStore.CaseWrite;
import id.sikerja.core.cases.CaseStore.LinkedEvent;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.Decision;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Refusal;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Acting on cases: load the case, let the {@link Workflow} decide, store the result conditionally. Every change
 * is one {@link CaseStore#commit}: the case (conditional on the version the caller saw), its timeline events, its
 * due-date index, events on linked cases and the remembered answer, all or nothing.
 *
 * <p>Concurrency: a transition names the version the caller saw. When the case has moved on, or another request
 * wins the race while this one decides, the answer is {@link Stale} with the case as it is now; exactly one of
 * several concurrent transitions of one version is applied.
 *
 * <p>Retries: with an {@link Idempotency}, the first applied answer is remembered in the same transaction; a retry
 * (before or after the first completes, even concurrently) gets that answer and writes nothing. A refusal writes
 * nothing and is not remembered: a retry is decided again. Reusing a key for a different request is refused.
 *
 * <p>A {@code render} function turns what was stored into the response body; the service remembers exactly that.
 */
public final class CaseService {

    /** How long an answer is remembered under its Idempotency-Key. */
    public static final Duration REMEMBER = Idempotency.REMEMBER;
    /** Compared against when the tracking code is unknown, so that both paths do the same work. */
    private static final String NO_HASH = Secrets.sha256Hex("no such tracking code");

    private final CaseStore store;
    private final Supplier<Workflow> workflow;
    private final DocumentRegistry documents;
    private final Clock clock;
    private final Supplier<String> newIds;
    /** The e-mails a transition owes (the partner's notices), committed with it; none by default. */
    private final Function<Change, List<OutboxEntry>> owes;

    /**
     * @param workflow the engine with the current holiday list (it changes when admins edit holidays)
     */
    public CaseService(CaseStore store, Supplier<Workflow> workflow, DocumentRegistry documents, Clock clock) {
        this(store, workflow, documents, clock, () -> UUID.randomUUID().toString(), change -> List.of());
    }

    /**
     * @param owes the e-mails a transition owes (see {@code PartnerNotices#owed}), written in the transition's
     *             commit so that they are owed exactly once, whatever retries follow
     */
    public CaseService(CaseStore store, Supplier<Workflow> workflow, DocumentRegistry documents, Clock clock,
                       Function<Change, List<OutboxEntry>> owes) {
        this(store, workflow, documents, clock, () -> UUID.randomUUID().toString(), owes);
    }

    CaseService(CaseStore store, Supplier<Workflow> workflow, DocumentRegistry documents, Clock clock,
                Supplier<String> newIds) {
        this(store, workflow, documents, clock, newIds, change -> List.of());
    }

    CaseService(CaseStore store, Supplier<Workflow> workflow, DocumentRegistry documents, Clock clock,
                Supplier<String> newIds, Function<Change, List<OutboxEntry>> owes) {
        this.store = store;
        this.owes = owes;
        this.workflow = workflow;
        this.documents = documents;
        this.clock = clock;
        this.newIds = newIds;
    }

    // =====================================================================================================
    // Reading
    // =====================================================================================================

    /** The case with its timeline, due dates and the actor's actions; empty when unknown or not visible. */
    public Optional<CaseView> view(String caseId, Actor actor) {
        Optional<CaseRecord> found = visible(caseId, actor);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Workflow wf = workflow.get();
        Instant now = clock.instant();
        CaseState s = found.get().state();
        return Optional.of(new CaseView(found.get(), store.timeline(caseId), wf.dueDates(s, now), wf.warnings(s, now),
                wf.available(s, actor, now)));
    }

    /**
     * The case a partner's tracking code and access token open. An unknown code, a missing token and a wrong one
     * all answer empty, after the same work.
     */
    public Optional<String> partnerCase(String typedCode, String accessToken) {
        String code = TrackingCode.normalise(typedCode);
        Optional<CaseStore.Tracking> entry = code == null ? Optional.empty() : store.findTracking(code);
        boolean tokenOk = Secrets.tokenMatches(accessToken,
                entry.map(CaseStore.Tracking::accessTokenHash).orElse(NO_HASH));
        return entry.isPresent() && tokenOk ? Optional.of(entry.get().caseId()) : Optional.empty();
    }

    // =====================================================================================================
    // Acting on a case
    // =====================================================================================================

    /**
     * Performs an action on a case.
     *
     * @param seenVersion the version the caller based the request on
     * @throws InvalidInput when a document reference does not name an upload, or the key was used for another request
     */
    public CaseOutcome transition(String caseId, Actor actor, long seenVersion, Command command,
                                  Optional<Idempotency> idempotency, Function<Change, String> render) {
        Optional<CaseRecord> found = visible(caseId, actor);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Optional<CaseOutcome> replay = replay(idempotency);
        if (replay.isPresent()) {
            return replay.get();
        }
        CaseRecord current = found.get();
        if (current.version() != seenVersion) {
            return new Stale(current);
        }
        verify(Optional.of(caseId), actor, command.documents());
        Instant now = clock.instant();
        Decision decision = workflow.get().decide(amendable(current, command), actor, command, now);
        if (decision instanceof Refusal refusal) {
            return new Refused(refusal, Optional.of(current));
        }
        Transition t = (Transition) decision;
        CaseRecord next = new CaseRecord(current.trackingCode(), current.proposal(), t.state(), now);
        Change change = new Change(next, t.events(), Optional.empty());
        return commit(change,
                List.of(new CaseWrite(next, current.version(), current.state().dueDates(), t.events())), List.of(),
                new PartnerSide(Optional.empty(), owes.apply(change)), idempotency, render, () -> reloaded(caseId));
    }

    /**
     * The system ends an agreement past its end and grace ("masa berlaku habis"), recorded in the case's timeline as
     * done by the system. Once per case and day: a re-run the same day replays the first answer, and a case already
     * ended refuses it.
     *
     * @return empty when the case is unknown
     */
    public Optional<CaseOutcome> endExpired(String caseId, java.time.LocalDate today) {
        Optional<CaseView> view = view(caseId, Actor.system());
        if (view.isEmpty()) {
            return Optional.empty();
        }
        Command command = Command.of(Action.EXPIRE)
                .withNote("Masa berlaku habis; diakhiri otomatis oleh sistem / Term expired; ended by the system");
        Idempotency once = Idempotency.of(new IdempotencyKey("expire-" + caseId + "-" + today), "EXPIRE", caseId,
                Actor.system().id(), "system");
        return Optional.of(transition(caseId, Actor.system(), view.get().record().version(), command,
                Optional.of(once), change -> change.record().stage().name()));
    }

    // =====================================================================================================
    // Opening a case
    // =====================================================================================================

    /** A department's own initiative, starting at Persiapan (domestic) or Prakarsa (foreign). */
    public CaseOutcome openByDepartment(Proposal proposal, List<DocumentUpload> uploads, Actor actor,
                                        Optional<Idempotency> idempotency, Function<Change, String> render) {
        return openByDepartment(proposal, Optional.empty(), uploads, actor, idempotency, render);
    }

    /**
     * As above, answering a potential or need (issue 16): the case records its id (the system fact
     * {@code potentialId}); the caller checked that the entry takes proposals.
     */
    public CaseOutcome openByDepartment(Proposal proposal, Optional<String> potentialId, List<DocumentUpload> uploads,
                                        Actor actor, Optional<Idempotency> idempotency,
                                        Function<Change, String> render) {
        return create(proposal, uploads, actor, idempotency, render, PartnerSide.NONE, answering(potentialId,
                (id, now) -> workflow.get().openByDepartment(NewCase.from(id, proposal), uploads, actor, now)));
    }

    /** Issue 16: an opening whose new case records the potential or need it answers, if any. */
    private static Opening answering(Optional<String> potentialId, Opening opening) {
        if (potentialId.isEmpty()) {
            return opening;
        }
        return (newId, now) -> {
            Decision d = opening.open(newId, now);
            if (d instanceof Transition t) {
                CaseState answering = t.state().withFacts(
                        t.state().facts().with(Fact.POTENTIAL_ID, potentialId.get()));
                return new Transition(answering, t.events());
            }
            return d;
        };
    }

    /** An agreement signed before Si Kerja existed, entered at Pelaksanaan with its facts and documents. */
    public CaseOutcome enterLegacy(Proposal proposal, Facts facts, List<DocumentUpload> uploads, Actor actor,
                                   Optional<Idempotency> idempotency, Function<Change, String> render) {
        return create(proposal, uploads, actor, idempotency, render, PartnerSide.NONE,
                (id, now) -> workflow.get().enterLegacy(NewCase.from(id, proposal), facts, uploads, actor, now));
    }

    /**
     * As {@link #enterLegacy}, under an id the caller chose: an import plans the ids of all its cases before writing
     * any, so that it can remove exactly those if it fails midway.
     *
     * @param newId a fresh id (a UUID); a case with this id must not exist
     */
    public CaseOutcome enterLegacy(String newId, Proposal proposal, Facts facts, List<DocumentUpload> uploads,
                                   Actor actor, Function<Change, String> render) {
        return create(proposal, uploads, actor, Optional.empty(), render, PartnerSide.NONE,
                (id, now) -> workflow.get().enterLegacy(NewCase.from(newId, proposal), facts, uploads, actor, now));
    }

    /**
     * A partner's proposal, entered at intake under an id and a tracking code the caller drew, with the hash of the
     * partner's access token and the e-mails the submission owes ({@code outbox}), all in the one commit every
     * creation makes.
     *
     * @throws CaseStore.Conflict when the tracking code is taken (no answer is remembered under the key): draw
     *                            another code and try again
     */
    public CaseOutcome openFromIntake(String newId, Proposal proposal, String trackingCode, String accessTokenHash,
                                      List<OutboxEntry> outbox, Optional<Idempotency> idempotency,
                                      Function<Change, String> render) {
        return openFromIntake(newId, proposal, Optional.empty(), trackingCode, accessTokenHash, outbox, idempotency,
                render);
    }

    /** As above, answering a potential or need (issue 16; the caller checked that the entry takes proposals). */
    public CaseOutcome openFromIntake(String newId, Proposal proposal, Optional<String> potentialId,
                                      String trackingCode, String accessTokenHash, List<OutboxEntry> outbox,
                                      Optional<Idempotency> idempotency, Function<Change, String> render) {
        Actor partner = Actor.partner(newId);
        PartnerSide side = new PartnerSide(Optional.of(new CaseStore.Tracking(trackingCode, newId, accessTokenHash)),
                outbox);
        return create(proposal, List.of(), partner, idempotency, render, side, answering(potentialId,
                (id, now) -> workflow.get().openFromIntake(NewCase.from(newId, proposal), List.of(), partner, now)));
    }

    /** What a new case has on the partner's side: its tracking entry and the e-mails its creation owes. */
    private record PartnerSide(Optional<CaseStore.Tracking> tracking, List<OutboxEntry> outbox) {
        static final PartnerSide NONE = new PartnerSide(Optional.empty(), List.of());

        String trackingCode() {
            return tracking.map(CaseStore.Tracking::trackingCode).orElse(null);
        }
    }

    /**
     * What would stop {@link #enterLegacy} from entering this agreement now, writing nothing: the document
     * references that name no registered upload of the actor's (as field errors {@code documents[i]}), and the
     * workflow's refusal (every unmet condition). Empty lists when it would be entered.
     */
    public LegacyCheck checkLegacy(Proposal proposal, Facts facts, List<DocumentUpload> uploads, Actor actor) {
        List<FieldError> documentProblems = uploads.isEmpty() ? List.of()
                : documents.verify(Optional.empty(), actor, uploads);
        Decision decision = workflow.get().enterLegacy(NewCase.from("check", proposal), facts, uploads, actor,
                clock.instant());
        return new LegacyCheck(documentProblems,
                decision instanceof Refusal refusal ? refusal.reasons() : List.of());
    }

    /** What {@link #checkLegacy} found. */
    public record LegacyCheck(List<FieldError> documentProblems, List<id.sikerja.core.workflow.UnmetCondition> unmet) {
        public LegacyCheck {
            documentProblems = List.copyOf(documentProblems);
            unmet = List.copyOf(unmet);
        }

        public boolean passes() {
            return documentProblems.isEmpty() && unmet.isEmpty();
        }
    }

    /**
     * An extension: a new case linked to the agreement it extends, which receives an event naming the new case.
     * Both are written together, while the old case is still as the decision saw it.
     */
    public CaseOutcome openExtension(String previousId, Actor actor, Optional<String> note,
                                     Optional<Idempotency> idempotency, Function<Change, String> render) {
        return linked(previousId, actor, note, idempotency, render, Action.OPEN_EXTENSION, "Kasus perpanjangan: ",
                (previous, id, now) -> workflow.get().openExtension(previous.state(), id, actor, now),
                previous -> previous.proposal(),
                (previous, id, now) -> Optional.of(workflow.get().extended(previous.state(), id, now)));
    }

    /**
     * A PKS under a signed KB: a child case starting at Penyusunan PKS, with the KB's proposal (under its own title
     * when given) and its own departments; the KB's case receives an event naming the child.
     */
    public CaseOutcome openChildPks(String parentId, List<String> departments, Optional<String> title, Actor actor,
                                    Optional<String> note, Optional<Idempotency> idempotency,
                                    Function<Change, String> render) {
        return linked(parentId, actor, note, idempotency, render, Action.OPEN_CHILD_PKS, "PKS turunan: ",
                (parent, id, now) -> workflow.get().openChildPks(parent.state(), id, departments, actor, now),
                parent -> {
                    Proposal p = parent.proposal();
                    return new Proposal(p.category(), p.ksddKind(), p.ksdpkInitiative(), p.partner(),
                            title.orElse(p.title()), p.background(), p.purpose(), p.scope(), p.expectedBenefits(),
                            p.location(), p.durationMonths(), p.financing(), departments);
                },
                (parent, id, now) -> Optional.empty());
    }

    // =====================================================================================================
    // Internals
    // =====================================================================================================

    @FunctionalInterface
    private interface Opening {
        Decision open(String newId, Instant now);
    }

    @FunctionalInterface
    private interface LinkedOpening {
        Decision open(CaseRecord from, String newId, Instant now);
    }

    /** What opening a linked case changes in the case it comes from, if anything besides an event. */
    @FunctionalInterface
    private interface LinkedUpdate {
        Optional<id.sikerja.core.workflow.CaseState> update(CaseRecord from, String newId, Instant now);
    }

    private CaseOutcome create(Proposal proposal, List<DocumentUpload> uploads, Actor actor,
                               Optional<Idempotency> idempotency, Function<Change, String> render, PartnerSide side,
                               Opening opening) {
        Optional<CaseOutcome> replay = replay(idempotency);
        if (replay.isPresent()) {
            return replay.get();
        }
        verify(Optional.empty(), actor, uploads);
        Instant now = clock.instant();
        Decision decision = opening.open(newIds.get(), now);
        if (decision instanceof Refusal refusal) {
            return new Refused(refusal, Optional.empty());
        }
        Transition t = (Transition) decision;
        CaseRecord created = new CaseRecord(side.trackingCode(), proposal, t.state(), now);
        return commit(new Change(created, t.events(), Optional.empty()),
                List.of(new CaseWrite(created, 0, List.of(), t.events())), List.of(), side, idempotency, render,
                () -> {
                    if (side.tracking().isPresent()) {
                        throw new CaseStore.Conflict("tracking code taken: " + side.trackingCode());
                    }
                    // a new id cannot exist already; only a concurrent retry holding the key can have won
                    throw new IllegalStateException("creating case " + created.id() + " conflicted");
                });
    }

    private CaseOutcome linked(String fromId, Actor actor, Optional<String> note, Optional<Idempotency> idempotency,
                               Function<Change, String> render, Action action, String linkNote, LinkedOpening opening,
                               Function<CaseRecord, Proposal> proposal, LinkedUpdate updateFrom) {
        Optional<CaseRecord> found = visible(fromId, actor);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Optional<CaseOutcome> replay = replay(idempotency);
        if (replay.isPresent()) {
            return replay.get();
        }
        CaseRecord from = found.get();
        Instant now = clock.instant();
        Decision decision = opening.open(from, newIds.get(), now);
        if (decision instanceof Refusal refusal) {
            return new Refused(refusal, Optional.of(from));
        }
        Transition t = (Transition) decision;
        List<TimelineEvent> events = new ArrayList<>();
        t.events().forEach(e -> events.add(withNote(e, note.orElse(""))));
        CaseRecord created = new CaseRecord(null, proposal.apply(from), t.state(), now);
        TimelineEvent onFrom = new TimelineEvent(now, actor.id(), actor.role(), action, Optional.of(from.stage()),
                from.stage(), linkNote + created.id() + note.map(n -> " — " + n).orElse(""), Map.of(), List.of(),
                Optional.empty());
        Optional<id.sikerja.core.workflow.CaseState> fromNext = updateFrom.update(from, created.id(), now);
        if (fromNext.isPresent()) {
            // the case it comes from changes too (its due dates): written conditionally on the version read
            CaseRecord fromRecord = new CaseRecord(from.trackingCode(), from.proposal(), fromNext.get(), now);
            return commit(new Change(created, events, Optional.of(from.id())),
                    List.of(new CaseWrite(created, 0, List.of(), events),
                            new CaseWrite(fromRecord, from.version(), from.state().dueDates(), List.of(onFrom))),
                    List.of(), PartnerSide.NONE, idempotency, render, () -> reloaded(fromId));
        }
        return commit(new Change(created, events, Optional.of(from.id())),
                List.of(new CaseWrite(created, 0, List.of(), events)),
                List.of(new LinkedEvent(from.id(), from.version(), onFrom)), PartnerSide.NONE, idempotency, render,
                () -> reloaded(fromId));
    }

    private CaseOutcome commit(Change change, List<CaseWrite> writes, List<LinkedEvent> linked, PartnerSide side,
                               Optional<Idempotency> idempotency, Function<Change, String> render,
                               Supplier<CaseOutcome> onConflict) {
        String response = render.apply(change);
        try {
            store.commit(new CaseStore.Commit(writes, linked, side.tracking(), side.outbox(),
                    idempotency.map(i -> i.remember(response, clock.instant()))));
            return new Applied(change, response);
        } catch (CaseStore.Conflict conflict) {
            // another request got there first: a retry of this one (same key) or a different change of the case
            return replay(idempotency).orElseGet(onConflict);
        }
    }

    /**
     * Issue 18 (h18-amend): an amendment takes the scope before from the case; until a first amendment changed it,
     * the agreement's scope is the proposal's.
     */
    private static id.sikerja.core.workflow.CaseState amendable(CaseRecord current, Command command) {
        id.sikerja.core.workflow.CaseState s = current.state();
        String scope = current.proposal().scope();
        if (command.action() != Action.PROPOSE_AMENDMENT || s.facts().has(Fact.AGREEMENT_SCOPE)
                || scope == null || scope.isBlank()) {
            return s;
        }
        return s.withFacts(s.facts().with(Fact.AGREEMENT_SCOPE, scope.strip()));
    }

    private CaseOutcome reloaded(String caseId) {
        return store.find(caseId).<CaseOutcome>map(Stale::new).orElseGet(NotFound::new);
    }

    private Optional<CaseOutcome> replay(Optional<Idempotency> idempotency) {
        return Idempotency.replay(idempotency, store).map(Replayed::new);
    }

    private Optional<CaseRecord> visible(String caseId, Actor actor) {
        if (caseId == null || caseId.isBlank()) {
            return Optional.empty();
        }
        return store.find(caseId).filter(c -> Visibility.canSee(actor, c.state()));
    }

    private void verify(Optional<String> caseId, Actor actor, List<DocumentUpload> uploads) {
        if (uploads.isEmpty()) {
            return;
        }
        List<FieldError> problems = documents.verify(caseId, actor, uploads);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static TimelineEvent withNote(TimelineEvent e, String note) {
        return new TimelineEvent(e.at(), e.actorId(), e.actorRole(), e.action(), e.from(), e.to(), note, e.facts(),
                e.documents(), e.endReason());
    }
}
