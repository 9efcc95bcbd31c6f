package id.sikerja.local.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.sikerja.local.JsonLog;
import id.sikerja.local.iam.Enforcer;
import id.sikerja.local.template.LocalNames;
import id.sikerja.local.template.S3EventSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * S3 as the functions reach it locally: a reverse proxy in front of the S3 endpoint (S3Mock, or LocalStack's) that
 * also does what S3's event notifications do, since S3Mock sends none. The functions' {@code AWS_ENDPOINT_URL_S3}
 * points here, so the URLs they pre-sign do too.
 *
 * <p>Every request is forwarded as it came (S3Mock checks no signatures). After one that created an object (a PUT,
 * a copy, a completed multipart upload) or put its tags, the proxy invokes each function whose {@code Type: S3}
 * event of the template subscribes to that bucket, event type and key, with the notification S3 sends:
 * {@code Records[0]} with {@code eventName} (e.g. {@code ObjectCreated:Put}), the bucket's name and ARN, the key
 * URL-encoded, its size, eTag, versionId and a sequencer. Like S3's, the invocation is asynchronous (the client's
 * PUT is answered first) and, like Lambda's asynchronous invocations, retried twice when the function fails.
 *
 * <p>{@code GET /_local/notifications} (not an S3 path: a bucket name cannot start with '_') lists the
 * notifications delivered so far, each as sent, with its function and attempts: a test can deliver one again
 * through {@code POST /_local/functions/{function}/invocations} of the gateway.
 */
