package id.sikerja.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * API Gateway's JWT authorizer accepts the user pool's access tokens as well as its ID tokens; an access token has
 * {@code cognito:groups} but not {@code custom:opd}, so read as a caller it would make a department-scoped officer
 * unscoped. Officer routes take ID tokens only.
 */
class OfficerTokenUseTest {

    private static final Map<String, String> TKKSD_LOKUS_ID = Map.of("sub", "u-1", "cognito:groups", "[tkksd]",
            "custom:opd", "DINKES", "token_use", "id", "email", "t@example.go.id");
    private static final Map<String, String> TKKSD_ACCESS = Map.of("sub", "u-1", "cognito:groups", "[tkksd]",
            "token_use", "access", "client_id", "web", "scope", "openid email profile");

    @Test
    void anAccessTokenIsRefusedBeforeTheRouteRuns() {
        AtomicInteger ran = new AtomicInteger();
        HttpFunction function = new HttpFunction(Map.of("GET /dashboard", request -> {
            ran.incrementAndGet();
            return HttpResponses.json(200, Map.of("actor", Officers.actor(request).toString()), Map.of());
        }));

        APIGatewayV2HTTPResponse refused = function.apply(event("GET /dashboard", TKKSD_ACCESS, null));
        assertEquals(403, refused.getStatusCode());
        assertTrue(refused.getHeaders().get("Content-Type").startsWith("application/problem+json"));
        Map<String, Object> problem = Json.readObject(refused.getBody());
        assertTrue(String.valueOf(problem.get("type")).endsWith("id-token-required"), problem.toString());
        assertEquals("Token bukan token ID", problem.get("title"), "Indonesian first");
        assertEquals(0, ran.get(), "the route never read the access token's claims");

        assertEquals("Not an ID token", Json.readObject(function.apply(event("GET /dashboard", TKKSD_ACCESS, "en"))
                .getBody()).get("title"));
        assertEquals(403, function.apply(event("GET /dashboard", without(TKKSD_ACCESS, "token_use"), null))
                .getStatusCode(), "no token_use is no ID token either");

        APIGatewayV2HTTPResponse allowed = function.apply(event("GET /dashboard", TKKSD_LOKUS_ID, null));
        assertEquals(200, allowed.getStatusCode(), allowed.getBody());
        assertEquals(1, ran.get());
    }

    @Test
    void officersSignedInRefusesAnAccessTokenToo() {
        Problem p = assertThrows(Problem.class,
                () -> Officers.signedIn(new HttpRequest(event("GET /dashboard", TKKSD_ACCESS, null))));
        assertEquals(403, p.status());
        assertEquals("DINKES", Officers.signedIn(new HttpRequest(event("GET /dashboard", TKKSD_LOKUS_ID, null)))
                .department().orElseThrow());
    }

    @Test
    void publicRoutesWithoutTheAuthorizerAreNotAffected() {
        HttpFunction function = new HttpFunction(Map.of("GET /registry",
                request -> HttpResponses.json(200, Map.of("ok", true), Map.of())));
        assertEquals(200, function.apply(event("GET /registry", null, null)).getStatusCode());
    }

    private static Map<String, String> without(Map<String, String> claims, String name) {
        Map<String, String> copy = new HashMap<>(claims);
        copy.remove(name);
        return copy;
    }

    private static APIGatewayV2HTTPEvent event(String routeKey, Map<String, String> claims, String language) {
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setRequestId("req-12345678");
        if (claims != null) {
            APIGatewayV2HTTPEvent.RequestContext.Authorizer authorizer = new APIGatewayV2HTTPEvent.RequestContext.Authorizer();
            APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT jwt = new APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT();
            jwt.setClaims(claims);
            authorizer.setJwt(jwt);
            context.setAuthorizer(authorizer);
        }
        Map<String, String> headers = new HashMap<>();
        if (language != null) {
            headers.put("accept-language", language);
        }
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRouteKey(routeKey);
        event.setRawPath(routeKey.substring(routeKey.indexOf(' ') + 1));
        event.setHeaders(headers);
        event.setRequestContext(context);
        return event;
    }
}
