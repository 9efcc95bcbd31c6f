package id.sikerja.core.reads;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static id.sikerja.core.reads.ReadsFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class SummaryCacheTest {

    final List<CaseSummary> table = new ArrayList<>();
    final List<String> reads = new ArrayList<>();
    final AtomicReference<Instant> now = new AtomicReference<>(NOW);

    final SummaryCache.Source source = new SummaryCache.Source() {
        @Override
        public List<CaseSummary> all() {
            reads.add("all");
            return List.copyOf(table);
        }

        @Override
        public List<CaseSummary> changedSince(Instant since) {
            reads.add("since " + since);
            return table.stream().filter(s -> !s.updatedAt().isBefore(since)).toList();
        }
    };

    final SummaryCache cache = new SummaryCache(source, new Clock() {
        public Instant instant() { return now.get(); }
        public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        public Clock withZone(java.time.ZoneId z) { return this; }
    }, Duration.ofMinutes(5), Duration.ofMinutes(15));

    @Test
    void readsAllOnceThenOnlyChangesWithAnOverlap() {
        table.add(summary("a").updated(NOW.minusSeconds(600)).build());
        assertEquals(1, cache.get().size());
        table.add(summary("b").updated(NOW.minusSeconds(60)).build());
        // a new version of "a" replaces the old one
        table.set(0, summary("a").version(2).title("Baru").updated(NOW.minusSeconds(30)).build());
        var now2 = cache.get();
        assertEquals(2, now2.size());
        assertEquals("Baru", now2.stream().filter(s -> s.id().equals("a")).findFirst().orElseThrow().title());
        assertEquals(List.of("all", "since " + NOW.minusSeconds(600).minus(Duration.ofMinutes(5))), reads);
    }

    @Test
    void aLateSummaryWithinTheOverlapIsStillSeen() {
        table.add(summary("a").updated(NOW.minusSeconds(10)).build());
        cache.get();
        // written earlier than the newest seen (another writer's clock, index lag), visible only now
        table.add(summary("late").updated(NOW.minusSeconds(100)).build());
        assertEquals(2, cache.get().size());
    }

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        table.add(summary("a").version(3).title("v3").updated(NOW).build());
        cache.get();
        table.set(0, summary("a").version(2).title("v2").updated(NOW).build());
        assertEquals("v3", cache.get().iterator().next().title());
    }

    @Test
    void reloadsEverythingAfterTheFullReloadInterval() {
        table.add(summary("a").build());
        cache.get();
        now.set(NOW.plus(Duration.ofMinutes(15)));
        cache.get();
        assertEquals("all", reads.get(1));
    }
}
