package id.sikerja.adapters.dynamo;

import id.sikerja.core.documents.FileKind;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.potentials.ExpectedForm;
import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialAttachment;
import id.sikerja.core.potentials.PotentialField;
import id.sikerja.core.potentials.PotentialKind;
import id.sikerja.core.potentials.PotentialStatus;
import id.sikerja.core.potentials.PotentialStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class DynamoPotentialStoreTest {

    private static LocalTable local;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    private static final Instant T = Instant.parse("2026-12-07T02:00:00Z");

    static Potential entry(String id, String department, PotentialStatus status, Instant at) {
        return new Potential(id, PotentialKind.KEBUTUHAN, department, "Kapal puskesmas " + id,
                "Puskesmas terapung untuk pulau kecil.", PotentialField.KESEHATAN,
                Set.of(PartnerType.BADAN_USAHA, PartnerType.LEMBAGA_LUAR_NEGERI), Optional.of("Kecamatan Pulau"),
                Optional.of(ExpectedForm.HIBAH), true, Optional.of(2027), Optional.of(2_500_000_000L), status,
                Optional.of("Floating clinic"), Optional.empty(), List.of(), 1, at, at, "sub-1");
    }

    @Test
    void anEntryRoundTripsAndIsReplacedOnlyAtTheVersionItWasRead() {
        DynamoPotentialStore store = new DynamoPotentialStore(local.client(), LocalTable.TABLE, java.time.Clock.systemUTC());
        Potential p = entry("p-round", "DINKES", PotentialStatus.OPEN, T);
        store.create(p);
        assertEquals(Optional.of(p), store.find(p.id()));
        assertThrows(PotentialStore.Conflict.class, () -> store.create(p), "the id exists");

        Potential withFile = p.withAttachments(List.of(new PotentialAttachment("d-1", "profil.pdf", FileKind.PDF, 1234,
                "a".repeat(64), T.plusSeconds(1))), T.plusSeconds(1));
        store.update(withFile, 1);
        assertEquals(Optional.of(withFile), store.find(p.id()));
        Potential stale = p.withStatus(PotentialStatus.CLOSED, T.plusSeconds(2));
        assertThrows(PotentialStore.Conflict.class, () -> store.update(stale, 1), "version 2 is stored");
        assertEquals(Optional.of(withFile), store.find(p.id()));
        assertEquals(Optional.empty(), store.find("p-none"));
    }

    @Test
    void listsByStatusAndDepartmentPageNewestFirstAndFollowAChangeOfStatus() {
        DynamoPotentialStore store = new DynamoPotentialStore(local.client(), LocalTable.TABLE, java.time.Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            store.create(entry("p-list-" + i, "DISPAR", PotentialStatus.OPEN, T.plusSeconds(10 + i)));
        }
        store.create(entry("p-list-other", "DISKOMINFO", PotentialStatus.IN_PROGRESS, T.plusSeconds(30)));

        List<String> seen = new ArrayList<>();
        Optional<String> after = Optional.empty();
        int pages = 0;
        do {
            PotentialStore.Slice slice = store.byDepartment("DISPAR", 2, after);
            slice.items().forEach(p -> seen.add(p.id()));
            after = slice.next();
            pages++;
        } while (after.isPresent());
        assertEquals(List.of("p-list-4", "p-list-3", "p-list-2", "p-list-1", "p-list-0"), seen);
        assertTrue(pages >= 3);

        Potential moved = store.find("p-list-2").orElseThrow().withStatus(PotentialStatus.FULFILLED, T.plusSeconds(40));
        store.update(moved, 1);
        List<String> fulfilled = store.byStatus(PotentialStatus.FULFILLED, 10, Optional.empty()).items().stream()
                .map(Potential::id).toList();
        assertEquals(List.of("p-list-2"), fulfilled);
        List<String> open = store.byStatus(PotentialStatus.OPEN, 100, Optional.empty()).items().stream()
                .map(Potential::id).filter(id -> id.startsWith("p-list-")).toList();
        assertEquals(List.of("p-list-4", "p-list-3", "p-list-1", "p-list-0"), open);
        assertEquals("p-list-2", store.byDepartment("DISPAR", 1, Optional.empty()).items().get(0).id(),
                "the latest change comes first");
    }

    @Test
    void anIdempotentCreationRemembersItsAnswerWithTheEntryAndARetryWritesNothing() {
        DynamoPotentialStore store = new DynamoPotentialStore(local.client(), LocalTable.TABLE, java.time.Clock.systemUTC());
        var remembered = new id.sikerja.core.idempotency.Remembered("hash-potential-1", "fp", "sealed",
                Instant.now().plusSeconds(3600));
        store.create(entry("p-idem", "DINKES", PotentialStatus.OPEN, T), Optional.of(remembered));
        assertEquals("sealed", store.remembered("hash-potential-1").orElseThrow().sealedResponse());
        assertThrows(PotentialStore.Conflict.class,
                () -> store.create(entry("p-idem-2", "DINKES", PotentialStatus.OPEN, T), Optional.of(remembered)));
        assertEquals(Optional.empty(), store.find("p-idem-2"), "the transaction wrote nothing");
    }

    @Test
    void entriesAreNotTakenForCasesByTheSummaryBackfillWhichReadsEveryMetaItemAsACase() {
        DynamoPotentialStore store = new DynamoPotentialStore(local.client(), LocalTable.TABLE, java.time.Clock.systemUTC());
        store.create(entry("p-backfill", "DINKES", PotentialStatus.OPEN, T));
        assertDoesNotThrow(() -> SummaryBackfill.run(local.client(), LocalTable.TABLE));
        assertTrue(store.find("p-backfill").isPresent());
    }
}
