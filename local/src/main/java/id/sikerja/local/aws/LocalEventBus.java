package id.sikerja.local.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * EventBridge's stand-in: speaks the {@code PutEvents} operation of the AWS JSON 1.1 protocol
 * ({@code POST /}, {@code X-Amz-Target: AWSEvents.PutEvents}, {@code application/x-amz-json-1.1}) to the real SDK and
 * keeps every event it accepted, in order, to be listed ({@code GET /_local/events} on the gateway). Like EventBridge
 * it answers per entry: an entry without source, detail type or a JSON-object detail, or for a bus it does not know,
 * fails with an error code while the others are taken. {@link #down} makes every call fail with a 500
 * {@code InternalException} (the SDK retries, then gives up), as an unreachable bus would.
 *
 * <p>It checks no signature. It runs in the gateway's JVM, on the port the runtime put in the functions'
 * {@code AWS_ENDPOINT_URL_EVENTBRIDGE}.
 */
public final class LocalEventBus implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile LocalEventBus current;

    /** One accepted event, as a rule would receive it. */
    public record Event(String id, String source, String detailType, String eventBusName, Instant time,
                        JsonNode detail, Instant receivedAt) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Set<String> buses;
    private final List<Event> events = new ArrayList<>();
    private volatile boolean down;

    private LocalEventBus(HttpServer server, ExecutorService executor, Set<String> buses) {
        this.server = server;
        this.executor = executor;
        this.buses = Set.copyOf(buses);
    }

    /**
     * Starts it on 127.0.0.1:port (0: a free port), accepting events for these bus names (and {@code default}).
     */
    public static LocalEventBus start(int port, Set<String> busNames) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 32);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "eventbridge-local");
            t.setDaemon(true);
            return t;
        });
        LocalEventBus bus = new LocalEventBus(server, executor, busNames);
        server.setExecutor(executor);
        server.createContext("/", bus::serve);
        server.start();
        current = bus;
        return bus;
    }

    /** The bus started in this JVM, if any (the gateway's endpoints list its events). */
    public static LocalEventBus current() {
        return current;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The accepted events that pass the filter, oldest first. */
    public synchronized List<Event> events(Predicate<Event> filter) {
        return events.stream().filter(filter).toList();
    }

    /** Empties the store. */
    public synchronized void clear() {
        events.clear();
    }

    /** From now on every call fails ({@code true}) or is served again ({@code false}). */
    public void down(boolean value) {
        down = value;
    }

    public boolean down() {
        return down;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                answer(exchange, 404, error("UnknownOperationException", "only POST / is served"));
                return;
            }
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (!"AWSEvents.PutEvents".equals(target)) {
                answer(exchange, 400, error("UnknownOperationException", "not supported here: " + target));
                return;
            }
            if (down) {
                answer(exchange, 500, error("InternalException", "the local bus is down (POST /_local/faults/events)"));
                return;
            }
            JsonNode request;
            try {
                request = JSON.readTree(body);
            } catch (IOException e) {
                answer(exchange, 400, error("SerializationException", "the body is not JSON"));
                return;
            }
            JsonNode entries = request == null ? null : request.get("Entries");
            if (entries == null || !entries.isArray() || entries.isEmpty() || entries.size() > 10) {
                answer(exchange, 400, error("ValidationException", "Entries: 1 to 10 entries"));
                return;
            }
            answer(exchange, 200, putEvents(entries));
        }
    }

    private synchronized ObjectNode putEvents(JsonNode entries) {
        ObjectNode response = JSON.createObjectNode();
        ArrayNode results = response.putArray("Entries");
        int failed = 0;
        Instant now = Instant.now();
        for (JsonNode entry : entries) {
            ObjectNode result = results.addObject();
            String source = entry.path("Source").asText("");
            String detailType = entry.path("DetailType").asText("");
            String busName = entry.path("EventBusName").asText("default");
            JsonNode detail = null;
            try {
                detail = JSON.readTree(entry.path("Detail").asText(""));
            } catch (IOException ignored) {
                // reported below
            }
            String problem = source.isBlank() ? "Source is required"
                    : detailType.isBlank() ? "DetailType is required"
                    : detail == null || !detail.isObject() ? "Detail must be a JSON object"
                    : !busName.equals("default") && !buses.contains(busName) && !buses.contains(simpleName(busName))
                    ? "no event bus " + busName : null;
            if (problem != null) {
                failed++;
                result.put("ErrorCode", problem.startsWith("no event bus") ? "ResourceNotFoundException"
                        : problem.startsWith("Detail") ? "MalformedDetail" : "InvalidArgument");
                result.put("ErrorMessage", problem);
                continue;
            }
            Instant time = entry.has("Time") ? Instant.ofEpochMilli((long) (entry.get("Time").asDouble() * 1000)) : now;
            String id = UUID.randomUUID().toString();
            events.add(new Event(id, source, detailType, simpleName(busName), time, detail, now));
            result.put("EventId", id);
        }
        response.put("FailedEntryCount", failed);
        return response;
    }

    /** A bus named by ARN or by name: its name. */
    private static String simpleName(String nameOrArn) {
        int slash = nameOrArn.lastIndexOf('/');
        return nameOrArn.startsWith("arn:") && slash >= 0 ? nameOrArn.substring(slash + 1) : nameOrArn;
    }

    private static ObjectNode error(String type, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("__type", type);
        error.put("message", message);
        return error;
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The events as {@code GET /_local/events} lists them. */
    public static ObjectNode toJson(List<Event> events) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode list = out.putArray("events");
        for (Event e : events) {
            ObjectNode item = list.addObject();
            item.put("id", e.id());
            item.put("source", e.source());
            item.put("detailType", e.detailType());
            item.put("eventBusName", e.eventBusName());
            item.put("time", e.time().toString());
            item.set("detail", e.detail());
        }
        out.put("count", events.size());
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        if (current == this) {
            current = null;
        }
    }
}
