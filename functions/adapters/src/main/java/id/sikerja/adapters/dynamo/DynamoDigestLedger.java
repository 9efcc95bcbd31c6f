package id.sikerja.adapters.dynamo;

import id.sikerja.core.reminders.Digest;
import id.sikerja.core.reminders.DigestLedger;
import id.sikerja.core.reminders.EntryLine;
import id.sikerja.core.reminders.ReminderItem;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Text;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * {@link DigestLedger} on the single table: {@code DIGEST#<key> / DIGEST}, status PENDING → SENDING (leased
 * to one run) → SENT. Pending and leased digests carry the sparse GSI1 key {@code DIGEST#UNSENT}, so a run
 * finds what is owed with one query; a sent digest leaves the index. Kept for 400 days (TTL).
 */
public final class DynamoDigestLedger implements DigestLedger {

    static final String UNSENT = "DIGEST#UNSENT";
    private static final Duration KEEP = Duration.ofDays(400);

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDigestLedger(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    private static Map<String, AttributeValue> key(String digestKey) {
        return Map.of(Keys.PK, s("DIGEST#" + digestKey), Keys.SK, s("DIGEST"));
    }

    @Override
    public boolean record(Digest d, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(d.key()));
        item.put("type", s("DIGEST"));
        item.put("key", s(d.key()));
        item.put("recipientId", s(d.recipientId()));
        item.put("email", s(d.email()));
        item.put("periodKey", s(d.periodKey()));
        item.put("items", AttributeValue.fromL(d.items().stream().map(DynamoDigestLedger::item).toList()));
        if (!d.entries().isEmpty()) {
            item.put("entries", AttributeValue.fromL(d.entries().stream().map(DynamoDigestLedger::entry).toList()));
        }
        item.put("status", s("PENDING"));
        item.put("recordedAt", s(at.toString()));
        item.put(Keys.GSI1PK, s(UNSENT));
        item.put(Keys.GSI1SK, s(at + "#" + d.key()));
        item.put("expiresAt", n(at.plus(KEEP).getEpochSecond()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException recorded) {
            return false;
        }
    }

    @Override
    public List<Digest> pending() {
        List<Digest> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName("GSI1")
                        .keyConditionExpression("GSI1PK = :unsent")
                        .expressionAttributeValues(Map.of(":unsent", s(UNSENT))))
                .items().forEach(i -> out.add(new Digest(str(i, "key"), str(i, "recipientId"), str(i, "email"),
                        str(i, "periodKey"), i.get("items").l().stream().map(v -> item(v.m())).toList(),
                        i.containsKey("entries") ? i.get("entries").l().stream().map(v -> entry(v.m())).toList()
                                : List.of())));
        return out;
    }

    @Override
    public boolean claim(String digestKey, String runId, Instant now, Instant until) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(digestKey))
                    .updateExpression("SET #status = :sending, claimedBy = :run, leaseUntil = :until")
                    .conditionExpression("#status = :pending OR (#status = :sending AND leaseUntil < :now)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":sending", s("SENDING"), ":pending", s("PENDING"),
                            ":run", s(runId), ":until", s(until.toString()), ":now", s(now.toString()))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public void release(String digestKey, String runId) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(digestKey))
                    .updateExpression("SET #status = :pending REMOVE claimedBy, leaseUntil")
                    .conditionExpression("#status = :sending AND claimedBy = :run")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":pending", s("PENDING"), ":sending", s("SENDING"),
                            ":run", s(runId))));
        } catch (ConditionalCheckFailedException notOurs) {
            // another run took it over after our lease: it is that run's to send
        }
    }

    @Override
    public void markSent(String digestKey, Instant at) {
        dynamo.updateItem(r -> r.tableName(table).key(key(digestKey))
                .updateExpression("SET #status = :sent, sentAt = :at REMOVE GSI1PK, GSI1SK, claimedBy, leaseUntil")
                .conditionExpression("attribute_exists(PK)")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":sent", s("SENT"), ":at", s(at.toString()))));
    }

    private static final Map<String, AttributeValue> LAST_RUN = Map.of(Keys.PK, s("DIGEST#RUN"), Keys.SK, s("LAST"));

    @Override
    public java.util.Optional<java.time.LocalDate> lastRunDay() {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(LAST_RUN).consistentRead(true))
                .item();
        return item == null || !item.containsKey("day") ? java.util.Optional.empty()
                : java.util.Optional.of(java.time.LocalDate.parse(item.get("day").s()));
    }

    @Override
    public void ranOn(java.time.LocalDate day) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(LAST_RUN).updateExpression("SET #day = :day")
                    .conditionExpression("attribute_not_exists(#day) OR #day < :day")
                    .expressionAttributeNames(Map.of("#day", "day"))
                    .expressionAttributeValues(Map.of(":day", s(day.toString()))));
        } catch (ConditionalCheckFailedException later) {
            // a run of the same or a later day recorded already: the day never moves back
        }
    }

    private static AttributeValue item(ReminderItem i) {
        return map(Map.of("caseId", s(i.caseId()), "kind", s(i.kind().name()), "date", s(i.date().toString()),
                "noteId", s(i.note().id()), "noteEn", s(i.note().en()), "urgency", s(i.urgency().name())));
    }

    /** Issue 16: a line of the department's entry section (titles, ids, a date: no contact data). */
    private static AttributeValue entry(EntryLine e) {
        return map(Map.of("kind", s(e.kind().name()), "potentialId", s(e.potentialId()), "entryTitle", s(e.entryTitle()),
                "entryTitleEn", s(e.entryTitleEn()), "caseId", s(e.caseId()), "proposalTitle", s(e.proposalTitle()),
                "date", s(e.date().toString())));
    }

    private static EntryLine entry(Map<String, AttributeValue> m) {
        return new EntryLine(EntryLine.Kind.valueOf(str(m, "kind")), str(m, "potentialId"), str(m, "entryTitle"),
                str(m, "entryTitleEn"), str(m, "caseId"), str(m, "proposalTitle"), LocalDate.parse(str(m, "date")));
    }

    private static ReminderItem item(Map<String, AttributeValue> m) {
        return new ReminderItem(str(m, "caseId"), DueDateKind.valueOf(str(m, "kind")), LocalDate.parse(str(m, "date")),
                Text.of(str(m, "noteId"), str(m, "noteEn")), ReminderItem.Urgency.valueOf(str(m, "urgency")));
    }
}
