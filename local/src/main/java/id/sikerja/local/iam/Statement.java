package id.sikerja.local.iam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One IAM policy statement, as IAM evaluates it for an identity-based policy: {@code Effect}, {@code Action} (or
 * {@code NotAction}), {@code Resource} (or {@code NotResource}) with {@code *} and {@code ?} wildcards, and the
 * {@code Condition} operators the template uses ({@code StringEquals}, {@code StringLike}, their
 * {@code ForAllValues:} / {@code ForAnyValue:} forms, and {@code StringNotEquals}). A condition operator it does not
 * know makes the statement never apply: an Allow with it allows nothing (fail closed), a Deny denies everything it
 * names (fail closed too).
 *
 * @param conditions operator to (context key to values)
 */
public record Statement(String sid, boolean allow, List<String> actions, boolean notAction, List<String> resources,
        boolean notResource, Map<String, Map<String, List<String>>> conditions) {

    public Statement {
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = Map.copyOf(conditions);
    }

    /** Whether the statement covers the action (case-insensitive, as IAM) on the resource in this context. */
    public boolean matches(String action, String resource, Map<String, List<String>> context) {
        boolean actionListed = actions.stream().anyMatch(pattern -> wildcard(pattern, action, true));
        if (actionListed == notAction) {
            return false;
        }
        boolean resourceListed = resources.stream().anyMatch(pattern -> wildcard(pattern, resource, false));
        if (resourceListed == notResource) {
            return false;
        }
        return conditions.entrySet().stream().allMatch(c -> condition(c.getKey(), c.getValue(), context));
    }

    private static boolean condition(String operator, Map<String, List<String>> keys,
            Map<String, List<String>> context) {
        for (Map.Entry<String, List<String>> key : keys.entrySet()) {
            List<String> actual = context.get(key.getKey().toLowerCase(Locale.ROOT));
            List<String> expected = key.getValue();
            boolean holds = switch (operator) {
                case "StringEquals" -> actual != null && actual.size() == 1 && expected.contains(actual.get(0));
                case "StringNotEquals" -> actual == null || actual.stream().noneMatch(expected::contains);
                case "StringLike" -> actual != null && actual.size() == 1 && like(expected, actual.get(0));
                // IAM: ForAllValues holds for a key absent from the request (every one of no values matches)
                case "ForAllValues:StringEquals" -> actual == null || expected.containsAll(actual);
                case "ForAllValues:StringLike" -> actual == null || actual.stream().allMatch(v -> like(expected, v));
                case "ForAnyValue:StringEquals" -> actual != null && actual.stream().anyMatch(expected::contains);
                case "ForAnyValue:StringLike" -> actual != null && actual.stream().anyMatch(v -> like(expected, v));
                default -> false;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static boolean like(List<String> patterns, String value) {
        return patterns.stream().anyMatch(p -> wildcard(p, value, false));
    }

    /** IAM's wildcards: {@code *} any run of characters, {@code ?} any one; actions compare case-insensitively. */
    static boolean wildcard(String pattern, String value, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("(?<=[*?])|(?=[*?])")) {
            switch (part) {
                case "*" -> regex.append(".*");
                case "?" -> regex.append('.');
                default -> regex.append(Pattern.quote(part));
            }
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.DOTALL
                : Pattern.DOTALL).matcher(value).matches();
    }
}
