package id.sikerja.adapters.events;

import id.sikerja.adapters.AwsClients;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.adapters.dynamo.EventItems;
import id.sikerja.core.events.EventRelay;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.function.Consumer;

/** The wiring of domain-event publication: the relay from the table's outbox to the bus the template names. */
public final class DomainEventBus {

    private DomainEventBus() {
    }

    /** The relay to the bus {@code busName} (EVENT_BUS_NAME), publishing with the shared EventBridge client. */
    public static EventRelay relay(String busName, DynamoDbClient dynamo, String table, Clock clock,
                                   Consumer<String> warn) {
        return new EventRelay(new EventBridgePublisher(AwsClients.eventBridge(), busName),
                new EventItems(dynamo, table), clock, warn);
    }

    /**
     * The store, publishing each commit's events right after it (best effort) when a bus is configured; without one
     * (an empty name) the events stay in the outbox for the sweep.
     */
    public static DynamoCaseStore publishing(DynamoCaseStore store, String busName, DynamoDbClient dynamo,
                                             String table, Clock clock, Consumer<String> warn) {
        if (busName == null || busName.isBlank()) {
            return store;
        }
        EventRelay relay = relay(busName, dynamo, table, clock, warn);
        return store.publishingTo(relay::deliver);
    }
}
