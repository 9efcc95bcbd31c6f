package id.sikerja.local.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sikerja.local.JsonLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * The exchanges of the HTTP API's routes, for the API contract test: when the environment variable
 * {@value #VARIABLE} names a file (the local module's test configuration sets it; nothing else does, and never in
 * AWS), the gateway appends one JSON line per request that matched a route of the template: the template, route key,
 * status, content type, whether the function or the gateway itself answered, and the body when it is JSON.
 * Each line is written with one append, so gateways in several JVMs can share the file. Recording never fails a
 * request: an I/O error is logged once and recording stops.
 */
public final class ExchangeLog {

    public static final String VARIABLE = "SIKERJA_EXCHANGE_LOG";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ExchangeLog NONE = new ExchangeLog(null, null);

    private final Path file;
    private final String template;
    private volatile boolean failed;

    private ExchangeLog(Path file, String template) {
        this.file = file;
        this.template = template;
    }

    /** Records nothing. */
    public static ExchangeLog none() {
        return NONE;
    }

    /** Records to the file {@value #VARIABLE} names, if it is set; each line names {@code templateFile}. */
    public static ExchangeLog fromEnvironment(Path templateFile) {
        String target = System.getenv(VARIABLE);
        if (target == null || target.isBlank()) {
            return NONE;
        }
        return to(Path.of(target), templateFile);
    }

    public static ExchangeLog to(Path file, Path templateFile) {
        return new ExchangeLog(file.toAbsolutePath(), templateFile.toAbsolutePath().normalize().toString());
    }

    public boolean enabled() {
        return file != null && !failed;
    }

    /**
     * Appends one exchange.
     *
     * @param routeKey the template's route key ("POST /proposals")
     * @param function the function that answered, or null when the gateway answered itself (authorizer)
     */
    void record(String routeKey, String method, String function, GatewayResponse response) {
        if (!enabled()) {
            return;
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("template", template);
        line.put("routeKey", routeKey);
        line.put("method", method);
        line.put("source", function == null ? "gateway" : "function");
        if (function != null) {
            line.put("function", function);
        }
        line.put("status", response.status());
        String contentType = response.header("content-type");
        line.put("contentType", contentType);
        line.put("bodyBytes", response.body().length);
        if (isJson(contentType) && response.body().length > 0) {
            try {
                line.set("body", JSON.readTree(response.body()));
            } catch (IOException e) {
                line.put("malformedJson", String.valueOf(e.getMessage()));
            }
        }
        append(line);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.endsWith("+json");
    }

    private void append(JsonNode line) {
        byte[] bytes;
        try {
            bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        synchronized (this) {
            try {
                Path parent = file.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    // one write with O_APPEND: the line lands whole at the end, whatever other gateways append
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                }
            } catch (IOException e) {
                failed = true;
                JsonLog.warn("gateway", "cannot record exchanges; recording stops",
                        Map.of("file", file.toString(), "error", String.valueOf(e.getMessage())));
            }
        }
    }
}
