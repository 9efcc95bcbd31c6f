package id.sikerja.adapters.dynamo;

import id.sikerja.core.documents.FileKind;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.potentials.ExpectedForm;
import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialAttachment;
import id.sikerja.core.potentials.PotentialField;
import id.sikerja.core.potentials.PotentialKind;
import id.sikerja.core.potentials.PotentialStatus;
import id.sikerja.core.potentials.PotentialStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import id.sikerja.core.idempotency.Remembered;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.sikerja.adapters.dynamo.Attr.bool;
import static id.sikerja.adapters.dynamo.Attr.flag;
import static id.sikerja.adapters.dynamo.Attr.instant;
import static id.sikerja.adapters.dynamo.Attr.map;
import static id.sikerja.adapters.dynamo.Attr.n;
import static id.sikerja.adapters.dynamo.Attr.num;
import static id.sikerja.adapters.dynamo.Attr.putIfPresent;
import static id.sikerja.adapters.dynamo.Attr.s;
import static id.sikerja.adapters.dynamo.Attr.str;
import static id.sikerja.adapters.dynamo.Attr.strings;

/**
 * Departments' potentials and needs on the single table (issue 16):
 * <pre>
 * POTENTIAL#&lt;id&gt; / ENTRY      the entry, `version`-conditional Put (GetItem)
 * GSI1  GSI1PK=POTENTIALS#&lt;status&gt;   GSI1SK=&lt;sortable updatedAt&gt;#&lt;id&gt;   entries by status, newest change first
 * GSI3  GSI3PK=POTENTIALS#OPD#&lt;code&gt; GSI3SK=&lt;sortable updatedAt&gt;#&lt;id&gt;   a department's entries
 * </pre>
 * Both index keys are rewritten with the item, so a change of status or department moves it at once (the index
 * follows within a second; a public list may briefly show the previous status).
 */
public final class DynamoPotentialStore implements PotentialStore {

    /** Not META: scans of the table for cases (the summary backfill, tests) read every META item as a case. */
    static final String SK = "ENTRY";
    static final String GSI3 = "GSI3";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoPotentialStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    /** The answer remembered under an Idempotency-Key (the table's one IDEMP item, as for cases). */
    @Override
    public Optional<Remembered> remembered(String keyHash) {
        return IdempotencyItems.find(dynamo, table, keyHash, clock.instant());
    }

    /** The entry and the answer to remember in one transaction (both conditional on not existing). */
    @Override
    public void create(Potential created, Optional<Remembered> remember) {
        if (remember.isEmpty()) {
            create(created);
            return;
        }
        List<TransactWriteItem> writes = List.of(
                Transactions.put(table, item(created), "attribute_not_exists(PK)", Map.of()),
                IdempotencyItems.put(table, remember.get(), clock.instant()));
        Transactions.write(dynamo, writes, reasons -> new Conflict("exists or remembered: " + created.id()));
    }

    static String pk(String id) {
        return "POTENTIAL#" + id;
    }

    static String statusPk(PotentialStatus status) {
        return "POTENTIALS#" + status.name();
    }

    static String departmentPk(String code) {
        return "POTENTIALS#OPD#" + code;
    }

    @Override
    public Optional<Potential> find(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(Map.of(Keys.PK, s(pk(id)), Keys.SK, s(SK))).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(read(item));
    }

    @Override
    public void create(Potential created) {
        try {
            dynamo.putItem(r -> r.tableName(table).item(item(created)).conditionExpression("attribute_not_exists(PK)"));
        } catch (ConditionalCheckFailedException exists) {
            throw new Conflict("exists: " + created.id());
        }
    }

    @Override
    public void update(Potential next, long expectedVersion) {
        try {
            dynamo.putItem(r -> r.tableName(table).item(item(next)).conditionExpression("#version = :v")
                    .expressionAttributeNames(Map.of("#version", "version"))
                    .expressionAttributeValues(Map.of(":v", n(expectedVersion))));
        } catch (ConditionalCheckFailedException changed) {
            throw new Conflict("not at version " + expectedVersion + ": " + next.id());
        }
    }

    @Override
    public Slice byDepartment(String departmentCode, int limit, Optional<String> after) {
        return query(GSI3, "GSI3PK", departmentPk(departmentCode), "GSI3SK", limit, after);
    }

    @Override
    public Slice byStatus(PotentialStatus status, int limit, Optional<String> after) {
        return query(Keys.GSI1, Keys.GSI1PK, statusPk(status), Keys.GSI1SK, limit, after);
    }

