package id.sikerja.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.IdempotentBody;
import id.sikerja.api.Json;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.Problem;
import id.sikerja.api.Route;
import id.sikerja.core.activities.Activity;
import id.sikerja.core.activities.ActivityDraft;
import id.sikerja.core.activities.ActivityOutcome;
import id.sikerja.core.activities.ActivityRequests;
import id.sikerja.core.activities.ActivityService;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.documents.CaseUploads;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issue 18 (domain.md §9): implementation activities with verified evidence.
 * <ul>
 *   <li>{@code GET /cooperations/{id}/activities}: the case's activities (officers who see the case);
 *       {@code POST}: record one → 201.</li>
 *   <li>{@code PUT /cooperations/{id}/activities/{activityId}}: correct a returned (or unverified) one, with its
 *       {@code version}.</li>
 *   <li>{@code POST /cooperations/{id}/activities/{activityId}/verification} ({@code version}) and
 *       {@code .../return} ({@code version}, {@code reason}): the department's officer or an admin decides.</li>
 *   <li>The partner, with its tracking code and {@code X-Access-Token}: {@code GET/POST /track/{trackingCode}/activities}
 *       and {@code PUT /track/{trackingCode}/activities/{activityId}}; a wrong token answers like an unknown code.</li>
 * </ul>
 * 404 for a case or activity the caller cannot see, 403 for a role the process table does not let act, 409 with
 * {@code current} (the activity as it is now) for a stale version, 422 naming each bad field or the rule
 * ({@code RULE:ACTIVITY_*}). An optional {@code Idempotency-Key} replays the first answer.
 */
final class ActivityRoutes {

    static final String LIST = "GET /cooperations/{id}/activities";
    static final String RECORD = "POST /cooperations/{id}/activities";
    static final String CORRECT = "PUT /cooperations/{id}/activities/{activityId}";
    static final String VERIFY = "POST /cooperations/{id}/activities/{activityId}/verification";
    static final String RETURN = "POST /cooperations/{id}/activities/{activityId}/return";
    static final String PARTNER_LIST = "GET /track/{trackingCode}/activities";
    static final String PARTNER_RECORD = "POST /track/{trackingCode}/activities";
    static final String PARTNER_CORRECT = "PUT /track/{trackingCode}/activities/{activityId}";
    static final Set<String> ROUTES = Set.of(LIST, RECORD, CORRECT, VERIFY, RETURN, PARTNER_LIST, PARTNER_RECORD,
            PARTNER_CORRECT);
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final JsonLog LOG = JsonLog.get(ActivityRoutes.class);

    private final ActivityService activities;
    private final CaseService cases;
    private final CaseUploads uploads;

    ActivityRoutes(ActivityService activities, CaseService cases, CaseUploads uploads) {
        this.activities = activities;
        this.cases = cases;
        this.uploads = uploads;
    }

    /** Issue 18 (f18): after a return is committed, the partner's mail it owed is sent (never fails the answer). */
    private java.util.function.BiConsumer<String, Activity> afterReturn = (caseId, a) -> { };

    ActivityRoutes afterReturn(java.util.function.BiConsumer<String, Activity> then) {
        this.afterReturn = then;
        return this;
    }

