package id.sikerja.local.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a Lambda function's output into the HTTP response, by the rules of payload format 2.0. */
public final class HttpApiResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The function returned something API Gateway cannot turn into a response: it answers 500. */
    public static final class MalformedResponse extends Exception {
        MalformedResponse(String message) {
            super(message);
        }
    }

    private HttpApiResponses() {
    }

    /**
     * A JSON object with {@code statusCode} is a structured response (statusCode, headers,
     * multiValueHeaders, cookies, body, isBase64Encoded). Any other JSON is the body of a 200 response
     * of type application/json.
     */
    public static GatewayResponse map(byte[] output) throws MalformedResponse {
        JsonNode result;
        try {
            result = output.length == 0 ? JSON.nullNode() : JSON.readTree(output);
        } catch (IOException e) {
            throw new MalformedResponse("the function's output is not JSON");
        }
        if (!result.isObject() || !result.has("statusCode")) {
            return new GatewayResponse(200, Map.of("content-type", List.of("application/json")),
                    output.length == 0 ? "null".getBytes(StandardCharsets.UTF_8) : output);
        }
        JsonNode status = result.get("statusCode");
        if (!status.canConvertToInt() || status.asInt() < 100 || status.asInt() > 599) {
            throw new MalformedResponse("statusCode is not an HTTP status: " + status);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> header : fields(result, "headers")) {
            headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>()).add(scalar(header.getValue()));
        }
        for (Map.Entry<String, JsonNode> header : fields(result, "multiValueHeaders")) {
            if (!header.getValue().isArray()) {
                throw new MalformedResponse("multiValueHeaders." + header.getKey() + " is not a list");
            }
            List<String> values = headers.computeIfAbsent(header.getKey(), name -> new ArrayList<>());
            header.getValue().forEach(value -> values.add(value.asText()));
        }
        JsonNode cookies = result.path("cookies");
        if (cookies.isArray()) {
            List<String> values = headers.computeIfAbsent("set-cookie", name -> new ArrayList<>());
            cookies.forEach(cookie -> values.add(cookie.asText()));
        }
        return new GatewayResponse(status.asInt(), headers, body(result));
    }

    private static byte[] body(JsonNode result) throws MalformedResponse {
        JsonNode body = result.path("body");
        if (body.isMissingNode() || body.isNull()) {
            return new byte[0];
        }
        String text;
        try {
            text = body.isTextual() ? body.asText() : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new MalformedResponse("body cannot be written");
        }
        if (result.path("isBase64Encoded").asBoolean(false)) {
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw new MalformedResponse("isBase64Encoded is true but body is not base64");
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode result, String name)
            throws MalformedResponse {
        JsonNode node = result.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isObject()) {
            throw new MalformedResponse(name + " is not an object");
        }
        return node::fields;
    }

    private static String scalar(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
