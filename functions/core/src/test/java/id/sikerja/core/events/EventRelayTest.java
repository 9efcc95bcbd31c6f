package id.sikerja.core.events;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/** What is written to the outbox reaches the bus: once when all goes well, later (same id) when the bus was down. */
class EventRelayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    /** The outbox: pending until marked. */
    private final Map<String, DomainEvent> pending = new LinkedHashMap<>();
    /** What reached the bus, in order, duplicates included. */
    private final List<String> bus = new ArrayList<>();
    private final Set<String> refusedIds = new HashSet<>();
    private boolean busDown;
    private boolean markFails;
    private final List<String> warnings = new ArrayList<>();

    private final EventPublisher publisher = events -> {
        assertTrue(events.size() <= EventPublisher.BATCH, "PutEvents takes at most 10 entries");
        if (busDown) {
            throw new IllegalStateException("bus unreachable");
        }
        Set<String> accepted = new HashSet<>();
        for (DomainEvent e : events) {
            if (!refusedIds.contains(e.eventId())) {
                bus.add(e.eventId());
                accepted.add(e.eventId());
            }
        }
        return accepted;
    };
    private final EventOutbox outbox = new EventOutbox() {
        @Override
        public List<DomainEvent> pending(int limit) {
            return pending.values().stream().limit(limit).toList();
        }

        @Override
        public void markPublished(DomainEvent event, Instant at) {
            if (markFails) {
                throw new IllegalStateException("table unreachable");
            }
            pending.remove(event.eventId());
        }
    };
    private final EventRelay relay = new EventRelay(publisher, outbox, CLOCK, warnings::add);

    private List<DomainEvent> committed(int n) {
        List<DomainEvent> events = IntStream.range(0, n).mapToObj(i -> new DomainEvent("id-" + i,
                DomainEvents.STAGE_CHANGED, CLOCK.instant(), "case", "{\"eventId\":\"id-" + i + "\"}")).toList();
        events.forEach(e -> pending.put(e.eventId(), e));
        return events;
    }

    @Test
    void deliveredEventsReachTheBusOnceAndAreNoLongerPending() {
        List<DomainEvent> events = committed(23);
        assertEquals(new EventRelay.Result(23, 0), relay.deliver(events));
        assertEquals(events.stream().map(DomainEvent::eventId).toList(), bus);
        assertTrue(pending.isEmpty());
        assertEquals(new EventRelay.Result(0, 0), relay.sweep(), "nothing left to sweep");
        assertEquals(23, bus.size(), "the sweep sends nothing again");
    }

    @Test
    void anEventTheBusDidNotTakeStaysPendingAndTheSweepPublishesItOnceUnderTheSameId() {
        List<DomainEvent> events = committed(3);
        busDown = true;
        assertEquals(new EventRelay.Result(0, 3), relay.deliver(events), "never an error for the request");
        assertEquals(3, pending.size());
        assertFalse(warnings.isEmpty());
        assertEquals(new EventRelay.Result(0, 3), relay.sweep(), "still down: stays pending");
        busDown = false;
        assertEquals(new EventRelay.Result(3, 0), relay.sweep());
        assertEquals(List.of("id-0", "id-1", "id-2"), bus);
        relay.sweep();
        assertEquals(3, bus.size());
    }

    @Test
    void aPartlyRefusedBatchKeepsOnlyTheRefusedEventsPending() {
        List<DomainEvent> events = committed(4);
        refusedIds.add("id-2");
        assertEquals(new EventRelay.Result(3, 1), relay.deliver(events));
        assertEquals(Set.of("id-2"), pending.keySet());
        refusedIds.clear();
        relay.sweep();
        assertEquals(List.of("id-0", "id-1", "id-3", "id-2"), bus);
    }

    @Test
    void anEventPublishedButNotMarkedIsPublishedAgainWithTheSameIdForConsumersToDedupe() {
        List<DomainEvent> events = committed(1);
        markFails = true;
        relay.deliver(events);
        markFails = false;
        relay.sweep();
        assertEquals(List.of("id-0", "id-0"), bus, "at least once, the same eventId");
        assertTrue(pending.isEmpty());
        assertEquals(1, bus.stream().collect(Collectors.toSet()).size(), "a consumer deduping by eventId sees it once");
    }

    @Test
    void aSweepWorksThroughMoreThanOnePageOfPendingEvents() {
        committed(EventRelay.PAGE * 2 + 5);
        assertEquals(new EventRelay.Result(EventRelay.PAGE * 2 + 5, 0), relay.sweep());
        assertTrue(pending.isEmpty());
    }
}
