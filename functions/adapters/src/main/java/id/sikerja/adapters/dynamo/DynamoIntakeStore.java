package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.intake.IdempotencyRecord;
import id.sikerja.core.intake.IntakeStore;
import id.sikerja.core.mail.OutboxEntry;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.*;

/** {@link IntakeStore} on the single DynamoDB table. */
public final class DynamoIntakeStore implements IntakeStore {


    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoIntakeStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean claim(IdempotencyClaim claim) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.idempotencyPk(claim.keyHash())));
        item.put(Keys.SK, s("IDEMP"));
        item.put("type", s("IDEMPOTENCY"));
        item.put("fingerprint", s(claim.fingerprint()));
        item.put("owner", s(claim.owner()));
        item.put("lockedUntil", s(claim.lockedUntil().toString()));
        item.put("expiresAt", n(claim.expiresAt().getEpochSecond()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item)
                    // new; or an unfinished claim whose owner is gone; or a remembered answer past its time
                    .conditionExpression("attribute_not_exists(PK)"
                            + " OR (attribute_not_exists(sealedResult) AND lockedUntil < :now)"
                            + " OR expiresAt < :nowEpoch")
                    .expressionAttributeValues(Map.of(
                            ":now", s(claim.now().toString()),
                            ":nowEpoch", n(claim.now().getEpochSecond()))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public Optional<IdempotencyRecord> findIdempotency(String keyHash) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s(Keys.idempotencyPk(keyHash)), Keys.SK, s("IDEMP")))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        Instant expiresAt = Instant.ofEpochSecond(num(item, "expiresAt"));
        if (expiresAt.isBefore(Instant.now())) {
            return Optional.empty(); // TTL deletion lags; an expired record is gone as far as anyone can tell
        }
        return Optional.of(new IdempotencyRecord(keyHash, str(item, "fingerprint"), str(item, "owner"),
                instant(item, "lockedUntil"), str(item, "sealedResult"), expiresAt));
    }

    @Override
    public void create(CaseRecord record, String accessTokenHash, List<TimelineEvent> events, List<OutboxEntry> outbox,
                       Optional<IdempotencyRecord> completes) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(put(CaseItems.toItem(record), "attribute_not_exists(PK)", Map.of()));
        Map<String, AttributeValue> track = new HashMap<>();
        track.put(Keys.PK, s(Keys.trackPk(record.trackingCode())));
        track.put(Keys.SK, s("TRACK"));
        track.put("type", s("TRACKING"));
        track.put("caseId", s(record.id()));
        track.put("accessTokenHash", s(accessTokenHash));
        int trackIndex = writes.size();
        writes.add(put(track, "attribute_not_exists(PK)", Map.of()));
        for (int i = 0; i < events.size(); i++) {
            writes.add(put(CaseItems.toItem(record.id(), events.get(i), i), "attribute_not_exists(PK)", Map.of()));
        }
        // the intake validation deadline, where the reminders job queries due dates by month
        record.state().dueDates().forEach(d -> writes.add(put(CaseItems.dueItem(record.state(), d), null, Map.of())));
        // the case's summary, which lists and search read (GSI1 CASES)
        writes.add(put(SummaryItems.toItem(record), null, Map.of()));
        for (OutboxEntry entry : outbox) {
            writes.add(put(outboxItem(entry), "attribute_not_exists(PK)", Map.of()));
        }
        int claimIndex = -1;
        if (completes.isPresent()) {
            IdempotencyRecord done = completes.get();
            Map<String, AttributeValue> item = new HashMap<>();
            item.put(Keys.PK, s(Keys.idempotencyPk(done.keyHash())));
            item.put(Keys.SK, s("IDEMP"));
            item.put("type", s("IDEMPOTENCY"));
            item.put("fingerprint", s(done.fingerprint()));
            item.put("owner", s(done.owner()));
            item.put("lockedUntil", s(done.lockedUntil().toString()));
            item.put("sealedResult", s(done.sealedResult()));
            item.put("caseId", s(record.id()));
            item.put("expiresAt", n(done.expiresAt().getEpochSecond()));
            claimIndex = writes.size();
            writes.add(put(item, "#owner = :owner AND attribute_not_exists(sealedResult)",
                    Map.of(":owner", s(done.owner()))));
        }
        transact(writes, trackIndex, claimIndex, record.trackingCode());
    }

    private void transact(List<TransactWriteItem> writes, int trackIndex, int claimIndex, String code) {
        Transactions.write(dynamo, writes, reasons -> Transactions.failed(reasons, claimIndex) ? new ClaimLost()
                : Transactions.failed(reasons, trackIndex) ? new TrackingCodeTaken(code) : null);
    }

    private TransactWriteItem put(Map<String, AttributeValue> item, String condition, Map<String, AttributeValue> values) {
        return Transactions.put(table, item, condition, values);
    }

    private static Map<String, AttributeValue> outboxItem(OutboxEntry entry) {
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
    public Optional<TrackingEntry> findTracking(String trackingCode) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of(Keys.PK, s(Keys.trackPk(trackingCode)), Keys.SK, s("TRACK")))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TrackingEntry(trackingCode, str(item, "caseId"), str(item, "accessTokenHash")));
    }

    @Override
    public Optional<CaseRecord> findCase(String caseId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of(Keys.PK, s(Keys.casePk(caseId)), Keys.SK, s(Keys.CASE_META)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(CaseItems.fromItem(item));
    }

    @Override
    public List<TimelineEvent> timeline(String caseId) {
        List<TimelineEvent> events = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :event)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.casePk(caseId)), ":event", s("EVENT#"))))
                .items().forEach(i -> events.add(CaseItems.eventFromItem(i)));
        return events;
    }
}
