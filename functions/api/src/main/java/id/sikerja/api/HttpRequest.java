package id.sikerja.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Language;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An API Gateway HTTP API (payload 2.0) request, as a route sees it. */
public final class HttpRequest {

    private final APIGatewayV2HTTPEvent event;
    private final Map<String, String> headers;

    public HttpRequest(APIGatewayV2HTTPEvent event) {
        this.event = event;
        this.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (event.getHeaders() != null) {
            headers.putAll(event.getHeaders());
        }
    }

    public String routeKey() {
        return event.getRouteKey();
    }

    public String method() {
        return event.getRequestContext() == null || event.getRequestContext().getHttp() == null
                ? null : event.getRequestContext().getHttp().getMethod();
    }

    public String path() {
        return event.getRawPath();
    }

    /** The caller's address as API Gateway saw it ({@code requestContext.http.sourceIp}), or null. */
    public String sourceIp() {
        return event.getRequestContext() == null || event.getRequestContext().getHttp() == null
                ? null : event.getRequestContext().getHttp().getSourceIp();
    }

    public String requestId() {
        return event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    public String pathParameter(String name) {
        return event.getPathParameters() == null ? null : event.getPathParameters().get(name);
    }

    public Optional<String> query(String name) {
        return event.getQueryStringParameters() == null ? Optional.empty()
                : Optional.ofNullable(event.getQueryStringParameters().get(name));
    }

    public Language language() {
        return Language.fromAcceptLanguage(headers.get("accept-language"));
    }

    /** The body as bytes (API Gateway base64-encodes bodies it does not treat as text). */
    public byte[] bodyBytes() {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        return event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    /** The officer, when this route is behind the JWT authorizer. */
    public Optional<Caller> caller() {
        return verifiedClaims().flatMap(Caller::fromClaims);
    }

    /** Whether the verified token is an ID token ({@link Caller#isIdToken}); false without verified claims. */
    public boolean signedInWithIdToken() {
        return verifiedClaims().map(Caller::isIdToken).orElse(false);
    }

    /** The claims API Gateway's JWT authorizer verified, when this route is behind it. */
    Optional<Map<String, String>> verifiedClaims() {
        var ctx = event.getRequestContext();
        if (ctx == null || ctx.getAuthorizer() == null || ctx.getAuthorizer().getJwt() == null
                || ctx.getAuthorizer().getJwt().getClaims() == null) {
            return Optional.empty();
        }
        return Optional.of(ctx.getAuthorizer().getJwt().getClaims());
    }

    /**
     * The JSON object body of a route that accepts at most {@code maxBytes}: 415 unless the content type is
     * JSON, 413 when larger, 400 when not a well-formed JSON object in UTF-8.
     */
    public Map<String, Object> jsonObjectBody(int maxBytes) {
        String type = header("content-type").orElse("").toLowerCase(Locale.ROOT);
        String media = type.split(";")[0].strip();
        if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
            throw Problem.of(415, "unsupported-media-type", "Jenis konten tidak didukung",
                    "Kirim badan permintaan sebagai application/json.").with("accept", "application/json");
        }
        if (type.contains("charset=") && !type.contains("charset=utf-8")) {
            throw Problem.of(415, "unsupported-media-type", "Jenis konten tidak didukung",
                    "Badan permintaan harus dikodekan UTF-8.");
        }
        byte[] bytes = bodyBytes();
        if (bytes.length > maxBytes) {
            throw Problem.of(413, "payload-too-large", "Permintaan terlalu besar",
                    "Badan permintaan paling besar " + (maxBytes / 1024) + " KB.").with("maxBytes", maxBytes);
        }
        if (bytes.length == 0) {
            throw Problem.of(400, "malformed-body", "Badan permintaan kosong", "Kirim objek JSON.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw Problem.of(400, "malformed-body", "Badan permintaan bukan UTF-8", "Kirim objek JSON dalam UTF-8.");
        }
        try {
            return Json.readObject(text);
        } catch (Json.Malformed e) {
            if (e.field().isPresent()) {
                throw Problem.invalid(400, "malformed-body", "JSON tidak valid", e.getMessage(),
                        List.of(FieldError.of(e.field().get(), "number_bounds", "max", Json.MAX_DIGITS)));
            }
            throw Problem.of(400, "malformed-body", "JSON tidak valid", e.getMessage());
        }
    }
}
