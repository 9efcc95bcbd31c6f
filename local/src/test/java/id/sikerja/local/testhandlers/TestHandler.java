package id.sikerja.local.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A Lambda handler for the gateway's tests. By path:
 * <ul>
 *   <li>/echo/...: 200 with the event it received as the body</li>
 *   <li>/behave/fail: throws</li>
 *   <li>/behave/plain: returns an object without statusCode</li>
 *   <li>/behave/garbage: writes something that is not JSON</li>
 *   <li>/behave/binary: a base64 body, headers, multi-value headers and cookies</li>
 *   <li>/behave/environment: its environment, and a DynamoDB call configured by the environment alone</li>
 *   <li>/behave/context: what the Lambda context says</li>
 *   <li>/behave/together: 200 once two invocations are in the handler at the same time, else 500</li>
 *   <li>/slow/{millis}: sleeps, then answers 200</li>
 * </ul>
 */
public final class TestHandler implements RequestStreamHandler {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CyclicBarrier TOGETHER = new CyclicBarrier(2);

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = JSON.readTree(input);
        String path = event.path("rawPath").asText();
        ObjectNode response = JSON.createObjectNode();
        if (path.startsWith("/echo/")) {
            response.put("statusCode", 200);
            response.putObject("headers").put("content-type", "application/json")
                    .put("access-control-allow-origin", "https://evil.example");
            response.put("body", event.toString());
        } else if (path.startsWith("/slow/")) {
            try {
                Thread.sleep(Long.parseLong(event.path("pathParameters").path("millis").asText()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            response.put("statusCode", 200);
            response.put("body", "slept");
        } else {
            switch (path) {
                case "/behave/fail" -> throw new IllegalStateException("the handler failed on purpose");
                case "/behave/plain" -> response.put("hello", "world");
                case "/behave/garbage" -> {
                    output.write("not json".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                case "/behave/binary" -> {
                    response.put("statusCode", 201);
                    response.putObject("headers").put("content-type", "application/octet-stream").put("x-one", "1");
                    response.putObject("multiValueHeaders").putArray("x-many").add("a").add("b");
                    response.putArray("cookies").add("session=abc; HttpOnly").add("theme=dark");
                    response.put("body", Base64.getEncoder().encodeToString(new byte[] {0, 1, 2, (byte) 255}));
                    response.put("isBase64Encoded", true);
                }
                case "/behave/environment" -> {
                    response.put("statusCode", 200);
                    ObjectNode body = JSON.createObjectNode();
                    for (String name : new String[] {"TABLE_NAME", "WEB_BASE_URL", "GREETING", "AWS_REGION",
                            "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_SESV2", "TZ"}) {
                        body.put(name, System.getenv(name));
                    }
                    body.put("userTimezone", System.getProperty("user.timezone"));
                    try (DynamoDbClient dynamoDb = DynamoDbClient.builder()
                            .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
                        body.put("tableStatus", dynamoDb.describeTable(request -> request
                                .tableName(System.getenv("TABLE_NAME"))).table().tableStatusAsString());
                    }
                    response.put("body", body.toString());
                }
                case "/behave/together" -> {
                    try {
                        TOGETHER.await(3, TimeUnit.SECONDS);
                    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                        throw new IllegalStateException("no second invocation arrived", e);
                    }
                    response.put("statusCode", 200);
                }
                case "/behave/context" -> {
                    response.put("statusCode", 200);
                    ObjectNode body = JSON.createObjectNode();
                    body.put("functionName", context.getFunctionName());
                    body.put("awsRequestId", context.getAwsRequestId());
                    body.put("memoryLimitInMB", context.getMemoryLimitInMB());
                    body.put("remainingTimeInMillis", context.getRemainingTimeInMillis());
                    context.getLogger().log("context checked");
                    response.put("body", body.toString());
                }
                default -> response.put("statusCode", 404);
            }
        }
        JSON.writeValue(output, response);
    }
}
