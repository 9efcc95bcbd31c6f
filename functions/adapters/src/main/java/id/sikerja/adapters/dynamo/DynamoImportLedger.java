package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.imports.ImportLedger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import id.sikerja.core.idempotency.Remembered;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * {@link ImportLedger} on the single table: {@code IMPORT#<key> / IMPORT} holds a running import: the file's
 * fingerprint, the planned case ids and the rows written so far. A finished import's answer is the one idempotency
 * item ({@link IdempotencyItems}), put in the transaction that deletes the import's record. Discarding a case deletes
 * every item of its partition {@code CASE#<id>} (its item, timeline events and due-date items: a legacy case has no
 * tracking entry, outbox mail or upload of its own).
 *
 * <p>An {@link ImportFaultHook} given to the constructor is called before each row is written, so that a rehearsal
 * (the local runtime's {@code POST /_local/faults/import}) can make an import fail midway and see the rollback
 * through the real handler. The production wiring gives none.
 */
public final class DynamoImportLedger implements ImportLedger {

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final ImportFaultHook faults;

    /** The ledger of the deployed functions: no fault is injected. */
    public DynamoImportLedger(DynamoDbClient dynamo, String table, Clock clock) {
        this(dynamo, table, clock, ImportFaultHook.NONE);
    }

    /** A ledger that calls {@code faults} before each row is written (rehearsals of a failing import). */
    public DynamoImportLedger(DynamoDbClient dynamo, String table, Clock clock, ImportFaultHook faults) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.faults = java.util.Objects.requireNonNull(faults, "faults");
    }

    @Override
    public Optional<Entry> find(String importKey) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(importKey))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(importKey, str(item, "fingerprint"), list(item, "caseIds"),
                instant(item, "startedAt")));
    }

    @Override
    public void begin(Entry running) {
        Map<String, AttributeValue> item = new HashMap<>(key(running.importKey()));
        item.put("type", s("IMPORT"));
        item.put("status", s("RUNNING"));
        item.put("fingerprint", s(running.fingerprint()));
        item.put("caseIds", AttributeValue.fromL(running.caseIds().stream().map(Attr::s).toList()));
        item.put("startedAt", s(running.startedAt().toString()));
        item.put("written", n(0));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
        } catch (ConditionalCheckFailedException e) {
            throw new CaseStore.Conflict("import " + running.importKey() + " is already recorded");
        }
    }

    @Override
    public void progress(String importKey, int index) {
        faults.beforeRow(importKey, index);
        dynamo.updateItem(r -> r.tableName(table).key(key(importKey))
                .updateExpression("SET written = :n").expressionAttributeValues(Map.of(":n", n(index))));
    }

    @Override
    public Optional<Remembered> remembered(String keyHash) {
        return IdempotencyItems.find(dynamo, table, keyHash, clock.instant());
    }

    @Override
    public void complete(String importKey, Optional<Remembered> answer) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key(importKey))
                .conditionExpression("attribute_exists(PK)").build()).build());
        answer.ifPresent(a -> writes.add(IdempotencyItems.put(table, a, clock.instant())));
        Transactions.write(dynamo, writes, reasons -> new CaseStore.Conflict("import " + importKey + " was not running"));
    }

    @Override
    public void discard(List<String> caseIds) {
        for (String caseId : caseIds) {
            dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                            .keyConditionExpression("PK = :pk").projectionExpression("PK, SK")
                            .expressionAttributeValues(Map.of(":pk", s(Keys.casePk(caseId)))))
                    .items().forEach(item -> dynamo.deleteItem(r -> r.tableName(table)
                            .key(Map.of(Keys.PK, item.get(Keys.PK), Keys.SK, item.get(Keys.SK)))));
        }
    }

    @Override
    public void forget(String importKey) {
        dynamo.deleteItem(r -> r.tableName(table).key(key(importKey)));
    }

    private static Map<String, AttributeValue> key(String importKey) {
        return Map.of(Keys.PK, s("IMPORT#" + importKey), Keys.SK, s("IMPORT"));
    }
}
