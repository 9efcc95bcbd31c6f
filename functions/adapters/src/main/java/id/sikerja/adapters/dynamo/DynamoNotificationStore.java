package id.sikerja.adapters.dynamo;

import id.sikerja.core.notifications.Notification;
import id.sikerja.core.notifications.NotificationKind;
import id.sikerja.core.notifications.NotificationStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * Officers' inboxes (issue 17): {@code NOTIFY#<sub> / NOTE#<occurredAt>#<id>}, one partition per officer sorted by
 * time, read with one Query; TTL {@code expiresAt} (180 days). A notification is put only if its deterministic
 * id is not there yet ({@code attribute_not_exists}): the same cause twice is one item. Marking read is an update
 * conditional on not read yet, so marking twice changes nothing.
 */
public final class DynamoNotificationStore implements NotificationStore {

    static final String PREFIX = "NOTE#";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoNotificationStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static String pk(String recipient) {
        return "NOTIFY#" + recipient;
    }

    static String sk(Notification n) {
        return PREFIX + Keys.sortableInstant(n.occurredAt()) + "#" + n.id();
    }

    @Override
    public boolean add(Notification n) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(pk(n.recipient())));
        item.put(Keys.SK, s(sk(n)));
        item.put("type", s("NOTIFICATION"));
        item.put("id", s(n.id()));
        item.put("recipient", s(n.recipient()));
        item.put("kind", s(n.kind().name()));
        item.put("caseId", s(n.caseId()));
        item.put("occurredAt", s(n.occurredAt().toString()));
        Map<String, AttributeValue> params = new HashMap<>();
        n.params().forEach((k, v) -> params.put(k, s(v)));
        item.put("params", map(params));
        item.put("expiresAt", n(n.expiresAt().getEpochSecond()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public List<Notification> of(String recipient) {
        List<Notification> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :n)")
                        .expressionAttributeValues(Map.of(":pk", s(pk(recipient)), ":n", s(PREFIX))))
                .items().forEach(i -> out.add(notification(i)));
        return out;
    }

    @Override
    public int markRead(String recipient, Optional<Set<String>> ids, Instant at) {
        int marked = 0;
        for (Map<String, AttributeValue> i : raw(recipient)) {
            if (i.get("readAt") != null || ids.map(s -> !s.contains(str(i, "id"))).orElse(false)) {
                continue;
            }
            try {
                dynamo.updateItem(r -> r.tableName(table)
                        .key(Map.of(Keys.PK, i.get(Keys.PK), Keys.SK, i.get(Keys.SK)))
                        .updateExpression("SET readAt = :at")
                        .conditionExpression("attribute_exists(PK) AND attribute_not_exists(readAt)")
                        .expressionAttributeValues(Map.of(":at", s(at.toString()))));
                marked++;
            } catch (ConditionalCheckFailedException already) {
                // read meanwhile (another tab) or expired: nothing to do
            }
        }
        return marked;
    }

    /** Issue 17 (hand-over): a delete conditional on the item being there, so that only one run removes it. */
    @Override
    public boolean remove(Notification n) {
        try {
            dynamo.deleteItem(r -> r.tableName(table)
                    .key(Map.of(Keys.PK, s(pk(n.recipient())), Keys.SK, s(sk(n))))
                    .conditionExpression("attribute_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    private List<Map<String, AttributeValue>> raw(String recipient) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :n)")
                        .expressionAttributeValues(Map.of(":pk", s(pk(recipient)), ":n", s(PREFIX))))
                .items().forEach(out::add);
        return out;
    }

    static Notification notification(Map<String, AttributeValue> i) {
        Map<String, String> params = new HashMap<>();
        AttributeValue p = i.get("params");
        if (p != null && p.hasM()) {
            p.m().forEach((k, v) -> params.put(k, v.s()));
        }
        return new Notification(str(i, "id"), str(i, "recipient"), NotificationKind.valueOf(str(i, "kind")),
                str(i, "caseId"), instant(i, "occurredAt"), params, Optional.ofNullable(instant(i, "readAt")),
                Instant.ofEpochSecond(num(i, "expiresAt")));
    }
}
