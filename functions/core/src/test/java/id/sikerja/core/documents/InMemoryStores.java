package id.sikerja.core.documents;

import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.workflow.TimelineEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cases and uploads of the single table, in memory, with its conditions: a case write needs the version it was
 * decided on, an upload decision needs the upload to be pending, and a registration writes both or nothing.
 */
final class InMemoryStores implements CaseStore, DocumentStore {

    final Map<String, CaseRecord> cases = new HashMap<>();
    final Map<String, List<TimelineEvent>> timelines = new HashMap<>();
    final Map<StorageKeys.UploadId, Upload> uploads = new LinkedHashMap<>();
    int writes;

    void put(CaseRecord c) {
        cases.put(c.id(), c);
    }

    // ------------------------------------------------------------------ CaseStore (what the documents use)

    @Override
    public synchronized Optional<CaseRecord> find(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public synchronized List<TimelineEvent> timeline(String caseId) {
        return List.copyOf(timelines.getOrDefault(caseId, List.of()));
    }

    @Override
    public Optional<Tracking> findTracking(String trackingCode) {
        return Optional.empty();
    }

    @Override
    public Optional<Remembered> remembered(String keyHash) {
        return Optional.empty();
    }

    @Override
    public void commit(Commit commit) {
        throw new UnsupportedOperationException("the documents write cases through register()");
    }

    // ------------------------------------------------------------------ DocumentStore

    @Override
    public synchronized void create(Upload pending) {
        if (uploads.putIfAbsent(id(pending), pending) != null) {
            throw new Conflict("exists");
        }
        writes++;
    }

    @Override
    public synchronized Optional<Upload> find(StorageKeys.UploadId id) {
        return Optional.ofNullable(uploads.get(id));
    }

    @Override
    public synchronized List<Upload> ofCase(String caseId) {
        return uploads.values().stream().filter(u -> u.caseId().equals(Optional.of(caseId)))
                .sorted(Comparator.comparing(Upload::requestedAt)).toList();
    }

    @Override
    public synchronized void register(Upload registered, CaseWrite change) {
        requirePending(registered);
        CaseRecord current = cases.get(change.record().id());
        if (current == null || current.version() != change.expectedVersion()) {
            throw new Conflict("case changed");
        }
        cases.put(change.record().id(), change.record());
        timelines.computeIfAbsent(change.record().id(), k -> new ArrayList<>()).addAll(change.events());
        uploads.put(id(registered), registered);
        writes++;
    }

    @Override
    public synchronized void registerForNewCase(Upload registered) {
        requirePending(registered);
        uploads.put(id(registered), registered);
        writes++;
    }

    @Override
    public synchronized void reject(Upload rejected) {
        requirePending(rejected);
        uploads.put(id(rejected), rejected);
        writes++;
    }

    @Override
    public synchronized void record(String caseId, TimelineEvent event) {
        timelines.computeIfAbsent(caseId, k -> new ArrayList<>()).add(event);
        writes++;
    }

    private void requirePending(Upload u) {
        Upload stored = uploads.get(id(u));
        if (stored == null || stored.status() != Upload.Status.PENDING) {
            throw new Conflict("not pending");
        }
    }

    private static StorageKeys.UploadId id(Upload u) {
        return new StorageKeys.UploadId(u.caseId(), u.documentId());
    }
}
