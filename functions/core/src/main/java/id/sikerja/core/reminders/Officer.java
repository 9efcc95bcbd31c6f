package id.sikerja.core.reminders;

import id.sikerja.core.workflow.Role;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An officer who receives digests: the Cognito subject, the address, the roles (from the groups) and, for an
 * OPD user or a TKKSD lokus member, the department.
 */
public record Officer(String id, String email, Set<Role> roles, Optional<String> department,
                      DigestPreference preference) {

    public Officer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(preference, "preference");
    }
}
