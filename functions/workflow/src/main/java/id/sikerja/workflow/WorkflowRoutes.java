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
import id.sikerja.core.cases.CaseOutcome;
import id.sikerja.core.cases.CaseOutcome.Change;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseRequests;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.settings.DepartmentDirectory;
import id.sikerja.core.settings.DepartmentRequests;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.settings.HolidayRequests;
import id.sikerja.core.settings.HolidaySettings;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
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
    static final String HOLIDAYS = "GET /settings/holidays";
    static final String HOLIDAY_YEAR = "PUT /settings/holidays/{year}";
    static final String DEPARTMENTS = "GET /settings/departments";
    static final String REPLACE_DEPARTMENTS = "PUT /settings/departments";
    /** The routes this function serves; template.yaml must route exactly these to it. */
    public static final Set<String> ROUTES = java.util.stream.Stream.concat(Set.of(OPEN, LEGACY, VIEW, TRANSITION, EXTEND, CHILD_PKS,
            PARTNER_TRANSITION, HOLIDAYS, HOLIDAY_YEAR, DEPARTMENTS, REPLACE_DEPARTMENTS).stream(),
            ActivityRoutes.ROUTES.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet()); // + issue 18
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final JsonLog LOG = JsonLog.get(WorkflowRoutes.class);

    private final CaseService cases;
    private final HolidaySettings holidays;
    private final DepartmentSettings departments;

    /** Sends the e-mails an applied transition owes (they are already committed with it). */
    private final java.util.function.Consumer<Change> afterTransition;

    public WorkflowRoutes(CaseService cases, HolidaySettings holidays, DepartmentSettings departments) {
        this(cases, holidays, departments, change -> { });
    }

    public WorkflowRoutes(CaseService cases, HolidaySettings holidays, DepartmentSettings departments,
                          java.util.function.Consumer<Change> afterTransition) {
        this.afterTransition = afterTransition;
        this.cases = cases;
        this.holidays = holidays;
        this.departments = departments;
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
        routes.put(PARTNER_TRANSITION, this::partnerTransition);
        routes.put(HOLIDAYS, this::holidays);
        routes.put(HOLIDAY_YEAR, this::replaceHolidays);
        routes.put(DEPARTMENTS, this::departments);
        routes.put(REPLACE_DEPARTMENTS, this::replaceDepartments);
        routes.putAll(more);
        return HttpFunction.serving(ROUTES, routes);
    }

    // =====================================================================================================
    // Cases
    // =====================================================================================================

    APIGatewayV2HTTPResponse view(HttpRequest request) {
        Actor actor = Officers.actor(request);
        CaseJson json = new CaseJson(request.language());
        return cases.view(request.pathParameter("id"), actor)
                .map(v -> HttpResponses.json(200, json.view(v)))
                .orElseThrow(() -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse transition(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        Parsed<CaseRequests.TransitionRequest> in = parse(request, CaseRequests::transition, TRANSITION, id, actor.id());
        CaseJson json = new CaseJson(request.language());
        CaseOutcome outcome = cases.transition(id, actor, in.body().version(), in.body().command(), in.idempotency(),
                change -> Json.write(json.change(change)));
        log(outcome, id, in.body().command().action().name(), actor.role());
        if (outcome instanceof CaseOutcome.Applied applied) {
            Metrics.count(Metrics.Metric.Transitions, in.body().command().action().name(), 1);
            afterTransition.accept(applied.change());
        }
        return answer(request, outcome, 200, json::summary, () -> Problems.caseNotFound(request.language()));
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
        Parsed<CaseRequests.Opening> in = parse(request, CaseRequests::byDepartment, OPEN, "", actor.id());
        CaseJson json = new CaseJson(request.language());
        CaseOutcome outcome = cases.openByDepartment(in.body().proposal(), in.body().documents(), actor,
                in.idempotency(), change -> Json.write(json.change(change)));
        log(outcome, null, "INITIATE", actor.role());
        return answer(request, outcome, 201, json::summary, () -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse legacy(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Parsed<CaseRequests.Opening> in = parse(request, CaseRequests::legacy, LEGACY, "", actor.id());
        CaseJson json = new CaseJson(request.language());
        CaseOutcome outcome = cases.enterLegacy(in.body().proposal(), in.body().facts(), in.body().documents(), actor,
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
