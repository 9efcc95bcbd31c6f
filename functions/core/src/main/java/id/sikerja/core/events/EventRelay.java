package id.sikerja.core.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Publishes what the outbox holds. {@link #deliver} right after a commit (best effort: a failure leaves the events
 * pending and is never the request's error); {@link #sweep} on a schedule, the guarantee: what is pending is
 * published, with the same {@code eventId} as any earlier attempt. An event may thus reach the bus more than once
 * (published, then the mark failed): consumers dedupe by {@code eventId}; none is lost.
 */
public final class EventRelay {

    /** How many pending events one sweep reads at a time. */
    static final int PAGE = 100;

    private final EventPublisher publisher;
    private final EventOutbox outbox;
    private final Clock clock;
    private final Consumer<String> warn;

    public EventRelay(EventPublisher publisher, EventOutbox outbox, Clock clock, Consumer<String> warn) {
        this.publisher = publisher;
        this.outbox = outbox;
        this.clock = clock;
        this.warn = warn;
    }

    /** What a delivery or sweep did. */
    public record Result(int published, int failed) {
        Result plus(Result other) {
            return new Result(published + other.published, failed + other.failed);
        }
    }

    /** Publishes these events (just committed) and marks those accepted; never throws. */
    public Result deliver(List<DomainEvent> events) {
        Result result = new Result(0, 0);
        for (int i = 0; i < events.size(); i += EventPublisher.BATCH) {
            List<DomainEvent> batch = events.subList(i, Math.min(events.size(), i + EventPublisher.BATCH));
            result = result.plus(batch(batch));
        }
        return result;
    }

    /**
     * Publishes every pending event, oldest first. Stops at the first page in which nothing could be published (the
     * bus is down: the next sweep tries again).
     */
    public Result sweep() {
        Result total = new Result(0, 0);
        while (true) {
            List<DomainEvent> page = outbox.pending(PAGE);
            if (page.isEmpty()) {
                return total;
            }
            Result r = deliver(page);
            total = total.plus(r);
            if (r.published() == 0 || page.size() < PAGE) {
                return total;
            }
        }
    }

    private Result batch(List<DomainEvent> batch) {
        Set<String> accepted;
        try {
            accepted = publisher.publish(batch);
        } catch (RuntimeException e) {
            warn.accept("events not published, left pending: " + batch.size() + " " + e.getClass().getSimpleName());
            return new Result(0, batch.size());
        }
        int published = 0;
        List<String> failed = new ArrayList<>();
        for (DomainEvent event : batch) {
            if (!accepted.contains(event.eventId())) {
                failed.add(event.detailType());
                continue;
            }
            try {
                outbox.markPublished(event, clock.instant());
                published++;
            } catch (RuntimeException e) {
                // published but still pending: the sweep publishes it again under the same eventId
                warn.accept("event published but not marked: " + event.detailType() + " "
                        + e.getClass().getSimpleName());
            }
        }
        if (!failed.isEmpty()) {
            warn.accept("events refused by the bus, left pending: " + failed);
        }
        return new Result(published, batch.size() - published);
    }
}
