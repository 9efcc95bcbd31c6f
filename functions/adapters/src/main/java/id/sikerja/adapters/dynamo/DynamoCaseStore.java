package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.TimelineEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * {@link CaseStore} and {@link DueDateIndex} on the single DynamoDB table. A commit is one
 * {@code TransactWriteItems}: the case item (conditional on its version, or on not existing), its new events, the
 * replacement of its due-date items, condition checks and events on linked cases, and the remembered answer.
 */
public final class DynamoCaseStore implements CaseStore, DueDateIndex {


    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoCaseStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<CaseRecord> find(String caseId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s(Keys.casePk(caseId)), Keys.SK, s(Keys.CASE_META)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(CaseItems.fromItem(item));
    }

    @Override
    public List<TimelineEvent> timeline(String caseId) {
        List<TimelineEvent> events = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :event)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.casePk(caseId)), ":event", s("EVENT#"))))
                .items().forEach(i -> events.add(CaseItems.eventFromItem(i)));
        return events;
    }

    @Override
    public Optional<Tracking> findTracking(String trackingCode) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of(Keys.PK, s(Keys.trackPk(trackingCode)), Keys.SK, s("TRACK")))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Tracking(trackingCode, str(item, "caseId"), str(item, "accessTokenHash")));
    }

    @Override
    public Optional<Remembered> remembered(String keyHash) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(rememberedKey(keyHash))).item();
        if (item == null || item.isEmpty() || item.get("response") == null) {
            return Optional.empty();
        }
        long expires = num(item, "expiresAt");
        if (expires <= clock.instant().getEpochSecond()) {
            return Optional.empty(); // TTL deletion lags; an expired answer is forgotten
        }
        return Optional.of(new Remembered(keyHash, str(item, "fingerprint"), str(item, "response"),
                Instant.ofEpochSecond(expires)));
    }

    @Override
    public void commit(Commit commit) {
        List<TransactWriteItem> writes = new ArrayList<>();
        for (CaseWrite w : commit.cases()) {
            caseWrites(w, writes);
        }
        for (LinkedEvent e : commit.linkedEvents()) {
            writes.add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(table)
                    .key(Map.of(Keys.PK, s(Keys.casePk(e.caseId())), Keys.SK, s(Keys.CASE_META)))
                    .conditionExpression("#version = :v").expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(Map.of(":v", n(e.expectedVersion()))).build()).build());
            writes.add(put(CaseItems.toItem(e.caseId(), e.event(), 0), "attribute_not_exists(PK)", Map.of()));
        }
        commit.remember().ifPresent(r -> writes.add(put(rememberedItem(r),
                "attribute_not_exists(PK) OR expiresAt <= :now",
                Map.of(":now", n(clock.instant().getEpochSecond())))));
        transact(writes);
    }

    /**
     * The case item, its summary, its events, and its due-date items: the stale ones deleted, the current ones put. Other stores
     * of this table add them to their own transactions (an upload registered with the case change).
     */
    void caseWrites(CaseWrite w, List<TransactWriteItem> writes) {
        CaseRecord record = w.record();
        writes.add(w.expectedVersion() == 0
                ? put(CaseItems.toItem(record), "attribute_not_exists(PK)", Map.of())
                : put(CaseItems.toItem(record), "#version = :v", Map.of(":v", n(w.expectedVersion()))));
        // the summary lists and the registry read: derived from the case, so written with it
        writes.add(put(SummaryItems.toItem(record), null, Map.of()));
        for (int i = 0; i < w.events().size(); i++) {
            writes.add(put(CaseItems.toItem(record.id(), w.events().get(i), i), "attribute_not_exists(PK)", Map.of()));
        }
        // one operation per item in a transaction: a due date both old and new is only put
        Map<String, DueDate> current = byKey(record.id(), record.state().dueDates());
        for (Map.Entry<String, DueDate> old : byKey(record.id(), w.previousDueDates()).entrySet()) {
            if (!current.containsKey(old.getKey())) {
                writes.add(TransactWriteItem.builder().delete(Delete.builder().tableName(table)
                        .key(CaseItems.dueKey(record.id(), old.getValue())).build()).build());
            }
        }
        current.values().forEach(d -> writes.add(put(CaseItems.dueItem(record.state(), d), null, Map.of())));
    }

    private static Map<String, DueDate> byKey(String caseId, List<DueDate> dueDates) {
        Map<String, DueDate> out = new LinkedHashMap<>();
        dueDates.forEach(d -> out.putIfAbsent(CaseItems.dueKey(caseId, d).get(Keys.SK).s(), d));
        return out;
    }

    /** Runs a transaction; {@link Conflict} when a condition failed, retried on transaction conflicts. */
    void transact(List<TransactWriteItem> writes) {
        Transactions.write(dynamo, writes, reasons -> new Conflict("a condition of the transaction failed"));
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        return Transactions.put(table, item, condition, values);
    }

    private static Map<String, AttributeValue> rememberedKey(String keyHash) {
        return Map.of(Keys.PK, s(Keys.idempotencyPk(keyHash)), Keys.SK, s(Keys.IDEMPOTENCY_SK));
    }

    private static Map<String, AttributeValue> rememberedItem(Remembered r) {
        Map<String, AttributeValue> item = new HashMap<>(rememberedKey(r.keyHash()));
        item.put("type", s("IDEMPOTENT_RESPONSE"));
        item.put("fingerprint", s(r.fingerprint()));
        item.put("response", s(r.response()));
        item.put("expiresAt", n(r.expiresAt().getEpochSecond()));
        return item;
    }

    /** Queries GSI2 month by month: never a scan. */
    @Override
    public List<Entry> dueBetween(LocalDate from, LocalDate to) {
        List<Entry> out = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            String pk = Keys.dueMonthPk(m);
            dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI2)
                            .keyConditionExpression("GSI2PK = :pk AND GSI2SK BETWEEN :from AND :to")
                            .expressionAttributeValues(Map.of(":pk", s(pk), ":from", s(from + "#"),
                                    ":to", s(to + "#\uffff"))))
                    .items().forEach(i -> out.add(CaseItems.dueEntryFromItem(i)));
        }
        return out;
    }
}
