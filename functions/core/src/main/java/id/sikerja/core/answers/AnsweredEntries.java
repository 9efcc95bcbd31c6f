package id.sikerja.core.answers;

import java.util.Optional;

/**
 * The entries cases may answer (the potentials and needs of {@code core.potentials}), as this package reads and
 * moves them. Moving a status never goes back: OPEN → IN_PROGRESS → FULFILLED; CLOSED stays CLOSED.
 */
public interface AnsweredEntries {

    /** The entry, or empty when there is none with this id. */
    Optional<AnsweredEntry> find(String id);

    /**
     * Sets the entry's status to {@code status} when it is further along: OPEN → IN_PROGRESS, OPEN or IN_PROGRESS →
     * FULFILLED; otherwise nothing changes (so a repeat changes nothing).
     *
     * @return whether the entry changed
     */
    boolean advance(String id, String status);

    /** For tests and a deployment without entries: every id unknown. */
    AnsweredEntries NONE = new AnsweredEntries() {
        @Override
        public Optional<AnsweredEntry> find(String id) {
            return Optional.empty();
        }

        @Override
        public boolean advance(String id, String status) {
            return false;
        }
    };
}
