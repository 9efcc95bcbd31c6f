package id.sikerja.reminders;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.adapters.dynamo.DynamoOfficerDirectory;
import id.sikerja.api.Caller;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.Route;
import id.sikerja.core.notifications.NotificationKind;
import id.sikerja.core.reminders.DigestPreference;
import id.sikerja.core.validation.Language;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Role;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /me/digest-preferences} and {@code PUT /me/digest-preferences}: each officer chooses a daily digest,
 * a weekly one on a weekday, or none. Saving also records the officer's address, roles and department as the
 * token states them, which is how the reminders job knows whom to tell.
 */
final class DigestPreferenceRoutes {

    static final String GET = "GET /me/digest-preferences";
    static final String PUT = "PUT /me/digest-preferences";
    /** The digest's routes and, issue 17, the inbox's ({@link NotificationRoutes}). */
    static final Set<String> ROUTES = union(Set.of(GET, PUT), NotificationRoutes.ROUTES);

    private final DynamoOfficerDirectory officers;
    private final Clock clock;

    private NotificationRoutes inbox;

    DigestPreferenceRoutes(DynamoOfficerDirectory officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    DigestPreferenceRoutes withInbox(NotificationRoutes routes) {
        this.inbox = routes;
        return this;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(GET, this::get);
        routes.put(PUT, this::put);
        if (inbox == null) {
            return HttpFunction.serving(Set.of(GET, PUT), routes);
        }
        routes.putAll(inbox.routes());
        return HttpFunction.serving(ROUTES, routes);
    }

    private APIGatewayV2HTTPResponse get(HttpRequest request) {
        Caller caller = caller(request);
        DigestPreference pref = officers.find(caller.subject()).map(Officer::preference).orElse(DigestPreference.DEFAULT);
        return HttpResponses.json(200, body(pref, officers.find(caller.subject()).isPresent()));
    }

    private APIGatewayV2HTTPResponse put(HttpRequest request) {
        Caller caller = caller(request);
        Map<String, Object> body = request.jsonObjectBody(4 * 1024);
        Fields f = Fields.of(body);
        DigestPreference.Frequency frequency = f.choice("frequency", DigestPreference.Frequency.class);
        DayOfWeek weekday = null;
        if (frequency == DigestPreference.Frequency.WEEKLY) {
            weekday = f.choice("weekday", DayOfWeek.class);
        } else if (f.has("weekday")) {
            f.reject("weekday", "only_for", Map.of("category", "frequency WEEKLY"));
        }
        // issue 17: the notification kinds also mailed at once, and the language of the officer's mail
        java.util.Set<NotificationKind> immediate = java.util.EnumSet.noneOf(NotificationKind.class);
        Object kinds = body.get("immediate");
        if (kinds != null) {
            if (!(kinds instanceof List<?> list)) {
                f.reject("immediate", "not_list", Map.of());
            } else {
                for (int i = 0; i < list.size(); i++) {
                    Object k = list.get(i);
                    NotificationKind kind = null;
                    for (NotificationKind candidate : NotificationKind.values()) {
                        if (candidate.name().equals(k)) {
                            kind = candidate;
                        }
                    }
                    if (kind == null) {
                        f.reject("immediate[" + i + "]", "one_of", Map.of("allowed",
                                String.join(", ", java.util.Arrays.stream(NotificationKind.values()).map(Enum::name)
                                        .toList())));
                    } else {
                        immediate.add(kind);
                    }
                }
            }
        }
        Language language = Language.ID;
        if (f.has("language")) {
            String l = f.text("language", 2, 2);
            if ("en".equals(l)) {
                language = Language.EN;
            } else if (l != null && !"id".equals(l)) {
                f.reject("language", "one_of", Map.of("allowed", "id, en"));
            }
        }
        if (caller.email() == null || caller.email().isBlank()) {
            throw new InvalidInput(List.of(FieldError.of("email", "required")));
        }
        f.throwIfInvalid();
        DigestPreference pref = new DigestPreference(frequency, weekday, immediate, language);
        officers.save(new Officer(caller.subject(), caller.email(), roles(caller), caller.department(), pref),
                clock.instant());
        return HttpResponses.json(200, body(pref, true));
    }

    private static Caller caller(HttpRequest request) {
        Caller caller = id.sikerja.api.Officers.signedIn(request);
        if (roles(caller).isEmpty()) {
            throw id.sikerja.api.Officers.noRole(request);
        }
        return caller;
    }

    static Set<Role> roles(Caller caller) {
        return id.sikerja.api.Officers.roles(caller);
    }

    private static Map<String, Object> body(DigestPreference pref, boolean saved) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("frequency", pref.frequency().name());
        out.put("weekday", pref.weekday() == null ? null : pref.weekday().name());
        out.put("immediate", pref.immediate().stream().map(Enum::name).sorted().toList());
        out.put("language", pref.language() == Language.EN ? "en" : "id");
        out.put("saved", saved);
        return out;
    }
}
