package id.sikerja.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;

/**
 * One JSON object per line on standard output, the shape of Lambda's JSON log format: the local runtime's
 * own log lines and the gateway's access log. Callers pass only what may be logged: never bodies, tokens
 * or personal data.
 */
public final class JsonLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLog() {
    }

    public static void info(String logger, String message, Map<String, ?> fields) {
        write("INFO", logger, message, fields, null);
    }

    public static void warn(String logger, String message, Map<String, ?> fields) {
        write("WARN", logger, message, fields, null);
    }

    public static void error(String logger, String message, Map<String, ?> fields, Throwable error) {
        write("ERROR", logger, message, fields, error);
    }

    private static void write(String level, String logger, String message, Map<String, ?> fields, Throwable error) {
        ObjectNode line = JSON.createObjectNode();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level);
        line.put("logger", logger);
        line.put("message", message);
        fields.forEach((name, value) -> line.set(name, JSON.valueToTree(value)));
        if (error != null) {
            line.put("errorType", error.getClass().getName());
            line.put("errorMessage", String.valueOf(error.getMessage()));
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            line.put("stackTrace", trace.toString());
        }
        print(line);
    }

    /** Writes a prepared JSON object as one line. */
    public static void print(ObjectNode line) {
        String text;
        try {
            text = JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a log line", e);
        }
        synchronized (System.out) {
            System.out.println(text);
        }
    }
}