    Map<String, Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(LIST, this::list);
        routes.put(RECORD, this::record);
        routes.put(CORRECT, this::correct);
        routes.put(VERIFY, r -> decide(r, true));
        routes.put(RETURN, r -> decide(r, false));
        routes.put(PARTNER_LIST, this::partnerList);
        routes.put(PARTNER_RECORD, this::partnerRecord);
        routes.put(PARTNER_CORRECT, this::partnerCorrect);
        return routes;
    }

    // ---- officers -----------------------------------------------------------------------------------

    APIGatewayV2HTTPResponse list(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        return listed(request, id, actor, () -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse record(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        return recorded(request, id, actor, RECORD, actor.id(), () -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse correct(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        return corrected(request, id, actor, CORRECT, actor.id(), () -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse decide(HttpRequest request, boolean verify) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        String activityId = request.pathParameter("activityId");
        IdempotentBody<ActivityRequests.Decision> in = read(request,
                body -> ActivityRequests.decision(body, !verify));
        Optional<Idempotency> key = in.idempotency(verify ? VERIFY : RETURN, id + "/" + activityId, actor.id());
        Function<Activity, String> render = render(request, id, actor);
        ActivityOutcome outcome = verify
                ? activities.verify(id, activityId, actor, in.value().version(), key, render)
                : activities.returnToSubmitter(id, activityId, actor, in.value().version(),
                in.value().reason().orElseThrow(), key, render);
        log(outcome, id, verify ? Action.VERIFY_ACTIVITY : Action.RETURN_ACTIVITY, actor.role());
        if (!verify && outcome instanceof ActivityOutcome.Applied applied) {
            try {
                afterReturn.accept(id, applied.activity());
            } catch (RuntimeException e) {
                LOG.warn("return mail not sent", "caseId", id, "error", e.getClass().getSimpleName());
            }
        }
        return answer(request, outcome, 200, id, actor, () -> Problems.caseNotFound(request.language()));
    }

    // ---- the partner --------------------------------------------------------------------------------

    APIGatewayV2HTTPResponse partnerList(HttpRequest request) {
        String caseId = partnerCase(request);
        return listed(request, caseId, Actor.partner(caseId), Problems::trackingNotFound);
    }

    APIGatewayV2HTTPResponse partnerRecord(HttpRequest request) {
        String caseId = partnerCase(request);
        return recorded(request, caseId, Actor.partner(caseId), PARTNER_RECORD, "partner:" + caseId,
                Problems::trackingNotFound);
    }

    APIGatewayV2HTTPResponse partnerCorrect(HttpRequest request) {
        String caseId = partnerCase(request);
        return corrected(request, caseId, Actor.partner(caseId), PARTNER_CORRECT, "partner:" + caseId,
                Problems::trackingNotFound);
    }

    private String partnerCase(HttpRequest request) {
        return cases.partnerCase(request.pathParameter("trackingCode"), request.header("X-Access-Token").orElse(null))
                .orElseThrow(Problems::trackingNotFound);
    }

    // ---- shared -------------------------------------------------------------------------------------

    private APIGatewayV2HTTPResponse listed(HttpRequest request, String caseId, Actor actor,
                                           java.util.function.Supplier<Problem> notFound) {
        List<Activity> list = activities.list(caseId, actor).orElseThrow(notFound);
        ActivityJson json = json(request, caseId, actor);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", list.stream().map(json::activity).toList());
        body.put("verified", list.stream().filter(Activity::verified).count());
        body.put("mayRecord", ProcessDefinitions.ACTIVITY_ROLES.get(Action.RECORD_ACTIVITY).contains(actor.role()));
        return HttpResponses.json(200, body);
    }

    private APIGatewayV2HTTPResponse recorded(HttpRequest request, String caseId, Actor actor, String route,
                                             String caller, java.util.function.Supplier<Problem> notFound) {
        LocalDate today = activities.today();
        IdempotentBody<ActivityDraft> in = read(request, body -> ActivityRequests.draft(body, today));
        Optional<Idempotency> key = in.idempotency(route, caseId, caller);
        ActivityOutcome outcome = activities.record(caseId, actor, in.value(), key, render(request, caseId, actor));
        log(outcome, caseId, Action.RECORD_ACTIVITY, actor.role());
        return answer(request, outcome, 201, caseId, actor, notFound);
    }

    private APIGatewayV2HTTPResponse corrected(HttpRequest request, String caseId, Actor actor, String route,
                                              String caller, java.util.function.Supplier<Problem> notFound) {
        LocalDate today = activities.today();
        String activityId = request.pathParameter("activityId");
        IdempotentBody<ActivityRequests.Correction> in = read(request, body -> ActivityRequests.correction(body, today));
        Optional<Idempotency> key = in.idempotency(route, caseId + "/" + activityId, caller);
        ActivityOutcome outcome = activities.correct(caseId, activityId, actor, in.value().version(),
                in.value().draft(), key, render(request, caseId, actor));
        log(outcome, caseId, Action.CORRECT_ACTIVITY, actor.role());
        return answer(request, outcome, 200, caseId, actor, notFound);
    }

    private static <T> IdempotentBody<T> read(HttpRequest request, Function<Map<String, Object>, T> reader) {
        Map<String, Object> body = request.bodyBytes().length == 0 ? Map.of() : request.jsonObjectBody(MAX_BODY_BYTES);
        return IdempotentBody.read(request, body, reader);
    }

    private Function<Activity, String> render(HttpRequest request, String caseId, Actor actor) {
        ActivityJson json = json(request, caseId, actor);
        return a -> Json.write(json.activity(a));
    }

    private ActivityJson json(HttpRequest request, String caseId, Actor actor) {
        return new ActivityJson(request.language(), actor, uploads.ofCase(caseId).stream()
                .collect(Collectors.toMap(Upload::documentId, u -> u, (x, y) -> x)));
    }

    private APIGatewayV2HTTPResponse answer(HttpRequest request, ActivityOutcome outcome, int status, String caseId,
                                            Actor actor, java.util.function.Supplier<Problem> notFound) {
        Language lang = request.language();
        if (outcome instanceof ActivityOutcome.Applied applied) {
            return raw(status, applied.response(), false, caseId, applied.activity().id(), actor);
        } else if (outcome instanceof ActivityOutcome.Replayed replayed) {
            return raw(status, replayed.response(), true, caseId, null, actor);
        } else if (outcome instanceof ActivityOutcome.Stale stale) {
            throw Problem.of(409, "version-conflict", lang.pick("Kegiatan sudah berubah", "The activity has changed"),
                    lang.pick("Kegiatan ini sudah diubah sejak versi yang Anda lihat. Periksa keadaannya sekarang, "
                                    + "lalu ulangi bila masih perlu.",
                            "The activity changed after the version you saw. Check how it stands now, then try "
                                    + "again if still needed."))
                    .with("current", json(request, caseId, actor).activity(stale.current()));
        } else if (outcome instanceof ActivityOutcome.Forbidden forbidden) {
            throw Problem.of(403, "forbidden", lang.pick("Tidak berwenang", "Not permitted"), pick(lang, forbidden.reason()));
        } else if (outcome instanceof ActivityOutcome.Refused refused) {
            Map<String, Object> unmet = new LinkedHashMap<>();
            unmet.put("kind", "RULE");
            unmet.put("code", refused.code());
            unmet.put("field", null); // a rule of the activity's state, not a field of the request
            unmet.put("message", pick(lang, refused.message()));
            throw Problem.of(422, "conditions-unmet", lang.pick("Syarat belum terpenuhi", "Conditions not met"),
                    pick(lang, refused.message())).with("unmet", List.of(unmet));
        }
        throw notFound.get();
    }

    private static String pick(Language lang, Text text) {
        return lang.pick(text.id(), text.en());
    }

    private static APIGatewayV2HTTPResponse raw(int status, String body, boolean replayed, String caseId,
                                                String activityId, Actor actor) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        if (status == 201 && actor.role() != Role.PARTNER) {
            Object id = activityId != null ? activityId : Json.readObject(body).get("id");
            headers.put("Location", "/cooperations/" + caseId + "/activities/" + id);
        }
        if (replayed) {
            headers.put("Idempotent-Replayed", "true");
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false).build();
    }

    /** One line per decision: ids, codes and roles only (never a title, a reason or a name). */
    private static void log(ActivityOutcome outcome, String caseId, Action action, Role role) {
        List<Object> fields = new ArrayList<>(List.of("caseId", caseId, "action", action.name(), "role", role.name(),
                "result", outcome.getClass().getSimpleName()));
        if (outcome instanceof ActivityOutcome.Applied a) {
            fields.addAll(List.of("activityId", a.activity().id(), "version", a.activity().version(),
                    "status", a.activity().status().name()));
        } else if (outcome instanceof ActivityOutcome.Refused r) {
            fields.addAll(List.of("code", r.code()));
        }
        LOG.info("activity " + outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT),
                fields.toArray());
    }
}
