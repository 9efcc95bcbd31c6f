package id.sikerja.core.users;

import id.sikerja.core.validation.Fields;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the bodies of {@code POST /users} and {@code PUT /users/{username}}, naming every bad member. Whether a
 * department fits the group, and whether it is in the directory, is checked by {@link UserAdministration}, which
 * knows the account being changed.
 */
public final class UserRequests {

    static final Set<String> NEW_USER = Set.of("email", "name", "group", "department");
    static final Set<String> CHANGE = Set.of("group", "department", "enabled");
    public static final int MAX_NAME = 100;

    private UserRequests() {
    }

    public static NewUser newUser(Map<String, Object> body) {
        Fields f = Fields.of(body);
        unknown(f, body, NEW_USER);
        String email = f.email("email");
        String name = f.text("name", 1, MAX_NAME);
        OfficerGroup group = group(f, body);
        String department = body.get("department") == null ? null : f.text("department", 1, 64);
        f.throwIfInvalid();
        return new NewUser(email.toLowerCase(Locale.ROOT), name, group, department);
    }

    public static UserChange change(Map<String, Object> body) {
        Fields f = Fields.of(body);
        unknown(f, body, CHANGE);
        Optional<OfficerGroup> group = body.containsKey("group") ? Optional.ofNullable(group(f, body)) : Optional.empty();
        Optional<Optional<String>> department = Optional.empty();
        if (body.containsKey("department")) {
            department = Optional.of(body.get("department") == null ? Optional.empty()
                    : Optional.ofNullable(f.text("department", 1, 64)));
        }
        Optional<Boolean> enabled = Optional.empty();
        if (body.containsKey("enabled")) {
            if (body.get("enabled") instanceof Boolean b) {
                enabled = Optional.of(b);
            } else {
                f.reject("enabled", "not_boolean", Map.of());
            }
        }
        if (body.keySet().stream().noneMatch(CHANGE::contains)) {
            f.reject("group", "nothing_to_change", Map.of());
        }
        f.throwIfInvalid();
        return new UserChange(group, department, enabled);
    }

    private static OfficerGroup group(Fields f, Map<String, Object> body) {
        String name = f.text("group", 1, 32);
        if (name == null) {
            return null;
        }
        Optional<OfficerGroup> group = OfficerGroup.of(name);
        if (group.isEmpty()) {
            f.reject("group", "one_of", Map.of("allowed", OfficerGroup.allowed()));
        }
        return group.orElse(null);
    }

    private static void unknown(Fields f, Map<String, Object> body, Set<String> known) {
        body.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> f.reject(k, "unknown_field", Map.of()));
    }
}
