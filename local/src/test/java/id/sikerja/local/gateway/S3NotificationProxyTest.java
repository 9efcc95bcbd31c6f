package id.sikerja.local.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import id.sikerja.local.template.S3EventSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The S3 notification proxy against a stand-in upstream: requests pass through unchanged, and an object created
 * under a subscribed prefix reaches the subscribed function as the notification S3 would send, after the client's
 * answer, retried when the function fails.
 */
class S3NotificationProxyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final S3EventSpec SUBSCRIPTION = new S3EventSpec("Received", "Arrived", "bucket",
            List.of("s3:ObjectCreated:*", "s3:ObjectTagging:Put"), "incoming/", "");

    private final BlockingQueue<JsonNode> invocations = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private HttpServer upstream;
    private S3NotificationProxy proxy;

    @BeforeEach
    void start() throws Exception {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("x-amz-version-id", "v-1");
            exchange.getResponseHeaders().set("ETag", "\"abc123\"");
            exchange.getResponseHeaders().set("x-seen", exchange.getRequestMethod() + " "
                    + exchange.getRequestURI() + " " + body.length + " " + exchange.getRequestHeaders().getFirst("x-amz-meta-a"));
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", "42");
                exchange.sendResponseHeaders(200, -1);
            } else {
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        upstream.start();
        proxy = S3NotificationProxy.start(0, URI.create("http://127.0.0.1:" + upstream.getAddress().getPort()),
                List.of(SUBSCRIPTION), (function, event) -> {
                    if (failuresLeft.getAndDecrement() > 0) {
                        throw new FunctionPool.InvocationException(FunctionPool.Failure.HANDLER_ERROR, "failed",
                                new IllegalStateException("boom"));
                    }
                    try {
                        invocations.add(((ObjectNode) JSON.readTree(event)).put("invokedFunction", function));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return "{}".getBytes();
                }, Duration.ofMillis(10));
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.stop(0);
    }

    @Test
    void anObjectCreatedUnderThePrefixIsNotifiedAsS3Would() throws Exception {
        HttpResponse<String> put = send("PUT", "/bucket/incoming/case/c-1/my%20file?X-Amz-Signature=abc", "hello");
        assertEquals(200, put.statusCode());
        assertEquals("PUT /bucket/incoming/case/c-1/my%20file?X-Amz-Signature=abc 5 meta",
                put.headers().firstValue("x-seen").orElseThrow(), "forwarded as it came");

        JsonNode event = invocations.poll(10, TimeUnit.SECONDS);
        JsonNode record = event.path("Records").path(0);
        assertEquals("Received", event.path("invokedFunction").asText());
        assertEquals("ObjectCreated:Put", record.path("eventName").asText());
        assertEquals("aws:s3", record.path("eventSource").asText());
        assertEquals("bucket", record.path("s3").path("bucket").path("name").asText());
        assertEquals("arn:aws:s3:::bucket", record.path("s3").path("bucket").path("arn").asText());
        assertEquals("incoming/case/c-1/my+file", record.path("s3").path("object").path("key").asText(),
                "URL-encoded as in S3's notifications");
        assertEquals(42, record.path("s3").path("object").path("size").asLong());
        assertEquals("abc123", record.path("s3").path("object").path("eTag").asText());
        assertEquals("v-1", record.path("s3").path("object").path("versionId").asText());
        assertTrue(record.path("s3").path("object").path("sequencer").asText().matches("[0-9A-F]{16}"));
        assertEquals("Arrived", record.path("s3").path("configurationId").asText());

        JsonNode listed = notifications();
        assertEquals(record, listed.path(0).path("notification").path("Records").path(0));
    }

    @Test
    void onlySubscribedEventsAndKeysAreNotified() throws Exception {
        send("PUT", "/bucket/documents/case/c-1/d", "x");
        send("PUT", "/bucket/incoming/case/c-1/d?acl", "x");
        send("GET", "/bucket/incoming/case/c-1/d", null);
        send("PUT", "/bucket/incoming/case/c-1/d?tagging", "<Tagging/>");
        JsonNode tagged = invocations.poll(10, TimeUnit.SECONDS);
        assertEquals("ObjectTagging:Put", tagged.path("Records").path(0).path("eventName").asText());
        assertEquals(Optional.empty(), Optional.ofNullable(invocations.poll(300, TimeUnit.MILLISECONDS)));
    }

    @Test
    void aFailingFunctionIsRetriedTwice() throws Exception {
        failuresLeft.set(2);
        send("PUT", "/bucket/incoming/new/d-1", "x");
        assertEquals("incoming/new/d-1", invocations.poll(10, TimeUnit.SECONDS)
                .path("Records").path(0).path("s3").path("object").path("key").asText());
        assertEquals(3, notifications().path(0).path("attempts").asInt());
    }

    @Test
    void eventNamesOfRequests() {
        assertEquals(Optional.of("ObjectCreated:Put"), S3NotificationProxy.eventName("PUT", Set.of("X-Amz-Date"), false));
        assertEquals(Optional.of("ObjectCreated:Copy"), S3NotificationProxy.eventName("PUT", Set.of(), true));
        assertEquals(Optional.of("ObjectCreated:CompleteMultipartUpload"),
                S3NotificationProxy.eventName("POST", Set.of("uploadId"), false));
        assertEquals(Optional.empty(), S3NotificationProxy.eventName("PUT", Set.of("partNumber", "uploadId"), false));
        assertEquals(Optional.empty(), S3NotificationProxy.eventName("POST", Set.of("uploads"), false));
        assertEquals(Optional.empty(), S3NotificationProxy.eventName("DELETE", Set.of(), false));
    }

    /** The delivered notifications, once the first delivery is recorded (just after its invocation returned). */
    private JsonNode notifications() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        JsonNode listed = JSON.readTree(send("GET", "/_local/notifications", null).body());
        while (listed.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            listed = JSON.readTree(send("GET", "/_local/notifications", null).body());
        }
        return listed;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy.port() + path))
                .header("x-amz-meta-a", "meta")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
