package id.sikerja.adapters.migrations;

import id.sikerja.adapters.dynamo.CaseItems;
import id.sikerja.core.migrations.Migration;
import id.sikerja.core.workflow.DueDateKind;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Migration 0001: due-date items indexed under the old monthly GSI2 partitions ({@code GSI2PK = DUE#<yyyy-MM>},
 * {@code GSI2SK = <date>#<caseId>#<kind>}, written before the reminders work of 2026-11-22) get the keys the reminders
 * job queries now ({@link CaseItems#dueIndexKeys}: {@code REMIND#FROM} sorted by the day reminding starts, or
 * {@code REMIND#<day>}); until then the job does not see them.
 *
 * <p>A one-off over the base table: a paged Scan for {@code type = DUE} items whose GSI2PK still begins with
 * {@code DUE#} (no request path scans; this runs once per table, by the deploy). Each item is updated only while it
 * still has its old key ({@code GSI2PK = :old}), so a page done twice, or an item a case change rewrote meanwhile,
 * is left as it is. The cursor is the Scan's last evaluated key.
 */
public final class DueIndexMigration implements Migration {

    public static final String ID = "0001-due-index-from-monthly";
    private static final String SEPARATOR = "\n";

    private final DynamoDbClient dynamo;
    private final String table;
    private final int pageSize;
    private final IntConsumer beforeItem;

    public DueIndexMigration(DynamoDbClient dynamo, String table) {
        this(dynamo, table, 200, n -> { });
    }

    /**
     * @param beforeItem called with the number of items this instance changed so far before it changes the next one
     *                   (tests interrupt a run with it)
     */
    public DueIndexMigration(DynamoDbClient dynamo, String table, int pageSize, IntConsumer beforeItem) {
        this.dynamo = dynamo;
        this.table = table;
        this.pageSize = pageSize;
        this.beforeItem = beforeItem;
    }

    private int changedByThis;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "due-date items of the monthly index DUE#<yyyy-MM> get the REMIND# keys the reminders job reads";
    }

    @Override
    public Step step(Optional<String> cursor) {
        ScanResponse page = dynamo.scan(r -> {
            r.tableName(table).limit(pageSize).consistentRead(true)
                    .filterExpression("#type = :due AND begins_with(GSI2PK, :old)")
                    .expressionAttributeNames(Map.of("#type", "type"))
                    .expressionAttributeValues(Map.of(":due", AttributeValue.fromS("DUE"),
                            ":old", AttributeValue.fromS("DUE#")));
            cursor.ifPresent(c -> r.exclusiveStartKey(decode(c)));
        });
        int changed = 0;
        for (Map<String, AttributeValue> item : page.items()) {
            DueDateKind kind;
            LocalDate date;
            try {
                kind = DueDateKind.valueOf(item.get("kind").s());
                date = LocalDate.parse(item.get("date").s());
            } catch (RuntimeException unknown) {
                continue; // not a due item this code knows: left for a later migration
            }
            beforeItem.accept(changedByThis);
            Map<String, AttributeValue> keys = CaseItems.dueIndexKeys(item.get("caseId").s(), kind, date);
            Map<String, AttributeValue> values = new HashMap<>();
            values.put(":pk", keys.get("GSI2PK"));
            values.put(":sk", keys.get("GSI2SK"));
            values.put(":old", item.get("GSI2PK"));
            try {
                dynamo.updateItem(r -> r.tableName(table)
                        .key(Map.of("PK", item.get("PK"), "SK", item.get("SK")))
                        .updateExpression("SET GSI2PK = :pk, GSI2SK = :sk")
                        .conditionExpression("GSI2PK = :old")
                        .expressionAttributeValues(values));
                changed++;
                changedByThis++;
            } catch (ConditionalCheckFailedException alreadyRewritten) {
                // migrated by an earlier attempt at this page, or rewritten (or removed) by a case change since
            }
        }
        Map<String, AttributeValue> last = page.lastEvaluatedKey();
        Optional<String> next = last == null || last.isEmpty() ? Optional.empty() : Optional.of(encode(last));
        return new Step(changed, page.count(), next);
    }

    private static String encode(Map<String, AttributeValue> key) {
        return key.get("PK").s() + SEPARATOR + key.get("SK").s();
    }

    private static Map<String, AttributeValue> decode(String cursor) {
        int at = cursor.indexOf(SEPARATOR);
        return Map.of("PK", AttributeValue.fromS(cursor.substring(0, at)),
                "SK", AttributeValue.fromS(cursor.substring(at + SEPARATOR.length())));
    }
}
