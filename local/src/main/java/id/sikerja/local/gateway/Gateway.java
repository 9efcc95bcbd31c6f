package id.sikerja.local.gateway;

import id.sikerja.local.JsonLog;
import id.sikerja.local.auth.JwtAuthorizerEmulation;
import id.sikerja.local.auth.LocalIdentityProvider;
import id.sikerja.local.template.FunctionSpec;
import id.sikerja.local.template.HttpApiSpec;
import id.sikerja.local.template.LocalNames;
import id.sikerja.local.template.RouteSpec;
import id.sikerja.local.template.SamApplication;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The HTTP API of the template, in-process: routing, CORS, the JWT authorizer, the payload format 2.0
 * event, the function's handler, and the mapping of its output back to HTTP, with API Gateway's own
 * answers where it gives them (404, 401, 403, 413, 500, 503). Requests under {@code /_local/} go to the
 * {@link LocalEndpoints}.
 */
public final class Gateway {

    /** An HTTP API's payload limit. */
    public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private static final String LOCAL_PREFIX = "/_local/";
    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Router router;
    private final Cors cors;
    private final Map<String, JwtAuthorizerEmulation> authorizers = new LinkedHashMap<>();
    private final Map<String, FunctionPool> functions = new LinkedHashMap<>();
    private final HttpApiEvents events;
    private final LocalEndpoints localEndpoints;
    private final Clock clock;
    private final ExchangeLog exchanges;

    /** A gateway that records no exchanges. */
    public Gateway(SamApplication application, LocalIdentityProvider identityProvider, ExecutorService workers,
            int instancesPerFunction, Clock clock) {
        this(application, identityProvider, workers, instancesPerFunction, clock, ExchangeLog.none());
    }

    /**
     * @param application           the template's functions and HTTP API
     * @param identityProvider      the local user pool; its keys verify tokens of authorizers with its issuer
     * @param workers               runs the handlers
     * @param instancesPerFunction  how many requests one function serves at once
     * @param exchanges             where the exchanges of the template's routes are recorded (contract tests)
     */
    public Gateway(SamApplication application, LocalIdentityProvider identityProvider, ExecutorService workers,
            int instancesPerFunction, Clock clock, ExchangeLog exchanges) {
        this.exchanges = exchanges;
        HttpApiSpec api = application.httpApi();
        this.router = new Router(application.routes());
        this.cors = api.cors() == null ? null : new Cors(api.cors());
        this.clock = clock;
        this.events = new HttpApiEvents(LocalNames.ACCOUNT_ID, LocalNames.physicalId(api.logicalId()));
        api.authorizers().forEach((name, configuration) -> authorizers.put(name, new JwtAuthorizerEmulation(
                configuration,
                kid -> configuration.issuer().equals(identityProvider.issuer())
                        ? identityProvider.publicKey(kid) : Optional.empty(),
                clock)));
        for (FunctionSpec function : application.functions()) {
            functions.put(function.logicalId(), new FunctionPool(function, instancesPerFunction, workers));
        }
        this.localEndpoints = new LocalEndpoints(application, identityProvider, this::handle, this::invokeFunction);
    }

    /** Answers one request; never throws. */
    public GatewayResponse handle(GatewayRequest request) {
        long start = System.nanoTime();
        Instant received = clock.instant();
        String requestId = requestId();
        Outcome outcome;
        try {
            outcome = dispatch(request, requestId, received);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = Outcome.of(GatewayResponse.message(503, "Service Unavailable"), null);
        } catch (RuntimeException e) {
            JsonLog.error("gateway", "request failed", Map.of("requestId", requestId), e);
            outcome = Outcome.of(GatewayResponse.message(500, "Internal Server Error"), null);
        }
        GatewayResponse response = outcome.response();
        if (outcome.routed()) {
            exchanges.record(outcome.routeKey(), request.method(), outcome.function(), response);
        }
        if (cors != null && !Cors.isPreflight(request)) {
            response = cors.apply(request, response);
        }
        response = response.withHeaders(Map.of("apigw-requestid", requestId));
        accessLog(request, requestId, outcome, response.status(), System.nanoTime() - start);
        return response;
    }

