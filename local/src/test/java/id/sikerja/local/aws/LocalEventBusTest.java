package id.sikerja.local.aws;

import id.sikerja.adapters.events.EventBridgePublisher;
import id.sikerja.core.events.DomainEvent;
import id.sikerja.core.events.DomainEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/** The EventBridge publisher, through the real SDK, against the local bus speaking AWSEvents.PutEvents. */
class LocalEventBusTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private LocalEventBus bus;
    private EventBridgeClient client;

    @BeforeEach
    void start() throws Exception {
        bus = LocalEventBus.start(0, Set.of("sikerja-test-events"));
        client = EventBridgeClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + bus.port()))
                .region(Region.of("ap-southeast-3")).httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        bus.close();
    }

    private static DomainEvent event(int i, String detail) {
        return new DomainEvent("id-" + i, DomainEvents.STAGE_CHANGED, AT, "case-1", detail);
    }

    @Test
    void publishedEventsAreStoredWithSourceDetailTypeTimeAndDetail() {
        List<DomainEvent> events = IntStream.range(0, 10).mapToObj(i -> event(i,
                "{\"eventId\":\"id-" + i + "\",\"caseId\":\"case-1\",\"stageTo\":\"PERSIAPAN\"}")).toList();
        Set<String> accepted = new EventBridgePublisher(client, "sikerja-test-events").publish(events);
        assertEquals(IntStream.range(0, 10).mapToObj(i -> "id-" + i).collect(java.util.stream.Collectors.toSet()),
                accepted);
        List<LocalEventBus.Event> stored = bus.events(e -> true);
        assertEquals(10, stored.size());
        assertEquals("id.sikerja", stored.get(0).source());
        assertEquals("StageChanged", stored.get(0).detailType());
        assertEquals("sikerja-test-events", stored.get(0).eventBusName());
        assertEquals(AT, stored.get(0).time());
        assertEquals("id-0", stored.get(0).detail().get("eventId").asText());
        assertEquals("PERSIAPAN", stored.get(9).detail().get("stageTo").asText());
    }

    @Test
    void anEntryTheBusRefusesIsNotReportedAsAccepted() {
        Set<String> accepted = new EventBridgePublisher(client, "sikerja-test-events")
                .publish(List.of(event(1, "{\"eventId\":\"id-1\"}"), event(2, "not json")));
        assertEquals(Set.of("id-1"), accepted, "EventBridge answers per entry: a malformed detail fails alone");
        Set<String> unknownBus = new EventBridgePublisher(client, "someone-elses-bus")
                .publish(List.of(event(3, "{\"eventId\":\"id-3\"}")));
        assertEquals(Set.of(), unknownBus);
        assertEquals(1, bus.events(e -> true).size());
    }

    @Test
    void aBusThatIsDownFailsTheCallAndStoresNothing() {
        bus.down(true);
        EventBridgePublisher publisher = new EventBridgePublisher(client, "sikerja-test-events");
        assertThrows(SdkException.class, () -> publisher.publish(List.of(event(1, "{\"eventId\":\"id-1\"}"))));
        assertEquals(List.of(), bus.events(e -> true));
        bus.down(false);
        assertEquals(Set.of("id-1"), publisher.publish(List.of(event(1, "{\"eventId\":\"id-1\"}"))));
    }
}
