package id.sikerja.adapters.dynamo;

import id.sikerja.core.intake.ProposalCounter.Counter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** The daily proposal counters' conditional transaction against DynamoDB Local. */
class DynamoProposalCounterTest {

    private static final Instant ONCE_UNTIL = Instant.parse("2026-12-07T16:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2026-12-08T16:00:00Z");
    private static LocalTable local;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    @Test
    void countsUpToTheCapThenRefusesAndARefusalCountsNothing() {
        DynamoProposalCounter counter = new DynamoProposalCounter(local.client(), LocalTable.TABLE);
        String address = "2026-12-06#ADDRESS#" + UUID.randomUUID();
        String ip = "2026-12-06#IP#" + UUID.randomUUID();
        assertTrue(counter.count(List.of(new Counter(address, 2), new Counter(ip, 10)), Optional.empty(), ONCE_UNTIL, EXPIRES));
        assertTrue(counter.count(List.of(new Counter(address, 2), new Counter(ip, 10)), Optional.empty(), ONCE_UNTIL, EXPIRES));
        assertFalse(counter.count(List.of(new Counter(address, 2), new Counter(ip, 10)), Optional.empty(), ONCE_UNTIL, EXPIRES));
        assertEquals(2, proposals(address));
        assertEquals(2, proposals(ip), "the refused proposal did not count on the other counter either");
        assertEquals(EXPIRES.getEpochSecond(), Long.parseLong(item(address).get("expiresAt").n()), "old counters expire (TTL)");
    }

    @Test
    void aRequestCountedUnderItsKeyIsNotCountedAgainEvenOverTheCap() {
        DynamoProposalCounter counter = new DynamoProposalCounter(local.client(), LocalTable.TABLE);
        String address = "2026-12-06#ADDRESS#" + UUID.randomUUID();
        Optional<String> key = Optional.of("COUNTED#" + UUID.randomUUID());
        assertTrue(counter.count(List.of(new Counter(address, 1)), key, ONCE_UNTIL, EXPIRES));
        assertTrue(counter.count(List.of(new Counter(address, 1)), key, ONCE_UNTIL, EXPIRES), "a retry");
        assertEquals(1, proposals(address));
        assertFalse(counter.count(List.of(new Counter(address, 1)), Optional.of("COUNTED#" + UUID.randomUUID()),
                ONCE_UNTIL, EXPIRES), "another request");
        assertEquals(ONCE_UNTIL.getEpochSecond(), Long.parseLong(item("QUOTA#" + key.get(), "QUOTA").get("expiresAt").n()));
    }

    @Test
    void aMarkPastItsTimeNoLongerSparesARequestFromCounting() {
        DynamoProposalCounter counter = new DynamoProposalCounter(local.client(), LocalTable.TABLE);
        String address = "2026-12-06#ADDRESS#" + UUID.randomUUID();
        Optional<String> key = Optional.of("COUNTED#" + UUID.randomUUID());
        Instant past = Instant.now().minusSeconds(60);
        assertTrue(counter.count(List.of(new Counter(address, 5)), key, past, EXPIRES));
        assertTrue(counter.count(List.of(new Counter(address, 5)), key, past, EXPIRES),
                "DynamoDB's TTL deletes late; the expired mark does not count as there");
        assertEquals(2, proposals(address));
    }

    @Test
    void concurrentProposalsNeverPassTheCapTogether() throws Exception {
        DynamoProposalCounter counter = new DynamoProposalCounter(local.client(), LocalTable.TABLE);
        String address = "2026-12-06#ADDRESS#" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tasks.add(() -> {
                    for (int attempt = 0; ; attempt++) {
                        try {
                            return counter.count(List.of(new Counter(address, 5)), Optional.empty(), ONCE_UNTIL, EXPIRES);
                        } catch (RuntimeException conflict) {
                            // a transaction that kept colliding: the caller's answer would be a 5xx; try again
                            if (attempt == 10) {
                                throw conflict;
                            }
                        }
                    }
                });
            }
            long admitted = 0;
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                admitted += f.get() ? 1 : 0;
            }
            assertEquals(5, admitted);
            assertEquals(5, proposals(address));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long proposals(String key) {
        return Long.parseLong(item(key).get("proposals").n());
    }

    private static Map<String, AttributeValue> item(String key) {
        return item("QUOTA#" + key, "QUOTA");
    }

    private static Map<String, AttributeValue> item(String pk, String sk) {
        return local.client().getItem(r -> r.tableName(LocalTable.TABLE)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }
}
