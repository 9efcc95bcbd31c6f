package id.sikerja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The log lines carry Powertools' keys, so Logs Insights queries written for Powertools work on them. */
class JsonLogTest {

    private static final JsonLog LOG = JsonLog.get(JsonLogTest.class);
    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();

    @AfterEach
    void restore() {
        JsonLog.output(System.out);
        JsonLog.invocation(null, null, false);
        JsonLog.correlationId(null);
        System.clearProperty("com.amazonaws.xray.traceHeader");
    }

    private Map<String, Object> line() {
        return Json.readObject(lines.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void anInvocationsLinesNameTheFunctionRequestTraceAndCorrelation() {
        JsonLog.output(new PrintStream(lines, true, StandardCharsets.UTF_8));
        System.setProperty("com.amazonaws.xray.traceHeader",
                "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
        JsonLog.invocation("sikerja-dev-WorkflowFunction", "c6af9ac6-7b61-11e6-9a41-93e812345678", true);
        JsonLog.correlationId("corr-12345678");
        LOG.info("request", "route", "GET /cooperations", "status", 200);
        Map<String, Object> line = line();
        assertEquals("INFO", line.get("level"));
        assertEquals("request", line.get("message"));
        assertNotNull(line.get("timestamp"));
        assertEquals(JsonLog.service(), line.get("service"));
        assertEquals(true, line.get("cold_start"));
        assertEquals("sikerja-dev-WorkflowFunction", line.get("function_name"));
        assertEquals("c6af9ac6-7b61-11e6-9a41-93e812345678", line.get("function_request_id"));
        assertEquals("1-5759e988-bd862e3fe1be46a994272793", line.get("xray_trace_id"));
        assertEquals("corr-12345678", line.get("correlation_id"));
        assertEquals("GET /cooperations", line.get("route"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anErrorCarriesItsFullStackTraceWithItsCause() {
        JsonLog.output(new PrintStream(lines, true, StandardCharsets.UTF_8));
        IllegalStateException error = new IllegalStateException("storage failed",
                new java.io.IOException("connection reset"));
        LOG.error("unhandled failure", error, "route", "POST /proposals");
        Map<String, Object> line = line();
        assertEquals("ERROR", line.get("level"));
        Map<String, Object> e = (Map<String, Object>) line.get("error");
        assertEquals("java.lang.IllegalStateException", e.get("name"));
        assertEquals("storage failed", e.get("message"));
        String stack = (String) e.get("stack");
        assertTrue(stack.contains("at id.sikerja.api.JsonLogTest.anErrorCarriesItsFullStackTraceWithItsCause"), stack);
        assertTrue(stack.contains("Caused by: java.io.IOException: connection reset"), stack);
    }

    @Test
    void outsideAnInvocationNoInvocationKeys() {
        JsonLog.output(new PrintStream(lines, true, StandardCharsets.UTF_8));
        LOG.warn("at init");
        Map<String, Object> line = line();
        assertFalse(line.containsKey("function_request_id"));
        assertFalse(line.containsKey("cold_start"));
    }
}
