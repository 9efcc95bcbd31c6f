package id.sikerja.reminders;

import com.sun.net.httpserver.HttpServer;
import id.sikerja.api.Json;
import id.sikerja.core.migrations.Migration;
import id.sikerja.core.migrations.MigrationLedger;
import id.sikerja.core.migrations.MigrationRunner;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** CloudFormation is always answered, SUCCESS or FAILED with a reason, and never left waiting for its timeout. */
class MigrationEventsTest {

    private final Map<String, MigrationLedger.Progress> ledgerItems = new HashMap<>();
    private final MigrationLedger ledger = new MigrationLedger() {
        @Override
        public Optional<Progress> progress(String id) {
            return Optional.ofNullable(ledgerItems.get(id));
        }

        @Override
        public void advanced(String id, Optional<String> cursor, long changed, long read, Instant at) {
            ledgerItems.put(id, new Progress(id, false, cursor, changed, read));
        }

        @Override
        public void completed(String id, long changed, long read, Instant at) {
            ledgerItems.put(id, new Progress(id, true, Optional.empty(), changed, read));
        }
    };
    private final AtomicInteger steps = new AtomicInteger();

    private MigrationRunner runner(boolean fails) {
        Migration m = new Migration() {
            public String id() {
                return "0001-test";
            }

            public String description() {
                return "test";
            }

            public Step step(Optional<String> cursor) {
                steps.incrementAndGet();
                if (fails) {
                    throw new IllegalStateException("table unreachable");
                }
                return cursor.isEmpty() ? new Step(2, 2, Optional.of("page-2")) : new Step(1, 1, Optional.empty());
            }
        };
        return new MigrationRunner(List.of(m), ledger, Clock.systemUTC());
    }

    private static Map<String, Object> request(String type, String url) {
        Map<String, Object> e = new HashMap<>();
        e.put("RequestType", type);
        e.put("ResponseURL", url);
        e.put("StackId", "arn:aws:cloudformation:ap-southeast-3:000000000000:stack/sikerja/1");
        e.put("RequestId", "req-1");
        e.put("LogicalResourceId", "DataMigrations");
        return e;
    }

    /** A stand-in for CloudFormation's pre-signed response URL, keeping what was PUT. */
    private static HttpServer responseUrl(List<Map<String, Object>> received) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.createContext("/", exchange -> {
            try (exchange) {
                assertEquals("PUT", exchange.getRequestMethod());
                received.add(Json.readObject(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
        return server;
    }

    @Test
    void aCreateRunsTheMigrationsAndAnswersSuccessAtTheResponseUrl() throws Exception {
        List<Map<String, Object>> received = new ArrayList<>();
        HttpServer server = responseUrl(received);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/cfn-response?sig=x";
            Map<String, Object> out = new MigrationEvents(() -> runner(false)).handle(request("Create", url));
            assertEquals("SUCCESS", out.get("cloudFormationStatus"));
            assertEquals(1, received.size());
            assertEquals("SUCCESS", received.get(0).get("Status"));
            assertEquals("req-1", received.get(0).get("RequestId"));
            assertEquals("DataMigrations", received.get(0).get("LogicalResourceId"));
            assertNotNull(received.get(0).get("PhysicalResourceId"));
            assertTrue(ledgerItems.get("0001-test").completed());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFailingMigrationStillAnswersCloudFormationWithTheReason() {
        List<Map<String, Object>> answered = new ArrayList<>();
        Map<String, Object> out = new MigrationEvents(() -> runner(true), r -> {
            answered.add(r);
            return null;
        }).handle(request("Update", "https://example.invalid/x"));
        assertEquals("FAILED", out.get("cloudFormationStatus"));
        assertEquals(1, answered.size());
        assertEquals("FAILED", answered.get(0).get("Status"));
        assertTrue(String.valueOf(answered.get(0).get("Reason")).contains("table unreachable"));
    }

    @Test
    void aDeleteAnswersSuccessAndMigratesNothing() {
        List<Map<String, Object>> answered = new ArrayList<>();
        new MigrationEvents(() -> runner(false), r -> {
            answered.add(r);
            return null;
        }).handle(request("Delete", "https://example.invalid/x"));
        assertEquals("SUCCESS", answered.get(0).get("Status"));
        assertEquals(0, steps.get());
    }

    @Test
    void aDirectInvocationRunsThemAndASecondRunChangesNothing() {
        MigrationEvents events = new MigrationEvents(() -> runner(false), r -> fail("no CloudFormation here"));
        Map<String, Object> first = events.handle(Map.of());
        assertEquals(true, first.get("finished"));
        assertEquals(2, steps.get());
        Map<String, Object> second = events.handle(Map.of());
        assertEquals(2, steps.get(), "completed: not run again");
        assertEquals("ALREADY_COMPLETED", ((Map<?, ?>) ((List<?>) second.get("migrations")).get(0)).get("status"));
    }
}
