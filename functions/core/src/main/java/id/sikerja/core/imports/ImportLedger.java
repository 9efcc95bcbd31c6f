package id.sikerja.core.imports;

import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.idempotency.RememberedAnswers;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of an import while it runs and after (the single table in AWS), which makes an import all or nothing
 * although its cases cannot be written in one transaction (a DynamoDB transaction holds at most 100 items; each
 * case is its own transaction of its item, its timeline event and its due dates).
 *
 * <p>Before writing any case the import records the ids of every case it will write ({@link #begin}). If writing
 * fails midway, it removes those cases ({@link #discard}) and then the record. If it dies before that (a timeout,
 * a crash), the record stays RUNNING with the ids: a retry with the same Idempotency-Key finds it, removes them and
 * imports again. A finished import's answer is remembered as every idempotent answer is ({@link Remembered}, in
 * the same transaction that removes the record), so that a retry gets it and imports nothing.
 */
public interface ImportLedger extends RememberedAnswers {

    Optional<Entry> find(String importKey);

    /**
     * Records a running import.
     *
     * @throws id.sikerja.core.cases.CaseStore.Conflict when an import with this key is already recorded
     */
    void begin(Entry running);

    /** The import is about to write its row with this index (0-based): recorded, so that progress can be seen. */
    void progress(String importKey, int index);

    /**
     * The import wrote every case: its record is removed and, when it was made with an Idempotency-Key, its answer
     * remembered, in one transaction.
     */
    void complete(String importKey, Optional<Remembered> answer);

    /** Removes every item of these cases (those that were written; ids never written are skipped). */
    void discard(List<String> caseIds);

    /** Removes the record of an import that was undone. */
    void forget(String importKey);

    /**
     * A running import (or one that died).
     *
     * @param fingerprint the SHA-256 of the file, to tell a retry from another file sent under the same key
     * @param caseIds     the ids of the cases the import writes, in row order
     */
    record Entry(String importKey, String fingerprint, List<String> caseIds, Instant startedAt) {
        public Entry {
            Objects.requireNonNull(importKey, "importKey");
            Objects.requireNonNull(fingerprint, "fingerprint");
            caseIds = List.copyOf(caseIds);
            Objects.requireNonNull(startedAt, "startedAt");
        }
    }
}
