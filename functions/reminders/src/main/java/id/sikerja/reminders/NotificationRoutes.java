package id.sikerja.reminders;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.adapters.dynamo.DynamoOfficerRoster;
import id.sikerja.api.Caller;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.Route;
import id.sikerja.core.notifications.Notification;
import id.sikerja.core.notifications.Notifications;
import id.sikerja.core.notifications.Recipient;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Stage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The officer's inbox (issue 17): {@code GET /me/notifications} ({@code limit} 1–100, {@code cursor}; unread first,
 * then the newest; with {@code unread}, the count the web's header shows) and {@code POST /me/notifications/read}
 * ({@code {ids: [...]}} or {@code {all: true}}; idempotent: marking read twice changes nothing). Each request also
 * records the officer in the roster that mentions and notifications read (address, roles, department of the token).
 */
final class NotificationRoutes {

    static final String LIST = "GET /me/notifications";
    static final String READ = "POST /me/notifications/read";
    static final Set<String> ROUTES = Set.of(LIST, READ);
    private static final Pattern ID = Pattern.compile("^[0-9a-f]{32}$");
    private static final JsonLog LOG = JsonLog.get(NotificationRoutes.class);

    private final Notifications notifications;
    private final DynamoOfficerRoster roster;
    private final Clock clock;

    NotificationRoutes(Notifications notifications, DynamoOfficerRoster roster, Clock clock) {
        this.notifications = notifications;
        this.roster = roster;
        this.clock = clock;
    }

    Map<String, Route> routes() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(LIST, this::list);
        routes.put(READ, this::read);
        return routes;
    }

    private Caller officer(HttpRequest request) {
        Caller c = Officers.signedIn(request);
        Set<id.sikerja.core.workflow.Role> roles = Officers.roles(c);
        if (roles.isEmpty()) {
            throw Officers.noRole(request);
        }
        roster.register(new Recipient(c.subject(), c.email(), roles, c.department()), clock.instant());
        return c;
    }

    APIGatewayV2HTTPResponse list(HttpRequest request) {
        Caller c = officer(request);
        List<FieldError> errors = new ArrayList<>();
        int limit = Notifications.DEFAULT_PAGE;
        Optional<String> limitText = request.query("limit");
        if (limitText.isPresent()) {
            if (!limitText.get().matches("[0-9]{1,3}") || Integer.parseInt(limitText.get()) < 1
                    || Integer.parseInt(limitText.get()) > Notifications.MAX_PAGE) {
                errors.add(new FieldError("limit", "range", Map.of("min", 1, "max", Notifications.MAX_PAGE)));
            } else {
                limit = Integer.parseInt(limitText.get());
            }
        }
        Optional<String> cursor = request.query("cursor");
        if (cursor.isPresent() && !Notifications.validCursor(cursor.get())) {
            errors.add(FieldError.of("cursor", "cursor"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Notifications.Inbox inbox = notifications.inbox(c.subject(), limit, cursor);
        Language lang = request.language();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", inbox.items().stream().map(n -> item(n, lang)).toList());
        out.put("unread", inbox.unread());
        out.put("total", inbox.total());
        out.put("nextCursor", inbox.nextCursor().orElse(null));
        return HttpResponses.json(200, out, Map.of("Cache-Control", "no-store"));
    }

    APIGatewayV2HTTPResponse read(HttpRequest request) {
        Caller c = officer(request);
        Map<String, Object> body = request.jsonObjectBody(16 * 1024);
        List<FieldError> errors = new ArrayList<>();
        body.keySet().stream().filter(k -> !k.equals("ids") && !k.equals("all")).sorted()
                .forEach(k -> errors.add(FieldError.of(k, "unknown_field")));
        Object all = body.get("all");
        Object ids = body.get("ids");
        Optional<Set<String>> chosen = Optional.empty();
        if (all != null && !(all instanceof Boolean)) {
            errors.add(FieldError.of("all", "not_boolean"));
        } else if (Boolean.TRUE.equals(all)) {
            if (ids != null) {
                errors.add(FieldError.of("ids", "unknown_field"));
            }
        } else if (ids == null) {
            errors.add(FieldError.of("ids", "required"));
        } else if (!(ids instanceof List<?> list)) {
            errors.add(FieldError.of("ids", "not_list"));
        } else if (list.isEmpty()) {
            errors.add(FieldError.of("ids", "required"));
        } else if (list.size() > Notifications.MAX_PAGE) {
            errors.add(FieldError.of("ids", "too_many", "max", Notifications.MAX_PAGE));
        } else {
            Set<String> set = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String s) || !ID.matcher(s).matches()) {
                    errors.add(FieldError.of("ids[" + i + "]", "not_registered"));
                } else {
                    set.add(s);
                }
            }
            chosen = Optional.of(set);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int marked = notifications.markRead(c.subject(), chosen);
        LOG.info("notifications read", "marked", marked, "all", chosen.isEmpty());
        Notifications.Inbox inbox = notifications.inbox(c.subject(), 1, Optional.empty());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("marked", marked);
        out.put("unread", inbox.unread());
        return HttpResponses.json(200, out, Map.of("Cache-Control", "no-store"));
    }

    static Map<String, Object> item(Notification n, Language lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", n.id());
        out.put("kind", n.kind().name());
        out.put("kindLabel", n.kind().label().in(lang));
        out.put("caseId", n.caseId());
        out.put("title", n.params().get("title"));
        out.put("trackingCode", n.params().get("trackingCode"));
        String stage = n.params().get("stage");
        out.put("stage", stage);
        out.put("stageLabel", stage == null ? null : Stage.valueOf(stage).label().in(lang));
        String doc = n.params().get("documentType");
        out.put("documentType", doc);
        out.put("documentTypeLabel", doc == null ? null : DocumentType.valueOf(doc).label().in(lang));
        out.put("commentId", n.params().get("commentId"));
        out.put("occurredAt", n.occurredAt().toString());
        out.put("read", !n.unread());
        return out;
    }
}