public final class S3NotificationProxy implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGGER = "s3-notifications";
    private static final String NOTIFICATIONS = "/_local/notifications";
    private static final String IAM_DENIALS = "/_local/iam/denials";
    /** Hop-by-hop headers, and those the HTTP client sets itself. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive");
    /** Object sub-resources whose PUT or POST creates no object. */
    private static final Set<String> NOT_CREATING = Set.of("acl", "legal-hold", "retention", "partNumber",
            "restore", "select", "uploads");
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int RETRIES = 2;
    private static final int REMEMBERED = 200;

    private final URI upstream;
    private final List<S3EventSpec> subscriptions;
    private final LocalEndpoints.FunctionInvoker invoker;
    private final Duration retryDelay;
    private final HttpServer server;
    private final ExecutorService http;
    private final ExecutorService deliveries;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong sequencer = new AtomicLong(System.currentTimeMillis() * 1000);
    private final Deque<ObjectNode> delivered = new ArrayDeque<>();
    private final Optional<Enforcer> iam;

    private S3NotificationProxy(URI upstream, List<S3EventSpec> subscriptions, LocalEndpoints.FunctionInvoker invoker,
            Duration retryDelay, HttpServer server, ExecutorService http, ExecutorService deliveries,
            Optional<Enforcer> iam) {
        this.iam = iam;
        this.upstream = upstream;
        this.subscriptions = List.copyOf(subscriptions);
        this.invoker = invoker;
        this.retryDelay = retryDelay;
        this.server = server;
        this.http = http;
        this.deliveries = deliveries;
    }

    /**
     * Starts the proxy on 127.0.0.1:port (0: a free one).
     *
     * @param retryDelay the wait before the first retry of a failed invocation (doubled for the second)
     */
    static S3NotificationProxy start(int port, URI upstream, List<S3EventSpec> subscriptions,
            LocalEndpoints.FunctionInvoker invoker, Duration retryDelay) throws IOException {
        return start(port, upstream, subscriptions, invoker, retryDelay, Optional.empty());
    }

    /**
     * Starts the proxy on 127.0.0.1:port (0: a free one), refusing as S3 does what the caller's IAM policy does not
     * allow when {@code iam} is given (pre-signed URLs act with the permissions of the function that signed them).
     *
     * @param retryDelay the wait before the first retry of a failed invocation (doubled for the second)
     */
    static S3NotificationProxy start(int port, URI upstream, List<S3EventSpec> subscriptions,
            LocalEndpoints.FunctionInvoker invoker, Duration retryDelay, Optional<Enforcer> iam) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService http = Executors.newFixedThreadPool(8, daemon("s3-proxy-"));
        // one at a time, in the order the objects were written
        ExecutorService deliveries = Executors.newSingleThreadExecutor(daemon("s3-notify-"));
        S3NotificationProxy proxy = new S3NotificationProxy(upstream, subscriptions, invoker, retryDelay, server, http,
                deliveries, iam);
        server.setExecutor(http);
        server.createContext("/", proxy::serve);
        server.start();
        JsonLog.info(LOGGER, "listening", Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "upstream", upstream.toString(), "subscriptions", subscriptions.size()));
        return proxy;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        http.shutdownNow();
        deliveries.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            URI uri = exchange.getRequestURI();
            if (method.equals("POST") && uri.getRawPath().equals(IAM_DENIALS)) {
                // the S3 requests IAM refused since the last call (the runtime collects them with its own)
                List<String> taken = iam.map(Enforcer::takeDenials).orElse(List.of());
                respond(exchange, 200, Map.of("content-type", "application/json"), JSON.writeValueAsBytes(taken));
                return;
            }
            if (method.equals("GET") && uri.getRawPath().equals(NOTIFICATIONS)) {
                respond(exchange, 200, Map.of("content-type", "application/json"), notifications());
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Optional<Enforcer.Denial> denial = iam.flatMap(enforcer -> enforcer.check(Enforcer.Service.S3, method,
                    uri.getRawPath(), uri.getRawQuery(), exchange.getRequestHeaders(), body));
            if (denial.isPresent()) {
                respond(exchange, denial.get().status(), denial.get().headers(),
                        method.equals("HEAD") ? null : denial.get().body());
                return;
            }
            HttpResponse<byte[]> answer;
            try {
                answer = forward(method, uri, exchange.getRequestHeaders(), body);
            } catch (IOException e) {
                JsonLog.error(LOGGER, "the S3 endpoint did not answer", Map.of("upstream", upstream.toString()), e);
                respond(exchange, 502, Map.of(), new byte[0]);
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            answer.headers().map().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!NOT_FORWARDED.contains(lower) || lower.equals("content-length") && method.equals("HEAD")) {
                    headers.put(name, String.join(",", values));
                }
            });
            respond(exchange, answer.statusCode(), headers, method.equals("HEAD") ? null : answer.body());
            if (answer.statusCode() / 100 == 2) {
                notify(method, uri, exchange.getRequestHeaders().getFirst("x-amz-copy-source") != null, answer,
                        exchange.getRemoteAddress().getAddress().getHostAddress());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HttpResponse<byte[]> forward(String method, URI uri, Map<String, List<String>> headers, byte[] body)
            throws IOException, InterruptedException {
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + uri.getRawPath() + query))
                .timeout(Duration.ofSeconds(60))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : values) {
                    try {
                        request.header(name, value);
                    } catch (IllegalArgumentException restricted) {
                        // a header the HTTP client sets itself (e.g. Date): the upstream checks no signature
                    }
                }
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** After a successful request: the event it is, if any, to each function subscribed to it. */
    private void notify(String method, URI uri, boolean copy, HttpResponse<byte[]> answer, String sourceIp)
            throws IOException, InterruptedException {
        String path = uri.getPath();
        int slash = path.indexOf('/', 1);
        if (slash < 0 || slash == path.length() - 1) {
            return; // a request on a bucket, not an object
        }
        String bucket = path.substring(1, slash);
        String key = path.substring(slash + 1);
        Map<String, String> query = query(uri.getRawQuery());
        Optional<String> eventName = eventName(method, query.keySet(), copy);
        if (eventName.isEmpty()) {
            return;
        }
        List<S3EventSpec> subscribed = subscriptions.stream()
                .filter(s -> s.matches(bucket, eventName.get(), key)).toList();
        if (subscribed.isEmpty()) {
            return;
        }
        Optional<String> versionId = eventName.get().startsWith("ObjectTagging:")
                ? Optional.ofNullable(query.get("versionId"))
                : answer.headers().firstValue("x-amz-version-id");
        HttpResponse<Void> head = client.send(HttpRequest.newBuilder(URI.create(upstream + uri.getRawPath()
                        + versionId.map(v -> "?versionId=" + URLEncoder.encode(v, StandardCharsets.UTF_8)).orElse("")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        long size = head.headers().firstValueAsLong("content-length").orElse(0);
        String eTag = head.headers().firstValue("etag").orElse("").replace("\"", "");
        String requestId = answer.headers().firstValue("x-amz-request-id")
                .orElseGet(() -> UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT));
        for (S3EventSpec subscription : subscribed) {
            ObjectNode event = event(subscription, eventName.get(), bucket, key, size, eTag, versionId, requestId,
                    sourceIp);
            deliveries.execute(() -> deliver(subscription, event));
        }
    }

    /** The S3 event type of a request, in the form of a notification's {@code eventName}. */
    static Optional<String> eventName(String method, Set<String> subresources, boolean copy) {
        if (method.equals("PUT") && subresources.contains("tagging")) {
            return Optional.of("ObjectTagging:Put");
        }
        Set<String> other = new HashSet<>(subresources);
        other.retainAll(NOT_CREATING);
        if (!other.isEmpty() || subresources.contains("tagging")) {
            return Optional.empty();
        }
        if (method.equals("PUT") && !subresources.contains("uploadId")) {
            return Optional.of(copy ? "ObjectCreated:Copy" : "ObjectCreated:Put");
        }
        if (method.equals("POST") && subresources.contains("uploadId")) {
            return Optional.of("ObjectCreated:CompleteMultipartUpload");
        }
        return Optional.empty();
    }

    /** The notification S3 sends (event structure version 2.1). */
    private ObjectNode event(S3EventSpec subscription, String eventName, String bucket, String key, long size,
            String eTag, Optional<String> versionId, String requestId, String sourceIp) {
        ObjectNode event = JSON.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", LocalNames.REGION);
        record.put("eventTime", EVENT_TIME.format(Instant.now()));
        record.put("eventName", eventName);
        record.putObject("userIdentity").put("principalId", "AWS:local");
        record.putObject("requestParameters").put("sourceIPAddress", sourceIp);
        ObjectNode response = record.putObject("responseElements");
        response.put("x-amz-request-id", requestId);
        response.put("x-amz-id-2", UUID.randomUUID().toString());
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", subscription.eventId());
        ObjectNode b = s3.putObject("bucket");
        b.put("name", bucket);
        b.putObject("ownerIdentity").put("principalId", "local");
        b.put("arn", "arn:" + LocalNames.PARTITION + ":s3:::" + bucket);
        ObjectNode object = s3.putObject("object");
        // keys are URL-encoded in notifications (a space becomes '+'); '/' stays
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/"));
        object.put("size", size);
        object.put("eTag", eTag);
        versionId.ifPresent(v -> object.put("versionId", v));
        object.put("sequencer", String.format("%016X", sequencer.incrementAndGet()));
        return event;
    }

    /** Invokes the function as Lambda does an asynchronous invocation: retried twice when it fails. */
    private void deliver(S3EventSpec subscription, ObjectNode event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("function", subscription.functionId());
        fields.put("eventName", event.path("Records").path(0).path("eventName").asText());
        fields.put("key", event.path("Records").path(0).path("s3").path("object").path("key").asText());
        boolean done = false;
        int attempt = 0;
        while (!done && attempt <= RETRIES) {
            attempt++;
            try {
                invoker.invoke(subscription.functionId(), JSON.writeValueAsBytes(event));
                done = true;
            } catch (FunctionPool.InvocationException | IOException e) {
                fields.put("attempt", attempt);
                JsonLog.error(LOGGER, "the function failed on the notification", fields, e.getCause());
                if (attempt <= RETRIES && !pause(retryDelay.multipliedBy(attempt))) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fields.put("attempts", attempt);
        fields.put("delivered", done);
        JsonLog.info(LOGGER, done ? "delivered" : "given up", fields);
        ObjectNode entry = JSON.createObjectNode();
        entry.put("function", subscription.functionId());
        entry.put("event", subscription.eventId());
        entry.put("attempts", attempt);
        entry.put("delivered", done);
        entry.set("notification", event);
        synchronized (delivered) {
            delivered.addLast(entry);
            if (delivered.size() > REMEMBERED) {
                delivered.removeFirst();
            }
        }
    }

    private byte[] notifications() throws IOException {
        ArrayNode list = JSON.createArrayNode();
        synchronized (delivered) {
            delivered.forEach(list::add);
        }
        return JSON.writeValueAsBytes(list);
    }

    private static boolean pause(Duration delay) {
        try {
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The query's parameters, decoded; a parameter without a value (a sub-resource such as {@code tagging}) maps to "". */
    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            out.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void respond(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean noBody = body == null || body.length == 0;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicLong count = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
