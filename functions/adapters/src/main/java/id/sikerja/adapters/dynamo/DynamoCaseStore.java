package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.events.DomainEvent;
import id.sikerja.core.events.DomainEvents;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.mail.Outbox;
import id.sikerja.core.mail.OutboxEntry;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * {@link CaseStore}, {@link DueDateIndex} and {@link Outbox} on the single DynamoDB table. A commit is one
 * {@code TransactWriteItems}: the case item (conditional on its version, or on not existing), its summary, its new
 * events, the replacement of its due-date items, condition checks and events on linked cases, a new case's tracking
 * entry (conditional on the code being free) and owed e-mails, and the remembered answer ({@link IdempotencyItems}).
 * Every case is written here, whoever creates it. With each case go the domain events its change owes
 * ({@link DomainEvents}, the outbox of {@link EventItems}); after the transaction they are handed to the
 * {@link #publishingTo publisher}, if one is set (best effort: a scheduled sweep publishes what stays pending).
 */
public final class DynamoCaseStore implements CaseStore, DueDateIndex, Outbox {


    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final Consumer<List<DomainEvent>> afterCommit;

    public DynamoCaseStore(DynamoDbClient dynamo, String table, Clock clock) {
        this(dynamo, table, clock, events -> { });
    }

    private DynamoCaseStore(DynamoDbClient dynamo, String table, Clock clock, Consumer<List<DomainEvent>> afterCommit) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    /**
     * This store, handing the domain events of each commit to {@code publish} once the transaction succeeded (e.g.
     * {@code EventRelay::deliver}, which never throws).
     */
    public DynamoCaseStore publishingTo(Consumer<List<DomainEvent>> publish) {
        return new DynamoCaseStore(dynamo, table, clock, publish);
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
        return IdempotencyItems.find(dynamo, table, keyHash, clock.instant());
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
        commit.tracking().ifPresent(t -> writes.add(put(trackingItem(t), "attribute_not_exists(PK)", Map.of())));
        for (OutboxEntry entry : commit.outbox()) {
            writes.add(put(outboxItem(entry), "attribute_not_exists(PK)", Map.of()));
        }
        commit.remember().ifPresent(r -> writes.add(IdempotencyItems.put(table, r, clock.instant())));
        transact(writes);
        committed(commit.cases());
    }

    /** After a transaction with these case writes succeeded: their domain events to the publisher. */
    void committed(List<CaseWrite> writes) {
        List<DomainEvent> events = new ArrayList<>();
        writes.forEach(w -> events.addAll(DomainEvents.of(w)));
        if (!events.isEmpty()) {
            afterCommit.accept(events);
        }
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
        // the events the change owes other systems, pending until published (same transaction: never lost)
        DomainEvents.of(w).forEach(e -> writes.add(EventItems.put(table, e)));
        // issue 16: a new case answering a potential or need is linked to it (once: with the case's creation)
        AnswerLinkItems.of(w).ifPresent(link -> writes.add(put(link, "attribute_not_exists(PK)", Map.of())));
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

    private static Map<String, AttributeValue> trackingItem(Tracking t) {
        Map<String, AttributeValue> track = new HashMap<>();
        track.put(Keys.PK, s(Keys.trackPk(t.trackingCode())));
        track.put(Keys.SK, s("TRACK"));
        track.put("type", s("TRACKING"));
        track.put("caseId", s(t.caseId()));
        track.put("accessTokenHash", s(t.accessTokenHash()));
        return track;
    }

    static Map<String, AttributeValue> outboxItem(OutboxEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.outboxPk(entry.id())));
        item.put(Keys.SK, s("MAIL"));
        item.put("type", s("OUTBOX"));
        item.put("caseId", s(entry.caseId()));
        item.put("kind", s(entry.kind()));
        item.put("recipients", strings(entry.recipients()));
        item.put("createdAt", s(entry.createdAt().toString()));
        item.put("status", s("PENDING"));
        // sparse index: only pending mail is listed, so a sender finds it with a query
        item.put(Keys.GSI1PK, s(Keys.OUTBOX_PENDING));
        item.put(Keys.GSI1SK, s(entry.createdAt() + "#" + entry.id()));
        return item;
    }

    @Override
    public void markSent(String outboxId, Instant at) {
        dynamo.updateItem(r -> r.tableName(table)
                .key(Map.of(Keys.PK, s(Keys.outboxPk(outboxId)), Keys.SK, s("MAIL")))
                .updateExpression("SET #status = :sent, sentAt = :at REMOVE GSI1PK, GSI1SK")
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":sent", s("SENT"), ":at", s(at.toString()))));
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        List<OutboxEntry> out = new ArrayList<>();
        for (Map<String, AttributeValue> i : dynamo.query(r -> r.tableName(table).indexName("GSI1")
                .keyConditionExpression("GSI1PK = :pending")
                .expressionAttributeValues(Map.of(":pending", s(Keys.OUTBOX_PENDING)))
                .limit(limit)).items()) {
            out.add(new OutboxEntry(i.get(Keys.PK).s().substring("OUTBOX#".length()), i.get("caseId").s(),
                    i.get("kind").s(), i.get("recipients").l().stream().map(AttributeValue::s).toList(), Instant.parse(i.get("createdAt").s())));
        }
        return out;
    }

    @Override
    public boolean claim(String outboxId, Instant now, Instant until) {
        try {
            dynamo.updateItem(r -> r.tableName(table)
                    .key(Map.of(Keys.PK, s(Keys.outboxPk(outboxId)), Keys.SK, s("MAIL")))
                    .updateExpression("SET leaseUntil = :until")
                    .conditionExpression("#status = :pending AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":pending", s("PENDING"), ":until", s(until.toString()),
                            ":now", s(now.toString()))));
            return true;
        } catch (software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public List<Entry> started(LocalDate day) {
        List<Entry> out = new ArrayList<>();
        query(Keys.REMIND_FROM_PK, "GSI2PK = :pk AND GSI2SK <= :to", Map.of(":to", s(day + "#\uffff")), out);
        return out;
    }

    @Override
    public List<Entry> onDays(LocalDate from, LocalDate to) {
        List<Entry> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            query(Keys.remindOnDayPk(d), "GSI2PK = :pk", Map.of(), out);
        }
        return out;
    }

    private void query(String pk, String condition, Map<String, AttributeValue> values, List<Entry> out) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":pk", s(pk));
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI2).keyConditionExpression(condition)
                        .expressionAttributeValues(all))
                .items().forEach(i -> out.add(CaseItems.dueEntryFromItem(i)));
    }
}
