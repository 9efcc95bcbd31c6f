package id.sikerja.core.notifications;

import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Role;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An officer known to Si Kerja (from the token of their last visit), whom notifications can reach: the
 * {@code sub} (the Cognito user name), the address (for immediate mail), the roles and department.
 */
public record Recipient(String id, String email, Set<Role> roles, Optional<String> department) {

    public Recipient {
        Objects.requireNonNull(id, "id");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(department, "department");
    }

    /** The officer as the workflow sees them, in each of their roles (a department role needs its department). */
    public java.util.List<Actor> actors() {
        java.util.List<Actor> out = new java.util.ArrayList<>();
        for (Role role : roles) {
            switch (role) {
                case ADMIN -> out.add(Actor.admin(id));
                case PIMPINAN -> out.add(Actor.pimpinan(id));
                case TKKSD -> out.add(department.map(d -> Actor.tkksdLokus(id, d)).orElseGet(() -> Actor.tkksd(id)));
                case OPD -> department.ifPresent(d -> out.add(Actor.opd(id, d)));
                default -> { }
            }
        }
        return out;
    }
}
