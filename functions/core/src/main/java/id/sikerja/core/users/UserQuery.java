package id.sikerja.core.users;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The filters and page of {@code GET /users}: {@code group}, {@code department}, {@code enabled} (true/false),
 * {@code q} (words of the name or address), {@code limit} 1–100 (25) and the {@code cursor} of the previous page.
 */
public record UserQuery(OfficerGroup group, String department, Boolean enabled, String q, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    private static final Pattern CURSOR = Pattern.compile("^u([0-9]{1,6})$");

    /** Reads the query string's parameters ({@code parameter} gives one, or null), naming each bad one. */
    public static UserQuery read(Function<String, String> parameter) {
        List<FieldError> errors = new ArrayList<>();
        OfficerGroup group = null;
        String g = parameter.apply("group");
        if (g != null) {
            group = OfficerGroup.of(g).orElse(null);
            if (group == null) {
                errors.add(FieldError.of("group", "one_of", "allowed", OfficerGroup.allowed()));
            }
        }
        String department = parameter.apply("department");
        if (department != null && (department.isBlank() || department.length() > 64
                || Fields.hasForbiddenCharacter(department, false))) {
            errors.add(FieldError.of("department", "unknown_department"));
        }
        Boolean enabled = null;
        String e = parameter.apply("enabled");
        if (e != null) {
            if (e.equals("true") || e.equals("false")) {
                enabled = Boolean.valueOf(e);
            } else {
                errors.add(FieldError.of("enabled", "not_boolean"));
            }
        }
        String q = parameter.apply("q");
        if (q != null && (q.length() > 200 || Fields.hasForbiddenCharacter(q, false))) {
            errors.add(q.length() > 200 ? FieldError.of("q", "too_long", "max", 200)
                    : FieldError.of("q", "forbidden_character"));
        }
        int limit = DEFAULT_LIMIT;
        String l = parameter.apply("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException ignored) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                errors.add(new FieldError("limit", "range", Map.of("min", 1, "max", MAX_LIMIT)));
            }
        }
        int offset = 0;
        String c = parameter.apply("cursor");
        if (c != null) {
            offset = offset(c);
            if (offset < 0) {
                errors.add(FieldError.of("cursor", "cursor"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new UserQuery(group, department, enabled, q, limit, offset);
    }

    /** The cursor of the page that starts at {@code offset}. */
    static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("u" + offset).getBytes(StandardCharsets.US_ASCII));
    }

    private static int offset(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            var m = CURSOR.matcher(decoded);
            return m.matches() ? Integer.parseInt(m.group(1)) : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
