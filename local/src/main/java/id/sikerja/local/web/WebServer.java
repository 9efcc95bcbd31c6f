package id.sikerja.local.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the web front end's build ({@code web/dist}) the way CloudFront does in front of its private bucket: files
 * by path, {@code index.html} for the root and for every path that is not a file (the single-page app's routes),
 * and {@code /config.json} with the local runtime's API URL instead of the built one.
 */
public final class WebServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final HttpServer server;
    private final Path root;
    private final byte[] config;

    private WebServer(HttpServer server, Path root, byte[] config) {
        this.server = server;
        this.root = root;
        this.config = config;
    }

    /**
     * Serves {@code root} on 127.0.0.1:{@code port} (0: a free port) with this {@code config.json}, also written to
     * {@code configFile} so that other tools (and people) can read it.
     */
    public static WebServer start(Path root, int port, String configJson, Path configFile) throws IOException {
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IOException("no web build at " + root + " (cd web && npm ci && npm run build)");
        }
        Files.createDirectories(configFile.getParent());
        Files.writeString(configFile, configJson, StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        WebServer web = new WebServer(server, root.toAbsolutePath().normalize(), configJson.getBytes(StandardCharsets.UTF_8));
        server.createContext("/", web::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "web-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        return web;
    }

    /** The local config.json: the API's URL, local sign-in, the region and the Pemda's name. */
    public static String localConfig(URI apiUrl, String region, String pemdaName) {
        return "{\n  \"apiUrl\": \"" + json(apiUrl.toString()) + "\",\n  \"region\": \"" + json(region)
                + "\",\n  \"auth\": { \"mode\": \"local\" },\n  \"pemdaName\": \"" + json(pemdaName) + "\"\n}\n";
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/config.json")) {
                send(exchange, 200, TYPES.get("json"), "no-store", config);
                return;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root) || path.contains("..")) {
                send(exchange, 404, TYPES.get("txt"), "no-store", "Not Found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isRegularFile(file)) {
                String cache = path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
                send(exchange, 200, type(file), cache, Files.readAllBytes(file));
            } else if (lastSegment(path).contains(".")) {
                send(exchange, 404, TYPES.get("txt"), "no-store", "Not Found".getBytes(StandardCharsets.UTF_8));
            } else {
                // a route of the single-page app: CloudFront answers index.html for it too (custom error response)
                send(exchange, 200, TYPES.get("html"), "no-cache", Files.readAllBytes(root.resolve("index.html")));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String cache, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", cache);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
