package id.sikerja.local.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sikerja.local.template.RouteSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Router router = new Router(List.of(
            route("GET", "/track/{trackingCode}"),
            route("GET", "/track/latest"),
            route("ANY", "/files/{proxy+}"),
            route("GET", "/files/{id}/meta"),
            route("POST", "/proposals"),
            route("ANY", "/proposals"),
            route("ANY", RouteSpec.DEFAULT_ROUTE)));

    @Test
    void literalPathsWinOverVariables() {
        assertEquals("GET /track/latest", selected("GET", "/track/latest"));
        assertEquals("GET /track/{trackingCode}", selected("GET", "/track/SK-2026-0001"));
        assertEquals(Map.of("trackingCode", "SK-2026-0001"),
                router.match("GET", "/track/SK-2026-0001").orElseThrow().pathParameters());
    }

    @Test
    void greedyVariablesTakeTheRest() {
        assertEquals("GET /files/{id}/meta", selected("GET", "/files/7/meta"));
        Router.Match match = router.match("PUT", "/files/a/b/c").orElseThrow();
        assertEquals("ANY /files/{proxy+}", match.route().routeKey());
        assertEquals(Map.of("proxy", "a/b/c"), match.pathParameters());
    }

    @Test
    void aMethodWinsOverAny() {
        assertEquals("POST /proposals", selected("POST", "/proposals"));
        assertEquals("ANY /proposals", selected("DELETE", "/proposals"));
    }

    @Test
    void theDefaultRouteTakesTheRest() {
        assertEquals("$default", selected("GET", "/nothing/here"));
        assertEquals("$default", selected("GET", "/track"));
        assertEquals("$default", selected("GET", "/track/"));
    }

    @Test
    void withoutDefaultRouteNothingMatches() {
        Router strict = new Router(List.of(route("GET", "/track/{code}")));
        assertTrue(strict.match("GET", "/track").isEmpty());
        assertTrue(strict.match("GET", "/track/a/b").isEmpty());
        assertTrue(strict.match("POST", "/track/a").isEmpty());
    }

    private String selected(String method, String path) {
        return router.match(method, path).orElseThrow().route().routeKey();
    }

    private static RouteSpec route(String method, String path) {
        return new RouteSpec("Function", "Event", method, path, null, List.of());
    }
}
