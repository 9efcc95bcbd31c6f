package id.sikerja.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.adapters.dynamo.DynamoOfficerRoster;
import id.sikerja.api.Caller;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.IdempotentBody;
import id.sikerja.api.Json;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.Problem;
import id.sikerja.api.Route;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.discussion.Comment;
import id.sikerja.core.discussion.CommentRequests;
import id.sikerja.core.discussion.DiscussionService;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.notifications.Recipient;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DiscussionRule;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A case's discussion (issue 17). Officers: {@code GET/POST /cooperations/{id}/comments},
 * {@code PUT /cooperations/{id}/comments/{commentId}} (the author edits {@code {version, text}} or retracts
 * {@code {version, retract: true, note}}; 409 with {@code current} when the version moved on). The partner, with its
 * tracking code and {@code X-Access-Token}: {@code GET/POST /track/{trackingCode}/comments}, SHARED comments only.
 * Who reads and writes what is {@code ProcessDefinitions.DISCUSSION}; a case the caller cannot see is 404. POSTs take
 * an optional {@code Idempotency-Key}. Every officer request also records the officer in the roster that mentions and
 * notifications read ({@link DynamoOfficerRoster#register}).
 */
final class DiscussionRoutes {

    static final String LIST = "GET /cooperations/{id}/comments";
    static final String POST = "POST /cooperations/{id}/comments";
    static final String CHANGE = "PUT /cooperations/{id}/comments/{commentId}";
    static final String PARTNER_LIST = "GET /track/{trackingCode}/comments";
    static final String PARTNER_POST = "POST /track/{trackingCode}/comments";
    /** issue 17: the partner edits or retracts its own shared comment, by the rules an officer author has */
    static final String PARTNER_CHANGE = "PUT /track/{trackingCode}/comments/{commentId}";
    static final Set<String> ROUTES = Set.of(LIST, POST, CHANGE, PARTNER_LIST, PARTNER_POST, PARTNER_CHANGE);
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final JsonLog LOG = JsonLog.get(DiscussionRoutes.class);

    private final CaseService cases;
    private final DiscussionService discussion;
    private final DynamoOfficerRoster roster;
    private final Clock clock;

    DiscussionRoutes(CaseService cases, DiscussionService discussion, DynamoOfficerRoster roster, Clock clock) {
        this.cases = cases;
        this.discussion = discussion;
        this.roster = roster;
        this.clock = clock;
    }

    Map<String, Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(LIST, this::list);
        routes.put(POST, this::post);
        routes.put(CHANGE, this::change);
        routes.put(PARTNER_LIST, this::partnerList);
        routes.put(PARTNER_POST, this::partnerPost);
        routes.put(PARTNER_CHANGE, this::partnerChange);
        return routes;
    }

    private Actor officer(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Caller c = Officers.signedIn(request);
        roster.register(new Recipient(c.subject(), c.email(), Officers.roles(c), c.department()), clock.instant());
        return actor;
    }

    private String partnerCase(HttpRequest request) {
        return cases.partnerCase(request.pathParameter("trackingCode"), request.header("X-Access-Token").orElse(null))
                .orElseThrow(Problems::trackingNotFound);
    }

    APIGatewayV2HTTPResponse list(HttpRequest request) {
        Actor actor = officer(request);
        return thread(request, request.pathParameter("id"), actor, () -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse partnerList(HttpRequest request) {
        String caseId = partnerCase(request);
        return thread(request, caseId, Actor.partner(caseId), Problems::trackingNotFound);
    }

    private APIGatewayV2HTTPResponse thread(HttpRequest request, String caseId, Actor actor,
                                            java.util.function.Supplier<Problem> notFound) {
        List<FieldError> errors = new ArrayList<>();
        int limit = DiscussionService.DEFAULT_PAGE;
        Optional<String> limitText = request.query("limit");
        if (limitText.isPresent()) {
            if (!limitText.get().matches("[0-9]{1,3}") || Integer.parseInt(limitText.get()) < 1
                    || Integer.parseInt(limitText.get()) > DiscussionService.MAX_PAGE) {
                errors.add(new FieldError("limit", "range", Map.of("min", 1, "max", DiscussionService.MAX_PAGE)));
            } else {
                limit = Integer.parseInt(limitText.get());
            }
        }
        Optional<String> cursor = request.query("cursor");
        if (cursor.isPresent() && !cursor.get().matches("[A-Za-z0-9-]{1,64}")) {
            errors.add(FieldError.of("cursor", "cursor"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        DiscussionService.Thread thread = discussion.thread(caseId, actor, limit, cursor).orElseThrow(notFound);
        CommentJson json = new CommentJson(request.language(), actor, roster);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", thread.items().stream().map(json::comment).toList());
        out.put("nextCursor", thread.nextCursor().orElse(null));
        out.put("total", thread.total());
        out.put("permissions", json.permissions(thread.record().stage()));
        return HttpResponses.json(200, out, Map.of("Cache-Control", "no-store"));
    }

    APIGatewayV2HTTPResponse post(HttpRequest request) {
        Actor actor = officer(request);
        String id = request.pathParameter("id");
        return write(request, id, actor, false, () -> Problems.caseNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse partnerPost(HttpRequest request) {
        String caseId = partnerCase(request);
        return write(request, caseId, Actor.partner(caseId), true, Problems::trackingNotFound);
    }

    private APIGatewayV2HTTPResponse write(HttpRequest request, String caseId, Actor actor, boolean partner,
                                           java.util.function.Supplier<Problem> notFound) {
        Map<String, Object> body = request.jsonObjectBody(MAX_BODY_BYTES);
        IdempotentBody<CommentRequests.NewComment> read = IdempotentBody.read(request, body,
                b -> CommentRequests.comment(b, partner));
        String route = partner ? PARTNER_POST : POST;
        Optional<Idempotency> idempotency = read.idempotency(route, caseId,
                partner ? "partner:" + caseId : actor.id());
        CommentJson json = new CommentJson(request.language(), actor, roster);
        DiscussionService.Outcome outcome = discussion.post(caseId, actor, read.value(), idempotency,
                c -> Json.write(json.comment(c)));
        LOG.info("comment", "caseId", caseId, "role", actor.role().name(), "outcome",
                outcome.getClass().getSimpleName());
        return answer(request, outcome, 201, actor, notFound);
    }

    APIGatewayV2HTTPResponse change(HttpRequest request) {
        Actor actor = officer(request);
        return change(request, request.pathParameter("id"), actor);
    }

    /** The partner's own SHARED comments only (it reads no other); another's answers 403 not-comment-author. */
    APIGatewayV2HTTPResponse partnerChange(HttpRequest request) {
        String caseId = partnerCase(request);
        return change(request, caseId, Actor.partner(caseId));
    }

    private APIGatewayV2HTTPResponse change(HttpRequest request, String caseId, Actor actor) {
        String commentId = request.pathParameter("commentId");
        CommentRequests.Change in = CommentRequests.change(request.jsonObjectBody(MAX_BODY_BYTES));
        DiscussionService.Outcome outcome = discussion.change(caseId, commentId, actor, in);
        LOG.info("comment changed", "caseId", caseId, "role", actor.role().name(), "outcome",
                outcome.getClass().getSimpleName(), "retraction", in.retractionNote().isPresent());
        CommentJson json = new CommentJson(request.language(), actor, roster);
        if (outcome instanceof DiscussionService.Written) {
            return HttpResponses.json(200, json.comment(discussion.find(caseId, commentId).orElseThrow()));
        }
        return answer(request, outcome, 200, actor, () -> commentNotFound(request.language()));
    }

    private APIGatewayV2HTTPResponse answer(HttpRequest request, DiscussionService.Outcome outcome, int status,
                                            Actor viewer, java.util.function.Supplier<Problem> notFound) {
        Language lang = request.language();
        if (outcome instanceof DiscussionService.Written w) {
            Map<String, String> headers = new HashMap<>();
            headers.put("Content-Type", "application/json; charset=utf-8");
            headers.put("Cache-Control", "no-store");
            if (w.replayed()) {
                headers.put("Idempotent-Replayed", "true");
            }
            return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers)
                    .withBody(w.response()).withIsBase64Encoded(false).build();
        } else if (outcome instanceof DiscussionService.Forbidden f) {
            throw forbidden(lang, f.reason());
        } else if (outcome instanceof DiscussionService.Stale s) {
            throw Problem.of(409, "comment-changed", lang.pick("Komentar sudah berubah", "The comment has changed"),
                    lang.pick("Komentar ini sudah diubah atau ditarik sejak versi yang Anda lihat.",
                            "This comment was edited or retracted after the version you saw."))
                    .with("current", new CommentJson(lang, viewer, roster).comment(s.current()));
        }
        throw notFound.get();
    }

    static Problem commentNotFound(Language lang) {
        return Problem.of(404, "not-found", lang.pick("Komentar tidak ditemukan", "Comment not found"),
                lang.pick("Tidak ada komentar dengan nomor ini yang dapat Anda lihat.",
                        "There is no comment with this id that you can see."));
    }

    static Problem forbidden(Language lang, String reason) {
        return switch (reason) {
            case "discussion-closed" -> Problem.of(403, reason, lang.pick("Diskusi sudah ditutup", "The discussion is closed"),
                    lang.pick("Kasus ini sudah selesai: diskusinya tetap dapat dibaca, tetapi tidak dapat ditambah.",
                            "This case is closed: its discussion can be read but not added to."));
            case "not-comment-author" -> Problem.of(403, reason,
                    lang.pick("Hanya penulis yang dapat mengubah komentar", "Only the author can change a comment"),
                    lang.pick("Anda dapat membalas komentar ini, tetapi tidak mengubah atau menariknya.",
                            "You can reply to this comment, but not edit or retract it."));
            default -> Problem.of(403, "discussion-read-only", lang.pick("Hanya dapat membaca diskusi",
                            "You can only read the discussion"),
                    lang.pick("Peran Anda dapat membaca diskusi kasus ini, tetapi tidak menulis di dalamnya.",
                            "Your role can read this case's discussion but not write in it."));
        };
    }

    /** A comment as the caller reads it: a retracted one without its text. */
    static final class CommentJson {
        private final Language lang;
        private final Actor viewer;
        private final DynamoOfficerRoster roster;
        private final Map<String, Optional<Recipient>> officers = new HashMap<>();

        CommentJson(Language lang, Actor viewer, DynamoOfficerRoster roster) {
            this.lang = lang;
            this.viewer = viewer;
            this.roster = roster;
        }

        Map<String, Object> permissions(Stage stage) {
            DiscussionRule rule = DiscussionService.rule(viewer);
            Map<String, Object> p = new LinkedHashMap<>();
            List<String> writes = rule.writes().stream().filter(v -> rule.mayWrite(v, stage)).sorted().toList();
            p.put("canWrite", !writes.isEmpty());
            p.put("visibilities", writes);
            return p;
        }

        Map<String, Object> comment(Comment c) {
            boolean partnerView = viewer.role() == Role.PARTNER;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", c.id());
            out.put("stage", c.stage().name());
            out.put("stageLabel", c.stage().label().in(lang));
            if (c.document().isPresent()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("type", c.document().get().type().name());
                d.put("typeLabel", c.document().get().type().label().in(lang));
                d.put("version", c.document().get().version());
                out.put("document", d);
            } else {
                out.put("document", null);
            }
            out.put("visibility", c.visibility());
            out.put("author", author(c.authorId(), c.authorRole(), partnerView));
            out.put("mine", c.authorId().equals(viewer.id()) || (partnerView && c.authorRole() == Role.PARTNER));
            out.put("text", c.retracted() ? null : c.text());
            if (partnerView) {
                out.put("mentions", List.of());
            } else {
                out.put("mentions", c.mentions().stream().map(m -> {
                    Map<String, Object> mention = new LinkedHashMap<>();
                    mention.put("username", m);
                    mention.put("label", label(m).orElse(null));
                    return mention;
                }).toList());
            }
            out.put("createdAt", c.createdAt().toString());
            out.put("editedAt", c.editedAt().map(Object::toString).orElse(null));
            out.put("version", c.version());
            out.put("history", c.retracted() ? List.of() : c.history().stream().map(r -> {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("text", r.text());
                h.put("replacedAt", r.replacedAt().toString());
                return h;
            }).toList());
            out.put("retraction", c.retraction().map(r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("note", r.note());
                m.put("at", r.at().toString());
                return (Object) m;
            }).orElse(null));
            return out;
        }

        private Map<String, Object> author(String id, Role role, boolean partnerView) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("role", role.name());
            a.put("roleLabel", role.label().in(lang));
            // the partner never learns who an officer is; officers see the colleague's address when known
            a.put("label", partnerView || role == Role.PARTNER ? null : label(id).orElse(null));
            if (!partnerView && role != Role.PARTNER) {
                a.put("username", id);
            }
            return a;
        }

        private Optional<String> label(String username) {
            return officers.computeIfAbsent(username, roster::find).map(Recipient::email);
        }
    }
}