    /** A page of one index partition, newest first; {@code after} is the previous page's last key (encoded). */
    private Slice query(String index, String pkName, String pkValue, String skName, int limit, Optional<String> after) {
        Map<String, AttributeValue> start = after.map(a -> decode(a, index, pkName, pkValue, skName)).orElse(null);
        QueryResponse page = dynamo.query(r -> r.tableName(table).indexName(index)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(Map.of("#pk", pkName))
                .expressionAttributeValues(Map.of(":pk", s(pkValue)))
                .scanIndexForward(false).limit(limit).exclusiveStartKey(start));
        List<Potential> items = page.items().stream().map(DynamoPotentialStore::read).toList();
        Optional<String> next = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                ? Optional.of(encode(page.lastEvaluatedKey(), pk(items.get(items.size() - 1).id()), skName))
                : Optional.empty();
        return new Slice(items, next);
    }

    /** The next page's start: the last item's id and index sort key (the rest of the key is known). */
    private static String encode(Map<String, AttributeValue> last, String itemPk, String skName) {
        String raw = itemPk + "\n" + last.get(skName).s();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, AttributeValue> decode(String after, String index, String pkName, String pkValue,
                                                      String skName) {
        String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\n", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a page start of " + index);
        }
        return Map.of(Keys.PK, s(parts[0]), Keys.SK, s(SK), pkName, s(pkValue), skName, s(parts[1]));
    }

    static Map<String, AttributeValue> item(Potential p) {
        Map<String, AttributeValue> item = new HashMap<>();
        String sortKey = Keys.summarySk(p.updatedAt(), p.id());
        item.put(Keys.PK, s(pk(p.id())));
        item.put(Keys.SK, s(SK));
        item.put("type", s("POTENTIAL"));
        item.put(Keys.GSI1PK, s(statusPk(p.status())));
        item.put(Keys.GSI1SK, s(sortKey));
        item.put("GSI3PK", s(departmentPk(p.departmentCode())));
        item.put("GSI3SK", s(sortKey));
        item.put("id", s(p.id()));
        item.put("kind", s(p.kind().name()));
        item.put("departmentCode", s(p.departmentCode()));
        item.put("title", s(p.title()));
        item.put("description", s(p.description()));
        item.put("field", s(p.field().name()));
        item.put("partnerKinds", strings(p.partnerKindsInOrder().stream().map(Enum::name).toList()));
        putIfPresent(item, "location", p.location().orElse(null));
        putIfPresent(item, "expectedForm", p.expectedForm().map(Enum::name).orElse(null));
        item.put("inRkpd", bool(p.inRkpd()));
        p.rkpdYear().ifPresent(y -> item.put("rkpdYear", n(y)));
        p.indicativeValue().ifPresent(v -> item.put("indicativeValue", n(v)));
        item.put("status", s(p.status().name()));
        putIfPresent(item, "titleEn", p.titleEn().orElse(null));
        putIfPresent(item, "descriptionEn", p.descriptionEn().orElse(null));
        item.put("attachments", AttributeValue.fromL(p.attachments().stream().map(a -> map(Map.of(
                "documentId", s(a.documentId()), "fileName", s(a.fileName()), "kind", s(a.kind().name()),
                "size", n(a.size()), "sha256", s(a.sha256()), "addedAt", s(a.addedAt().toString())))).toList()));
        item.put("version", n(p.version()));
        item.put("createdAt", s(p.createdAt().toString()));
        item.put("updatedAt", s(p.updatedAt().toString()));
        item.put("createdBy", s(p.createdBy()));
        return item;
    }

    static Potential read(Map<String, AttributeValue> item) {
        Set<PartnerType> kinds = EnumSet.noneOf(PartnerType.class);
        Attr.list(item, "partnerKinds").forEach(k -> kinds.add(PartnerType.valueOf(k)));
        AttributeValue files = item.get("attachments");
        List<PotentialAttachment> attachments = files == null || !files.hasL() ? List.of() : files.l().stream()
                .map(AttributeValue::m).map(a -> new PotentialAttachment(str(a, "documentId"), str(a, "fileName"),
                        FileKind.valueOf(str(a, "kind")), num(a, "size"), str(a, "sha256"), instant(a, "addedAt")))
                .toList();
        return new Potential(str(item, "id"), PotentialKind.valueOf(str(item, "kind")), str(item, "departmentCode"),
                str(item, "title"), str(item, "description"), PotentialField.valueOf(str(item, "field")), kinds,
                Optional.ofNullable(str(item, "location")),
                Optional.ofNullable(str(item, "expectedForm")).map(ExpectedForm::valueOf), flag(item, "inRkpd"),
                item.containsKey("rkpdYear") ? Optional.of((int) num(item, "rkpdYear")) : Optional.empty(),
                item.containsKey("indicativeValue") ? Optional.of(num(item, "indicativeValue")) : Optional.empty(),
                PotentialStatus.valueOf(str(item, "status")), Optional.ofNullable(str(item, "titleEn")),
                Optional.ofNullable(str(item, "descriptionEn")), attachments, num(item, "version"),
                instant(item, "createdAt"), instant(item, "updatedAt"), str(item, "createdBy"));
    }
}
