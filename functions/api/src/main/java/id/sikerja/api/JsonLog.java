package id.sikerja.api;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per line on standard output, with the request's correlation id. Callers pass only
 * non-personal fields: ids, codes, counts, durations — never names, e-mail addresses, phones, bodies or
 * tokens.
 */
public final class JsonLog {

    private static final ThreadLocal<String> CORRELATION = new ThreadLocal<>();
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

    public void info(String message, Object... keyValues) {
        write("INFO", message, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        write("WARN", message, keyValues);
    }

    public void error(String message, Throwable t, Object... keyValues) {
        Object[] kv = new Object[keyValues.length + 4];
        System.arraycopy(keyValues, 0, kv, 0, keyValues.length);
        kv[keyValues.length] = "errorType";
        kv[keyValues.length + 1] = t.getClass().getName();
        kv[keyValues.length + 2] = "errorAt";
        kv[keyValues.length + 3] = t.getStackTrace().length > 0 ? t.getStackTrace()[0].toString() : "";
        write("ERROR", message, kv);
    }

    private void write(String level, String message, Object... keyValues) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level);
        line.put("logger", logger);
        line.put("message", message);
        String correlation = CORRELATION.get();
        if (correlation != null) {
            line.put("correlationId", correlation);
        }
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            line.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        out.println(Json.write(line));
    }
}
