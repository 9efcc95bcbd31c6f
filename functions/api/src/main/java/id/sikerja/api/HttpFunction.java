package id.sikerja.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.core.validation.InvalidInput;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The function behind one Lambda: dispatches API Gateway events by route key to its routes, sets the
 * correlation id, refuses an officer route's request made with a token other than an ID token (403), turns every
 * failure into problem+json (never a stack trace), and writes one access-log line per request.
 */
public final class HttpFunction implements Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final JsonLog LOG = JsonLog.get(HttpFunction.class);
    private static final Pattern CORRELATION = Pattern.compile("^[A-Za-z0-9._-]{8,64}$");

    /** The function's generic type, for its registration in the function catalog. */
    public static final java.lang.reflect.Type TYPE = org.springframework.core.ResolvableType.forClassWithGenerics(
            Function.class, APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class).getType();

    private final Map<String, Route> routes;

    public HttpFunction(Map<String, Route> routes) {
        this.routes = Map.copyOf(routes);
    }

    /** A function that must serve exactly {@code declared}: a route added on one side only fails at start. */
    public static HttpFunction serving(Set<String> declared, Map<String, Route> routes) {
        if (!declared.equals(routes.keySet())) {
            throw new IllegalStateException("declared routes " + declared + " differ from implemented " + routes.keySet());
        }
        return new HttpFunction(routes);
    }

    /** The route keys this function serves ("POST /proposals"); the wiring test compares them with the template. */
    public Set<String> routeKeys() {
        return routes.keySet();
    }

    @Override
    public APIGatewayV2HTTPResponse apply(APIGatewayV2HTTPEvent event) {
        long started = System.nanoTime();
        HttpRequest request = new HttpRequest(event);
        String correlation = request.header("x-correlation-id").filter(c -> CORRELATION.matcher(c).matches())
                .orElseGet(request::requestId);
        JsonLog.correlationId(correlation);
        APIGatewayV2HTTPResponse response;
        try {
            Route route = routes.get(event.getRouteKey());
            Optional<Problem> badPath = PathParameters.check(event.getPathParameters());
            if (route == null) {
                response = HttpResponses.problem(Problem.of(404, "not-found", "Tidak ditemukan", null), request.path(),
                        request.language());
            } else {
                Officers.requireIdToken(request);
                if (badPath.isPresent()) {
                    // before any route reads it: a parameter that cannot name anything never reaches storage
                    response = HttpResponses.problem(badPath.get(), request.path(), request.language());
                } else {
                    response = route.handle(request);
                }
            }
        } catch (Problem p) {
            response = HttpResponses.problem(p, request.path(), request.language());
        } catch (InvalidInput invalid) {
            response = HttpResponses.problem(Problem.invalid(422, "invalid-fields", "Isian tidak valid",
                    "Periksa kembali isian yang disebutkan.", invalid.errors()), request.path(), request.language());
        } catch (RuntimeException e) {
            LOG.error("unhandled failure", e, "route", event.getRouteKey());
            response = HttpResponses.problem(Problem.of(500, "internal", "Terjadi kesalahan pada server",
                    "Silakan coba lagi. Bila berulang, hubungi Bagian Kerja Sama dengan kode korelasi ini.")
                    .with("correlationId", correlation), request.path(), request.language());
        }
        Map<String, String> headers = new HashMap<>(response.getHeaders() == null ? Map.of() : response.getHeaders());
        if (correlation != null) {
            headers.put("X-Correlation-Id", correlation);
        }
        response.setHeaders(headers);
        int status = response.getStatusCode();
        if (status >= 400) {
            // by route: a 4xx is the caller's, a 5xx ours (the API's own 5xx metric has no route)
            Metrics.count(status >= 500 ? Metrics.Metric.ServerErrors : Metrics.Metric.ClientErrors,
                    String.valueOf(event.getRouteKey()), 1);
        }
        LOG.info("request", "route", event.getRouteKey(), "status", response.getStatusCode(),
                "durationMs", (System.nanoTime() - started) / 1_000_000);
        JsonLog.correlationId(null);
        return response;
    }
}
