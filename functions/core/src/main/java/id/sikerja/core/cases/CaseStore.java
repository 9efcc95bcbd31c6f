package id.sikerja.core.cases;

import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.idempotency.RememberedAnswers;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.TimelineEvent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the case workflow needs from storage (one DynamoDB table in AWS). {@link #commit} is all or nothing and
 * conditional: it is how a transition is made safe against concurrent ones and against retries. Every case is
 * written through it, whoever creates it (a partner's proposal, a department, a legacy entry or an import).
 */
public interface CaseStore extends RememberedAnswers {

    /** The case as last written (a strongly consistent read). */
    Optional<CaseRecord> find(String caseId);

    /** The case's timeline, oldest first. */
    List<TimelineEvent> timeline(String caseId);

    /** The tracking entry of a partner's case. */
    Optional<Tracking> findTracking(String trackingCode);

    /**
     * Writes everything in one transaction: each case (conditional on the version the decision was made on, or on
     * not existing yet), its new timeline events, its due-date index entries (the previous ones replaced), the
     * events on linked cases (conditional on their version), a new case's tracking entry (conditional on its code
     * being free), the e-mails it owes (the outbox) and the answer to remember (conditional on its key not being
     * remembered yet).
     *
     * @throws Conflict when any condition fails: a concurrent write got there first, the idempotency key is
     *                  already remembered, or the tracking code is taken
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
     * One transaction.
     *
     * @param tracking the partner's tracking entry of a new case, if it has one
     * @param outbox   the e-mails the change owes, kept until sent
     */
    record Commit(List<CaseWrite> cases, List<LinkedEvent> linkedEvents, Optional<Tracking> tracking,
                  List<OutboxEntry> outbox, Optional<Remembered> remember) {
        public Commit {
            cases = List.copyOf(cases);
            linkedEvents = List.copyOf(linkedEvents);
            Objects.requireNonNull(tracking, "tracking");
            outbox = List.copyOf(outbox);
            Objects.requireNonNull(remember, "remember");
        }

        public Commit(List<CaseWrite> cases, List<LinkedEvent> linkedEvents, Optional<Remembered> remember) {
            this(cases, linkedEvents, Optional.empty(), List.of(), remember);
        }
    }

    /** A condition of a commit failed; nothing was written. */
    final class Conflict extends RuntimeException {
        public Conflict(String message) {
            super(message);
        }
    }
}
