package id.sikerja.core.migrations;

import java.util.Optional;

/**
 * One versioned change of stored data, done in steps (a page of items each) so that it can stop anywhere and
 * resume. Each step must be idempotent: running a page again (after an interruption between the step and the
 * recording of its cursor) changes nothing more.
 */
public interface Migration {

    /** Ordered, never reused: {@code 0001-…}, {@code 0002-…}. */
    String id();

    /** What it does, for the log and the ledger. */
    String description();

    /**
     * Migrates the page after {@code cursor} (empty: from the start).
     *
     * @return how many items it changed, and the cursor after the page (empty: it is done)
     */
    Step step(Optional<String> cursor);

    record Step(int changed, int read, Optional<String> next) {
    }
}
