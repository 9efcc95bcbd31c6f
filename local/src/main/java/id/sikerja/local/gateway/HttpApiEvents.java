package id.sikerja.local.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sikerja.local.auth.JwtAuthorizerEmulation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the event an HTTP API sends to a Lambda integration in payload format 2.0. */
public final class HttpApiEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String accountId;
    private final String apiId;

    public HttpApiEvents(String accountId, String apiId) {
        this.accountId = accountId;
        this.apiId = apiId;
    }

    /**
     * @param request   the request as received
     * @param match     the route it matched
     * @param allowed   what the route's JWT authorizer accepted, or null on a public route
     * @param requestId the gateway's id of this request
     * @param received  when the request arrived
     */
    public ObjectNode event(GatewayRequest request, Router.Match match, JwtAuthorizerEmulation.Allowed allowed,
            String requestId, Instant received) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", match.route().routeKey());
        event.put("rawPath", decodedPath(request.rawPath()));
        event.put("rawQueryString", request.rawQuery());
        List<String> cookies = cookies(request);
        if (!cookies.isEmpty()) {
            cookies.forEach(event.putArray("cookies")::add);
        }
        ObjectNode headers = event.putObject("headers");
        request.headers().forEach((name, values) -> {
            if (!name.equals("cookie")) {
                headers.put(name, String.join(",", values));
            }
        });
        Map<String, String> query = queryParameters(request.rawQuery());
        if (!query.isEmpty()) {
            ObjectNode parameters = event.putObject("queryStringParameters");
            query.forEach(parameters::put);
        }
        event.set("requestContext", requestContext(request, match, allowed, requestId, received));
        if (request.body().length > 0) {
            boolean text = isText(request.header("content-type"));
            event.put("body", text
                    ? new String(request.body(), StandardCharsets.UTF_8)
                    : Base64.getEncoder().encodeToString(request.body()));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        if (!match.pathParameters().isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            match.pathParameters().forEach(parameters::put);
        }
        return event;
    }

    private ObjectNode requestContext(GatewayRequest request, Router.Match match,
            JwtAuthorizerEmulation.Allowed allowed, String requestId, Instant received) {
        ObjectNode context = JSON.createObjectNode();
        context.put("accountId", accountId);
        context.put("apiId", apiId);
        if (allowed != null) {
            ObjectNode jwt = context.putObject("authorizer").putObject("jwt");
            ObjectNode claims = jwt.putObject("claims");
            allowed.claims().forEach(claims::put);
            if (allowed.scopes() == null) {
                jwt.putNull("scopes");
            } else {
                allowed.scopes().forEach(jwt.putArray("scopes")::add);
            }
        }
        String host = request.header("host");
        String domainName = host == null ? "localhost" : host;
        context.put("domainName", domainName);
        int dot = domainName.indexOf('.');
        context.put("domainPrefix", dot < 0 ? domainName : domainName.substring(0, dot));
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", decodedPath(request.rawPath()));
        http.put("protocol", request.protocol());
        http.put("sourceIp", request.sourceIp());
        String userAgent = request.header("user-agent");
        http.put("userAgent", userAgent == null ? "" : userAgent);
        context.put("requestId", requestId);
        context.put("routeKey", match.route().routeKey());
        context.put("stage", "$default");
        context.put("time", TIME.format(received));
        context.put("timeEpoch", received.toEpochMilli());
        return context;
    }

    /** HTTP APIs pass the path on percent-decoded, and route on the decoded path. */
    public static String decodedPath(String rawPath) {
        return percentDecode(rawPath, false);
    }

    /** Each cookie of the request's Cookie headers. */
    static List<String> cookies(GatewayRequest request) {
        List<String> cookies = new ArrayList<>();
        for (String header : request.headers().getOrDefault("cookie", List.of())) {
            for (String cookie : header.split(";")) {
                if (!cookie.isBlank()) {
                    cookies.add(cookie.strip());
                }
            }
        }
        return cookies;
    }

    /** Decoded query parameters; repeated names have their values joined with commas. */
    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = percentDecode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : percentDecode(pair.substring(equals + 1), true);
            parameters.merge(name, value, (first, second) -> first + "," + second);
        }
        return parameters;
    }

    /** Whether API Gateway passes a body of this content type as text (else base64-encoded). */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                || type.equals("application/xml") || type.endsWith("+xml") || type.equals("application/javascript");
    }

    /** Percent-decodes UTF-8; malformed escapes are kept as they are. */
    private static String percentDecode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
                i++;
            } else {
                byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
