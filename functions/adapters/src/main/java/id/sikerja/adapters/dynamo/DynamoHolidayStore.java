package id.sikerja.adapters.dynamo;

import id.sikerja.core.settings.HolidayStore;
import id.sikerja.core.settings.HolidayYear;
import id.sikerja.core.time.Holiday;
import id.sikerja.core.time.HolidayKind;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * The admins' holiday lists on the single table: one item per year, {@code SETTINGS#HOLIDAYS / YEAR#<yyyy>},
 * replaced whole and conditionally on its version.
 */
public final class DynamoHolidayStore implements HolidayStore {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoHolidayStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<HolidayYear> years() {
        List<HolidayYear> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :year)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.HOLIDAYS_PK), ":year", s("YEAR#"))))
                .items().forEach(i -> out.add(fromItem(i)));
        return out;
    }

    @Override
    public void save(HolidayYear year) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.HOLIDAYS_PK));
        item.put(Keys.SK, s(Keys.holidayYearSk(year.year())));
        item.put("type", s("HOLIDAYS"));
        item.put("year", n(year.year()));
        item.put("version", n(year.version()));
        item.put("updatedAt", s(year.updatedAt().toString()));
        item.put("updatedBy", s(year.updatedBy()));
        item.put("confirmed", AttributeValue.fromBool(year.confirmed()));
        item.put("holidays", AttributeValue.fromL(year.holidays().stream().map(h -> map(Map.of(
                "date", s(h.date().toString()), "name", s(h.name()), "kind", s(h.kind().name())))).toList()));
        try {
            if (year.version() == 1) {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
            } else {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("#version = :v")
                        .expressionAttributeNames(Map.of("#version", "version"))
                        .expressionAttributeValues(Map.of(":v", n(year.version() - 1))));
            }
        } catch (ConditionalCheckFailedException changed) {
            throw new Conflict(year.year());
        }
    }

    private static HolidayYear fromItem(Map<String, AttributeValue> item) {
        List<Holiday> holidays = item.get("holidays").l().stream().map(AttributeValue::m)
                .map(h -> new Holiday(LocalDate.parse(str(h, "date")), str(h, "name"), HolidayKind.valueOf(str(h, "kind"))))
                .toList();
        return new HolidayYear((int) num(item, "year"), num(item, "version"), holidays, instant(item, "updatedAt"),
                str(item, "updatedBy"),
                // stored before issue 13 item 4: not confirmed until an admin says so
                item.containsKey("confirmed") && Boolean.TRUE.equals(item.get("confirmed").bool()));
    }
}
