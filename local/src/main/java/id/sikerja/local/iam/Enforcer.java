package id.sikerja.local.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.JsonLog;
import id.sikerja.local.template.LocalResolver;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM in front of the stand-ins: finds the caller from the request's SigV4 credential ({@code Authorization:
 * AWS4-HMAC-SHA256 Credential=<key>/...} or a pre-signed URL's {@code X-Amz-Credential}), and refuses what the
 * caller's function policy does not allow, with the answer AWS gives ({@link #denial}). The stand-ins' own key passes
 * (the runtime creating the table, tests inspecting it); any other key, or none, is refused like an unknown one.
 */
public final class Enforcer {

    public enum Service { DYNAMODB, S3, SES }

    /** An answer instead of the stand-in's. */
    public record Denial(int status, Map<String, String> headers, byte[] body, String action, String resource) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/");
    private static final String LOGGER = "iam";

    private static final int REMEMBERED = 100;

    private final FunctionPolicies policies;
    private final DynamoDbCalls dynamoDb;
    private final String adminAccessKeyId;
    /** The denials since the last {@link #takeDenials()}: a journey that passed despite one hid a missing statement. */
    private final java.util.Deque<String> denials = new java.util.concurrent.ConcurrentLinkedDeque<>();

    Enforcer(FunctionPolicies policies, DynamoDbCalls dynamoDb, String adminAccessKeyId) {
        this.policies = policies;
        this.dynamoDb = dynamoDb;
        this.adminAccessKeyId = adminAccessKeyId;
    }

    /** The template's function policies and tables, resolved locally; {@code adminAccessKeyId} passes. */
    public static Enforcer read(LocalResolver resolver, String adminAccessKeyId) {
        return new Enforcer(FunctionPolicies.read(resolver), DynamoDbCalls.read(resolver), adminAccessKeyId);
    }

    public FunctionPolicies policies() {
        return policies;
    }

    /**
     * The denial of this request, if its caller may not make it.
     *
     * @param headers the request's headers (any case)
     */
    public Optional<Denial> check(Service service, String method, String rawPath, String rawQuery,
            Map<String, List<String>> headers, byte[] body) {
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                lower.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        Map<String, String> query = S3Calls.query(rawQuery);
        String accessKeyId = accessKeyId(lower.get("authorization"), query.get("X-Amz-Credential"));
        if (adminAccessKeyId.equals(accessKeyId)) {
            return Optional.empty();
        }
        List<AwsCall> calls = switch (service) {
            case DYNAMODB -> dynamoDb.calls(lower.get("x-amz-target"), body);
            case S3 -> S3Calls.calls(method, rawPath, query, lower.get("x-amz-copy-source"), body);
            case SES -> SesCalls.calls(method, rawPath, lower.get("content-type"), body);
        };
        Optional<String> function = policies.function(accessKeyId);
        for (AwsCall call : calls) {
            if (function.isEmpty() || !call.allowedBy(policies.policy(function.get()))) {
                String principal = function.map(FunctionPolicies::principalArn)
                        .orElse("anonymous (access key " + accessKeyId + ")");
                JsonLog.warn(LOGGER, "access denied", Map.of("function", function.orElse("unknown"),
                        "action", call.action(), "resource", call.resource()));
                denials.addLast(function.orElse("unknown key " + accessKeyId) + ": " + call.action() + " on "
                        + call.resource());
                while (denials.size() > REMEMBERED) {
                    denials.pollFirst();
                }
                return Optional.of(denial(service, rawPath, principal, call));
            }
        }
        return Optional.empty();
    }

    /** The denials since the last call (function: action on resource), and forgets them. */
    public List<String> takeDenials() {
        List<String> taken = new java.util.ArrayList<>();
        for (String denial; (denial = denials.pollFirst()) != null; ) {
            taken.add(denial);
        }
        return taken;
    }

    static String accessKeyId(String authorization, String presignedCredential) {
        if (authorization != null) {
            Matcher m = CREDENTIAL.matcher(authorization);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (presignedCredential != null) {
            int slash = presignedCredential.indexOf('/');
            return slash < 0 ? presignedCredential : presignedCredential.substring(0, slash);
        }
        return "";
    }

    /** AWS's answer: DynamoDB 400 AccessDeniedException (JSON 1.0), S3 403 AccessDenied (XML), SES 403. */
    static Denial denial(Service service, String path, String principal, AwsCall call) {
        String requestId = UUID.randomUUID().toString();
        String message = "User: " + principal + " is not authorized to perform: " + call.action() + " on resource: "
                + call.resource() + " because no identity-based policy allows the " + call.action() + " action";
        Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        int status;
        switch (service) {
            case DYNAMODB -> {
                status = 400;
                headers.put("Content-Type", "application/x-amz-json-1.0");
                headers.put("x-amzn-RequestId", requestId);
                body = json(Map.of("__type", "com.amazonaws.dynamodb.v20120810#AccessDeniedException",
                        "message", message));
            }
            case S3 -> {
                status = 403;
                headers.put("Content-Type", "application/xml");
                headers.put("x-amz-request-id", requestId);
                body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>"
                        + xml(message) + "</Message><RequestId>" + requestId + "</RequestId><HostId>local</HostId>"
                        + "</Error>").getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                status = 403;
                headers.put("x-amzn-RequestId", requestId);
                if (path.startsWith("/v2/")) {
                    headers.put("Content-Type", "application/json");
                    headers.put("x-amzn-ErrorType", "AccessDeniedException");
                    body = json(Map.of("message", message));
                } else {
                    headers.put("Content-Type", "text/xml");
                    body = ("<ErrorResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\"><Error><Type>Sender"
                            + "</Type><Code>AccessDenied</Code><Message>" + xml(message) + "</Message></Error>"
                            + "<RequestId>" + requestId + "</RequestId></ErrorResponse>")
                            .getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        return new Denial(status, headers, body, call.action(), call.resource());
    }

    private static byte[] json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsBytes(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
