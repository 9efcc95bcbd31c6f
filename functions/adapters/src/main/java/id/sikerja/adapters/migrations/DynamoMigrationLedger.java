package id.sikerja.adapters.migrations;

import id.sikerja.core.migrations.MigrationLedger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each migration's progress as one item of the single table: {@code MIGRATION#<id> / STATE} with {@code status}
 * (RUNNING, COMPLETED), the {@code cursor} after the last recorded step, the totals and the times.
 */
public final class DynamoMigrationLedger implements MigrationLedger {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoMigrationLedger(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    static Map<String, AttributeValue> key(String migrationId) {
        return Map.of("PK", AttributeValue.fromS("MIGRATION#" + migrationId), "SK", AttributeValue.fromS("STATE"));
    }

    @Override
    public Optional<Progress> progress(String migrationId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(migrationId))).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Progress(migrationId, "COMPLETED".equals(item.get("status").s()),
                Optional.ofNullable(item.get("cursor")).map(AttributeValue::s),
                Long.parseLong(item.get("changed").n()), Long.parseLong(item.get("read").n())));
    }

    @Override
    public void advanced(String migrationId, Optional<String> cursor, long changed, long read, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(migrationId));
        item.put("type", AttributeValue.fromS("MIGRATION"));
        item.put("status", AttributeValue.fromS("RUNNING"));
        cursor.ifPresent(c -> item.put("cursor", AttributeValue.fromS(c)));
        item.put("changed", AttributeValue.fromN(Long.toString(changed)));
        item.put("read", AttributeValue.fromN(Long.toString(read)));
        item.put("updatedAt", AttributeValue.fromS(at.toString()));
        // a completed migration is never reopened
        dynamo.putItem(r -> r.tableName(table).item(item)
                .conditionExpression("attribute_not_exists(PK) OR #status <> :completed")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":completed", AttributeValue.fromS("COMPLETED"))));
    }

    @Override
    public void completed(String migrationId, long changed, long read, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>(key(migrationId));
        item.put("type", AttributeValue.fromS("MIGRATION"));
        item.put("status", AttributeValue.fromS("COMPLETED"));
        item.put("changed", AttributeValue.fromN(Long.toString(changed)));
        item.put("read", AttributeValue.fromN(Long.toString(read)));
        item.put("updatedAt", AttributeValue.fromS(at.toString()));
        item.put("completedAt", AttributeValue.fromS(at.toString()));
        dynamo.putItem(r -> r.tableName(table).item(item));
    }
}
