package id.sikerja.core.users;

import java.util.Optional;

/**
 * What {@code PUT /users/{username}} changes; an empty member is left as it is.
 *
 * @param group         the new group
 * @param department    the new department: empty = unchanged, a present null = none (only where the group allows)
 * @param enabled       enable or disable sign-in
 */
public record UserChange(Optional<OfficerGroup> group, Optional<Optional<String>> department, Optional<Boolean> enabled) {
}
