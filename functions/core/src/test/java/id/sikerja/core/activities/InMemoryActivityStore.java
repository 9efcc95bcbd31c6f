package id.sikerja.core.activities;

import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.workflow.TimelineEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link ActivityStore} beside an in-memory case store, all or nothing like the DynamoDB one. */
final class InMemoryActivityStore implements ActivityStore {

    private final CaseStore cases;
    final Map<String, Activity> activities = new LinkedHashMap<>();
    final List<TimelineEvent> events = new ArrayList<>();
    int commits;

    InMemoryActivityStore(CaseStore cases) {
        this.cases = cases;
    }

    @Override
    public synchronized List<Activity> ofCase(String caseId) {
        return activities.values().stream().filter(a -> a.caseId().equals(caseId)).toList();
    }

    @Override
    public synchronized Optional<Activity> find(String caseId, String activityId) {
        return Optional.ofNullable(activities.get(activityId)).filter(a -> a.caseId().equals(caseId));
    }

    @Override
    public synchronized void commit(Write write) {
        Activity stored = activities.get(write.activity().id());
        boolean ok = write.expectedVersion() == 0 ? stored == null
                : stored != null && stored.version() == write.expectedVersion();
        if (!ok) {
            throw new CaseStore.Conflict("activity " + write.activity().id());
        }
        if (write.remember().isPresent() && remembered(write.remember().get().keyHash()).isPresent()) {
            throw new CaseStore.Conflict("key remembered");
        }
        // the case store checks the case's version and the key, and remembers the answer
        if (write.caseChange().isPresent()) {
            cases.commit(new CaseStore.Commit(List.of(write.caseChange().get()), List.of(), write.remember()));
        } else {
            write.remember().ifPresent(r -> cases.commit(new CaseStore.Commit(List.of(), List.of(), Optional.of(r))));
        }
        activities.put(write.activity().id(), write.activity());
        events.add(write.event());
        commits++;
    }

    @Override
    public Optional<Remembered> remembered(String keyHash) {
        return cases.remembered(keyHash);
    }
}
