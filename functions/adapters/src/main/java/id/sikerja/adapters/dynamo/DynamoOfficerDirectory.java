package id.sikerja.adapters.dynamo;

import id.sikerja.core.notifications.ImmediateMail;
import id.sikerja.core.notifications.NotificationKind;
import id.sikerja.core.reminders.DigestPreference;
import id.sikerja.core.validation.Language;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.workflow.Role;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.DayOfWeek;
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
 * Officers who receive digests and how often: {@code OFFICER#<sub> / DIGEST} with the address, roles and
 * department from the officer's token at the time of choosing, listed under GSI1 {@code OFFICERS} (a query,
 * not a scan).
 */
public final class DynamoOfficerDirectory implements id.sikerja.core.users.Handover.DigestSubscriptions {

    static final String OFFICERS = "OFFICERS";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoOfficerDirectory(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void save(Officer officer, Instant at) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s("OFFICER#" + officer.id()));
        item.put(Keys.SK, s("DIGEST"));
        item.put("type", s("OFFICER"));
        item.put("id", s(officer.id()));
        item.put("email", s(officer.email()));
        item.put("roles", strings(officer.roles().stream().map(Role::name).sorted().toList()));
        officer.department().ifPresent(d -> item.put("department", s(d)));
        item.put("frequency", s(officer.preference().frequency().name()));
        if (officer.preference().weekday() != null) {
            item.put("weekday", s(officer.preference().weekday().name()));
        }
        // issue 17: the kinds of notification mailed at once, and the mail's language
        if (!officer.preference().immediate().isEmpty()) {
            item.put("immediate", strings(officer.preference().immediate().stream().map(Enum::name).sorted().toList()));
        }
        item.put("language", s(officer.preference().language().name()));
        item.put("updatedAt", s(at.toString()));
        item.put(Keys.GSI1PK, s(OFFICERS));
        item.put(Keys.GSI1SK, s(officer.id()));
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    @Override
    public Optional<Officer> find(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of(Keys.PK, s("OFFICER#" + id), Keys.SK, s("DIGEST")))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(officer(item));
    }

    public List<Officer> all() {
        List<Officer> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName("GSI1")
                        .keyConditionExpression("GSI1PK = :officers")
                        .expressionAttributeValues(Map.of(":officers", s(OFFICERS))))
                .items().forEach(i -> out.add(officer(i)));
        return out;
    }

    private static Officer officer(Map<String, AttributeValue> item) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        list(item, "roles").forEach(r -> roles.add(Role.valueOf(r)));
        String weekday = str(item, "weekday");
        Set<NotificationKind> immediate = EnumSet.noneOf(NotificationKind.class);
        list(item, "immediate").forEach(k -> immediate.add(NotificationKind.valueOf(k)));
        String language = str(item, "language");
        return new Officer(str(item, "id"), str(item, "email"), roles, Optional.ofNullable(str(item, "department")),
                new DigestPreference(DigestPreference.Frequency.valueOf(str(item, "frequency")),
                        weekday == null ? null : DayOfWeek.valueOf(weekday), immediate,
                        language == null ? Language.ID : Language.valueOf(language)));
    }

    /** Issue 17: what the officer chose to be mailed at once, for {@link ImmediateMail}. */
    public Optional<ImmediateMail.Choice> immediateChoice(String id) {
        return find(id).map(o -> new ImmediateMail.Choice(o.email(), o.preference().immediate(),
                o.preference().language()));
    }
}
