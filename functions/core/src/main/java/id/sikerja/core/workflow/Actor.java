package id.sikerja.core.workflow;

import java.util.Objects;
import java.util.Optional;

/**
 * Who acts. For {@link Role#OPD} the department is required (the user acts on its own department's cases
 * only); for {@link Role#TKKSD} it is optional (a "TKKSD lokus" scoped to one department). For
 * {@link Role#PARTNER} the id is the id of the case whose tracking token the partner presented: the engine
 * checks it against the case, the caller must have verified the token.
 */
public record Actor(Role role, String id, Optional<String> department) {

    public Actor {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        if (role == Role.OPD && department.isEmpty()) {
            throw new IllegalArgumentException("an OPD actor needs a department");
        }
    }

    /**
     * Whether this actor maintains Si Kerja itself: the holiday list, the department directory, the import of older
     * agreements. Only the Bagian Kerja Sama's admins do.
     */
    public boolean administers() {
        return role == Role.ADMIN;
    }

    public static Actor admin(String id) {
        return new Actor(Role.ADMIN, id, Optional.empty());
    }

    public static Actor opd(String id, String department) {
        return new Actor(Role.OPD, id, Optional.of(department));
    }

    public static Actor tkksd(String id) {
        return new Actor(Role.TKKSD, id, Optional.empty());
    }

    /** A TKKSD member scoped to one department ("TKKSD lokus"). */
    public static Actor tkksdLokus(String id, String department) {
        return new Actor(Role.TKKSD, id, Optional.of(department));
    }

    /** The partner holding the tracking token of case {@code caseId}. */
    public static Actor partner(String caseId) {
        return new Actor(Role.PARTNER, caseId, Optional.empty());
    }

    public static Actor pimpinan(String id) {
        return new Actor(Role.PIMPINAN, id, Optional.empty());
    }

    /** The scheduler. */
    public static Actor system() {
        return new Actor(Role.SYSTEM, "system", Optional.empty());
    }
}
