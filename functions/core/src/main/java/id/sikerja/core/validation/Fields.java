package id.sikerja.core.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of a parsed JSON object (plain maps, lists, strings, numbers, booleans) and collects an
 * error for every field that is missing, of the wrong type or out of bounds, so that one answer can name
 * them all. Text is trimmed; blank text counts as missing.
 */
public final class Fields {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()\\-]{5,24}$");

    private final Map<String, Object> values;
    private final String prefix;
    private final List<FieldError> errors;

    private Fields(Map<String, Object> values, String prefix, List<FieldError> errors) {
        this.values = values;
        this.prefix = prefix;
        this.errors = errors;
    }

    public static Fields of(Map<String, Object> values) {
        return new Fields(values, "", new ArrayList<>());
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws {@link InvalidInput} naming every bad field seen so far, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    public void reject(String name, String code, Map<String, Object> params) {
        errors.add(new FieldError(path(name), code, params));
    }

    public boolean has(String name) {
        Object v = values.get(name);
        return v != null && !(v instanceof String s && s.isBlank());
    }

    /** The nested object at {@code name}, or null (with an error) when absent or not an object. */
    @SuppressWarnings("unchecked")
    public Fields object(String name) {
        Object v = values.get(name);
        if (v == null) {
            errors.add(FieldError.of(path(name), "required"));
            return null;
        }
        if (!(v instanceof Map<?, ?> m)) {
            errors.add(FieldError.of(path(name), "not_object"));
            return null;
        }
        return new Fields((Map<String, Object>) m, path(name) + ".", errors);
    }

    public String text(String name, int min, int max) {
        Object v = values.get(name);
        if (v == null) {
            errors.add(FieldError.of(path(name), "required"));
            return null;
        }
        if (!(v instanceof String s)) {
            errors.add(FieldError.of(path(name), "not_text"));
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            errors.add(FieldError.of(path(name), "required"));
            return null;
        }
        if (t.length() > max) {
            errors.add(FieldError.of(path(name), "too_long", "max", max));
            return null;
        }
        if (t.length() < min) {
            errors.add(FieldError.of(path(name), "too_short", "min", min));
            return null;
        }
        return t;
    }

    public String optionalText(String name, int max) {
        return has(name) ? text(name, 1, max) : null;
    }

    public String email(String name) {
        String t = text(name, 3, 254);
        if (t != null && !EMAIL.matcher(t).matches()) {
            errors.add(FieldError.of(path(name), "email"));
            return null;
        }
        return t;
    }

    public String phone(String name) {
        String t = text(name, 6, 25);
        if (t != null && !PHONE.matcher(t).matches()) {
            errors.add(FieldError.of(path(name), "phone"));
            return null;
        }
        return t;
    }

    public Integer integer(String name, int min, int max) {
        Object v = values.get(name);
        if (v == null) {
            errors.add(FieldError.of(path(name), "required"));
            return null;
        }
        Long n = wholeNumber(v);
        if (n == null) {
            errors.add(FieldError.of(path(name), "not_integer"));
            return null;
        }
        if (n < min || n > max) {
            errors.add(new FieldError(path(name), "range", Map.of("min", min, "max", max)));
            return null;
        }
        return n.intValue();
    }

    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        String t = text(name, 1, 64);
        if (t == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        errors.add(FieldError.of(path(name), "one_of", "allowed",
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    /** An optional list of codes, each matching {@code pattern}; an absent list is empty. */
    public List<String> codes(String name, Pattern pattern, String patternCode, int maxItems) {
        Object v = values.get(name);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list)) {
            errors.add(FieldError.of(path(name), "not_list"));
            return List.of();
        }
        if (list.size() > maxItems) {
            errors.add(FieldError.of(path(name), "too_many", "max", maxItems));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String item = path(name) + "[" + i + "]";
            if (!(list.get(i) instanceof String s)) {
                errors.add(FieldError.of(item, "not_text"));
                continue;
            }
            String code = s.strip();
            if (!pattern.matcher(code).matches()) {
                errors.add(FieldError.of(item, patternCode));
            } else if (!seen.add(code)) {
                errors.add(FieldError.of(item, "duplicate", "value", code));
            } else {
                out.add(code);
            }
        }
        return out;
    }

    private String path(String name) {
        return prefix + name;
    }

    private static Long wholeNumber(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 63 ? b.longValue() : null;
        }
        if (v instanceof BigDecimal d) {
            try {
                return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : null;
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (long) d : null;
        }
        return null;
    }
}
