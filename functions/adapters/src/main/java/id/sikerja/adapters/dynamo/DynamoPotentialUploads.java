package id.sikerja.adapters.dynamo;

import id.sikerja.core.documents.FileKind;
import id.sikerja.core.potentials.PotentialUploads;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.instant;
import static id.sikerja.adapters.dynamo.Attr.n;
import static id.sikerja.adapters.dynamo.Attr.num;
import static id.sikerja.adapters.dynamo.Attr.s;
import static id.sikerja.adapters.dynamo.Attr.str;

/**
 * A file declared for an entry (issue 16), beside the entry: {@code POTENTIAL#<id> / UPLOAD#<documentId>} with the
 * file's name, kind, size and SHA-256 as declared. No GSI attributes: lists never see it.
 */
public final class DynamoPotentialUploads implements PotentialUploads.Declarations {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPotentialUploads(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public void declare(PotentialUploads.Declared d) {
        Map<String, AttributeValue> item = new HashMap<>(key(d.potentialId(), d.documentId()));
        item.put("fileName", s(d.fileName()));
        item.put("kind", s(d.kind().name()));
        item.put("size", n(d.size()));
        item.put("sha256", s(d.sha256()));
        item.put("requestedAt", s(d.requestedAt().toString()));
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
    }

    @Override
    public Optional<PotentialUploads.Declared> find(String potentialId, String documentId) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table)
                .key(key(potentialId, documentId)).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PotentialUploads.Declared(potentialId, documentId, str(item, "fileName"),
                FileKind.valueOf(str(item, "kind")), num(item, "size"), str(item, "sha256"),
                instant(item, "requestedAt")));
    }

    private static Map<String, AttributeValue> key(String potentialId, String documentId) {
        return Map.of(Keys.PK, s("POTENTIAL#" + potentialId), Keys.SK, s("UPLOAD#" + documentId));
    }
}
