package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.mail.OutboxEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An {@link IntakeStore} with the same conditional, all-or-nothing semantics as the DynamoDB one. */
class InMemoryIntakeStore implements IntakeStore {

    final Map<String, CaseRecord> cases = new HashMap<>();
    final Map<String, TrackingEntry> tracking = new HashMap<>();
    final Map<String, List<TimelineEvent>> timelines = new HashMap<>();
    final Map<String, OutboxEntry> outbox = new HashMap<>();
    final Set<String> sent = new HashSet<>();
    final Map<String, IdempotencyRecord> idempotency = new HashMap<>();
    final Set<String> takenCodes = new HashSet<>();

    @Override
    public synchronized boolean claim(IdempotencyClaim claim) {
        IdempotencyRecord existing = idempotency.get(claim.keyHash());
        boolean free = existing == null
                || (!existing.completed() && existing.lockedUntil().isBefore(claim.now()))
                || existing.expiresAt().isBefore(claim.now());
        if (free) {
            idempotency.put(claim.keyHash(), new IdempotencyRecord(claim.keyHash(), claim.fingerprint(), claim.owner(),
                    claim.lockedUntil(), null, claim.expiresAt()));
        }
        return free;
    }

    @Override
    public synchronized Optional<IdempotencyRecord> findIdempotency(String keyHash) {
        return Optional.ofNullable(idempotency.get(keyHash));
    }

    @Override
    public synchronized void create(CaseRecord record, String accessTokenHash, List<TimelineEvent> events,
                                    List<OutboxEntry> entries, Optional<IdempotencyRecord> completes) {
        if (completes.isPresent()) {
            IdempotencyRecord current = idempotency.get(completes.get().keyHash());
            if (current == null || !current.owner().equals(completes.get().owner()) || current.completed()) {
                throw new ClaimLost();
            }
        }
        if (tracking.containsKey(record.trackingCode()) || takenCodes.contains(record.trackingCode())) {
            throw new TrackingCodeTaken(record.trackingCode());
        }
        cases.put(record.id(), record);
        tracking.put(record.trackingCode(), new TrackingEntry(record.trackingCode(), record.id(), accessTokenHash));
        timelines.computeIfAbsent(record.id(), k -> new ArrayList<>()).addAll(events);
        entries.forEach(e -> outbox.put(e.id(), e));
        completes.ifPresent(c -> idempotency.put(c.keyHash(), c));
    }

    @Override
    public synchronized void markSent(String outboxId, Instant at) {
        sent.add(outboxId);
    }

    @Override
    public synchronized Optional<TrackingEntry> findTracking(String trackingCode) {
        return Optional.ofNullable(tracking.get(trackingCode));
    }

    @Override
    public synchronized Optional<CaseRecord> findCase(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public synchronized List<TimelineEvent> timeline(String caseId) {
        return List.copyOf(timelines.getOrDefault(caseId, List.of()));
    }
}
