package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.mail.OutboxEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What intake needs from storage (DynamoDB in AWS). */
public interface IntakeStore {

    /**
     * Claims an idempotency key for one request: succeeds when the key is new, or when an earlier claim's
     * lock expired without completing (its owner crashed). Exactly one of concurrent claimers wins.
     */
    boolean claim(IdempotencyClaim claim);

    Optional<IdempotencyRecord> findIdempotency(String keyHash);

    /**
     * Stores the new case, its tracking entry (unique code), its first timeline events and its owed e-mails
     * in one transaction; when {@code completes} is given, the same transaction completes that claim with
     * the result, on condition that this request still owns it.
     *
     * @throws TrackingCodeTaken when the code is already in use (draw another and try again)
     * @throws ClaimLost         when the claim is no longer this request's
     */
    void create(CaseRecord record, String accessTokenHash, List<TimelineEvent> events, List<OutboxEntry> outbox,
                Optional<IdempotencyRecord> completes);

    void markSent(String outboxId, Instant at);

    Optional<TrackingEntry> findTracking(String trackingCode);

    Optional<CaseRecord> findCase(String caseId);

    List<TimelineEvent> timeline(String caseId);

    /** A tracking code resolves to its case and the hash of the partner's token. */
    record TrackingEntry(String trackingCode, String caseId, String accessTokenHash) {
    }

    /** An attempt to own an idempotency key until {@code lockedUntil}. */
    record IdempotencyClaim(String keyHash, String fingerprint, String owner, Instant now, Instant lockedUntil,
                            Instant expiresAt) {
    }

    final class TrackingCodeTaken extends RuntimeException {
        public TrackingCodeTaken(String code) {
            super("tracking code in use: " + code);
        }
    }

    final class ClaimLost extends RuntimeException {
        public ClaimLost() {
            super("the idempotency claim is held by another request");
        }
    }
}
