package id.sikerja.core.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The department directory: the one admins stored, else the list shipped with Si Kerja. It is cached for a short
 * while per container; a change stored through this instance is seen at once, one stored by another container
 * within {@code cacheFor}, or at once by a {@link Names} meeting a code the cached directory lacks.
 */
public final class DepartmentSettings {

    private final DepartmentStore store;
    private final DepartmentDirectory shipped;
    private final Clock clock;
    private final ShortCache<DepartmentDirectory> cache;

    /** What became of a replacement. */
    public sealed interface Saved {
        /** Stored as the new version. */
        record Done(DepartmentDirectory directory) implements Saved {
        }

        /** The caller saw another version than the one stored now. */
        record Stale(DepartmentDirectory current) implements Saved {
        }
    }

    public DepartmentSettings(DepartmentStore store, List<Department> shipped, Clock clock, Duration cacheFor) {
        this.store = store;
        this.shipped = new DepartmentDirectory(0, shipped, Instant.EPOCH, "");
        this.clock = clock;
        this.cache = new ShortCache<>(() -> store.load().orElse(this.shipped), clock, cacheFor);
    }

    /** The directory (cached for {@code cacheFor}). */
    public DepartmentDirectory directory() {
        return cache.get();
    }

    /** The directory as stored now (read again, and cached). */
    public DepartmentDirectory reload() {
        return cache.reload();
    }

    /**
     * Names for one request: from the cached directory, read again once if a code is not in it (an admin may just
     * have added it on another instance). A code the directory does not list keeps the code as its name.
     */
    public Names names() {
        return new Names();
    }

    /** See {@link #names()}; not thread-safe, one per request. */
    public final class Names {
        private DepartmentDirectory directory = directory();
        private boolean reloaded;

        public String of(String code) {
            if (directory.find(code).isEmpty() && !reloaded) {
                reloaded = true;
                directory = reload();
            }
            return directory.nameOf(code);
        }
    }

    /**
     * Replaces the directory, on condition that it is still at {@code seenVersion} (0: the shipped list). The
     * departments must have been validated ({@link DepartmentRequests#list}).
     */
    public Saved replace(long seenVersion, List<Department> departments, String by) {
        DepartmentDirectory current = reload();
        if (current.version() != seenVersion) {
            return new Saved.Stale(current);
        }
        DepartmentDirectory next = new DepartmentDirectory(seenVersion + 1, departments, clock.instant(), by);
        try {
            store.save(next);
        } catch (DepartmentStore.Conflict conflict) {
            return new Saved.Stale(reload());
        }
        cache.put(next);
        return new Saved.Done(next);
    }
}
