package id.sikerja.adapters.dynamo;

import id.sikerja.core.users.DisabledOfficers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static id.sikerja.adapters.dynamo.Attr.s;

/**
 * Issue 18 (h18-owner): the disabled officers' user names as one item, {@code USERS / DISABLED} ({@code usernames}: a
 * list, empty when none), read by key (GetItem) and kept for {@code cacheFor} in a warm instance.
 */
public final class DynamoDisabledOfficers implements DisabledOfficers {

    static final Map<String, AttributeValue> KEY = Map.of(Keys.PK, s("USERS"), Keys.SK, s("DISABLED"));

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;
    private final Duration cacheFor;
    private Set<String> cached;
    private Instant readAt;

    public DynamoDisabledOfficers(DynamoDbClient dynamo, String table, Clock clock, Duration cacheFor) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
        this.cacheFor = cacheFor;
    }

    @Override
    public synchronized Set<String> usernames() {
        Instant now = clock.instant();
        if (cached == null || readAt.plus(cacheFor).isBefore(now)) {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(KEY)).item();
            Set<String> out = new TreeSet<>();
            if (item != null && item.containsKey("usernames")) {
                item.get("usernames").l().forEach(v -> out.add(v.s()));
            }
            cached = Set.copyOf(out);
            readAt = now;
        }
        return cached;
    }

    @Override
    public synchronized void replace(Set<String> usernames) {
        Map<String, AttributeValue> item = new HashMap<>(KEY);
        item.put("type", s("DISABLED_OFFICERS"));
        item.put("usernames", AttributeValue.fromL(new TreeSet<>(usernames).stream().map(Attr::s).toList()));
        item.put("updatedAt", s(clock.instant().toString()));
        dynamo.putItem(r -> r.tableName(table).item(item));
        cached = Set.copyOf(usernames);
        readAt = clock.instant();
    }
}
