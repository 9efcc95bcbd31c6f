package id.sikerja.local.gateway;

import id.sikerja.local.template.HttpApiSpec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP API's CORS handling: the gateway answers preflight requests itself, and on other responses to
 * an allowed origin it sets the Access-Control-* headers, replacing any the function returned.
 */
public final class Cors {

    private static final String HEADER_PREFIX = "access-control-";

    private final HttpApiSpec.Cors configuration;

    public Cors(HttpApiSpec.Cors configuration) {
        this.configuration = configuration;
    }

    public static boolean isPreflight(GatewayRequest request) {
        return request.method().equals("OPTIONS") && request.header("origin") != null
                && request.header("access-control-request-method") != null;
    }

    /** The answer to a preflight request: 204, with the CORS headers only when the origin is allowed. */
    public GatewayResponse preflight(GatewayRequest request) {
        GatewayResponse response = new GatewayResponse(204, Map.of(), null);
        String origin = allowedOrigin(request.header("origin"));
        if (origin == null) {
            return response;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("access-control-allow-origin", origin);
        if (!configuration.allowMethods().isEmpty()) {
            headers.put("access-control-allow-methods", String.join(",", configuration.allowMethods()));
        }
        if (!configuration.allowHeaders().isEmpty()) {
            headers.put("access-control-allow-headers", String.join(",", configuration.allowHeaders()));
        }
        if (configuration.maxAge() != null) {
            headers.put("access-control-max-age", configuration.maxAge().toString());
        }
        if (configuration.allowCredentials()) {
            headers.put("access-control-allow-credentials", "true");
        }
        return response.withHeaders(headers);
    }

    /** The response with the CORS headers this request's origin is due, and none from the function. */
    public GatewayResponse apply(GatewayRequest request, GatewayResponse response) {
        GatewayResponse cleaned = response.withoutHeadersStartingWith(HEADER_PREFIX);
        String origin = allowedOrigin(request.header("origin"));
        if (origin == null) {
            return cleaned;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("access-control-allow-origin", origin);
        if (!configuration.exposeHeaders().isEmpty()) {
            headers.put("access-control-expose-headers", String.join(",", configuration.exposeHeaders()));
        }
        if (configuration.allowCredentials()) {
            headers.put("access-control-allow-credentials", "true");
        }
        return cleaned.withHeaders(headers);
    }

    /** The Access-Control-Allow-Origin value for this origin, or null when it is not allowed. */
    private String allowedOrigin(String origin) {
        if (origin == null) {
            return null;
        }
        for (String allowed : configuration.allowOrigins()) {
            if (allowed.equals("*")) {
                return configuration.allowCredentials() ? origin : "*";
            }
            if (matches(allowed.toLowerCase(Locale.ROOT), origin.toLowerCase(Locale.ROOT))) {
                return origin;
            }
        }
        return null;
    }

    /** Exact match, or a wildcard subdomain such as {@code https://*.example.com}. */
    private static boolean matches(String allowed, String origin) {
        int star = allowed.indexOf('*');
        if (star < 0) {
            return allowed.equals(origin);
        }
        String prefix = allowed.substring(0, star);
        String suffix = allowed.substring(star + 1);
        return origin.length() > prefix.length() + suffix.length()
                && origin.startsWith(prefix) && origin.endsWith(suffix);
    }
}
