package id.sikerja.local.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.TestFiles;
import id.sikerja.local.auth.LocalIdentityProvider;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.SamApplication;
import id.sikerja.local.template.Template;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway in-process, with the test template and its test handler. */
class GatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORIGIN = "http://localhost:5173";

    private static ExecutorService workers;
    private static LocalIdentityProvider pool;
    private static Gateway gateway;

    @BeforeAll
    static void start() {
        LocalResolver resolver = new LocalResolver(Template.load(TestFiles.testTemplate()), Map.of());
        SamApplication application = SamApplication.read(resolver);
        workers = Executors.newCachedThreadPool();
        pool = LocalGateway.identityProvider(application, resolver);
        gateway = new Gateway(application, pool, workers, 2, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        workers.shutdownNow();
    }

    @Test
    void invokesTheHandlerWithTheEventOfItsRoute() throws Exception {
        GatewayResponse response = gateway.handle(request("GET", "/echo/42", Map.of()));
        assertEquals(200, response.status());
        assertNotNull(response.header("apigw-requestid"));
        JsonNode event = JSON.readTree(response.body());
        assertEquals("GET /echo/{id}", event.get("routeKey").asText());
        assertEquals("42", event.at("/pathParameters/id").asText());
        assertEquals(response.header("apigw-requestid"), event.at("/requestContext/requestId").asText());
        assertFalse(event.get("requestContext").has("authorizer"));
    }

    @Test
    void authorizedRoutesGetTheTokensClaims() throws Exception {
        String token = pool.idToken(pool.user("opd-dishub").orElseThrow());
        GatewayResponse response = gateway.handle(request("POST", "/echo/a/b", Map.of("authorization", "Bearer " + token)));
        assertEquals(200, response.status());
        JsonNode event = JSON.readTree(response.body());
        assertEquals("a/b", event.at("/pathParameters/proxy").asText());
        JsonNode claims = event.at("/requestContext/authorizer/jwt/claims");
        assertEquals("[opd]", claims.get("cognito:groups").asText());
        assertEquals("DISHUB", claims.get("custom:opd").asText());
        assertTrue(claims.get("exp").isTextual(), "claims are strings");
        assertTrue(event.at("/requestContext/authorizer/jwt/scopes").isNull());
    }

    @Test
    void answersLikeApiGatewayWhenItDoesNotInvoke() {
        assertEquals("{\"message\":\"Not Found\"}", gateway.handle(request("GET", "/nothing", Map.of())).bodyText());
        GatewayResponse unauthorized = gateway.handle(request("POST", "/echo/x", Map.of()));
        assertEquals(401, unauthorized.status());
        assertEquals("{\"message\":\"Unauthorized\"}", unauthorized.bodyText());
        assertEquals(401, gateway.handle(request("POST", "/echo/x", Map.of("authorization", "Bearer x.y.z"))).status());
        String token = pool.idToken(pool.user("admin").orElseThrow());
        GatewayResponse forbidden = gateway.handle(request("GET", "/scoped", Map.of("authorization", token)));
        assertEquals(403, forbidden.status());
        assertEquals("{\"message\":\"Forbidden\"}", forbidden.bodyText());
        GatewayResponse tooLarge = gateway.handle(new GatewayRequest("POST", "/behave/plain", "", Map.of(),
                new byte[Gateway.MAX_BODY_BYTES + 1], "127.0.0.1", "HTTP/1.1"));
        assertEquals(413, tooLarge.status());
    }

    @Test
    void handlerFailuresAreInternalServerErrors() {
        for (String path : List.of("/behave/fail", "/behave/garbage", "/slow/3000")) {
            GatewayResponse response = gateway.handle(request("GET", path, Map.of()));
            assertEquals(500, response.status(), path);
            assertEquals("{\"message\":\"Internal Server Error\"}", response.bodyText(), path);
        }
        assertEquals(200, gateway.handle(request("GET", "/behave/plain", Map.of())).status(),
                "the function still serves after a failure");
    }

    @Test
    void mapsTheHandlersResponse() {
        GatewayResponse plain = gateway.handle(request("GET", "/behave/plain", Map.of()));
        assertEquals(200, plain.status());
        assertEquals("{\"hello\":\"world\"}", plain.bodyText());

        GatewayResponse binary = gateway.handle(request("GET", "/behave/binary", Map.of()));
        assertEquals(201, binary.status());
        assertEquals(4, binary.body().length);
        assertEquals(List.of("a", "b"), binary.headers().get("x-many"));
        assertEquals(List.of("session=abc; HttpOnly", "theme=dark"), binary.headers().get("set-cookie"));
    }

    @Test
    void givesTheHandlerALambdaContext() throws Exception {
        JsonNode context = JSON.readTree(gateway.handle(request("GET", "/behave/context", Map.of())).body());
        assertEquals("sikerja-local-echofunction", context.get("functionName").asText());
        assertEquals(512, context.get("memoryLimitInMB").asInt());
        int remaining = context.get("remainingTimeInMillis").asInt();
        assertTrue(remaining > 4000 && remaining <= 5000, "Timeout 5 s, got " + remaining);
        assertEquals(36, context.get("awsRequestId").asText().length());
    }

    @Test
    void servesConcurrentRequestsWithMoreInstances() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<GatewayResponse>> responses = List.of(
                    clients.submit(() -> gateway.handle(request("GET", "/behave/together", Map.of()))),
                    clients.submit(() -> gateway.handle(request("GET", "/behave/together", Map.of()))));
            for (Future<GatewayResponse> response : responses) {
                assertEquals(200, response.get().status(), "both invocations were in the handler at once");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void appliesTheApisCors() {
        GatewayResponse preflight = gateway.handle(request("OPTIONS", "/echo/x", Map.of("origin", ORIGIN,
                "access-control-request-method", "POST", "access-control-request-headers", "authorization")));
        assertEquals(204, preflight.status());
        assertEquals(ORIGIN, preflight.header("access-control-allow-origin"));
        assertEquals("GET,POST", preflight.header("access-control-allow-methods"));
        assertEquals("authorization,content-type", preflight.header("access-control-allow-headers"));
        assertEquals("300", preflight.header("access-control-max-age"));

        GatewayResponse otherOrigin = gateway.handle(request("OPTIONS", "/echo/x", Map.of("origin", "https://evil.example",
                "access-control-request-method", "POST")));
        assertEquals(204, otherOrigin.status());
        assertNull(otherOrigin.header("access-control-allow-origin"));

        GatewayResponse response = gateway.handle(request("GET", "/echo/1", Map.of("origin", ORIGIN)));
        assertEquals(ORIGIN, response.header("access-control-allow-origin"), "the function's own header is replaced");
        assertEquals("x-correlation-id", response.header("access-control-expose-headers"));
        assertEquals(ORIGIN, gateway.handle(request("POST", "/echo/x", Map.of("origin", ORIGIN)))
                .header("access-control-allow-origin"), "also on the gateway's own answers");
        assertNull(gateway.handle(request("GET", "/echo/1", Map.of())).header("access-control-allow-origin"));
    }

    @Test
    void servesTheLocalEndpoints() throws Exception {
        GatewayResponse users = gateway.handle(request("GET", "/_local/users", Map.of()));
        assertEquals(5, JSON.readTree(users.body()).size());

        GatewayResponse token = gateway.handle(new GatewayRequest("POST", "/_local/token", "", Map.of(),
                "{\"username\":\"tkksd\"}".getBytes(StandardCharsets.UTF_8), "127.0.0.1", "HTTP/1.1"));
        assertEquals(200, token.status());
        JsonNode issued = JSON.readTree(token.body());
        assertEquals(1800, issued.get("expiresIn").asInt(), "the template's IdTokenValidity: 30 minutes");
        GatewayResponse withToken = gateway.handle(request("POST", "/echo/me",
                Map.of("authorization", issued.get("idToken").asText())));
        assertEquals(200, withToken.status());

        assertEquals(404, gateway.handle(new GatewayRequest("POST", "/_local/token", "", Map.of(),
                "{\"username\":\"nobody\"}".getBytes(StandardCharsets.UTF_8), "127.0.0.1", "HTTP/1.1")).status());
        assertEquals(400, gateway.handle(new GatewayRequest("POST", "/_local/token", "", Map.of(),
                "{".getBytes(StandardCharsets.UTF_8), "127.0.0.1", "HTTP/1.1")).status());
        assertEquals("RSA", JSON.readTree(gateway.handle(request("GET", "/_local/.well-known/jwks.json", Map.of()))
                .body()).at("/keys/0/kty").asText());
        // the test template has none of the real functions, so the demo seeder's first request fails: the
        // endpoint says which seeder failed instead of half-seeding silently (DemoSeedTest covers success)
        GatewayResponse seeded = gateway.handle(request("POST", "/_local/seed", Map.of()));
        assertEquals(500, seeded.status());
        assertEquals("{\"message\":\"Seeder cooperations failed\"}", seeded.bodyText());
        JsonNode health = JSON.readTree(gateway.handle(request("GET", "/_local/health", Map.of())).body());
        assertEquals("ok", health.get("status").asText());
        assertEquals(5, health.get("routes").size());
    }

    private static GatewayRequest request(String method, String path, Map<String, String> headers) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        headers.forEach((name, value) -> lines.put(name, List.of(value)));
        return new GatewayRequest(method, path, "", lines, null, "127.0.0.1", "HTTP/1.1");
    }
}
