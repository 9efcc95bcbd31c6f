package id.sikerja.core.reads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every case's summary, kept by a warm function instance and brought up to date on each request by reading only
 * the summaries changed since the last read. The first request of an instance reads them all, and so does every
 * {@code fullReload} (a bound on anything a change read might have missed).
 *
 * <p>A change read asks for summaries updated since the newest one seen minus {@code overlap}: the index is
 * eventually consistent and writers' clocks differ a little, so a summary written a moment before the newest one
 * seen may become visible only later; the overlap re-reads those moments. Summaries are replaced only by the same
 * or a higher case version.
 */
public final class SummaryCache implements Supplier<Collection<CaseSummary>> {

    /** Where summaries are read from (a DynamoDB index in AWS). */
    public interface Source {
        /** Every summary. */
        List<CaseSummary> all();

        /** The summaries whose {@code updatedAt} is at or after {@code since}. */
        List<CaseSummary> changedSince(Instant since);
    }

    public static final Duration OVERLAP = Duration.ofMinutes(5);
    public static final Duration FULL_RELOAD = Duration.ofMinutes(15);

    private final Source source;
    private final Clock clock;
    private final Duration overlap;
    private final Duration fullReload;
    private final Map<String, CaseSummary> byId = new HashMap<>();
    private Instant newest = Instant.EPOCH;
    private Instant loadedAt;

    public SummaryCache(Source source, Clock clock, Duration overlap, Duration fullReload) {
        this.source = source;
        this.clock = clock;
        this.overlap = overlap;
        this.fullReload = fullReload;
    }

    public SummaryCache(Source source, Clock clock) {
        this(source, clock, OVERLAP, FULL_RELOAD);
    }

    @Override
    public synchronized Collection<CaseSummary> get() {
        Instant now = clock.instant();
        if (loadedAt == null || !now.isBefore(loadedAt.plus(fullReload))) {
            byId.clear();
            newest = Instant.EPOCH;
            merge(source.all());
            loadedAt = now;
        } else {
            merge(source.changedSince(newest.minus(overlap)));
        }
        return List.copyOf(byId.values()); // a snapshot: the next request may merge while this one still reads
    }

    private void merge(List<CaseSummary> summaries) {
        for (CaseSummary s : summaries) {
            byId.merge(s.id(), s, (old, neu) -> neu.version() >= old.version() ? neu : old);
            if (s.updatedAt().isAfter(newest)) {
                newest = s.updatedAt();
            }
        }
    }
}
