package id.sikerja.adapters.dynamo;

import id.sikerja.adapters.migrations.DueIndexMigration;
import id.sikerja.adapters.migrations.DynamoMigrationLedger;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.migrations.MigrationLedger;
import id.sikerja.core.migrations.MigrationRunner;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Migration 0001 against DynamoDB Local: due dates indexed under the old monthly GSI2 keys become findable by the
 * reminders job's queries; a second run changes nothing; a run interrupted midway resumes and completes.
 */
class DueIndexMigrationTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(MONDAY, ZoneOffset.UTC);
    private static final int CASES = 7;
    private static LocalTable local;
    private static DynamoCaseStore store;
    private static final List<String> ids = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
        store = new DynamoCaseStore(local.client(), LocalTable.TABLE, CLOCK);
        // cases whose due items were written by the code before 2026-11-22: GSI2 by month
        for (int i = 0; i < CASES; i++) {
            String id = "M-" + i;
            Transition t = (Transition) Workflow.withDefaults().openFromIntake(NewCase.ksdd(id, KsddKind.SUKARELA,
                    List.of()), List.of(new DocumentUpload(DocumentType.SURAT_PERMOHONAN, "u/" + id + ".pdf",
                    "d".repeat(64), "")), Actor.partner(id), MONDAY);
            CaseRecord c = new CaseRecord("KS-2026-" + id, CaseItemsTest.fullCase(id).proposal(), t.state(), MONDAY);
            store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(c, 0, List.of(), t.events())),
                    List.of(), Optional.empty()));
            for (DueDate d : c.state().dueDates()) {
                local.client().updateItem(r -> r.tableName(LocalTable.TABLE).key(CaseItems.dueKey(id, d))
                        .updateExpression("SET GSI2PK = :pk, GSI2SK = :sk")
                        .expressionAttributeValues(Map.of(
                                ":pk", AttributeValue.fromS("DUE#" + YearMonth.from(d.date())),
                                ":sk", AttributeValue.fromS(d.date() + "#" + id + "#" + d.kind().name()))));
            }
            ids.add(id);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    private static List<String> dueCaseIds() {
        return store.started(LocalDate.of(2026, 12, 31)).stream().map(DueDateIndex.Entry::caseId)
                .filter(ids::contains).distinct().sorted().toList();
    }

    private static Map<String, AttributeValue> gsi2(String id) {
        DueDate d = store.find(id).orElseThrow().state().dueDates().get(0);
        Map<String, AttributeValue> item = local.client().getItem(r -> r.tableName(LocalTable.TABLE)
                .key(CaseItems.dueKey(id, d))).item();
        return Map.of("GSI2PK", item.get("GSI2PK"), "GSI2SK", item.get("GSI2SK"));
    }

    @Test
    void anInterruptedRunResumesAndCompletesAndASecondRunChangesNothing() {
        assertEquals(List.of(), dueCaseIds(), "the reminders job cannot see old-format due dates");
        DynamoMigrationLedger ledger = new DynamoMigrationLedger(local.client(), LocalTable.TABLE);

        // the first run dies after 3 items (a lost connection, a timeout)
        DueIndexMigration failing = new DueIndexMigration(local.client(), LocalTable.TABLE, 2, done -> {
            if (done == 3) {
                throw new IllegalStateException("injected: connection lost");
            }
        });
        assertThrows(IllegalStateException.class,
                () -> new MigrationRunner(List.of(failing), ledger, CLOCK).run(Duration.ofMinutes(1)));
        MigrationLedger.Progress interrupted = ledger.progress(DueIndexMigration.ID).orElseThrow();
        assertFalse(interrupted.completed());
        assertTrue(interrupted.cursor().isPresent(), "the progress is recorded");
        int seen = dueCaseIds().size();
        assertTrue(seen >= 3 && seen < CASES, "partly migrated: " + seen);

        // run again: it resumes from the cursor and completes
        MigrationRunner runner = new MigrationRunner(List.of(new DueIndexMigration(local.client(), LocalTable.TABLE,
                2, n -> { })), ledger, CLOCK);
        MigrationRunner.Report resumed = runner.run(Duration.ofMinutes(1));
        assertTrue(resumed.finished());
        assertEquals("RESUMED_AND_COMPLETED", resumed.outcomes().get(0).status());
        assertEquals(ids, dueCaseIds(), "every old-format due date is found by the new query");
        assertTrue(ledger.progress(DueIndexMigration.ID).orElseThrow().completed());
        assertEquals(CASES, ledger.progress(DueIndexMigration.ID).orElseThrow().changed(),
                "each item changed once over both runs");

        Map<String, AttributeValue> before = gsi2("M-0");
        MigrationRunner.Report again = runner.run(Duration.ofMinutes(1));
        assertEquals(List.of(new MigrationRunner.Outcome(DueIndexMigration.ID, "ALREADY_COMPLETED", 0, 0)),
                again.outcomes());
        assertEquals(before, gsi2("M-0"));

        // even forced to run again from the start, nothing is left to change
        assertEquals(0, new DueIndexMigration(local.client(), LocalTable.TABLE).step(Optional.empty()).changed());
    }
}
