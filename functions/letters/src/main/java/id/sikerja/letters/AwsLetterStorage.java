package id.sikerja.letters;

import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.letters.LetterFiles;
import id.sikerja.core.letters.LetterTemplateStore;
import id.sikerja.core.workflow.LetterTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the letters function keeps what it writes, in the stack's table and documents bucket:
 * <ul>
 *   <li>a generated document: {@code documents/case/<caseId>/<documentId>} (the key a registered upload has);</li>
 *   <li>each template's current version: the item {@code SETTINGS#LETTER_TEMPLATES / TEMPLATE#<slug>}
 *       ({@code version}, {@code custom}, {@code sha256}, {@code fileName}, {@code updatedAt}, {@code updatedBy}),
 *       replaced conditionally on its version; an uploaded template's DOCX:
 *       {@code templates/letters/<slug>/<version>.docx}, never overwritten, so earlier versions are kept.</li>
 * </ul>
 */
final class AwsLetterStorage implements LetterFiles, LetterTemplateStore {

    static final String PK = "SETTINGS#LETTER_TEMPLATES";

    private final DynamoDbClient dynamo;
    private final String table;
    private final S3Client s3;
    private final String bucket;

    AwsLetterStorage(DynamoDbClient dynamo, String table, S3Client s3, String bucket) {
        this.dynamo = dynamo;
        this.table = table;
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType).contentLength((long) bytes.length),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public List<TemplateVersion> current() {
        List<TemplateVersion> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk")
                        .expressionAttributeValues(Map.of(":pk", s(PK))))
                .items().forEach(i -> fromItem(i).ifPresent(out::add));
        return out;
    }

    @Override
    public Optional<TemplateVersion> current(LetterTemplate template) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of("PK", s(PK), "SK", s(sk(template))))).item();
        return item == null || item.isEmpty() ? Optional.empty() : fromItem(item);
    }

    @Override
    public byte[] read(TemplateVersion version) {
        return s3.getObjectAsBytes(r -> r.bucket(bucket).key(objectKey(version))).asByteArray();
    }

    @Override
    public void save(TemplateVersion next, Optional<byte[]> docx) {
        docx.ifPresent(bytes -> put(objectKey(next), bytes,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("PK", s(PK));
        item.put("SK", s(sk(next.template())));
        item.put("type", s("LETTER_TEMPLATE"));
        item.put("template", s(next.template().slug()));
        item.put("version", n(next.version()));
        item.put("custom", AttributeValue.fromBool(next.custom()));
        item.put("sha256", s(next.sha256()));
        item.put("fileName", s(next.fileName()));
        next.updatedAt().ifPresent(at -> item.put("updatedAt", s(at.toString())));
        next.updatedBy().ifPresent(by -> item.put("updatedBy", s(by)));
        try {
            if (next.version() == 1) {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
            } else {
                dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("#version = :v")
                        .expressionAttributeNames(Map.of("#version", "version"))
                        .expressionAttributeValues(Map.of(":v", n(next.version() - 1))));
            }
        } catch (ConditionalCheckFailedException changed) {
            // the uploaded DOCX stays under its version's key: a later save of that version replaces it
            throw new CaseStore.Conflict("template " + next.template().slug() + " changed meanwhile");
        }
    }

    static String objectKey(TemplateVersion v) {
        return "templates/letters/" + v.template().slug() + "/" + v.version() + ".docx";
    }

    private static String sk(LetterTemplate t) {
        return "TEMPLATE#" + t.slug();
    }

    private static Optional<TemplateVersion> fromItem(Map<String, AttributeValue> item) {
        Optional<LetterTemplate> template = LetterTemplate.ofSlug(item.get("template").s());
        return template.map(t -> new TemplateVersion(t, Long.parseLong(item.get("version").n()),
                Boolean.TRUE.equals(item.get("custom").bool()), item.get("sha256").s(), item.get("fileName").s(),
                Optional.ofNullable(item.get("updatedAt")).map(a -> Instant.parse(a.s())),
                Optional.ofNullable(item.get("updatedBy")).map(AttributeValue::s)));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    private static AttributeValue n(long v) {
        return AttributeValue.fromN(Long.toString(v));
    }
}
