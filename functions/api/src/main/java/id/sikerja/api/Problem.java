package id.sikerja.api;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, answered as {@code application/problem+json}. {@code errors} names each bad
 * field (JSON pointer, stable code, message); extension members carry anything else the client needs.
 */
public final class Problem extends RuntimeException {

    public static final String BASE_TYPE = "https://sikerja.id/problems/";

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    private Problem(int status, String slug, String title, String detail, List<FieldError> errors,
                    Map<String, Object> extensions) {
        super(slug + ": " + title);
        this.status = status;
        this.type = slug == null ? "about:blank" : BASE_TYPE + slug;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(status, slug, title, detail, List.of(), Map.of());
    }

    public static Problem invalid(int status, String slug, String title, String detail, List<FieldError> errors) {
        return new Problem(status, slug, title, detail, errors, Map.of());
    }

    public Problem with(String member, Object value) {
        Map<String, Object> ext = new LinkedHashMap<>(extensions);
        ext.put(member, value);
        return new Problem(status, type.startsWith(BASE_TYPE) ? type.substring(BASE_TYPE.length()) : null, title,
                detail, errors, ext);
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The body, with field messages in the caller's language. */
    public Map<String, Object> body(String instance, Language language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("field", e.field());
                m.put("pointer", pointer(e.field()));
                m.put("code", e.code());
                m.put("message", e.message(language));
                // both languages, so that a page switched to the other language re-reads an error already shown
                // without asking again (issue 14: no mixed-language error summaries)
                m.put("messages", Map.of("id", e.message(Language.ID), "en", e.message(Language.EN)));
                return m;
            }).toList());
        }
        body.putAll(extensions);
        return body;
    }

    /** "partner.email" → "/partner/email"; "departments[2]" → "/departments/2"; headers stay as named. */
    static String pointer(String field) {
        if (!field.isEmpty() && Character.isUpperCase(field.charAt(0))) {
            return null;
        }
        return "/" + field.replace("[", ".").replace("]", "").replace(".", "/");
    }
}
