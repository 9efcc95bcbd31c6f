package id.sikerja.core.migrations;

import java.time.Instant;
import java.util.Optional;

/** Where each migration's progress is kept (in the table: {@code MIGRATION#<id>}). */
public interface MigrationLedger {

    /** The migration's progress, if it ever started. */
    Optional<Progress> progress(String migrationId);

    /** Records the cursor after a step and the totals so far. */
    void advanced(String migrationId, Optional<String> cursor, long changed, long read, Instant at);

    /** Records that the migration completed. */
    void completed(String migrationId, long changed, long read, Instant at);

    record Progress(String migrationId, boolean completed, Optional<String> cursor, long changed, long read) {
    }
}
