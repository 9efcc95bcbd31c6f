package id.sikerja.local.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the web front end's build ({@code web/dist}) the way CloudFront does in front of its private bucket: files
 * by path, {@code index.html} for the root and for every path that is not a file (the single-page app's routes),
 * and {@code /config.json} with the local runtime's API URL instead of the built one. Like CloudFront with compression
 * on, it answers text (HTML, JavaScript, CSS, JSON, SVG) of at least {@value #MIN_COMPRESSED} bytes gzipped to a
 * browser that accepts gzip (the JDK has no Brotli encoder), each file compressed once while it is unchanged.
 */
public final class WebServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"));

    /** CloudFront compresses files of 1,000 bytes and more; smaller ones gain nothing. */
    static final int MIN_COMPRESSED = 1000;

    private final HttpServer server;
    private final Map<Path, Compressed> compressed = new ConcurrentHashMap<>();
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
        return localConfig(apiUrl, region, pemdaName, Map.of());
    }

    /**
     * The local config.json with the Pemda's identity as well (logoUrl, contactEmail, contactPhone, contactAddress,
     * from the template's parameters, as web/scripts/config-from-stack.mjs reads them in AWS); empty values are left out.
     */
    public static String localConfig(URI apiUrl, String region, String pemdaName, Map<String, String> identity) {
        StringBuilder extra = new StringBuilder();
        new java.util.TreeMap<>(identity).forEach((key, value) -> {
            if (value != null && !value.isEmpty()) extra.append(",\n  \"").append(json(key)).append("\": \"").append(json(value)).append('"');
        });
        return "{\n  \"apiUrl\": \"" + json(apiUrl.toString()) + "\",\n  \"region\": \"" + json(region)
                + "\",\n  \"auth\": { \"mode\": \"local\" },\n  \"pemdaName\": \"" + json(pemdaName) + "\"" + extra + "\n}\n";
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
                send(exchange, 200, type(file), cache, file);
            } else if (lastSegment(path).contains(".")) {
                send(exchange, 404, TYPES.get("txt"), "no-store", "Not Found".getBytes(StandardCharsets.UTF_8));
            } else {
                // a route of the single-page app: CloudFront answers index.html for it too (custom error response)
                send(exchange, 200, TYPES.get("html"), "no-cache", root.resolve("index.html"));
            }
        }
    }

    /** A file of the build, gzipped when the type is text, it is big enough and the browser accepts gzip. */
    private void send(HttpExchange exchange, int status, String type, String cache, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        if (!compressible(type) || body.length < MIN_COMPRESSED) {
            send(exchange, status, type, cache, body);
            return;
        }
        exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
        if (!acceptsGzip(exchange.getRequestHeaders().getFirst("Accept-Encoding"))) {
            send(exchange, status, type, cache, body);
            return;
        }
        FileTime modified = Files.getLastModifiedTime(file);
        Compressed gz = compressed.compute(file.toAbsolutePath().normalize(), (path, known) ->
                known != null && known.modified().equals(modified) && known.size() == body.length
                        ? known : new Compressed(modified, body.length, gzip(body)));
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        send(exchange, status, type, cache, gz.bytes());
    }

    private record Compressed(FileTime modified, long size, byte[] bytes) {
    }

    static boolean compressible(String type) {
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("image/svg+xml");
    }

    /**
     * Whether an Accept-Encoding header accepts gzip: named with a weight above 0, or not named and {@code *} accepted
     * (RFC 9110 section 12.5.3).
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] params = part.trim().split(";");
            String coding = params[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = q;
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        return gzip != null ? gzip > 0 : any != null && any > 0;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION); // once per file: the smallest answer
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new IllegalStateException(e); // in memory: cannot happen
        }
        return out.toByteArray();
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
