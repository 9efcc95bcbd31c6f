package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.imports.ImportLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The import's record against DynamoDB Local: one running import per key, its answer the one idempotency item. */
class DynamoImportLedgerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static LocalTable local;
    private static DynamoImportLedger ledger;
    private static DynamoCaseStore cases;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ledger = new DynamoImportLedger(local.client(), LocalTable.TABLE, clock);
        cases = new DynamoCaseStore(local.client(), LocalTable.TABLE, clock);
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    @Test
    void aFinishedImportLeavesOnlyItsRememberedAnswerWhichEveryStoreReadsAlike() {
        ImportLedger.Entry running = new ImportLedger.Entry("import-hash-1", "fp", List.of("c-1", "c-2"), NOW);
        ledger.begin(running);
        assertEquals(Optional.of(running), ledger.find("import-hash-1"));
        assertThrows(CaseStore.Conflict.class, () -> ledger.begin(running), "one running import per key");

        Remembered answer = new Remembered("import-hash-1", "fp", "sealed-answer", NOW.plusSeconds(86_400));
        ledger.complete("import-hash-1", Optional.of(answer));
        assertEquals(Optional.empty(), ledger.find("import-hash-1"));
        assertEquals(Optional.of(answer), ledger.remembered("import-hash-1"));
        assertEquals(Optional.of(answer), cases.remembered("import-hash-1"), "the same item as every answer");
        assertThrows(CaseStore.Conflict.class, () -> ledger.complete("import-hash-1", Optional.of(answer)),
                "completed once");
    }
}
