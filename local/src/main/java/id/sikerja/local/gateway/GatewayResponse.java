package id.sikerja.local.gateway;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP response of the gateway.
 *
 * @param status  the status code
 * @param headers header values by lower-cased name; a name with several values is sent as several lines
 * @param body    the body, empty when there is none
 */
public record GatewayResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public GatewayResponse {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                .addAll(values));
        copy.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** A JSON response such as API Gateway's own {@code {"message":"Not Found"}}. */
    public static GatewayResponse json(int status, String json) {
        return new GatewayResponse(status, Map.of("content-type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** API Gateway's error response: {@code {"message": message}}. */
    public static GatewayResponse message(int status, String message) {
        return json(status, "{\"message\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(message))
                + "\"}");
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The same response with these headers set (replacing the values they had). */
    public GatewayResponse withHeaders(Map<String, String> added) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        added.forEach((name, value) -> copy.put(name.toLowerCase(Locale.ROOT), List.of(value)));
        return new GatewayResponse(status, copy, body);
    }

    /** The same response without the headers whose names start with this prefix. */
    public GatewayResponse withoutHeadersStartingWith(String prefix) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        copy.keySet().removeIf(name -> name.startsWith(prefix));
        return new GatewayResponse(status, copy, body);
    }
}
