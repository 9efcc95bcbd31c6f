package id.sikerja.local.template;

import java.util.List;
import java.util.Map;

/** Typed access to the plain maps and lists a template is read into, with errors that name the place. */
public final class Maps {

    private Maps() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new TemplateException(where + " must be a mapping, got: " + describe(value));
    }

    public static Map<String, Object> mapOrEmpty(Object value, String where) {
        return value == null ? Map.of() : map(value, where);
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value, String where) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new TemplateException(where + " must be a list, got: " + describe(value));
    }

    public static List<Object> listOrEmpty(Object value, String where) {
        return value == null ? List.of() : list(value, where);
    }

    public static String string(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null) {
            throw new TemplateException(where + "." + key + " is missing");
        }
        return scalar(value, where + "." + key);
    }

    public static String scalar(Object value, String where) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new TemplateException(where + " must be a scalar, got: " + describe(value));
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : value.getClass().getSimpleName() + " " + value;
    }
}
