package id.sikerja.core.validation;

import java.util.Map;

/**
 * One bad field of a request: {@code field} is a dotted path into the request body ("partner.email"),
 * {@code code} a stable machine-readable reason, {@code params} the values its message needs.
 */
public record FieldError(String field, String code, Map<String, Object> params) {

    public FieldError {
        params = Map.copyOf(params);
    }

    public static FieldError of(String field, String code) {
        return new FieldError(field, code, Map.of());
    }

    public static FieldError of(String field, String code, String key, Object value) {
        return new FieldError(field, code, Map.of(key, value));
    }

    /** The message for people, in Indonesian or English. */
    public String message(Language language) {
        return Messages.fieldMessage(code, params, language);
    }
}
