package id.sikerja.local.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.TestFiles;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.RouteSpec;
import id.sikerja.local.template.SamApplication;
import id.sikerja.local.template.Template;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Cognito issues an ID token and an access token; API Gateway's JWT authorizer accepts both (an access token's
 * {@code client_id} is its audience). The access token has the groups but not {@code custom:opd}, so a TKKSD member
 * scoped to one department would be unscoped with it: every officer route refuses it with 403 problem+json,
 * through the local gateway as through API Gateway.
 */
class AccessTokenJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalSystem system = LocalSystem.shared();

    @Test
    void theLocalPoolIssuesBothKindsOfTokenAsCognitoDoes() throws Exception {
        JsonNode issued = issue("opd-dinkes");
        JsonNode id = claims(issued.get("idToken").asText());
        JsonNode access = claims(issued.get("accessToken").asText());
        assertEquals("id", id.get("token_use").asText());
        assertEquals("DINKES", id.get("custom:opd").asText());
        assertEquals("access", access.get("token_use").asText());
        assertEquals(id.get("sub"), access.get("sub"));
        assertEquals(id.get("cognito:groups"), access.get("cognito:groups"));
        assertFalse(access.has("custom:opd"), "Cognito puts no custom attribute in an access token");
        assertFalse(access.has("aud"), "an access token names its client in client_id");
    }

    @Test
    void everyOfficerRouteRefusesAnAccessTokenAndTakesTheIdToken() throws Exception {
        List<RouteSpec> officerRoutes = SamApplication.read(new LocalResolver(Template.load(TestFiles.projectTemplate()),
                        Map.of())).routes().stream().filter(route -> route.authorizer() != null).toList();
        assertTrue(officerRoutes.size() > 20, "the template's officer routes: " + officerRoutes.size());
        JsonNode tokens = issue("admin");
        String access = tokens.get("accessToken").asText();
        List<String> accepted = new ArrayList<>();
        for (RouteSpec route : officerRoutes) {
            HttpResponse<String> refused = send(route, access, null);
            if (refused.statusCode() != 403 || !refused.body().contains("id-token-required")) {
                accepted.add(route.routeKey() + " → " + refused.statusCode() + " " + refused.body());
                continue;
            }
            assertTrue(refused.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"),
                    route.routeKey());
            assertEquals("Token bukan token ID", JSON.readTree(refused.body()).get("title").asText(), route.routeKey());
        }
        assertEquals(List.of(), accepted, "officer routes that took an access token");

        RouteSpec dashboard = officerRoutes.stream().filter(r -> r.routeKey().equals("GET /dashboard")).findFirst()
                .orElseThrow();
        assertEquals("Not an ID token", JSON.readTree(send(dashboard, access, "en").body()).get("title").asText());
        // the same user's ID token passes
        assertEquals(200, send(dashboard, tokens.get("idToken").asText(), null).statusCode());
        HttpResponse<String> noToken = send(dashboard, null, null);
        assertEquals(401, noToken.statusCode(), "no token at all is the authorizer's 401");
    }

    private HttpResponse<String> send(RouteSpec route, String token, String language) throws Exception {
        String path = route.path().replaceAll("\\{[^}]+}", "x-access-token-test");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.apiUrl() + path))
                .header("content-type", "application/json")
                .header("idempotency-key", "access-token-test-" + route.routeKey().hashCode());
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("accept-language", language);
        }
        request.method(route.method(), route.method().equals("GET") || route.method().equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
        return WorkflowApi.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode issue(String username) throws Exception {
        HttpResponse<String> response = WorkflowApi.HTTP.send(HttpRequest.newBuilder(system.apiUrl().resolve("/_local/token"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
