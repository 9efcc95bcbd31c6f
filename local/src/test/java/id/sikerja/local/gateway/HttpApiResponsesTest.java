package id.sikerja.local.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpApiResponsesTest {

    @Test
    void mapsAStructuredResponse() throws Exception {
        GatewayResponse response = map("""
                {"statusCode": 201,
                 "headers": {"Content-Type": "application/json", "Location": "/proposals/1", "x-n": 5},
                 "multiValueHeaders": {"x-many": ["a", "b"]},
                 "cookies": ["a=1; HttpOnly", "b=2"],
                 "body": "{\\"id\\":1}"}
                """);
        assertEquals(201, response.status());
        assertEquals("application/json", response.header("content-type"));
        assertEquals("/proposals/1", response.header("location"));
        assertEquals("5", response.header("x-n"));
        assertEquals(List.of("a", "b"), response.headers().get("x-many"));
        assertEquals(List.of("a=1; HttpOnly", "b=2"), response.headers().get("set-cookie"));
        assertEquals("{\"id\":1}", response.bodyText());
    }

    @Test
    void decodesBase64Bodies() throws Exception {
        GatewayResponse response = map("{\"statusCode\":200,\"body\":\"AAH/\",\"isBase64Encoded\":true}");
        assertArrayEquals(new byte[] {0, 1, (byte) 255}, response.body());
    }

    @Test
    void anyOtherJsonIsTheBodyOfA200() throws Exception {
        GatewayResponse response = map("{\"hello\":\"world\"}");
        assertEquals(200, response.status());
        assertEquals("application/json", response.header("content-type"));
        assertEquals("{\"hello\":\"world\"}", response.bodyText());
        assertEquals("\"text\"", map("\"text\"").bodyText());
    }

    @Test
    void aStructuredResponseWithoutBodyHasNone() throws Exception {
        assertEquals(0, map("{\"statusCode\":204}").body().length);
    }

    @Test
    void refusesWhatApiGatewayCannotMap() {
        assertThrows(HttpApiResponses.MalformedResponse.class, () -> map("not json"));
        assertThrows(HttpApiResponses.MalformedResponse.class, () -> map("{\"statusCode\":\"soon\"}"));
        assertThrows(HttpApiResponses.MalformedResponse.class, () -> map("{\"statusCode\":42}"));
        assertThrows(HttpApiResponses.MalformedResponse.class, () -> map("{\"statusCode\":200,\"headers\":[1]}"));
        assertThrows(HttpApiResponses.MalformedResponse.class,
                () -> map("{\"statusCode\":200,\"body\":\"%%\",\"isBase64Encoded\":true}"));
    }

    private static GatewayResponse map(String output) throws HttpApiResponses.MalformedResponse {
        return HttpApiResponses.map(output.getBytes(StandardCharsets.UTF_8));
    }
}
