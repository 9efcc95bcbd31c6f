package id.sikerja.adapters.dynamo;

import id.sikerja.core.settings.Department;
import id.sikerja.core.settings.DepartmentDirectory;
import id.sikerja.core.settings.DepartmentStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * The admins' department directory on the single table: one item, {@code SETTINGS#DEPARTMENTS / LIST}, read with
 * GetItem, replaced whole and conditionally on its version.
 */
public final class DynamoDepartmentStore implements DepartmentStore {

    private static final Map<String, AttributeValue> KEY = Map.of(Keys.PK, s(Keys.DEPARTMENTS_PK),
            Keys.SK, s(Keys.DEPARTMENTS_SK));

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoDepartmentStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<DepartmentDirectory> load() {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(KEY).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        List<Department> departments = item.get("departments").l().stream().map(AttributeValue::m)
                .map(d -> new Department(str(d, "code"), str(d, "name"))).toList();
        return Optional.of(new DepartmentDirectory(num(item, "version"), departments, instant(item, "updatedAt"),
                str(item, "updatedBy")));
    }

    @Override
    public void save(DepartmentDirectory directory) {
        Map<String, AttributeValue> item = new HashMap<>(KEY);
        item.put("type", s("DEPARTMENTS"));
        item.put("version", n(directory.version()));
        item.put("updatedAt", s(directory.updatedAt().toString()));
        item.put("updatedBy", s(directory.updatedBy()));
        item.put("departments", AttributeValue.fromL(directory.departments().stream()
                .map(d -> map(Map.of("code", s(d.code()), "name", s(d.name())))).toList()));
        try {
            if (directory.version() == 1) {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
            } else {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("#version = :v")
                        .expressionAttributeNames(Map.of("#version", "version"))
                        .expressionAttributeValues(Map.of(":v", n(directory.version() - 1))));
            }
        } catch (ConditionalCheckFailedException changed) {
            throw new Conflict();
        }
    }
}
