package id.sikerja.local.iam;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.sikerja.local.JsonLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reverse proxy on 127.0.0.1 in front of a stand-in (DynamoDB Local, the SES emulator) that lets through only what
 * the caller's IAM policy allows ({@link Enforcer}); the rest it answers as AWS does. Allowed requests are forwarded
 * unchanged (the stand-ins check no signatures). When the stand-in does not answer, the proxy drops the connection,
 * so the caller sees what it would see without the proxy: an unreachable endpoint.
 */
public final class EnforcingProxy implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive");

    private final Enforcer enforcer;
    private final Enforcer.Service service;
    private final URI upstream;
    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private EnforcingProxy(Enforcer enforcer, Enforcer.Service service, URI upstream, HttpServer server,
            ExecutorService threads) {
        this.enforcer = enforcer;
        this.service = service;
        this.upstream = upstream;
        this.server = server;
        this.threads = threads;
    }

    /** Starts the proxy on 127.0.0.1:port (0: a free one). */
    public static EnforcingProxy start(Enforcer enforcer, Enforcer.Service service, URI upstream, int port)
            throws IOException {
        // the JDK's server writes a response's headers and body apart: without TCP_NODELAY, Nagle and the client's
        // delayed ACK hold the body ~40 ms (read once, when the JVM's first HttpServer is made)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AtomicInteger count = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16, runnable -> {
            Thread thread = new Thread(runnable, "iam-" + service.name().toLowerCase(Locale.ROOT) + "-"
                    + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        EnforcingProxy proxy = new EnforcingProxy(enforcer, service, upstream, server, threads);
        server.setExecutor(threads);
        server.createContext("/", proxy::serve);
        server.start();
        JsonLog.info("iam", "enforcing", Map.of("service", service.name(), "url", proxy.url().toString(),
                "upstream", upstream.toString()));
        return proxy;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = exchange.getRequestURI();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Optional<Enforcer.Denial> denial = enforcer.check(service, method, uri.getRawPath(), uri.getRawQuery(),
                exchange.getRequestHeaders(), body);
        if (denial.isPresent()) {
            respond(exchange, denial.get().status(), denial.get().headers(), denial.get().body());
            return;
        }
        HttpResponse<byte[]> answer;
        try {
            answer = forward(method, uri, exchange.getRequestHeaders(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        // an IOException propagates: the server drops the connection, as an unreachable stand-in would
        try (exchange) {
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            boolean noBody = answer.body().length == 0 || method.equals("HEAD");
            exchange.sendResponseHeaders(answer.statusCode(), noBody ? -1 : answer.body().length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body());
                }
            }
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
                        // a header the HTTP client sets itself (e.g. Date): the stand-ins check no signature
                    }
                }
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static void respond(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        try (exchange) {
            headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            boolean noBody = body.length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
