package id.sikerja.core.users;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An officer's account in the user pool.
 *
 * @param username   the pool's user name (with e-mail sign-in: Cognito's {@code sub}, a UUID); what
 *                   {@code PUT /users/{username}} names
 * @param email      the sign-in address
 * @param name       the officer's name, or null when the account has none
 * @param groups     the Si Kerja groups the user is in, in the order of precedence
 * @param department the department code ({@code custom:opd}), or null
 * @param enabled    whether the user may sign in
 * @param status     the pool's account status (FORCE_CHANGE_PASSWORD until the invitation is used, CONFIRMED, ...)
 * @param createdAt  when the account was created
 */
public record UserAccount(String username, String email, String name, List<OfficerGroup> groups, String department,
                          boolean enabled, String status, Instant createdAt) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
        groups = groups.stream().distinct().sorted().toList();
    }

    /** The group the user acts in (the first by precedence), or null for a user in none. */
    public OfficerGroup group() {
        return groups.isEmpty() ? null : groups.get(0);
    }
}
