package id.sikerja.local.gateway;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as the gateway received it.
 *
 * @param method   the request method, upper case
 * @param rawPath  the path as sent, still percent-encoded
 * @param rawQuery the query string as sent (without {@code ?}), or empty
 * @param headers  header values by lower-cased name, one entry per header line, in arrival order
 * @param body     the body, empty when there is none
 * @param sourceIp the client's address
 * @param protocol e.g. {@code HTTP/1.1}
 */
public record GatewayRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
        byte[] body, String sourceIp, String protocol) {

    public GatewayRequest {
        Map<String, List<String>> lowerCased = new LinkedHashMap<>();
        headers.forEach((name, values) -> lowerCased
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                .addAll(values));
        lowerCased.replaceAll((name, values) -> List.copyOf(values));
        headers = Collections.unmodifiableMap(lowerCased);
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body;
    }

    /** The header's values joined with commas, as API Gateway passes repeated headers on; null when absent. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : String.join(",", values);
    }
}
