package id.sikerja.adapters.events;

import id.sikerja.core.events.DomainEvent;
import id.sikerja.core.events.EventPublisher;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link EventPublisher} on an EventBridge bus: one {@code PutEvents} call per batch of at most 10, {@code source}
 * {@code id.sikerja}, the event's detail type and detail, its time. {@code PutEvents} answers per entry, in order: an
 * entry with an error code was not taken and stays pending.
 */
public final class EventBridgePublisher implements EventPublisher {

    private final EventBridgeClient client;
    private final String busName;

    public EventBridgePublisher(EventBridgeClient client, String busName) {
        this.client = client;
        this.busName = busName;
    }

    @Override
    public Set<String> publish(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return Set.of();
        }
        if (events.size() > BATCH) {
            throw new IllegalArgumentException("at most " + BATCH + " events per call");
        }
        List<PutEventsRequestEntry> entries = events.stream().map(e -> PutEventsRequestEntry.builder()
                .eventBusName(busName).source(DomainEvent.SOURCE).detailType(e.detailType()).detail(e.detail())
                .time(e.occurredAt()).build()).toList();
        PutEventsResponse response = client.putEvents(r -> r.entries(entries));
        Set<String> accepted = new HashSet<>();
        List<PutEventsResultEntry> results = response.entries();
        for (int i = 0; i < events.size() && i < results.size(); i++) {
            PutEventsResultEntry result = results.get(i);
            if (result.errorCode() == null && result.eventId() != null) {
                accepted.add(events.get(i).eventId());
            }
        }
        return accepted;
    }
}
