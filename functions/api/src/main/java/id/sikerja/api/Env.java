package id.sikerja.api;

import java.util.Map;

/**
 * Configuration, read only from environment variables that template.yaml sets (the local runtime sets the
 * same ones). Every variable the code reads goes through {@link #require} or {@link #optional} with a literal
 * name, so a wiring test can check each against the template.
 */
@FunctionalInterface
public interface Env {

    String get(String name);

    static Env system() {
        return System::getenv;
    }

    static Env of(Map<String, String> values) {
        return values::get;
    }

    default String require(String name) {
        String v = get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return v;
    }

    default String optional(String name, String fallback) {
        String v = get(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
