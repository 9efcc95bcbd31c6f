package id.sikerja.api;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per line on standard output, with the keys of Powertools for AWS Lambda's structured logging (so
 * CloudWatch Logs Insights queries and dashboards written for Powertools work unchanged): {@code timestamp},
 * {@code level}, {@code service} ({@code POWERTOOLS_SERVICE_NAME}), {@code message}, and during an invocation
 * {@code cold_start}, {@code function_name}, {@code function_request_id}, {@code xray_trace_id} (the invocation's
 * {@code _X_AMZN_TRACE_ID}) and {@code correlation_id}; an error carries {@code error.name}, {@code error.message}
 * and the full {@code error.stack} (causes included). Callers pass only non-personal fields: ids, codes, counts,
 * durations — never names, e-mail addresses, phones, bodies or tokens.
 */
public final class JsonLog {

    /** The invocation a thread serves, set by the handler ({@link #invocation}). */
    private record Invocation(String functionName, String requestId, boolean coldStart) {
    }

    private static final ThreadLocal<String> CORRELATION = new ThreadLocal<>();
    private static final ThreadLocal<Invocation> INVOCATION = new ThreadLocal<>();
    private static volatile PrintStream out = System.out;

    private final String logger;

    private JsonLog(String logger) {
        this.logger = logger;
    }

    public static JsonLog get(Class<?> type) {
        return new JsonLog(type.getSimpleName());
    }

    public static void correlationId(String id) {
        if (id == null) {
            CORRELATION.remove();
        } else {
            CORRELATION.set(id);
        }
    }

    public static String correlationId() {
        return CORRELATION.get();
    }

    /**
     * From now on this thread serves this invocation (null: none); {@code coldStart} is true for the first
     * invocation of the execution environment.
     */
    public static void invocation(String functionName, String requestId, boolean coldStart) {
        if (functionName == null) {
            INVOCATION.remove();
        } else {
            INVOCATION.set(new Invocation(functionName, requestId, coldStart));
        }
    }

    /** Where lines go (tests); standard output by default. */
    static void output(PrintStream stream) {
        out = stream;
    }

    public void info(String message, Object... keyValues) {
        write("INFO", message, null, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        write("WARN", message, null, keyValues);
    }

    public void error(String message, Throwable t, Object... keyValues) {
        write("ERROR", message, t, keyValues);
    }

    /**
     * The X-Ray trace header of the current invocation: the Java runtime sets the system property
     * {@code com.amazonaws.xray.traceHeader} per invocation; {@code _X_AMZN_TRACE_ID} is the environment's.
     */
    static String traceId() {
        String header = System.getProperty("com.amazonaws.xray.traceHeader");
        if (header == null || header.isEmpty()) {
            header = System.getenv("_X_AMZN_TRACE_ID");
        }
        if (header == null || header.isEmpty()) {
            return null;
        }
        for (String part : header.split(";")) {
            if (part.startsWith("Root=")) {
                return part.substring("Root=".length());
            }
        }
        return header;
    }

    static String service() {
        String service = System.getenv("POWERTOOLS_SERVICE_NAME");
        return service == null || service.isBlank() ? "sikerja" : service;
    }

    private void write(String level, String message, Throwable error, Object... keyValues) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level);
        line.put("service", service());
        line.put("logger", logger);
        line.put("message", message);
        Invocation invocation = INVOCATION.get();
        if (invocation != null) {
            line.put("cold_start", invocation.coldStart());
            line.put("function_name", invocation.functionName());
            line.put("function_request_id", invocation.requestId());
        }
        String trace = traceId();
        if (trace != null) {
            line.put("xray_trace_id", trace);
        }
        String correlation = CORRELATION.get();
        if (correlation != null) {
            line.put("correlation_id", correlation);
        }
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            line.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        if (error != null) {
            StringWriter stack = new StringWriter();
            error.printStackTrace(new PrintWriter(stack));
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", error.getClass().getName());
            e.put("message", error.getMessage());
            e.put("stack", stack.toString());
            line.put("error", e);
        }
        out.println(Json.write(line));
    }
}
