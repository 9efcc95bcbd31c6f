package id.sikerja.adapters.dynamo;

import id.sikerja.core.discussion.Comment;
import id.sikerja.core.discussion.CommentStore;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * A case's comments (issue 17): {@code CASE#<id> / COMMENT#<createdAt>#<commentId>} in the case's partition (an
 * undone import removes them with the case), read with one Query ({@code begins_with(SK, "COMMENT#")}). A new comment
 * is put with its remembered answer in one transaction; an edit or retraction is a Put conditional on the version.
 */
public final class DynamoCommentStore implements CommentStore {

    static final String PREFIX = "COMMENT#";

    private final DynamoDbClient dynamo;
    private final String table;
    private final Clock clock;

    public DynamoCommentStore(DynamoDbClient dynamo, String table, Clock clock) {
        this.dynamo = dynamo;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public Optional<Remembered> remembered(String keyHash) {
        return IdempotencyItems.find(dynamo, table, keyHash, clock.instant());
    }

    @Override
    public List<Comment> list(String caseId) {
        List<Comment> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :c)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.casePk(caseId)), ":c", s(PREFIX))))
                .items().forEach(i -> out.add(comment(i)));
        out.sort(Comparator.comparing(Comment::createdAt).thenComparing(Comment::id));
        return out;
    }

    @Override
    public Optional<Comment> find(String caseId, String commentId) {
        return list(caseId).stream().filter(c -> c.id().equals(commentId)).findFirst();
    }

    @Override
    public void create(Comment comment, Optional<Remembered> remember) {
        List<TransactWriteItem> writes = new ArrayList<>();
        writes.add(Transactions.put(table, item(comment), "attribute_not_exists(PK)", Map.of()));
        remember.ifPresent(r -> writes.add(IdempotencyItems.put(table, r, clock.instant())));
        Transactions.write(dynamo, writes, reasons -> new Conflict("the comment or its key exists"));
    }

    @Override
    public boolean replace(Comment comment, long expectedVersion) {
        try {
            dynamo.putItem(r -> r.tableName(table).item(item(comment)).conditionExpression("#v = :v")
                    .expressionAttributeNames(Map.of("#v", "version"))
                    .expressionAttributeValues(Map.of(":v", n(expectedVersion))));
            return true;
        } catch (ConditionalCheckFailedException stale) {
            return false;
        }
    }

    static String sk(Comment c) {
        return PREFIX + Keys.sortableInstant(c.createdAt()) + "#" + c.id();
    }

    static Map<String, AttributeValue> item(Comment c) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.casePk(c.caseId())));
        item.put(Keys.SK, s(sk(c)));
        item.put("type", s("COMMENT"));
        item.put("id", s(c.id()));
        item.put("caseId", s(c.caseId()));
        item.put("authorId", s(c.authorId()));
        item.put("authorRole", s(c.authorRole().name()));
        item.put("stage", s(c.stage().name()));
        c.document().ifPresent(d -> {
            item.put("documentType", s(d.type().name()));
            item.put("documentVersion", n(d.version()));
        });
        item.put("visibility", s(c.visibility()));
        item.put("text", s(c.text()));
        if (!c.mentions().isEmpty()) {
            item.put("mentions", strings(c.mentions()));
        }
        item.put("createdAt", s(c.createdAt().toString()));
        item.put("version", n(c.version()));
        if (!c.history().isEmpty()) {
            List<AttributeValue> h = new ArrayList<>();
            for (Comment.Revision r : c.history()) {
                h.add(map(Map.of("text", s(r.text()), "replacedAt", s(r.replacedAt().toString()))));
            }
            item.put("history", AttributeValue.builder().l(h).build());
        }
        c.retraction().ifPresent(r -> {
            item.put("retractionNote", s(r.note()));
            item.put("retractedAt", s(r.at().toString()));
        });
        return item;
    }

    static Comment comment(Map<String, AttributeValue> i) {
        Optional<DocumentRef> doc = i.get("documentType") == null ? Optional.empty()
                : Optional.of(new DocumentRef(DocumentType.valueOf(str(i, "documentType")),
                (int) num(i, "documentVersion")));
        List<Comment.Revision> history = new ArrayList<>();
        AttributeValue h = i.get("history");
        if (h != null && h.hasL()) {
            for (AttributeValue r : h.l()) {
                history.add(new Comment.Revision(r.m().get("text").s(), Instant.parse(r.m().get("replacedAt").s())));
            }
        }
        Optional<Comment.Retraction> retraction = i.get("retractedAt") == null ? Optional.empty()
                : Optional.of(new Comment.Retraction(str(i, "retractionNote"), instant(i, "retractedAt")));
        return new Comment(str(i, "id"), str(i, "caseId"), str(i, "authorId"), Role.valueOf(str(i, "authorRole")),
                Stage.valueOf(str(i, "stage")), doc, str(i, "visibility"), str(i, "text"), Attr.list(i, "mentions"),
                instant(i, "createdAt"), num(i, "version"), history, retraction);
    }
}
