package id.sikerja.core.settings;

import java.util.Optional;

/** Where the admins' department directory is kept (DynamoDB in AWS): one item, replaced whole. */
public interface DepartmentStore {

    /** The stored directory, if admins ever saved one. */
    Optional<DepartmentDirectory> load();

    /**
     * Stores the directory as {@code directory.version()}, on condition that the stored version is
     * {@code directory.version() - 1} (0: not stored yet).
     *
     * @throws Conflict when another admin stored it meanwhile
     */
    void save(DepartmentDirectory directory);

    /** The stored version was not the one expected. */
    final class Conflict extends RuntimeException {
        public Conflict() {
            super("the department directory changed meanwhile");
        }
    }
}
