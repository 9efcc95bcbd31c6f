package id.sikerja.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every route gets from the function around it: path parameters of their shape (a 3,000-character id never
 * reaches storage), bounded JSON numbers (400, never 500), and problems in the caller's language by q-value.
 */
class HttpFunctionTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final HttpFunction function = new HttpFunction(Map.of(
            "GET /cooperations/{id}", r -> ok(),
            "POST /cooperations/{id}/transitions", r -> {
                r.jsonObjectBody(64 * 1024);
                return ok();
            },
            "GET /track/{trackingCode}", r -> ok(),
            "PUT /settings/holidays/{year}", r -> ok(),
            "GET /cooperations/{id}/documents/{type}/{version}", r -> ok(),
            "GET /verify/{sha256}", r -> ok(),
            "GET /other/{thing}", r -> ok()));

    private APIGatewayV2HTTPResponse ok() {
        calls.incrementAndGet();
        return HttpResponses.json(200, Map.of("ok", true));
    }

    @Test
    void anOverLongOrStrangeIdAnswersNotFoundWithoutRunningTheRoute() {
        for (String id : List.of("A".repeat(3000), "A".repeat(65), "a/b", "id with spaces", "caf\u00e9", "x\u0000")) {
            APIGatewayV2HTTPResponse r = function.apply(event("GET /cooperations/{id}", Map.of("id", id), null, null));
            assertEquals(404, r.getStatusCode(), id.length() + " characters");
            assertTrue(r.getHeaders().get("Content-Type").startsWith("application/problem+json"));
        }
        assertEquals(404, function.apply(event("POST /cooperations/{id}/transitions", Map.of("id", "A".repeat(3000)),
                "{}", null)).getStatusCode());
        assertEquals(404, function.apply(event("GET /track/{trackingCode}", Map.of("trackingCode", "K".repeat(3000)),
                null, null)).getStatusCode());
        assertEquals(404, function.apply(event("GET /cooperations/{id}/documents/{type}/{version}",
                Map.of("id", "c1", "type", "KB_SIGNED", "version", "9".repeat(20)), null, null)).getStatusCode());
        assertEquals(404, function.apply(event("GET /cooperations/{id}/documents/{type}/{version}",
                Map.of("id", "c1", "type", "kb signed", "version", "1"), null, null)).getStatusCode());
        assertEquals(404, function.apply(event("GET /other/{thing}", Map.of("thing", "x".repeat(3000)), null, null))
                .getStatusCode(), "a parameter without a declared shape is bounded too");
        assertEquals(0, calls.get(), "no route ran");
    }

    @Test
    void wellShapedParametersReachTheRoute() {
        assertEquals(200, function.apply(event("GET /cooperations/{id}",
                Map.of("id", "00000000-0000-4000-8000-000000000001"), null, null)).getStatusCode());
        assertEquals(200, function.apply(event("GET /track/{trackingCode}", Map.of("trackingCode", "ks-2026-7k3qzp"),
                null, null)).getStatusCode(), "the route normalises what a person typed");
        assertEquals(200, function.apply(event("PUT /settings/holidays/{year}", Map.of("year", "2027"), null, null))
                .getStatusCode());
        assertEquals(200, function.apply(event("GET /cooperations/{id}/documents/{type}/{version}",
                Map.of("id", "c1", "type", "KB_SIGNED", "version", "12"), null, null)).getStatusCode());
        assertEquals(200, function.apply(event("GET /verify/{sha256}", Map.of("sha256", "ab".repeat(32)), null, null))
                .getStatusCode());
        assertEquals(5, calls.get());
    }

    @Test
    void aMalformedYearIsABadRequestAndAMalformedHashAnInvalidField() {
        APIGatewayV2HTTPResponse year = function.apply(event("PUT /settings/holidays/{year}",
                Map.of("year", "2".repeat(3000)), null, null));
        assertEquals(400, year.getStatusCode());
        assertTrue(year.getBody().contains("\"field\":\"year\""), year.getBody());
        assertEquals(400, function.apply(event("PUT /settings/holidays/{year}", Map.of("year", "20x7"), null, null))
                .getStatusCode());
        APIGatewayV2HTTPResponse hash = function.apply(event("GET /verify/{sha256}", Map.of("sha256", "f".repeat(3000)),
                null, null));
        assertEquals(422, hash.getStatusCode());
        assertTrue(hash.getBody().contains("\"field\":\"sha256\""), hash.getBody());
        assertEquals(0, calls.get());
    }

    @Test
    void anUnreadableNumberIsABadRequestNamingItsField() {
        APIGatewayV2HTTPResponse overflow = function.apply(event("POST /cooperations/{id}/transitions",
                Map.of("id", "c1"), "{\"durationMonths\":1e9999999999}", null));
        assertEquals(400, overflow.getStatusCode(), overflow.getBody());
        APIGatewayV2HTTPResponse huge = function.apply(event("POST /cooperations/{id}/transitions",
                Map.of("id", "c1"), "{\"facts\":{\"budgetAmount\":1e150000}}", "en"));
        assertEquals(400, huge.getStatusCode(), huge.getBody());
        assertTrue(huge.getBody().contains("\"pointer\":\"/facts/budgetAmount\""), huge.getBody());
        assertTrue(huge.getBody().contains("is a number too large"), huge.getBody());
    }

    @Test
    void problemsSpeakTheLanguageTheCallerWeighsHighest() {
        String body = "{\"facts\":{\"budgetAmount\":1e150000}}";
        APIGatewayV2HTTPResponse id = function.apply(event("POST /cooperations/{id}/transitions", Map.of("id", "c1"),
                body, "en;q=0.1, id;q=0.9"));
        assertTrue(id.getBody().contains("angka terlalu besar"), id.getBody());
        APIGatewayV2HTTPResponse en = function.apply(event("POST /cooperations/{id}/transitions", Map.of("id", "c1"),
                body, "id;q=0.1, en;q=0.9"));
        assertTrue(en.getBody().contains("is a number too large"), en.getBody());
    }

    private static APIGatewayV2HTTPEvent event(String routeKey, Map<String, String> path, String body,
                                               String acceptLanguage) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (acceptLanguage != null) {
            headers.put("accept-language", acceptLanguage);
        }
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(routeKey.split(" ")[0]);
        APIGatewayV2HTTPEvent.RequestContext ctx = new APIGatewayV2HTTPEvent.RequestContext();
        ctx.setHttp(http);
        ctx.setRequestId("test-request-0001");
        return APIGatewayV2HTTPEvent.builder().withRouteKey(routeKey).withRawPath("/test").withPathParameters(path)
                .withHeaders(headers).withBody(body).withIsBase64Encoded(false).withRequestContext(ctx).build();
    }
}
