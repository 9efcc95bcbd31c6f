package id.sikerja.core.answers;

import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialStatus;
import id.sikerja.core.potentials.PotentialStore;

import java.time.Clock;
import java.util.Optional;

/**
 * {@link AnsweredEntries} over the entries' store: reads an entry, and moves its status forward only (OPEN →
 * IN_PROGRESS → FULFILLED; never back, never out of CLOSED), each change conditional on the version read and read
 * again after a concurrent one.
 */
public final class PotentialEntries implements AnsweredEntries {

    private static final int ATTEMPTS = 3;

    private final PotentialStore store;
    private final Clock clock;

    public PotentialEntries(PotentialStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<AnsweredEntry> find(String id) {
        return store.find(id).map(PotentialEntries::entry);
    }

    static AnsweredEntry entry(Potential p) {
        return new AnsweredEntry(p.id(), p.kind().name(), p.departmentCode(), p.title(), p.titleEn(),
                p.status().name());
    }

    @Override
    public boolean advance(String id, String status) {
        PotentialStatus target = PotentialStatus.valueOf(status);
        for (int attempt = 1; ; attempt++) {
            Optional<Potential> found = store.find(id);
            if (found.isEmpty() || !isForward(found.get().status(), target)) {
                return false;
            }
            Potential current = found.get();
            try {
                store.update(current.withStatus(target, clock.instant()), current.version());
                return true;
            } catch (PotentialStore.Conflict changed) {
                if (attempt >= ATTEMPTS) {
                    throw changed;
                }
            }
        }
    }

    /** Whether moving from {@code from} to {@code to} is forward: CLOSED is an officer's choice and stays. */
    static boolean isForward(PotentialStatus from, PotentialStatus to) {
        return from != PotentialStatus.CLOSED && rank(to) > rank(from);
    }

    private static int rank(PotentialStatus s) {
        return switch (s) {
            case OPEN -> 0;
            case IN_PROGRESS -> 1;
            case FULFILLED -> 2;
            case CLOSED -> 3;
        };
    }
}
