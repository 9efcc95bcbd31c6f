package id.sikerja.adapters.dynamo;

import id.sikerja.core.answers.AnswerLinks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.s;

/** {@link AnswerLinks} on the single table: Queries of {@link AnswerLinkItems}' index partitions, never a scan. */
public final class DynamoAnswerLinks implements AnswerLinks {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoAnswerLinks(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<Link> ofPotential(String potentialId) {
        return query(Keys.GSI2, "GSI2PK = :pk", Map.of(":pk", s(AnswerLinkItems.potentialPk(potentialId))));
    }

    @Override
    public List<Link> createdSince(Instant from) {
        return query(Keys.GSI1, "GSI1PK = :pk AND GSI1SK >= :from",
                Map.of(":pk", s(AnswerLinkItems.ALL_PK), ":from", s(Keys.sortableInstant(from))));
    }

    @Override
    public List<Link> all() {
        return query(Keys.GSI1, "GSI1PK = :pk", Map.of(":pk", s(AnswerLinkItems.ALL_PK)));
    }

    private List<Link> query(String index, String condition, Map<String, AttributeValue> values) {
        List<Link> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(index).keyConditionExpression(condition)
                        .expressionAttributeValues(values))
                .items().forEach(i -> out.add(AnswerLinkItems.fromItem(i)));
        return out;
    }
}
