package id.sikerja.core.validation;

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

    /** Single-line text: no control characters at all (tab and newline included), no text-direction overrides. */
    public String text(String name, int min, int max) {
        return text(name, min, max, false);
    }

    public String optionalText(String name, int max) {
        return has(name) ? text(name, 1, max) : null;
    }

    /** Multi-line text (a note, a description): as {@link #text}, but tab and line breaks are allowed. */
    public String longText(String name, int min, int max) {
        return text(name, min, max, true);
    }

    public String optionalLongText(String name, int max) {
        return has(name) ? longText(name, 1, max) : null;
    }

    private String text(String name, int min, int max, boolean multiLine) {
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
        if (hasForbiddenCharacter(t, multiLine)) {
            errors.add(FieldError.of(path(name), "forbidden_character"));
            return null;
        }
        if (t.length() < min) {
            errors.add(FieldError.of(path(name), "too_short", "min", min));
            return null;
        }
        return t;
    }

    /**
     * Whether text holds a character that no text field may hold, as it would be stored, mailed and exported: a C0
     * or C1 control character or DEL (tab, line feed and carriage return only in multi-line text), a bidirectional
     * embedding, override or isolate (U+202A–U+202E, U+2066–U+2069: they make text read differently than it is
     * stored), or half of a surrogate pair. Letters of every script, and the plain direction marks U+200E/U+200F
     * that right-to-left names need, are fine.
     */
    public static boolean hasForbiddenCharacter(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                if (!(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                    return true;
                }
            } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return true;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
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
        Long n = Numbers.whole(v);
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
}
