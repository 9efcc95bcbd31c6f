package id.sikerja.adapters.dynamo;

import id.sikerja.core.notifications.OfficerRoster;
import id.sikerja.core.notifications.Recipient;
import id.sikerja.core.workflow.Role;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * The officers Si Kerja knows (issue 17), for mentions and notifications: {@code OFFICER#<sub> / PROFILE} with the
 * address, roles and department of the officer's token at their last visit (written by the officer's own
 * requests: {@code GET /me/notifications}, the digest preferences, a comment), listed under GSI1
 * {@code OFFICER_PROFILES} (a Query, never a scan). Kept apart from the digest item ({@code OFFICER#<sub> / DIGEST}),
 * so that being known does not start a digest.
 */
public final class DynamoOfficerRoster implements OfficerRoster {

    static final String PROFILES = "OFFICER_PROFILES";
    static final String SK = "PROFILE";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoOfficerRoster(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Records (or refreshes, when something changed) the officer as their token now states them. */
    public void register(Recipient r, Instant at) {
        Optional<Recipient> known = find(r.id());
        if (known.isPresent() && known.get().equals(r)) {
            return;
        }
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s("OFFICER#" + r.id()));
        item.put(Keys.SK, s(SK));
        item.put("type", s("OFFICER_PROFILE"));
        item.put("id", s(r.id()));
        putIfPresent(item, "email", r.email());
        item.put("roles", strings(r.roles().stream().map(Role::name).sorted().toList()));
        r.department().ifPresent(d -> item.put("department", s(d)));
        item.put("updatedAt", s(at.toString()));
        item.put(Keys.GSI1PK, s(PROFILES));
        item.put(Keys.GSI1SK, s(r.id()));
        dynamo.putItem(p -> p.tableName(table).item(item));
    }

    @Override
    public Optional<Recipient> find(String username) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of(Keys.PK, s("OFFICER#" + username), Keys.SK, s(SK)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(recipient(item));
    }

    @Override
    public List<Recipient> all() {
        List<Recipient> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName("GSI1")
                        .keyConditionExpression("GSI1PK = :p")
                        .expressionAttributeValues(Map.of(":p", s(PROFILES))))
                .items().forEach(i -> out.add(recipient(i)));
        return out;
    }

    private static Recipient recipient(Map<String, AttributeValue> item) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        list(item, "roles").forEach(r -> roles.add(Role.valueOf(r)));
        return new Recipient(str(item, "id"), str(item, "email"), roles, Optional.ofNullable(str(item, "department")));
    }
}
