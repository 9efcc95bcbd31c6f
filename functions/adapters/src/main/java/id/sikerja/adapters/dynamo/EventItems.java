package id.sikerja.adapters.dynamo;

import id.sikerja.core.events.DomainEvent;
import id.sikerja.core.events.EventOutbox;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.s;
import static id.sikerja.adapters.dynamo.Attr.str;

/**
 * The domain-event outbox on the single table: one item per event in its case's partition
 * ({@code CASE#<id> / DOMAIN_EVENT#<eventId>}, so that removing a case removes its unpublished events), written in the
 * case's transaction ({@link DynamoCaseStore#caseWrites}); while pending it is in the sparse GSI1 partition
 * {@code OUTBOX#EVENTS#PENDING} (sorted by when it occurred), which the sweep queries.
 */
public final class EventItems implements EventOutbox {

    public static final String PENDING_PK = "OUTBOX#EVENTS#PENDING";
    static final String SK_PREFIX = "DOMAIN_EVENT#";

    private final DynamoDbClient dynamo;
    private final String table;

    public EventItems(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static Map<String, AttributeValue> key(DomainEvent event) {
        return Map.of(Keys.PK, s(Keys.casePk(event.caseId())), Keys.SK, s(SK_PREFIX + event.eventId()));
    }

    static TransactWriteItem put(String table, DomainEvent event) {
        Map<String, AttributeValue> item = new HashMap<>(key(event));
        item.put("type", s("DOMAIN_EVENT"));
        item.put("eventId", s(event.eventId()));
        item.put("caseId", s(event.caseId()));
        item.put("detailType", s(event.detailType()));
        item.put("occurredAt", s(event.occurredAt().toString()));
        item.put("detail", s(event.detail()));
        item.put("status", s("PENDING"));
        item.put(Keys.GSI1PK, s(PENDING_PK));
        item.put(Keys.GSI1SK, s(Keys.sortableInstant(event.occurredAt()) + "#" + event.eventId()));
        return Transactions.put(table, item, "attribute_not_exists(PK)", Map.of());
    }

    @Override
    public List<DomainEvent> pending(int limit) {
        List<DomainEvent> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1).limit(Math.min(limit, 100))
                        .keyConditionExpression("GSI1PK = :pending")
                        .expressionAttributeValues(Map.of(":pending", s(PENDING_PK))))
                .items().stream().limit(limit).forEach(i -> out.add(new DomainEvent(str(i, "eventId"),
                        str(i, "detailType"), Instant.parse(str(i, "occurredAt")), str(i, "caseId"), str(i, "detail"))));
        return out;
    }

    @Override
    public void markPublished(DomainEvent event, Instant at) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(event))
                    .updateExpression("SET #status = :published, publishedAt = :at REMOVE GSI1PK, GSI1SK")
                    .conditionExpression("attribute_exists(PK)")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .expressionAttributeValues(Map.of(":published", s("PUBLISHED"), ":at", s(at.toString()))));
        } catch (ConditionalCheckFailedException gone) {
            // the case was removed since (an import undone): nothing left to mark
        }
    }
}
