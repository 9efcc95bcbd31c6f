package id.sikerja.core.events;

import java.time.Instant;
import java.util.List;

/**
 * The events still to publish: written with the change that causes them (see {@link DomainEvents#of}), listed until
 * marked published.
 */
public interface EventOutbox {

    /** The oldest pending events, at most {@code limit}. */
    List<DomainEvent> pending(int limit);

    /** The bus accepted the event: it is no longer pending (idempotent). */
    void markPublished(DomainEvent event, Instant at);
}
