package id.sikerja.adapters.dynamo;

import id.sikerja.core.activities.Activity;
import id.sikerja.core.activities.ActivityDraft;
import id.sikerja.core.activities.ActivityEvent;
import id.sikerja.core.activities.ActivityParty;
import id.sikerja.core.activities.ActivityStatus;
import id.sikerja.core.activities.ActivityStore;
import id.sikerja.core.activities.Indicator;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Role;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.n;
import static id.sikerja.adapters.dynamo.Attr.putIfPresent;
import static id.sikerja.adapters.dynamo.Attr.s;
import static id.sikerja.adapters.dynamo.Attr.str;

/**
 * {@link ActivityStore} on the single table: one item per activity in its case's partition
 * ({@code CASE#<id> / ACTIVITY#<activityId>}), read with the case's key (a Query on the partition, never a scan),
 * replaced on the condition that its {@code version} is the one the step was decided on. A step that changes the
 * case (a verification) writes the case through {@link DynamoCaseStore#caseWrites} in the same transaction; any
 * other step appends its timeline event to the case's partition.
 */
public final class DynamoActivityStore implements ActivityStore {

    static final String PREFIX = "ACTIVITY#";

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoCaseStore cases;
    private final Clock clock;

    public DynamoActivityStore(DynamoDbClient dynamo, String table, DynamoCaseStore cases, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public List<Activity> ofCase(String caseId) {
        List<Activity> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :activity)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.casePk(caseId)), ":activity", s(PREFIX))))
                .items().forEach(i -> out.add(fromItem(i)));
        out.sort(Comparator.comparing(Activity::submittedAt).thenComparing(Activity::id));
        return out;
    }

    @Override
    public Optional<Activity> find(String caseId, String activityId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s(Keys.casePk(caseId)), Keys.SK, s(PREFIX + activityId)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public Optional<Remembered> remembered(String keyHash) {
        return IdempotencyItems.find(dynamo, table, keyHash, clock.instant());
    }

    @Override
    public void commit(Write write) {
        List<TransactWriteItem> writes = new ArrayList<>();
        Activity a = write.activity();
        writes.add(write.expectedVersion() == 0
                ? Transactions.put(table, toItem(a), "attribute_not_exists(PK)", Map.of())
                : Transactions.put(table, toItem(a), "#version = :v", Map.of(":v", n(write.expectedVersion()))));
        if (write.caseChange().isPresent()) {
            cases.caseWrites(write.caseChange().get(), writes);
        } else {
            writes.add(Transactions.put(table, CaseItems.toItem(a.caseId(), write.event(), 900),
                    "attribute_not_exists(PK)", Map.of()));
        }
        // issue 18 (f18): the mail the step owes (a return the partner is told of), sent after the commit
        write.outbox().forEach(e -> writes.add(Transactions.put(table, DynamoCaseStore.outboxItem(e),
                "attribute_not_exists(PK)", Map.of())));
        write.remember().ifPresent(r -> writes.add(IdempotencyItems.put(table, r, clock.instant())));
        cases.transact(writes);
        write.caseChange().ifPresent(c -> cases.committed(List.of(c)));
    }

    // ------------------------------------------------------------------------------------------------

    static Map<String, AttributeValue> toItem(Activity a) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.casePk(a.caseId())));
        item.put(Keys.SK, s(PREFIX + a.id()));
        item.put("type", s("ACTIVITY"));
        item.put("caseId", s(a.caseId()));
        item.put("id", s(a.id()));
        item.put("version", n(a.version()));
        item.put("status", s(a.status().name()));
        item.put("submitterId", s(a.submitterId()));
        item.put("submitterRole", s(a.submitterRole().name()));
        item.put("submittedAt", s(a.submittedAt().toString()));
        a.returnReason().ifPresent(r -> item.put("returnReason", s(r)));
        a.verifiedAt().ifPresent(v -> item.put("verifiedAt", s(v.toString())));
        ActivityDraft d = a.draft();
        item.put("title", s(d.title()));
        putIfPresent(item, "description", d.description().isEmpty() ? null : d.description());
        item.put("startDate", s(d.startDate().toString()));
        item.put("endDate", s(d.endDate().toString()));
        item.put("party", s(d.party().name()));
        item.put("outputs", s(d.outputs()));
        d.indicator().ifPresent(i -> item.put("indicator", AttributeValue.fromM(Map.of(
                "name", s(i.name()), "unit", s(i.unit()),
                "target", s(i.target().toPlainString()), "achievement", s(i.achievement().toPlainString())))));
        if (!d.evidence().isEmpty()) {
            item.put("evidence", AttributeValue.fromL(d.evidence().stream().map(Attr::s).toList()));
        }
        item.put("history", AttributeValue.fromL(a.history().stream().map(e -> {
            Map<String, AttributeValue> m = new HashMap<>();
            m.put("at", s(e.at().toString()));
            m.put("actorId", s(e.actorId()));
            m.put("role", s(e.role().name()));
            m.put("action", s(e.action().name()));
            if (!e.reason().isEmpty()) {
                m.put("reason", s(e.reason()));
            }
            return AttributeValue.fromM(m);
        }).toList()));
        return item;
    }

    static Activity fromItem(Map<String, AttributeValue> item) {
        Optional<Indicator> indicator = Optional.ofNullable(item.get("indicator")).filter(AttributeValue::hasM)
                .map(AttributeValue::m).map(m -> new Indicator(m.get("name").s(), m.get("unit").s(),
                        new BigDecimal(m.get("target").s()), new BigDecimal(m.get("achievement").s())));
        ActivityDraft draft = new ActivityDraft(str(item, "title"), str(item, "description"),
                LocalDate.parse(str(item, "startDate")), LocalDate.parse(str(item, "endDate")),
                ActivityParty.valueOf(str(item, "party")), str(item, "outputs"), indicator,
                Attr.list(item, "evidence"));
        List<ActivityEvent> history = new ArrayList<>();
        AttributeValue h = item.get("history");
        if (h != null && h.hasL()) {
            for (AttributeValue e : h.l()) {
                Map<String, AttributeValue> m = e.m();
                history.add(new ActivityEvent(Instant.parse(m.get("at").s()), m.get("actorId").s(),
                        Role.valueOf(m.get("role").s()), Action.valueOf(m.get("action").s()),
                        m.containsKey("reason") ? m.get("reason").s() : ""));
            }
        }
        return new Activity(str(item, "caseId"), str(item, "id"), Attr.num(item, "version"), draft,
                ActivityStatus.valueOf(str(item, "status")), str(item, "submitterId"),
                Role.valueOf(str(item, "submitterRole")), Instant.parse(str(item, "submittedAt")),
                Optional.ofNullable(str(item, "returnReason")),
                Optional.ofNullable(str(item, "verifiedAt")).map(Instant::parse), history);
    }
}
