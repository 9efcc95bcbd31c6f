package id.sikerja.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.IdempotentBody;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.Metrics;
import id.sikerja.api.Json;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.Problem;
import id.sikerja.api.Route;
import id.sikerja.core.answers.AnsweredEntries;
import id.sikerja.core.answers.AnsweredEntry;
import id.sikerja.core.answers.Answering;
import id.sikerja.core.cases.CaseOutcome;
import id.sikerja.core.cases.CaseOutcome.Change;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseRequests;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.reviews.MemberReviews;
import id.sikerja.core.signing.SigningSchedule;
import id.sikerja.core.signing.SigningSchedules;
import id.sikerja.core.settings.DepartmentDirectory;
import id.sikerja.core.settings.DepartmentRequests;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.settings.HolidayRequests;
import id.sikerja.core.settings.HolidaySettings;
import id.sikerja.core.validation.Language;
import id.sikerja.core.cases.CaseView;
import id.sikerja.core.users.Handover;
import id.sikerja.core.users.ResponsibleOfficers;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Role;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The workflow function's routes.
 *
 * <p>Officers (JWT authorizer; see {@link Officers}):
 * <ul>
 *   <li>{@code GET /cooperations/{id}}: the case, its timeline, due dates, warnings and the caller's actions (each
 *       with why not, when not allowed).</li>
 *   <li>{@code POST /cooperations/{id}/transitions}: an action ({@link CaseRequests#transition}) → 200 with the
 *       case as it now stands and the events written.</li>
 *   <li>{@code POST /cooperations}: a department's own initiative (the proposal's body, with {@code departments} and
 *       optional {@code documents}) → 201; {@code POST /cooperations/legacy}: an agreement signed before Si Kerja,
 *       at Pelaksanaan (admin; also {@code facts}) → 201.</li>
 *   <li>{@code POST /cooperations/{id}/extensions} ({@code note}) and {@code POST /cooperations/{id}/child-pks}
 *       ({@code departments}, {@code title}, {@code note}): a new case linked to this one, which receives an event
 *       naming it, in the same transaction → 201.</li>
 *   <li>{@code GET /settings/holidays}; {@code PUT /settings/holidays/{year}} (admin).</li>
 *   <li>{@code PUT /settings/departments} (admin): the department directory, conditional on its version.</li>
 * </ul>
 * Everyone, without signing in: {@code GET /settings/departments}, the department directory (a partner's
 * application form offers it).
 * The partner, with its tracking code and {@code X-Access-Token} only: {@code POST /track/{trackingCode}/transitions}
 * (answer a revision, withdraw, a monev report, a document the stage expects from it); a wrong or missing token
 * answers exactly like an unknown code.
 *
 * <p>Answers: 404 for a case the caller cannot see (ids of other departments do not leak), 409 with {@code current}
 * for a stale version or an action that does not apply in the stage, 403 for a role that may not act, 422 listing
 * every unmet condition. An optional {@code Idempotency-Key} (scoped to the route, the case and the caller: another
 * caller's reuse of a key is a new request) makes a retry return the first answer with {@code Idempotent-Replayed: true} and write nothing.
 */
public final class WorkflowRoutes {

    static final String OPEN = "POST /cooperations";
    static final String LEGACY = "POST /cooperations/legacy";
    static final String VIEW = "GET /cooperations/{id}";
    static final String TRANSITION = "POST /cooperations/{id}/transitions";
    static final String EXTEND = "POST /cooperations/{id}/extensions";
    static final String CHILD_PKS = "POST /cooperations/{id}/child-pks";
    static final String PARTNER_TRANSITION = "POST /track/{trackingCode}/transitions";
    /** Issue 18 (h18-amend): an amendment of a running agreement. */
    static final String AMEND = "POST /cooperations/{id}/amendments";
    static final String HOLIDAYS = "GET /settings/holidays";
    static final String HOLIDAY_YEAR = "PUT /settings/holidays/{year}";
    static final String DEPARTMENTS = "GET /settings/departments";
    static final String REPLACE_DEPARTMENTS = "PUT /settings/departments";
    // issue 17 (h17-sign): TKKSD members' opinions
    static final String REVIEWS = "GET /cooperations/{id}/reviews";
    static final String RECORD_REVIEW = "POST /cooperations/{id}/reviews";
    // issue 17 (h17-sign): the signing schedule
    static final String SIGNING = "GET /cooperations/{id}/signing-schedule";
    static final String PROPOSE_SIGNING = "POST /cooperations/{id}/signing-schedule";
    static final String APPROVE_SIGNING = "POST /cooperations/{id}/signing-schedule/approve";
    /** Issue 18 (h18-owner): an admin hands a leaving officer's files over to a successor. */
    static final String HANDOVER = "POST /users/{username}/handover";
    /** The routes this function serves; template.yaml must route exactly these to it. */
    public static final Set<String> ROUTES = java.util.stream.Stream.concat(Set.of(OPEN, LEGACY, VIEW, TRANSITION, EXTEND, CHILD_PKS,
            PARTNER_TRANSITION, HOLIDAYS, HOLIDAY_YEAR, DEPARTMENTS, REPLACE_DEPARTMENTS,
            PotentialRoutes.CREATE, PotentialRoutes.UPDATE,
            REVIEWS, RECORD_REVIEW, SIGNING, PROPOSE_SIGNING, APPROVE_SIGNING, HANDOVER, AMEND).stream(),
            ActivityRoutes.ROUTES.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet()); // + issue 18
    /** Every route of the function: the case routes above and the discussion's (issue 17). */
    public static final Set<String> ALL_ROUTES = union(ROUTES, DiscussionRoutes.ROUTES);
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final JsonLog LOG = JsonLog.get(WorkflowRoutes.class);

    private final CaseService cases;
    private final HolidaySettings holidays;
    private final DepartmentSettings departments;

    /** Issue 17: TKKSD members' opinions (none: the reviews routes answer 404, as for a case not seen). */
    private MemberReviews reviews;
    private final ResponsibleOfficers officers;
    private final Handover handover;

    /** Sends the e-mails an applied transition owes (they are already committed with it). */
    private final java.util.function.Consumer<Change> afterTransition;

    public WorkflowRoutes(CaseService cases, HolidaySettings holidays, DepartmentSettings departments) {
        this(cases, holidays, departments, change -> { });
    }

    /** The discussion's routes (issue 17), when wired. */
    private DiscussionRoutes discussion;

    WorkflowRoutes withDiscussion(DiscussionRoutes routes) {
        this.discussion = routes;
        return this;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public WorkflowRoutes(CaseService cases, HolidaySettings holidays, DepartmentSettings departments,
                          java.util.function.Consumer<Change> afterTransition) {
        this(cases, holidays, departments, afterTransition, AnsweredEntries.NONE);
    }

    /**
     * @param entries the potentials and needs a case may answer (issue 16): checked when a case is opened, shown
     *                on the case, and moved on when an answering case is accepted or marked fulfilled
     */
    public WorkflowRoutes(CaseService cases, HolidaySettings holidays, DepartmentSettings departments,
                          java.util.function.Consumer<Change> afterTransition, AnsweredEntries entries) {
        this(cases, holidays, departments, afterTransition, entries, null, null);
    }

    public WorkflowRoutes(CaseService cases, HolidaySettings holidays, DepartmentSettings departments,
                          java.util.function.Consumer<Change> afterTransition,
                          ResponsibleOfficers officers, Handover handover) {
        this(cases, holidays, departments, afterTransition, AnsweredEntries.NONE, officers, handover);
    }

    /**
     * @param officers issue 18 (h18-owner): checks a responsible officer a command names against the directory and
     *                 records the directory's name; null: the directory is not wired, every named officer is unknown
     * @param handover the hand-over of an officer's files; null: {@code POST /users/{username}/handover} answers 503
     */
    public WorkflowRoutes(CaseService cases, HolidaySettings holidays, DepartmentSettings departments,
                          java.util.function.Consumer<Change> afterTransition, AnsweredEntries entries,
                          ResponsibleOfficers officers, Handover handover) {
        this.afterTransition = afterTransition;
        this.cases = cases;
        this.holidays = holidays;
        this.departments = departments;
        this.entries = entries;
        this.officers = officers;
        this.handover = handover;
    }

    private final AnsweredEntries entries;
    private PotentialRoutes potentialRoutes;

    /** The officers' writes of potentials and needs (issue 16). */
    public WorkflowRoutes withPotentials(id.sikerja.core.potentials.PotentialService service, String pemdaName) {
        this.potentialRoutes = new PotentialRoutes(service, departments, pemdaName);
        return this;
    }

    private PotentialRoutes potentials() {
        if (potentialRoutes == null) {
            throw new IllegalStateException("potentials are not wired");
        }
        return potentialRoutes;
    }

    /** Issue 17: the signing schedule (none: its routes answer 404, as for a case not seen). */
    private SigningSchedules signings;

    /** Issue 17: serves the signing schedule with {@code schedules}. */
    public WorkflowRoutes withSigningSchedules(SigningSchedules schedules) {
        this.signings = schedules;
        return this;
    }

    /** Issue 17: serves the TKKSD members' opinions with {@code reviews}. */
    public WorkflowRoutes withReviews(MemberReviews memberReviews) {
        this.reviews = memberReviews;
        return this;
    }

    /** Issue 18 (h18-activities): routes served beside these ({@link ActivityRoutes}). */
    private Map<String, Route> more = Map.of();

    WorkflowRoutes serving(Map<String, Route> extra) {
        this.more = Map.copyOf(extra);
        return this;
    }

    public HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(OPEN, this::open);
        routes.put(LEGACY, this::legacy);
        routes.put(VIEW, this::view);
        routes.put(TRANSITION, this::transition);
        routes.put(EXTEND, this::extend);
        routes.put(CHILD_PKS, this::childPks);
        routes.put(AMEND, this::amend);
        routes.put(PARTNER_TRANSITION, this::partnerTransition);
        routes.put(HOLIDAYS, this::holidays);
        routes.put(HOLIDAY_YEAR, this::replaceHolidays);
        routes.put(DEPARTMENTS, this::departments);
        routes.put(REPLACE_DEPARTMENTS, this::replaceDepartments);
        // issue 16: departments' potentials and needs (officers' writes)
        routes.put(PotentialRoutes.CREATE, r -> potentials().create(r));
        routes.put(PotentialRoutes.UPDATE, r -> potentials().update(r));
        routes.put(REVIEWS, this::reviews);
        routes.put(RECORD_REVIEW, this::recordReview);
        routes.put(SIGNING, this::signing);
        routes.put(PROPOSE_SIGNING, this::proposeSigning);
        routes.put(APPROVE_SIGNING, this::approveSigning);
        routes.put(HANDOVER, request -> Handovers.handOver(request, handover));
        routes.putAll(more);
        if (discussion != null) {
            routes.putAll(discussion.routes());
            return HttpFunction.serving(ALL_ROUTES, routes);
        }
        return HttpFunction.serving(ROUTES, routes);
    }

    // =====================================================================================================
    // Cases
    // =====================================================================================================

    APIGatewayV2HTTPResponse view(HttpRequest request) {
        Actor actor = Officers.actor(request);
        CaseJson json = new CaseJson(request.language());
        return cases.view(request.pathParameter("id"), actor)
                .map(v -> HttpResponses.json(200, json.view(v, answered(v.record()))))
                .orElseThrow(() -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse transition(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        Parsed<CaseRequests.TransitionRequest> in = parse(request, CaseRequests::transition, TRANSITION, id, actor.id());
        CaseJson json = new CaseJson(request.language());
        Command command = checkedOfficer(in.body().command(), id, actor);
        CaseOutcome outcome = cases.transition(id, actor, in.body().version(), command, in.idempotency(),
                change -> Json.write(json.change(change)));
        log(outcome, id, in.body().command().action().name(), actor.role());
        if (outcome instanceof CaseOutcome.Applied applied) {
            Metrics.count(Metrics.Metric.Transitions, in.body().command().action().name(), 1);
            afterTransition.accept(applied.change());
            followedByEntry(applied.change());
        }
        return answer(request, outcome, 200, json::summary, () -> Problems.caseNotFound(request.language()));
    }

    /** Issue 16: the entry the case answers, as the case shows it (empty when it answers none or it is gone). */
    private Optional<AnsweredEntry> answered(CaseRecord record) {
        return Answering.potentialOf(record.state()).flatMap(id -> {
            try {
                return entries.find(id);
            } catch (RuntimeException e) {
                LOG.warn("answered entry not read", "caseId", record.id(), "error", e.getClass().getSimpleName());
                return Optional.empty();
            }
        });
    }

    /**
     * Issue 16: the entry the case answers follows it (IN_PROGRESS once accepted, FULFILLED when an officer marks
     * it). After the case's commit; setting a status the entry has (or is past) changes nothing, so a repeat is
     * harmless. A failure is logged: the case's change stands and the mark can be seen on the case.
     */
    private void followedByEntry(Change change) {
        CaseRecord r = change.record();
        Answering.statusAfter(r.state(), change.events()).ifPresent(status -> {
            String potentialId = Answering.potentialOf(r.state()).orElseThrow();
            try {
                boolean moved = entries.advance(potentialId, status);
                LOG.info("answered entry followed the case", "caseId", r.id(), "potentialId", potentialId,
                        "status", status, "changed", moved);
            } catch (RuntimeException e) {
                LOG.warn("answered entry not moved", "caseId", r.id(), "potentialId", potentialId, "status", status,
                        "error", e.getClass().getSimpleName());
            }
        });
    }

    APIGatewayV2HTTPResponse partnerTransition(HttpRequest request) {
        Optional<String> caseId = cases.partnerCase(request.pathParameter("trackingCode"),
                request.header("X-Access-Token").orElse(null));
        if (caseId.isEmpty()) {
            throw Problems.trackingNotFound();
        }
        Parsed<CaseRequests.TransitionRequest> in = parse(request, CaseRequests::transition,
                PARTNER_TRANSITION, caseId.get(), "partner:" + caseId.get());
        CaseJson json = new CaseJson(request.language());
        CaseOutcome outcome = cases.transition(caseId.get(), Actor.partner(caseId.get()), in.body().version(),
                in.body().command(), in.idempotency(), change -> Json.write(json.partnerChange(change)));
        log(outcome, caseId.get(), in.body().command().action().name(), Role.PARTNER);
        if (outcome instanceof CaseOutcome.Applied applied) {
            Metrics.count(Metrics.Metric.Transitions, in.body().command().action().name(), 1);
            afterTransition.accept(applied.change());
        }
        return answer(request, outcome, 200, json::partnerCurrent, Problems::trackingNotFound);
    }

    APIGatewayV2HTTPResponse open(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Parsed<Answering.Read<CaseRequests.Opening>> in = parse(request,
                body -> Answering.read(body, CaseRequests::byDepartment), OPEN, "", actor.id());
        // issue 16: the entry it answers exists and takes proposals (else 422 naming potentialId)
        Answering.check(in.body().potentialId(), entries);
        CaseJson json = new CaseJson(request.language());
        CaseOutcome outcome = cases.openByDepartment(in.body().value().proposal(), in.body().potentialId(),
                in.body().value().documents(), actor, in.idempotency(), change -> Json.write(json.change(change)));
        log(outcome, null, "INITIATE", actor.role());
        if (outcome instanceof CaseOutcome.Applied applied) {
            followedByEntry(applied.change());
        }
        return answer(request, outcome, 201, json::summary, () -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse legacy(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Parsed<CaseRequests.Opening> in = parse(request, CaseRequests::legacy, LEGACY, "", actor.id());
        CaseJson json = new CaseJson(request.language());
        // issue 18 (h18-owner): a responsible officer named on entry is checked against the directory
        Facts facts = in.body().facts();
        if (facts.has(Fact.RESPONSIBLE_OFFICER)
                || facts.has(Fact.RESPONSIBLE_OFFICER_NAME)) {
            facts = Handovers.checked(officers, Command.of(
                            Action.RECORD_FACTS).withFacts(facts),
                    in.body().proposal().departments(), in.body().proposal().title()).facts();
        }
        CaseOutcome outcome = cases.enterLegacy(in.body().proposal(), facts, in.body().documents(), actor,
                in.idempotency(), change -> Json.write(json.change(change)));
        log(outcome, null, "ENTER_LEGACY", actor.role());
        return answer(request, outcome, 201, json::summary, () -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse extend(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        Parsed<Optional<String>> in = parse(request, CaseRequests::extension, EXTEND, id, actor.id());
        CaseJson json = new CaseJson(request.language());
        CaseOutcome outcome = cases.openExtension(id, actor, in.body(), in.idempotency(),
                change -> Json.write(json.change(change)));
        log(outcome, id, "OPEN_EXTENSION", actor.role());
        return answer(request, outcome, 201, json::summary, () -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse childPks(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        Parsed<CaseRequests.ChildPksRequest> in = parse(request, CaseRequests::childPks, CHILD_PKS, id, actor.id());
        CaseJson json = new CaseJson(request.language());
        CaseOutcome outcome = cases.openChildPks(id, in.body().departments(), in.body().title(), actor,
                in.body().note(), in.idempotency(), change -> Json.write(json.change(change)));
        log(outcome, id, "OPEN_CHILD_PKS", actor.role());
        return answer(request, outcome, 201, json::summary, () -> Problems.caseNotFound(request.language()));
    }

    /**
     * Issue 18 (h18-amend): proposes an amendment of a running agreement: the action
     * {@code PROPOSE_AMENDMENT} with the terms it changes, answered 201 with the case. 409 while another amendment
     * is open (the action does not apply) or for a stale version; 422 naming each bad field or unmet condition.
     */
    APIGatewayV2HTTPResponse amend(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        Parsed<CaseRequests.TransitionRequest> in = parse(request, CaseRequests::amendment, AMEND, id, actor.id());
        CaseJson json = new CaseJson(request.language());
        CaseOutcome outcome = cases.transition(id, actor, in.body().version(), in.body().command(), in.idempotency(),
                change -> Json.write(json.change(change)));
        log(outcome, id, "PROPOSE_AMENDMENT", actor.role());
        if (outcome instanceof CaseOutcome.Applied applied) {
            Metrics.count(Metrics.Metric.Transitions, "PROPOSE_AMENDMENT", 1);
            afterTransition.accept(applied.change());
        }
        return answer(request, outcome, 201, json::summary, () -> Problems.caseNotFound(request.language()));
    }

    /**
     * Issue 18 (h18-owner): a command naming a responsible officer (set, or with the departments) names an enabled
     * admin or an OPD officer of the case's (new) departments, and records the directory's name for them.
     */
    private Command checkedOfficer(Command command, String id,
                                                            Actor actor) {
        if (!command.facts().has(Fact.RESPONSIBLE_OFFICER)
                && !command.facts().has(Fact.RESPONSIBLE_OFFICER_NAME)) {
            return command;
        }
        Optional<CaseView> view = cases.view(id, actor);
        if (view.isEmpty()) {
            return command; // the transition answers 404
        }
        java.util.List<String> caseDepartments = command.departments()
                .orElse(view.get().record().state().departments());
        return Handovers.checked(officers, command, caseDepartments, view.get().record().trackingCode());
    }

    /** A request body read, with its Idempotency-Key (if any) scoped and fingerprinted. */
    private record Parsed<T>(T body, Optional<Idempotency> idempotency) {
    }

    /**
     * Reads the JSON body (an empty body is an empty object) and the optional Idempotency-Key, reporting the bad
     * fields of both together. The key is scoped to the route, the case it acts on and the caller.
     */
    private static <T> Parsed<T> parse(HttpRequest request, Function<Map<String, Object>, T> reader, String route,
                                       String target, String caller) {
        Map<String, Object> body = request.bodyBytes().length == 0 ? Map.of() : request.jsonObjectBody(MAX_BODY_BYTES);
        IdempotentBody<T> read = IdempotentBody.read(request, body, reader);
        return new Parsed<>(read.value(), read.idempotency(route, target, caller));
    }

    /** The HTTP answer to an outcome; {@code current} renders the case for a 409 in the caller's terms. */
    private static APIGatewayV2HTTPResponse answer(HttpRequest request, CaseOutcome outcome, int status,
                                                   Function<CaseRecord, Map<String, Object>> current,
                                                   Supplier<Problem> notFound) {
        Language lang = request.language();
        if (outcome instanceof CaseOutcome.Applied applied) {
            return raw(status, applied.response(), false);
        } else if (outcome instanceof CaseOutcome.Replayed replayed) {
            return raw(status, replayed.response(), true);
        } else if (outcome instanceof CaseOutcome.Stale stale) {
            throw Problems.stale(lang, current.apply(stale.current()));
        } else if (outcome instanceof CaseOutcome.Refused refused) {
            throw Problems.refused(lang, refused.refusal(), new CaseJson(lang),
                    refused.current().map(current).orElse(null));
        }
        throw notFound.get();
    }

    /** A stored answer as it was first sent; a new case's answer also says where it lives. */
    private static APIGatewayV2HTTPResponse raw(int status, String body, boolean replayed) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        if (status == 201) {
            headers.put("Location", "/cooperations/" + Json.readObject(body).get("id"));
        }
        if (replayed) {
            headers.put("Idempotent-Replayed", "true");
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false).build();
    }

    /** One line per decision: ids, codes and roles only. */
    private static void log(CaseOutcome outcome, String caseId, String action, Role role) {
        String result = outcome.getClass().getSimpleName();
        if (outcome instanceof CaseOutcome.Applied applied) {
            Change c = applied.change();
            LOG.info("case changed", "caseId", c.record().id(), "action", action, "stage", c.record().stage().name(),
                    "version", c.record().version(), "role", role.name(), "linkedCaseId", c.linked().orElse(null));
        } else if (outcome instanceof CaseOutcome.Refused refused) {
            LOG.info("case change refused", "caseId", caseId, "action", action, "role", role.name(),
                    "refusal", refused.refusal().getClass().getSimpleName(),
                    "codes", refused.refusal().reasons().stream().map(u -> u.code()).toList());
        } else {
            LOG.info("case change " + result.toLowerCase(Locale.ROOT), "caseId", caseId, "action", action,
                    "role", role.name());
        }
    }

    // =====================================================================================================
    // Issue 17: TKKSD members' opinions
    // =====================================================================================================

    APIGatewayV2HTTPResponse reviews(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        return Optional.ofNullable(reviews).flatMap(r -> r.board(id, actor))
                .map(b -> HttpResponses.json(200, ReviewJson.board(b, actor, request.language())))
                .orElseThrow(() -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse recordReview(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        Language lang = request.language();
        Map<String, Object> body = request.bodyBytes().length == 0 ? Map.of() : request.jsonObjectBody(MAX_BODY_BYTES);
        MemberReviews.Request in = MemberReviews.Request.read(body);
        String name = Officers.signedIn(request).email();
        MemberReviews.Outcome outcome = Optional.ofNullable(reviews)
                .flatMap(r -> r.record(id, actor, name == null || name.isBlank() ? actor.id() : name, in))
                .orElseThrow(() -> Problems.caseNotFound(lang));
        if (outcome instanceof MemberReviews.Outcome.NotAllowed no) {
            LOG.info("member review refused", "caseId", id, "role", actor.role().name(), "refusal", "role");
            throw Problem.of(403, "review-not-allowed", no.reason().in(lang),
                    lang.pick("Pendapat anggota dicatat oleh anggota TKKSD sendiri.",
                            "A member's opinion is recorded by the TKKSD member themself."));
        }
        if (outcome instanceof MemberReviews.Outcome.Closed closed) {
            LOG.info("member review refused", "caseId", id, "role", actor.role().name(), "refusal", "closed");
            throw Problem.of(409, "review-closed", closed.reason().in(lang),
                    lang.pick("Pendapat anggota TKKSD dicatat pada tahap yang menilai usulan atau rancangan.",
                            "TKKSD members' opinions are recorded in the stages that assess a proposal or a draft."));
        }
        MemberReviews.Outcome.Recorded done = (MemberReviews.Outcome.Recorded) outcome;
        LOG.info("member review recorded", "caseId", id, "subject", in.subject().name(), "changed", done.changed());
        return HttpResponses.json(200, ReviewJson.board(done.board(), actor, lang));
    }

    // =====================================================================================================
    // Issue 17: the signing schedule
    // =====================================================================================================

    APIGatewayV2HTTPResponse signing(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Language lang = request.language();
        Optional<SigningSchedule> schedule = Optional.ofNullable(signings)
                .flatMap(x -> x.current(request.pathParameter("id"), actor))
                .orElseThrow(() -> Problems.caseNotFound(lang));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("schedule", schedule.map(x -> SigningJson.schedule(x, lang)).orElse(null));
        return HttpResponses.json(200, body);
    }

    APIGatewayV2HTTPResponse proposeSigning(HttpRequest request) {
        return signingAnswer(request, "propose", (x, id, actor, email, body) -> x.propose(id, actor, email, body));
    }

    APIGatewayV2HTTPResponse approveSigning(HttpRequest request) {
        return signingAnswer(request, "approve", (x, id, actor, email, body) -> x.approve(id, actor, email, body));
    }

    private interface SigningCall {
        Optional<SigningSchedules.Outcome> apply(SigningSchedules s, String caseId, Actor actor, String email,
                                                 Map<String, Object> body);
    }

    private APIGatewayV2HTTPResponse signingAnswer(HttpRequest request, String what, SigningCall call) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        Language lang = request.language();
        Map<String, Object> body = request.bodyBytes().length == 0 ? Map.of() : request.jsonObjectBody(MAX_BODY_BYTES);
        String email = Officers.signedIn(request).email();
        SigningSchedules.Outcome outcome = Optional.ofNullable(signings)
                .flatMap(x -> call.apply(x, id, actor, email, body))
                .orElseThrow(() -> Problems.caseNotFound(lang));
        LOG.info("signing schedule " + what, "caseId", id, "role", actor.role().name(),
                "outcome", outcome.getClass().getSimpleName());
        if (outcome instanceof SigningSchedules.Outcome.Forbidden no) {
            throw Problem.of(403, "signing-not-allowed", no.reason().in(lang), no.reason().in(lang));
        }
        if (outcome instanceof SigningSchedules.Outcome.NotNow not) {
            Problem p = Problem.of(409, "signing-not-now", not.reason().in(lang), not.reason().in(lang));
            throw not.current().map(c -> p.with("current", SigningJson.schedule(c, lang))).orElse(p);
        }
        if (outcome instanceof SigningSchedules.Outcome.Stale stale) {
            throw Problem.of(409, "version-conflict", lang.pick("Jadwal sudah diubah orang lain",
                            "The schedule was changed by someone else"),
                    lang.pick("Muat ulang jadwal lalu ulangi perubahan Anda.", "Reload the schedule and make your change again."))
                    .with("current", SigningJson.schedule(stale.current(), lang));
        }
        SigningSchedules.Outcome.Saved saved = (SigningSchedules.Outcome.Saved) outcome;
        return HttpResponses.json(200, SigningJson.answer(saved.schedule(), saved.changed(), saved.invited(), lang));
    }

    // =====================================================================================================
    // Holidays
    // =====================================================================================================

    APIGatewayV2HTTPResponse holidays(HttpRequest request) {
        Officers.actor(request);
        return HttpResponses.json(200, new CaseJson(request.language()).holidayYears(holidays.years()));
    }

    APIGatewayV2HTTPResponse replaceHolidays(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Language lang = request.language();
        if (!actor.administers()) {
            throw Problems.adminOnly(lang);
        }
        int year = HolidayRequests.year(request.pathParameter("year"));
        HolidayRequests.YearList list = HolidayRequests.list(year, request.jsonObjectBody(MAX_BODY_BYTES));
        CaseJson json = new CaseJson(lang);
        HolidaySettings.Saved saved = holidays.replace(year, list.version(), list.holidays(), list.confirmed(), actor.id());
        if (saved instanceof HolidaySettings.Saved.Stale stale) {
            throw Problems.holidaysChanged(lang, json.holidayYear(stale.current()));
        }
        HolidaySettings.Saved.Done done = (HolidaySettings.Saved.Done) saved;
        LOG.info("holidays replaced", "year", year, "version", done.year().version(), "count", list.holidays().size());
        return HttpResponses.json(200, json.holidayYear(done.year()));
    }

    // =====================================================================================================
    // Departments
    // =====================================================================================================

    APIGatewayV2HTTPResponse departments(HttpRequest request) {
        return HttpResponses.json(200, CaseJson.departments(departments.directory()));
    }

    APIGatewayV2HTTPResponse replaceDepartments(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Language lang = request.language();
        if (!actor.administers()) {
            throw Problems.adminOnlyDepartments(lang);
        }
        DepartmentRequests.DirectoryList list = DepartmentRequests.list(request.jsonObjectBody(MAX_BODY_BYTES));
        DepartmentSettings.Saved saved = departments.replace(list.version(), list.departments(), actor.id());
        if (saved instanceof DepartmentSettings.Saved.Stale stale) {
            throw Problems.departmentsChanged(lang, CaseJson.departments(stale.current()));
        }
        DepartmentDirectory done = ((DepartmentSettings.Saved.Done) saved).directory();
        LOG.info("departments replaced", "version", done.version(), "count", done.departments().size());
        return HttpResponses.json(200, CaseJson.departments(done));
    }
}
