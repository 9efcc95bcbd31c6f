package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.imports.ImportLedger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * {@link ImportLedger} on the single table: {@code IMPORT#<key> / IMPORT} holds the status, the file's fingerprint,
 * the planned case ids, the rows written so far and, once DONE, the answer (TTL 24 h). Discarding a case deletes
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
        Status status = Status.valueOf(str(item, "status"));
        if (status == Status.DONE && num(item, "expiresAt") <= clock.instant().getEpochSecond()) {
            return Optional.empty(); // TTL deletion lags; an expired answer is forgotten
        }
        return Optional.of(new Entry(importKey, str(item, "fingerprint"), status, list(item, "caseIds"),
                instant(item, "startedAt"), Optional.ofNullable(str(item, "response"))));
    }

    @Override
    public void begin(Entry running) {
        Map<String, AttributeValue> item = new HashMap<>(key(running.importKey()));
        item.put("type", s("IMPORT"));
        item.put("status", s(Status.RUNNING.name()));
        item.put("fingerprint", s(running.fingerprint()));
        item.put("caseIds", AttributeValue.fromL(running.caseIds().stream().map(Attr::s).toList()));
        item.put("startedAt", s(running.startedAt().toString()));
        item.put("written", n(0));
        try {
            // an expired DONE record may be replaced
            dynamo.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR (#status = :done AND expiresAt <= :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":done", s(Status.DONE.name()),
                            ":now", n(clock.instant().getEpochSecond()))));
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
    public void complete(String importKey, String response, Instant expiresAt) {
        dynamo.updateItem(r -> r.tableName(table).key(key(importKey))
                .updateExpression("SET #status = :done, #response = :response, expiresAt = :expires")
                .conditionExpression("#status = :running")
                .expressionAttributeNames(Map.of("#status", "status", "#response", "response"))
                .expressionAttributeValues(Map.of(":done", s(Status.DONE.name()), ":running", s(Status.RUNNING.name()),
                        ":response", s(response), ":expires", n(expiresAt.getEpochSecond()))));
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
