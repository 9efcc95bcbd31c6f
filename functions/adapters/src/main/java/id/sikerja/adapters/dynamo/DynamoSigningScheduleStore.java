package id.sikerja.adapters.dynamo;

import id.sikerja.core.signing.SigningMonthIndex;
import id.sikerja.core.signing.SigningSchedule;
import id.sikerja.core.signing.SigningScheduleStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.instant;
import static id.sikerja.adapters.dynamo.Attr.map;
import static id.sikerja.adapters.dynamo.Attr.n;
import static id.sikerja.adapters.dynamo.Attr.num;
import static id.sikerja.adapters.dynamo.Attr.s;
import static id.sikerja.adapters.dynamo.Attr.str;

/**
 * A case's signing schedule (issue 17): {@code CASE#<id> / SIGNING}, a Put conditional on its version (none for the
 * first). It carries GSI1 keys {@code SIGNINGS#<yyyy-MM>} (the month of the signing in the Pemda's zone) and
 * {@code <sortable start>#<caseId>}, so that a month's signings are one Query for the calendar.
 */
public final class DynamoSigningScheduleStore implements SigningScheduleStore, SigningMonthIndex {

    static final String SK = "SIGNING";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSigningScheduleStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Optional<SigningSchedule> find(String caseId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s(Keys.casePk(caseId)), Keys.SK, s(SK)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public void save(SigningSchedule x, long expectedVersion) {
        Map<String, AttributeValue> i = new HashMap<>();
        i.put(Keys.PK, s(Keys.casePk(x.caseId())));
        i.put(Keys.SK, s(SK));
        i.put("type", s("SIGNING_SCHEDULE"));
        i.put(Keys.GSI1PK, s("SIGNINGS#" + MONTH.format(x.start().atZone(x.zone()))));
        i.put(Keys.GSI1SK, s(Keys.sortableInstant(x.start()) + "#" + x.caseId()));
        i.put("caseId", s(x.caseId()));
        i.put("uid", s(x.uid()));
        i.put("mode", s(x.mode().name()));
        i.put("start", s(x.start().toString()));
        i.put("zone", s(x.zone().getId()));
        i.put("durationMinutes", n(x.durationMinutes()));
        i.put("place", s(x.place()));
        i.put("signers", AttributeValue.fromL(x.signers().stream().map(g -> map(Map.of("party", s(g.party().name()),
                "name", s(g.name()), "position", s(g.position())))).toList()));
        i.put("status", s(x.status().name()));
        i.put("sequence", n(x.sequence()));
        i.put("version", n(x.version()));
        i.put("proposedBy", s(x.proposedBy()));
        x.approvedBy().ifPresent(a -> i.put("approvedBy", s(a)));
        i.put("updatedAt", s(x.updatedAt().toString()));
        try {
            if (expectedVersion == 0) {
                dynamo.putItem(r -> r.tableName(table).item(i).conditionExpression("attribute_not_exists(PK)"));
            } else {
                dynamo.putItem(r -> r.tableName(table).item(i).conditionExpression("#version = :v")
                        .expressionAttributeNames(Map.of("#version", "version"))
                        .expressionAttributeValues(Map.of(":v", n(expectedVersion))));
            }
        } catch (ConditionalCheckFailedException changed) {
            throw new Conflict();
        }
    }

    /** Issue 17's calendar: one Query on GSI1's month partition (paged), earliest first. */
    @Override
    public List<SigningSchedule> inMonth(YearMonth month) {
        List<SigningSchedule> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = dynamo.query(r -> r.tableName(table).indexName(Keys.GSI1)
                    .keyConditionExpression("#pk = :pk")
                    .expressionAttributeNames(Map.of("#pk", Keys.GSI1PK))
                    .expressionAttributeValues(Map.of(":pk", s("SIGNINGS#" + month)))
                    .exclusiveStartKey(from));
            page.items().forEach(i -> found.add(fromItem(i)));
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return found;
    }

    private static SigningSchedule fromItem(Map<String, AttributeValue> i) {
        List<SigningSchedule.Signer> signers = i.get("signers").l().stream().map(AttributeValue::m)
                .map(m -> new SigningSchedule.Signer(SigningSchedule.Party.valueOf(str(m, "party")), str(m, "name"),
                        str(m, "position"))).toList();
        return new SigningSchedule(str(i, "caseId"), str(i, "uid"), SigningSchedule.Mode.valueOf(str(i, "mode")),
                instant(i, "start"), ZoneId.of(str(i, "zone")), (int) num(i, "durationMinutes"), str(i, "place"),
                signers, SigningSchedule.Status.valueOf(str(i, "status")), (int) num(i, "sequence"), num(i, "version"),
                str(i, "proposedBy"), Optional.ofNullable(str(i, "approvedBy")), instant(i, "updatedAt"));
    }
}
