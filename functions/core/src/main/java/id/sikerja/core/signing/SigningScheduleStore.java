package id.sikerja.core.signing;

import java.util.Optional;

/** Where a case's signing schedule is kept: one per case, written conditionally on its version. */
public interface SigningScheduleStore {

    Optional<SigningSchedule> find(String caseId);

    /**
     * Stores the schedule only if the stored one still has {@code expectedVersion} (0: none stored yet).
     *
     * @throws Conflict when another request changed it first
     */
    void save(SigningSchedule schedule, long expectedVersion);

    /** The schedule changed since it was read. */
    final class Conflict extends RuntimeException {
        public Conflict() {
            super("the signing schedule changed since it was read", null, false, false);
        }
    }
}
