package id.sikerja.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The runtime's own control address, on 127.0.0.1 and a free port, for the gateway's JVM only: the SES emulator is
 * the runtime's child, so the gateway's {@code POST /_local/faults/ses} asks here to stop or start it.
 * <ul>
 *   <li>{@code GET /faults/ses}: {@code {"down": bool}}</li>
 *   <li>{@code POST /faults/ses} {@code {"down": bool}}: stops or starts the emulator (nothing when it already is
 *       so) and answers once it is; 409 when the runtime started no emulator (other AWS endpoints)</li>
 * </ul>
 */
final class RuntimeControl implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The mail switch: the runtime's SES emulator. */
    interface Mail {
        /** Null when the runtime started no emulator. */
        Boolean down();

        void down(boolean down) throws IOException, InterruptedException;
    }

    private final HttpServer server;

    private RuntimeControl(HttpServer server) {
        this.server = server;
    }

    static RuntimeControl start(Mail mail) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "runtime-control");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/faults/ses", exchange -> {
            try (exchange) {
                serveMail(mail, exchange);
            }
        });
        server.start();
        return new RuntimeControl(server);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void serveMail(Mail mail, HttpExchange exchange) throws IOException {
        if (mail.down() == null) {
            answer(exchange, 409, "{\"message\":\"The runtime started no SES emulator (it uses other AWS endpoints)\"}");
            return;
        }
        switch (exchange.getRequestMethod()) {
            case "GET" -> answer(exchange, 200, "{\"down\":" + mail.down() + "}");
            case "POST" -> {
                JsonNode body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = JSON.readTree(in.readNBytes(1024));
                } catch (IOException e) {
                    body = null;
                }
                if (body == null || !body.path("down").isBoolean()) {
                    answer(exchange, 400, "{\"message\":\"The body must be {\\\"down\\\": true|false}\"}");
                    return;
                }
                try {
                    mail.down(body.get("down").asBoolean());
                    JsonLog.info("runtime-control", "mail switched", Map.of("down", mail.down()));
                    answer(exchange, 200, "{\"down\":" + mail.down() + "}");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    answer(exchange, 503, "{\"message\":\"Interrupted\"}");
                } catch (IOException | RuntimeException e) {
                    JsonLog.error("runtime-control", "cannot switch the SES emulator", Map.of(), e);
                    answer(exchange, 500, "{\"message\":\"Cannot switch the SES emulator; see the runtime's log\"}");
                }
            }
            default -> answer(exchange, 405, "{\"message\":\"Method Not Allowed\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
