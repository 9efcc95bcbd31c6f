package id.sikerja.reminders;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.adapters.dynamo.DynamoOfficerDirectory;
import id.sikerja.api.Caller;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.Route;
import id.sikerja.core.reminders.DigestPreference;
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
    static final Set<String> ROUTES = Set.of(GET, PUT);

    private final DynamoOfficerDirectory officers;
    private final Clock clock;

    DigestPreferenceRoutes(DynamoOfficerDirectory officers, Clock clock) {
        this.officers = officers;
        this.clock = clock;
    }

    HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(GET, this::get);
        routes.put(PUT, this::put);
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
        if (caller.email() == null || caller.email().isBlank()) {
            throw new InvalidInput(List.of(FieldError.of("email", "required")));
        }
        f.throwIfInvalid();
        DigestPreference pref = new DigestPreference(frequency, weekday);
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
        out.put("saved", saved);
        return out;
    }
}
