package id.sikerja.core.events;

import java.util.List;
import java.util.Set;

/** Where events go: the EventBridge bus in AWS ({@code PutEvents}), its stand-in locally. */
public interface EventPublisher {

    /** At most this many events in one call ({@code PutEvents} takes 10 entries). */
    int BATCH = 10;

    /**
     * Publishes up to {@link #BATCH} events.
     *
     * @return the ids of the events the bus accepted (the others failed and are to be tried again)
     * @throws RuntimeException when the bus could not be reached or refused the whole call
     */
    Set<String> publish(List<DomainEvent> events);
}
