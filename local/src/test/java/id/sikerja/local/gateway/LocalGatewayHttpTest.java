package id.sikerja.local.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.TestFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway's HTTP server, end to end, with the test template and its test handler. */
class LocalGatewayHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static LocalGateway.Running gateway;
    private static URI api;

    @BeforeAll
    static void start() throws Exception {
        gateway = LocalGateway.start(TestFiles.testTemplate(), Map.of("WebOrigin", "http://localhost:4000"), 0, 4);
        api = URI.create("http://127.0.0.1:" + gateway.port());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void buildsTheEventFromTheHttpRequest() throws Exception {
        String token = JSON.readTree(send(HttpRequest.newBuilder(api.resolve("/_local/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\"}")).build()).body())
                .get("idToken").asText();
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(api.resolve("/echo/files/a%20b?x=1&x=2&y=%C3%A9"))
                .header("Authorization", "Bearer " + token)
                .header("X-Repeated", "one")
                .header("X-Repeated", "two")
                .header("Cookie", "session=s1; theme=dark")
                .header("Content-Type", "application/octet-stream")
                .header("Origin", "http://localhost:4000")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})).build());

        assertEquals(200, response.statusCode());
        assertEquals("http://localhost:4000", response.headers().firstValue("access-control-allow-origin").orElseThrow());
        JsonNode event = JSON.readTree(response.body());
        assertEquals("POST /echo/{proxy+}", event.get("routeKey").asText());
        assertEquals("/echo/files/a b", event.get("rawPath").asText());
        assertEquals("files/a b", event.at("/pathParameters/proxy").asText());
        assertEquals("x=1&x=2&y=%C3%A9", event.get("rawQueryString").asText());
        assertEquals("1,2", event.at("/queryStringParameters/x").asText());
        assertEquals("é", event.at("/queryStringParameters/y").asText());
        assertEquals("one,two", event.at("/headers/x-repeated").asText());
        assertEquals(List.of("session=s1", "theme=dark"), List.of(event.at("/cookies/0").asText(),
                event.at("/cookies/1").asText()));
        assertEquals("AQID", event.get("body").asText());
        assertTrue(event.get("isBase64Encoded").asBoolean());
        assertEquals("[admin]", event.at("/requestContext/authorizer/jwt/claims/cognito:groups").asText());
        assertEquals("127.0.0.1:" + gateway.port(), event.at("/requestContext/domainName").asText());
        assertEquals("127.0.0.1", event.at("/requestContext/http/sourceIp").asText());
    }

    @Test
    void writesTheHandlersResponse() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(api.resolve("/behave/binary")).GET().build());
        assertEquals(201, response.statusCode());
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 255}, response.body());
        assertEquals("application/octet-stream", response.headers().firstValue("content-type").orElseThrow());
        assertEquals(List.of("a", "b"), response.headers().allValues("x-many"));
        assertEquals(List.of("session=abc; HttpOnly", "theme=dark"), response.headers().allValues("set-cookie"));
    }

    @Test
    void answersWithApiGatewaysErrors() throws Exception {
        HttpResponse<byte[]> unauthorized = send(HttpRequest.newBuilder(api.resolve("/echo/x"))
                .header("Authorization", "Bearer nope").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(401, unauthorized.statusCode());
        assertEquals("{\"message\":\"Unauthorized\"}", new String(unauthorized.body()));
        assertEquals(404, send(HttpRequest.newBuilder(api.resolve("/missing")).GET().build()).statusCode());
        HttpResponse<byte[]> preflight = send(HttpRequest.newBuilder(api.resolve("/echo/x"))
                .header("Origin", "http://localhost:4000").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(204, preflight.statusCode());
        assertEquals("GET,POST", preflight.headers().firstValue("access-control-allow-methods").orElseThrow());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
