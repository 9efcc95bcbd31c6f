package id.sikerja.core.cases;

import id.sikerja.core.model.Proposal;

import java.time.Instant;

/**
 * A cooperation case as stored: the proposal it started from, where it stands, and its version for
 * optimistic concurrency.
 */
public record CaseRecord(
        String id,
        String trackingCode,
        Origin origin,
        Proposal proposal,
        String stage,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
