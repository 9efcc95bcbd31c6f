package id.sikerja.local.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.sikerja.local.auth.JwtAuthorizerEmulation;
import id.sikerja.local.template.RouteSpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpApiEventsTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-05T01:02:03.456Z");

    private final HttpApiEvents events = new HttpApiEvents("000000000000", "localapi");

    @Test
    void buildsPayloadFormat2() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("127.0.0.1:3000"));
        headers.put("User-Agent", List.of("curl/8"));
        headers.put("Content-Type", List.of("application/json; charset=utf-8"));
        headers.put("X-Multi", List.of("a", "b"));
        headers.put("Cookie", List.of("session=abc; theme=dark", "lang=id"));
        GatewayRequest request = new GatewayRequest("POST", "/track/SK%2F01%20x", "a=1&b=x%20y&a=2&flag&c=1+2",
                headers, "{\"ok\":true}".getBytes(StandardCharsets.UTF_8), "127.0.0.1", "HTTP/1.1");
        RouteSpec route = new RouteSpec("F", "E", "POST", "/track/{code}", null, List.of());

        JsonNode event = events.event(request, new Router.Match(route, Map.of("code", "SK/01 x")), null, "req-1",
                RECEIVED);

        assertEquals("2.0", event.get("version").asText());
        assertEquals("POST /track/{code}", event.get("routeKey").asText());
        assertEquals("/track/SK/01 x", event.get("rawPath").asText());
        assertEquals("a=1&b=x%20y&a=2&flag&c=1+2", event.get("rawQueryString").asText());
        assertEquals(List.of("session=abc", "theme=dark", "lang=id"), strings(event.get("cookies")));
        JsonNode eventHeaders = event.get("headers");
        assertEquals("a,b", eventHeaders.get("x-multi").asText());
        assertEquals("application/json; charset=utf-8", eventHeaders.get("content-type").asText());
        assertFalse(eventHeaders.has("cookie"), "cookies travel in the cookies field");
        assertFalse(eventHeaders.has("Host"), "header names are lower-cased");
        JsonNode query = event.get("queryStringParameters");
        assertEquals("1,2", query.get("a").asText());
        assertEquals("x y", query.get("b").asText());
        assertEquals("", query.get("flag").asText());
        assertEquals("1 2", query.get("c").asText());
        assertEquals("SK/01 x", event.get("pathParameters").get("code").asText());
        assertEquals("{\"ok\":true}", event.get("body").asText());
        assertFalse(event.get("isBase64Encoded").asBoolean());

        JsonNode context = event.get("requestContext");
        assertEquals("000000000000", context.get("accountId").asText());
        assertEquals("localapi", context.get("apiId").asText());
        assertFalse(context.has("authorizer"), "a public route has no authorizer context");
        assertEquals("127.0.0.1:3000", context.get("domainName").asText());
        assertEquals("POST", context.at("/http/method").asText());
        assertEquals("/track/SK/01 x", context.at("/http/path").asText());
        assertEquals("HTTP/1.1", context.at("/http/protocol").asText());
        assertEquals("127.0.0.1", context.at("/http/sourceIp").asText());
        assertEquals("curl/8", context.at("/http/userAgent").asText());
        assertEquals("req-1", context.get("requestId").asText());
        assertEquals("POST /track/{code}", context.get("routeKey").asText());
        assertEquals("$default", context.get("stage").asText());
        assertEquals("05/Mar/2026:01:02:03 +0000", context.get("time").asText());
        assertEquals(RECEIVED.toEpochMilli(), context.get("timeEpoch").asLong());
    }

    @Test
    void leavesOutWhatTheRequestDoesNotHave() {
        GatewayRequest request = new GatewayRequest("GET", "/proposals", null, Map.of(), null, "127.0.0.1", "HTTP/1.1");
        JsonNode event = events.event(request, new Router.Match(
                new RouteSpec("F", "E", "GET", "/proposals", null, List.of()), Map.of()), null, "r", RECEIVED);
        assertEquals("", event.get("rawQueryString").asText());
        for (String absent : List.of("cookies", "queryStringParameters", "pathParameters", "body")) {
            assertFalse(event.has(absent), absent);
        }
        assertFalse(event.get("isBase64Encoded").asBoolean());
        assertEquals("", event.at("/requestContext/http/userAgent").asText());
    }

    @Test
    void putsTheAuthorizersClaimsInTheContext() {
        GatewayRequest request = new GatewayRequest("GET", "/me", "", Map.of(), null, "127.0.0.1", "HTTP/1.1");
        JwtAuthorizerEmulation.Allowed allowed = new JwtAuthorizerEmulation.Allowed(
                Map.of("sub", "u-1", "cognito:groups", "[admin tkksd]"), null);
        JsonNode event = events.event(request, new Router.Match(
                new RouteSpec("F", "E", "GET", "/me", "CognitoJwt", List.of()), Map.of()), allowed, "r", RECEIVED);
        JsonNode jwt = event.at("/requestContext/authorizer/jwt");
        assertEquals("[admin tkksd]", jwt.at("/claims/cognito:groups").asText());
        assertEquals("u-1", jwt.at("/claims/sub").asText());
        assertTrue(jwt.get("scopes").isNull());
    }

    @Test
    void encodesNonTextBodiesInBase64() {
        byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff};
        GatewayRequest request = new GatewayRequest("POST", "/upload", "",
                Map.of("content-type", List.of("application/pdf")), pdf, "127.0.0.1", "HTTP/1.1");
        JsonNode event = events.event(request, new Router.Match(
                new RouteSpec("F", "E", "POST", "/upload", null, List.of()), Map.of()), null, "r", RECEIVED);
        assertTrue(event.get("isBase64Encoded").asBoolean());
        assertEquals("JVBERgD/", event.get("body").asText());

        assertTrue(HttpApiEvents.isText("text/csv"));
        assertTrue(HttpApiEvents.isText("application/problem+json"));
        assertFalse(HttpApiEvents.isText("application/x-www-form-urlencoded"));
        assertFalse(HttpApiEvents.isText(null));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
