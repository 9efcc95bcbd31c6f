package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.documents.DocumentStore;
import id.sikerja.core.documents.StorageKeys;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.workflow.TimelineEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * {@link DocumentStore} on the single table ({@link UploadItems}). Deciding an upload replaces its item on the
 * condition {@code status = PENDING}; registering one on a case does so in the case's own transaction
 * ({@link DynamoCaseStore#caseWrites}). A download is an event item in the case's partition, like any timeline event.
 */
public final class DynamoDocumentStore implements DocumentStore {

    private static final String PENDING = "#status = :pending";

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoCaseStore cases;

    public DynamoDocumentStore(DynamoDbClient dynamo, String table, Clock clock) {
        this(dynamo, table, new DynamoCaseStore(dynamo, table, clock));
    }

    /** Writing case changes through {@code cases}: with its publisher of domain events, if it has one. */
    public DynamoDocumentStore(DynamoDbClient dynamo, String table, DynamoCaseStore cases) {
        this.dynamo = dynamo;
        this.table = table;
        this.cases = cases;
    }

    @Override
    public void create(Upload pending) {
        dynamo.putItem(r -> r.tableName(table).item(UploadItems.toItem(pending))
                .conditionExpression("attribute_not_exists(PK)"));
    }

    @Override
    public Optional<Upload> find(StorageKeys.UploadId id) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(UploadItems.key(id))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(UploadItems.fromItem(item));
    }

    @Override
    public List<Upload> ofCase(String caseId) {
        List<Upload> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :upload)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.casePk(caseId)),
                                ":upload", s(UploadItems.CASE_UPLOAD_PREFIX))))
                .items().forEach(i -> out.add(UploadItems.fromItem(i)));
        out.sort((a, b) -> a.requestedAt().compareTo(b.requestedAt()));
        return out;
    }

    @Override
    public void register(Upload registered, CaseStore.CaseWrite change) {
        List<TransactWriteItem> writes = new ArrayList<>();
        cases.caseWrites(change, writes);
        writes.add(TransactWriteItem.builder().put(decided(registered)).build());
        cases.transact(writes);
        cases.committed(List.of(change));
    }

    @Override
    public void registerForNewCase(Upload registered) {
        replacePending(registered);
    }

    @Override
    public void reject(Upload rejected) {
        replacePending(rejected);
    }

    @Override
    public void record(String caseId, TimelineEvent event) {
        Map<String, AttributeValue> item = new HashMap<>(CaseItems.toItem(caseId, event, 0));
        // a record-only event may share its instant with a transition's: its own discriminator keeps both
        item.put(Keys.SK, s(Keys.eventSk(event.at(), "R" + UUID.randomUUID())));
        dynamo.putItem(r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
    }

    private void replacePending(Upload decided) {
        Put put = decided(decided);
        try {
            dynamo.putItem(r -> r.tableName(table).item(put.item()).conditionExpression(put.conditionExpression())
                    .expressionAttributeNames(put.expressionAttributeNames())
                    .expressionAttributeValues(put.expressionAttributeValues()));
        } catch (ConditionalCheckFailedException e) {
            throw new CaseStore.Conflict("upload " + decided.documentId() + " is no longer pending");
        }
    }

    /** The decided upload's item, put only over the pending one. */
    private Put decided(Upload decided) {
        return Put.builder().tableName(table).item(UploadItems.toItem(decided)).conditionExpression(PENDING)
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":pending", s(Upload.Status.PENDING.name()))).build();
    }
}
