package id.sikerja.local.gateway;

import id.sikerja.local.aws.LocalEventBus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sikerja.local.JsonLog;
import id.sikerja.local.auth.CognitoStandIn;
import id.sikerja.local.auth.DemoUser;
import id.sikerja.local.auth.LocalIdentityProvider;
import id.sikerja.local.faults.LocalFaults;
import id.sikerja.local.seed.DemoSeeder;
import id.sikerja.local.seed.SeedContext;
import id.sikerja.local.template.FunctionSpec;
import id.sikerja.local.template.RouteSpec;
import id.sikerja.local.template.ScheduleSpec;
import id.sikerja.local.template.SamApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Endpoints only the local gateway has (they are not in the template):
 * <ul>
 *   <li>{@code GET /_local/health}: the gateway is up; its routes and functions</li>
 *   <li>{@code GET /_local/users}: the local user pool's users</li>
 *   <li>{@code POST /_local/token} {@code {"username": ...}}: an ID token and an access token for that user, as
 *   Cognito issues both (officer routes accept only the ID token), and a refresh token; {@code "tokenUse": "access"}
 *   puts an access token in {@code idToken} too, {@code "expiresIn": seconds} sets another validity (negative:
 *   expired). {@code {"refreshToken": ...}} exchanges a refresh token for new ID and access tokens, as Cognito's
 *   token endpoint does with {@code grant_type=refresh_token} (400 {@code invalid_grant} once the account is
 *   disabled). A disabled account gets no token (403)</li>
 *   <li>{@code GET /_local/.well-known/jwks.json}: the user pool's signing keys</li>
 *   <li>{@code POST /_local/cognito}: the user pool's admin API in Cognito's JSON protocol ({@link CognitoStandIn}),
 *       where the functions' {@code AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER} points</li>
 *   <li>{@code POST /_local/seed}: runs every {@link DemoSeeder}; idempotent</li>
 *   <li>{@code POST /_local/functions/{function}/invocations}: invokes the function with the body as its event and
 *       answers its output, like Lambda's Invoke (e.g. to deliver an S3 notification again)</li>
 *   <li>{@code GET /_local/faults}: the state of the fault switches below</li>
 *   <li>{@code POST /_local/faults/ses} {@code {"down": true|false}}: stops the SES emulator (mail is down: the
 *       functions' sends fail as against an unreachable SES) or starts it again, empty; answers once it is so</li>
 *   <li>{@code POST /_local/faults/import} {@code {"failAtRow": n}}: from now on, imports of older agreements fail
 *       just before writing their row with index n (0-based), as a lost connection would; {@code -1} turns it off.
 *       The reports function gets this switch as its import's fault hook ({@link LocalFaults#IMPORT})</li>
 *   <li>{@code GET /_local/events[?detailType=..&caseId=..]}: the domain events the functions published to the
 *       EventBridge stand-in ({@link LocalEventBus}), oldest first</li>
 *   <li>{@code POST /_local/faults/events} {@code {"down": true|false}}: the bus fails every {@code PutEvents} (as an
 *       unreachable EventBridge), or serves again</li>
 * </ul>
 */
final class LocalEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SamApplication application;
    private final LocalIdentityProvider identityProvider;
    private final Function<GatewayRequest, GatewayResponse> api;
    private final FunctionInvoker invoker;
    private final CognitoStandIn cognito;

    LocalEndpoints(SamApplication application, LocalIdentityProvider identityProvider,
            Function<GatewayRequest, GatewayResponse> api, FunctionInvoker invoker) {
        this.application = application;
        this.identityProvider = identityProvider;
        this.api = api;
        this.invoker = invoker;
        this.cognito = new CognitoStandIn(identityProvider.pool());
    }

    /** Invokes a function in-process with an event of a source other than the HTTP API. */
    @FunctionalInterface
    interface FunctionInvoker {
        byte[] invoke(String functionId, byte[] event) throws FunctionPool.InvocationException, InterruptedException;
    }

    GatewayResponse handle(GatewayRequest request, String path) {
        String route = request.method() + " " + path;
        return switch (route) {
            case "GET /_local/health" -> health();
            case "GET /_local/users" -> users();
            case "POST /_local/token" -> token(request);
            case "POST /_local/cognito", "POST /_local/cognito/" -> cognito(request);
            case "GET /_local/.well-known/jwks.json" -> json(200, JSON.valueToTree(identityProvider.jwks()));
            case "POST /_local/seed" -> seed();
            case "GET /_local/schedules" -> schedules();
            case "GET /_local/faults" -> faults();
            case "POST /_local/faults/import" -> importFault(request);
            case "POST /_local/faults/ses" -> mailFault(request);
            case "GET /_local/events" -> events(request);
            case "POST /_local/faults/events" -> busFault(request);
            default -> route.startsWith("POST /_local/schedules/") ? runSchedule(request, path)
                    : route.startsWith("POST /_local/functions/") && path.endsWith("/invocations")
                    ? invoke(request, path.substring("/_local/functions/".length(), path.length() - "/invocations".length()))
                    : GatewayResponse.message(404, "Not Found");
        };
    }

    /** Invokes a function synchronously with the request body as its event (an empty body is {@code {}}). */
    private GatewayResponse invoke(GatewayRequest request, String functionId) {
        if (application.functions().stream().noneMatch(f -> f.logicalId().equals(functionId))) {
            return GatewayResponse.message(404, "No such function; GET /_local/health lists them");
        }
        byte[] event = request.body() == null || request.body().length == 0
                ? "{}".getBytes(StandardCharsets.UTF_8) : request.body();
        try {
            return GatewayResponse.json(200, new String(invoker.invoke(functionId, event), StandardCharsets.UTF_8));
        } catch (FunctionPool.InvocationException e) {
            JsonLog.error("invoke", "the function failed", Map.of("function", functionId), e.getCause());
            return GatewayResponse.message(500, "The function failed: " + e.failure());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GatewayResponse.message(503, "Interrupted");
        }
    }

    private GatewayResponse importFault(GatewayRequest request) {
        JsonNode body = jsonBody(request);
        if (body == null || !body.path("failAtRow").isInt() || body.get("failAtRow").asInt() < -1) {
            return GatewayResponse.message(400, "The body must be {\"failAtRow\": <row index, or -1>}");
        }
        int row = body.get("failAtRow").asInt();
        LocalFaults.failImportsAtRow(row);
        JsonLog.info("faults", "import fault set", Map.of("failAtRow", row));
        return GatewayResponse.json(200, "{\"failAtRow\":" + row + "}");
    }

    private GatewayResponse mailFault(GatewayRequest request) {
        JsonNode body = jsonBody(request);
        if (body == null || !body.path("down").isBoolean()) {
            return GatewayResponse.message(400, "The body must be {\"down\": true} (mail down) or {\"down\": false} (up)");
        }
        boolean down = body.get("down").asBoolean();
        try {
            LocalFaults.Answer answer = LocalFaults.mail(down);
            JsonLog.info("faults", "mail switched", Map.of("down", down, "status", answer.status()));
            return GatewayResponse.json(answer.status(), answer.body());
        } catch (IOException e) {
            JsonLog.error("faults", "the runtime's control does not answer", Map.of(), e);
            return GatewayResponse.message(502, "The local runtime's control does not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GatewayResponse.message(503, "Interrupted");
        }
    }

    private static GatewayResponse events(GatewayRequest request) {
        LocalEventBus bus = LocalEventBus.current();
        if (bus == null) {
            return GatewayResponse.message(409, "No EventBridge stand-in: this gateway runs without the local runtime");
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : request.rawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String type = query.get("detailType");
        String caseId = query.get("caseId");
        return json(200, LocalEventBus.toJson(bus.events(e -> (type == null || e.detailType().equals(type))
                && (caseId == null || caseId.equals(e.detail().path("caseId").asText(null))))));
    }

    private GatewayResponse busFault(GatewayRequest request) {
        JsonNode body = jsonBody(request);
        LocalEventBus bus = LocalEventBus.current();
        if (bus == null) {
            return GatewayResponse.message(409, "No EventBridge stand-in: this gateway runs without the local runtime");
        }
        if (body == null || !body.path("down").isBoolean()) {
            return GatewayResponse.message(400, "The body must be {\"down\": true} (bus down) or {\"down\": false} (up)");
        }
        bus.down(body.get("down").asBoolean());
        JsonLog.info("faults", "event bus switched", Map.of("down", bus.down()));
        return GatewayResponse.json(200, "{\"down\":" + bus.down() + "}");
    }

    private GatewayResponse faults() {
        ObjectNode faults = JSON.createObjectNode();
        faults.putObject("import").put("failAtRow", LocalFaults.importFailAtRow());
        LocalEventBus bus = LocalEventBus.current();
        if (bus != null) {
            faults.putObject("events").put("down", bus.down());
        }
        try {
            LocalFaults.Answer mail = LocalFaults.mailState();
            faults.set("ses", mail.status() == 200 ? JSON.readTree(mail.body()) : JSON.nullNode());
        } catch (IOException e) {
            faults.set("ses", JSON.nullNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GatewayResponse.message(503, "Interrupted");
        }
        return json(200, faults);
    }

    /** The request's JSON body, or null when it has none or it is not JSON. */
    private static JsonNode jsonBody(GatewayRequest request) {
        try {
            return request.body() == null || request.body().length == 0 ? null : JSON.readTree(request.body());
        } catch (IOException e) {
            return null;
        }
    }

    private GatewayResponse schedules() {
        ArrayNode list = JSON.createArrayNode();
        for (FunctionSpec function : application.functions()) {
            for (ScheduleSpec schedule : function.schedules()) {
                ObjectNode item = list.addObject();
                item.put("function", schedule.functionId());
                item.put("event", schedule.eventId());
                item.put("expression", schedule.expression());
                item.put("timezone", schedule.timezone());
                item.put("run", "POST /_local/schedules/" + schedule.functionId() + "/" + schedule.eventId());
            }
        }
        return json(200, list);
    }

    /**
     * Runs a schedule now: the function gets the template's Input, as EventBridge Scheduler sends it; a body
     * {@code {"now": "<ISO instant>"}} adds {@code now}, which the reminders job honours (a test's clock).
     */
    private GatewayResponse runSchedule(GatewayRequest request, String path) {
        String[] parts = path.substring("/_local/schedules/".length()).split("/");
        Optional<ScheduleSpec> schedule = application.functions().stream().flatMap(f -> f.schedules().stream())
                .filter(s -> parts.length == 2 && s.functionId().equals(parts[0]) && s.eventId().equals(parts[1]))
                .findFirst();
        if (schedule.isEmpty()) {
            return GatewayResponse.message(404, "No such schedule; GET /_local/schedules lists them");
        }
        try {
            ObjectNode input = (ObjectNode) JSON.readTree(schedule.get().input());
            if (request.body() != null && request.body().length > 0) {
                JsonNode body = JSON.readTree(request.body());
                if (body.hasNonNull("now")) {
                    input.put("now", body.get("now").asText());
                }
            }
            byte[] output = invoker.invoke(schedule.get().functionId(), JSON.writeValueAsBytes(input));
            return GatewayResponse.json(200, new String(output, StandardCharsets.UTF_8));
        } catch (FunctionPool.InvocationException e) {
            JsonLog.error("schedule", "scheduled run failed", Map.of("function", schedule.get().functionId()), e.getCause());
            return GatewayResponse.message(500, "The scheduled function failed: " + e.failure());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GatewayResponse.message(503, "Interrupted");
        } catch (java.io.IOException | ClassCastException e) {
            return GatewayResponse.message(400, "The body must be {\"now\": \"<ISO instant>\"}");
        }
    }

    private GatewayResponse health() {
        ObjectNode health = JSON.createObjectNode();
        health.put("status", "ok");
        ArrayNode routes = health.putArray("routes");
        for (RouteSpec route : application.routes()) {
            ObjectNode item = routes.addObject();
            item.put("routeKey", route.routeKey());
            item.put("function", route.functionId());
            item.put("authorizer", route.authorizer() == null ? "NONE" : route.authorizer());
        }
        ArrayNode functions = health.putArray("functions");
        for (FunctionSpec function : application.functions()) {
            functions.add(function.logicalId());
        }
        return json(200, health);
    }

    private GatewayResponse users() {
        ArrayNode users = JSON.createArrayNode();
        for (DemoUser user : identityProvider.users()) {
            ObjectNode item = users.addObject();
            item.put("username", user.username());
            item.put("email", user.email());
            item.put("name", user.name());
            user.groups().forEach(item.putArray("groups")::add);
            if (user.opd() != null) {
                item.put("opd", user.opd());
            }
            item.put("enabled", identityProvider.enabled(user));
        }
        return json(200, users);
    }

    private GatewayResponse cognito(GatewayRequest request) {
        CognitoStandIn.Answer answer = cognito.handle(request.header("x-amz-target"), request.body());
        return new GatewayResponse(answer.status(), Map.of("Content-Type", List.of(CognitoStandIn.CONTENT_TYPE)),
                answer.body().getBytes(StandardCharsets.UTF_8));
    }

    private GatewayResponse token(GatewayRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (IOException e) {
            return GatewayResponse.message(400, "Body must be a JSON object with a username");
        }
        if (body != null && body.hasNonNull("refreshToken")) {
            return refresh(body.get("refreshToken").asText());
        }
        String username = body == null ? null : body.path("username").asText(null);
        if (username == null) {
            return GatewayResponse.message(400, "username is required");
        }
        Optional<DemoUser> user = identityProvider.user(username);
        if (user.isEmpty()) {
            return GatewayResponse.message(404, "No such user; GET /_local/users lists them");
        }
        if (!identityProvider.enabled(user.get())) {
            return GatewayResponse.message(403, "User is disabled.");
        }
        String kind = body.path("tokenUse").asText("id");
        if (!kind.equals("id") && !kind.equals("access")) {
            return GatewayResponse.message(400, "tokenUse is id (default) or access");
        }
        if (body.has("expiresIn") && !body.get("expiresIn").canConvertToLong()) {
            return GatewayResponse.message(400, "expiresIn is a number of seconds (negative: an expired token)");
        }
        java.time.Duration validity = body.has("expiresIn") ? java.time.Duration.ofSeconds(body.get("expiresIn").asLong())
                : identityProvider.tokenValidity();
        ObjectNode token = JSON.createObjectNode();
        token.put("idToken", kind.equals("id") && !body.has("expiresIn") ? identityProvider.idToken(user.get())
                : identityProvider.token(user.get(), kind, validity));
        token.put("accessToken", identityProvider.accessToken(user.get()));
        token.put("refreshToken", identityProvider.refreshToken(user.get()));
        token.put("tokenType", "Bearer");
        token.put("expiresIn", validity.toSeconds());
        return json(200, token);
    }

    /** New ID and access tokens for a refresh token (no new refresh token, as Cognito); none for a disabled user. */
    private GatewayResponse refresh(String refreshToken) {
        Optional<DemoUser> user = identityProvider.refresh(refreshToken);
        if (user.isEmpty()) {
            return json(400, JSON.createObjectNode().put("error", "invalid_grant"));
        }
        ObjectNode token = JSON.createObjectNode();
        token.put("idToken", identityProvider.idToken(user.get()));
        token.put("accessToken", identityProvider.accessToken(user.get()));
        token.put("tokenType", "Bearer");
        token.put("expiresIn", identityProvider.tokenValidity().toSeconds());
        return json(200, token);
    }

    private synchronized GatewayResponse seed() {
        List<String> seeded = new ArrayList<>();
        for (DemoSeeder seeder : ServiceLoader.load(DemoSeeder.class, LocalEndpoints.class.getClassLoader())) {
            try {
                seeder.seed(new Context());
            } catch (Exception e) {
                JsonLog.error("seed", "seeder failed", Map.of("seeder", seeder.name()), e);
                return GatewayResponse.message(500, "Seeder " + seeder.name() + " failed");
            }
            seeded.add(seeder.name());
        }
        ObjectNode result = JSON.createObjectNode();
        seeded.forEach(result.putArray("seeders")::add);
        return json(200, result);
    }

    private static GatewayResponse json(int status, JsonNode body) {
        return GatewayResponse.json(status, body.toString());
    }

    /** Seeders call the API through the gateway itself, with tokens of the local user pool. */
    private final class Context implements SeedContext {

        @Override
        public List<DemoUser> users() {
            return identityProvider.users();
        }

        @Override
        public Response call(String method, String path, String username, String jsonBody,
                             Map<String, String> extraHeaders) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            extraHeaders.forEach((name, value) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), List.of(value)));
            headers.put("host", List.of("localhost"));
            headers.put("user-agent", List.of("sikerja-local-seed"));
            if (username != null) {
                DemoUser user = identityProvider.user(username)
                        .orElseThrow(() -> new IllegalArgumentException("no local user " + username));
                headers.put("authorization", List.of("Bearer " + identityProvider.idToken(user)));
            }
            if (jsonBody != null) {
                headers.put("content-type", List.of("application/json"));
            }
            int query = path.indexOf('?');
            GatewayRequest request = new GatewayRequest(method, query < 0 ? path : path.substring(0, query),
                    query < 0 ? "" : path.substring(query + 1), headers,
                    jsonBody == null ? null : jsonBody.getBytes(StandardCharsets.UTF_8), "127.0.0.1", "HTTP/1.1");
            GatewayResponse response = api.apply(request);
            return new Response(response.status(), response.bodyText());
        }
    }
}