    private Outcome dispatch(GatewayRequest request, String requestId, Instant received) throws InterruptedException {
        if (request.body().length > MAX_BODY_BYTES) {
            return Outcome.of(GatewayResponse.message(413, "Request Entity Too Large"), null);
        }
        if (cors != null && Cors.isPreflight(request)) {
            return Outcome.of(cors.preflight(request), "OPTIONS (CORS preflight)");
        }
        String path = HttpApiEvents.decodedPath(request.rawPath());
        if (path.startsWith(LOCAL_PREFIX)) {
            return Outcome.of(localEndpoints.handle(request, path), "_local");
        }
        Optional<Router.Match> match = router.match(request.method(), path);
        if (match.isEmpty()) {
            return Outcome.of(GatewayResponse.message(404, "Not Found"), null);
        }
        RouteSpec route = match.get().route();
        JwtAuthorizerEmulation.Allowed allowed = null;
        if (route.authorizer() != null) {
            JwtAuthorizerEmulation authorizer = authorizers.get(route.authorizer());
            JwtAuthorizerEmulation.Decision decision = authorizer.authorize(
                    request.header(authorizer.configuration().identityHeader()), route.scopes());
            if (decision instanceof JwtAuthorizerEmulation.Unauthorized denied) {
                return new Outcome(GatewayResponse.message(401, "Unauthorized"), route.routeKey(), null, denied.reason());
            }
            if (decision instanceof JwtAuthorizerEmulation.Forbidden denied) {
                return new Outcome(GatewayResponse.message(403, "Forbidden"), route.routeKey(), null, denied.reason());
            }
            allowed = (JwtAuthorizerEmulation.Allowed) decision;
        }
        byte[] event = events.event(request, match.get(), allowed, requestId, received).toString()
                .getBytes(StandardCharsets.UTF_8);
        FunctionPool function = functions.get(route.functionId());
        return new Outcome(invoke(function, event, requestId), route.routeKey(), route.functionId(), null);
    }

    /** Invokes a function with an event of another source than the HTTP API (a schedule), as Lambda would. */
    byte[] invokeFunction(String functionId, byte[] event) throws FunctionPool.InvocationException, InterruptedException {
        FunctionPool function = functions.get(functionId);
        if (function == null) {
            throw new IllegalArgumentException("no function " + functionId);
        }
        return function.invoke(event);
    }

    private GatewayResponse invoke(FunctionPool function, byte[] event, String requestId) throws InterruptedException {
        Map<String, Object> fields = Map.of("requestId", requestId, "function", function.function().logicalId());
        try {
            return HttpApiResponses.map(function.invoke(event));
        } catch (FunctionPool.InvocationException e) {
            switch (e.failure()) {
                case THROTTLED -> {
                    JsonLog.warn("gateway", e.getMessage(), fields);
                    return GatewayResponse.message(503, "Service Unavailable");
                }
                case TIMED_OUT -> JsonLog.error("lambda", e.getMessage(), fields, null);
                default -> JsonLog.error("lambda", e.getMessage(), fields, e.getCause());
            }
            return GatewayResponse.message(500, "Internal Server Error");
        } catch (HttpApiResponses.MalformedResponse e) {
            JsonLog.error("gateway", "malformed Lambda proxy response: " + e.getMessage(), fields, null);
            return GatewayResponse.message(500, "Internal Server Error");
        }
    }

    private void accessLog(GatewayRequest request, String requestId, Outcome outcome, int status, long nanos) {
        String correlationId = request.header("x-correlation-id");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("requestId", requestId);
        fields.put("correlationId", correlationId != null && CORRELATION_ID.matcher(correlationId).matches()
                ? correlationId : requestId);
        fields.put("method", request.method());
        fields.put("routeKey", outcome.routeKey() == null ? "-" : outcome.routeKey());
        fields.put("status", status);
        fields.put("latencyMs", TimeUnit.NANOSECONDS.toMillis(nanos));
        if (outcome.function() != null) {
            fields.put("function", outcome.function());
        }
        if (outcome.authorizerError() != null) {
            fields.put("authorizerError", outcome.authorizerError());
        }
        JsonLog.info("access", "request", fields);
    }

    private static String requestId() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A response and what the access log says about it. */
    private record Outcome(GatewayResponse response, String routeKey, String function, String authorizerError) {

        /** The gateway's own answer, without a function. */
        static Outcome of(GatewayResponse response, String routeKey) {
            return new Outcome(response, routeKey, null, null);
        }

        /** A request that matched a route: the function answered, or the authorizer refused it. */
        boolean routed() {
            return function != null || authorizerError != null;
        }
    }
}
