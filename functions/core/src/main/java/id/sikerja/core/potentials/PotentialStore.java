package id.sikerja.core.potentials;

import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.idempotency.RememberedAnswers;

import java.util.List;
import java.util.Optional;

/**
 * Where entries are kept (the single DynamoDB table in AWS). Lists read one department's or one status's entries,
 * newest change first, by key (never a scan), a page at a time.
 */
public interface PotentialStore extends RememberedAnswers {

    /** The entry (a strongly consistent read). */
    Optional<Potential> find(String id);

    /**
     * Stores a new entry (version 1).
     *
     * @throws Conflict when an entry with its id exists
     */
    void create(Potential created);

    /**
     * Stores a new entry and the answer to an idempotent request in one transaction, conditional on the id being
     * free and the key not being remembered yet.
     *
     * @throws Conflict when either condition fails; nothing was written
     */
    default void create(Potential created, Optional<Remembered> remember) {
        if (remember.isPresent()) {
            throw new UnsupportedOperationException("this store does not remember answers");
        }
        create(created);
    }

    /** No answers remembered, unless the store keeps them. */
    @Override
    default Optional<Remembered> remembered(String keyHash) {
        return Optional.empty();
    }

    /**
     * Replaces the entry with {@code next}, on condition that the stored one is at {@code expectedVersion}.
     *
     * @throws Conflict when it is not (a concurrent change got there first) or does not exist
     */
    void update(Potential next, long expectedVersion);

    /** A department's entries, every status, most recently changed first. */
    Slice byDepartment(String departmentCode, int limit, Optional<String> after);

    /** The entries in one status, most recently changed first. */
    Slice byStatus(PotentialStatus status, int limit, Optional<String> after);

    /**
     * One page of a list.
     *
     * @param next where the next page starts (opaque to callers); empty on the last page
     */
    record Slice(List<Potential> items, Optional<String> next) {
        public Slice {
            items = List.copyOf(items);
        }
    }

    /** A condition failed; nothing was written. */
    final class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }
}
