package id.sikerja.core.cases;

import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.TimelineEvent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the case workflow needs from storage (one DynamoDB table in AWS). {@link #commit} is all or nothing and
 * conditional: it is how a transition is made safe against concurrent ones and against retries.
 */
public interface CaseStore {

    /** The case as last written (a strongly consistent read). */
    Optional<CaseRecord> find(String caseId);

    /** The case's timeline, oldest first. */
    List<TimelineEvent> timeline(String caseId);

    /** The tracking entry of a partner's case. */
    Optional<Tracking> findTracking(String trackingCode);

    /** The answer remembered under an idempotency key hash, unless it has expired. */
    Optional<Remembered> remembered(String keyHash);

    /**
     * Writes everything in one transaction: each case (conditional on the version the decision was made on, or on
     * not existing yet), its new timeline events, its due-date index entries (the previous ones replaced), the
     * events on linked cases (conditional on their version), and the answer to remember.
     *
     * @throws Conflict when any condition fails: a concurrent write got there first, or the idempotency key is
     *                  already remembered
     */
    void commit(Commit commit);

    /** A tracking code resolves to its case and the hash of the partner's access token. */
    record Tracking(String trackingCode, String caseId, String accessTokenHash) {
    }

    /**
     * A case to write.
     *
     * @param expectedVersion  the version the decision read; 0 for a new case, which must not exist yet
     * @param previousDueDates the due dates stored with that version, whose index entries are replaced
     * @param events           the timeline events to append
     */
    record CaseWrite(CaseRecord record, long expectedVersion, List<DueDate> previousDueDates, List<TimelineEvent> events) {
        public CaseWrite {
            Objects.requireNonNull(record, "record");
            previousDueDates = List.copyOf(previousDueDates);
            events = List.copyOf(events);
        }
    }

    /**
     * An event on another case (e.g. "extension opened" on the agreement being extended), written only while that
     * case is still at the version the decision read. It does not change that case's state or version.
     */
    record LinkedEvent(String caseId, long expectedVersion, TimelineEvent event) {
        public LinkedEvent {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The answer to a request made with an Idempotency-Key, remembered so that a retry gets it again.
     *
     * @param keyHash     the key hashed with its scope (operation and case)
     * @param fingerprint a digest of the request, to tell a retry from a different request reusing the key
     * @param response    the response body as first sent
     */
    record Remembered(String keyHash, String fingerprint, String response, Instant expiresAt) {
        public Remembered {
            Objects.requireNonNull(keyHash, "keyHash");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** One transaction. */
    record Commit(List<CaseWrite> cases, List<LinkedEvent> linkedEvents, Optional<Remembered> remember) {
        public Commit {
            cases = List.copyOf(cases);
            linkedEvents = List.copyOf(linkedEvents);
            Objects.requireNonNull(remember, "remember");
        }
    }

    /** A condition of a commit failed; nothing was written. */
    final class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }
}
