package id.sikerja.core.cases;

import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.mail.Outbox;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.TimelineEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link CaseStore} and {@link DueDateIndex} with the semantics of the DynamoDB one: a commit checks every
 * condition first and then writes everything, or nothing.
 */
public final class InMemoryCaseStore implements CaseStore, DueDateIndex, Outbox {

    final Map<String, CaseRecord> cases = new HashMap<>();
    final Map<String, List<TimelineEvent>> timelines = new HashMap<>();
    final Map<String, Tracking> tracking = new HashMap<>();
    public final Map<String, Remembered> remembered = new HashMap<>();
    /** Owed e-mails by outbox id, and the ids of those sent. */
    public final Map<String, OutboxEntry> outbox = new LinkedHashMap<>();
    public final Set<String> sent = new TreeSet<>();
    private final Map<String, java.time.Instant> leases = new java.util.HashMap<>();

    @Override
    public synchronized java.util.List<OutboxEntry> pending(int limit) {
        return outbox.values().stream().filter(e -> !sent.contains(e.id()))
                .sorted(java.util.Comparator.comparing(OutboxEntry::createdAt)).limit(limit).toList();
    }

    @Override
    public synchronized boolean claim(String outboxId, java.time.Instant now, java.time.Instant until) {
        if (!outbox.containsKey(outboxId) || sent.contains(outboxId)) {
            return false;
        }
        java.time.Instant lease = leases.get(outboxId);
        if (lease != null && !lease.isBefore(now)) {
            return false;
        }
        leases.put(outboxId, until);
        return true;
    }
    /** case id → "kind#date" → due date: the index entries as the adapter keeps them. */
    final Map<String, Map<String, DueDate>> dueIndex = new HashMap<>();
    private final Clock clock;
    int commits;
    /** Runs inside {@link #commit} before the conditions are checked, to simulate a racing writer. */
    Runnable beforeCommit = () -> { };

    public InMemoryCaseStore(Clock clock) {
        this.clock = clock;
    }

    /** Every case stored, by id. */
    public synchronized Map<String, CaseRecord> all() {
        return Map.copyOf(cases);
    }

    /** Removes a case and everything stored with it (its timeline, its due-date entries). */
    public synchronized void remove(String caseId) {
        cases.remove(caseId);
        timelines.remove(caseId);
        dueIndex.remove(caseId);
    }

    @Override
    public synchronized Optional<CaseRecord> find(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public synchronized List<TimelineEvent> timeline(String caseId) {
        return List.copyOf(timelines.getOrDefault(caseId, List.of()));
    }

    @Override
    public synchronized Optional<Tracking> findTracking(String trackingCode) {
        return Optional.ofNullable(tracking.get(trackingCode));
    }

    @Override
    public synchronized Optional<Remembered> remembered(String keyHash) {
        return Optional.ofNullable(remembered.get(keyHash)).filter(r -> r.expiresAt().isAfter(clock.instant()));
    }

    @Override
    public synchronized void commit(Commit commit) {
        Runnable race = beforeCommit;
        beforeCommit = () -> { };
        race.run();
        for (CaseWrite w : commit.cases()) {
            CaseRecord stored = cases.get(w.record().id());
            boolean ok = w.expectedVersion() == 0 ? stored == null
                    : stored != null && stored.version() == w.expectedVersion();
            if (!ok) {
                throw new Conflict("case " + w.record().id());
            }
        }
        for (LinkedEvent e : commit.linkedEvents()) {
            CaseRecord stored = cases.get(e.caseId());
            if (stored == null || stored.version() != e.expectedVersion()) {
                throw new Conflict("linked case " + e.caseId());
            }
        }
        if (commit.tracking().isPresent() && tracking.containsKey(commit.tracking().get().trackingCode())) {
            throw new Conflict("tracking code taken");
        }
        if (commit.remember().isPresent() && remembered(commit.remember().get().keyHash()).isPresent()) {
            throw new Conflict("key remembered");
        }
        commits++;
        for (CaseWrite w : commit.cases()) {
            String id = w.record().id();
            cases.put(id, w.record());
            timelines.computeIfAbsent(id, k -> new ArrayList<>()).addAll(w.events());
            Map<String, DueDate> index = dueIndex.computeIfAbsent(id, k -> new TreeMap<>());
            w.previousDueDates().forEach(d -> index.remove(d.kind() + "#" + d.date()));
            w.record().state().dueDates().forEach(d -> index.putIfAbsent(d.kind() + "#" + d.date(), d));
        }
        commit.linkedEvents().forEach(e -> timelines.computeIfAbsent(e.caseId(), k -> new ArrayList<>()).add(e.event()));
        commit.tracking().ifPresent(t -> tracking.put(t.trackingCode(), t));
        commit.outbox().forEach(e -> outbox.put(e.id(), e));
        commit.remember().ifPresent(r -> remembered.put(r.keyHash(), r));
    }

    @Override
    public synchronized void markSent(String outboxId, Instant at) {
        sent.add(outboxId);
    }

    /** Every tracking entry, by code. */
    public synchronized Map<String, Tracking> trackingEntries() {
        return Map.copyOf(tracking);
    }

    /** The timelines of every case, by id. */
    public synchronized Map<String, List<TimelineEvent>> timelines() {
        return Map.copyOf(timelines);
    }

    @Override
    public synchronized List<Entry> started(LocalDate day) {
        return new InMemoryDueIndex(this::entries).started(day);
    }

    @Override
    public synchronized List<Entry> onDays(LocalDate from, LocalDate to) {
        return new InMemoryDueIndex(this::entries).onDays(from, to);
    }

    private List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        dueIndex.forEach((id, index) -> index.values().forEach(d -> out.add(new Entry(id, d.kind(), d.date(),
                d.recipients(), d.note(), cases.get(id).stage(), cases.get(id).state().departments()))));
        return out;
    }
}
