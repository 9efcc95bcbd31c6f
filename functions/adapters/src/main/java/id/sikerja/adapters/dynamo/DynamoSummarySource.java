package id.sikerja.adapters.dynamo;

import id.sikerja.core.reads.CaseSummary;
import id.sikerja.core.reads.SummaryCache;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.s;

/**
 * The summaries of every case, read with Query on GSI1's {@code CASES} partition (never a scan): all of them, or
 * those updated since an instant ({@code GSI1SK >= <since>}, the sort key beginning with the update instant).
 */
public final class DynamoSummarySource implements SummaryCache.Source {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoSummarySource(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<CaseSummary> all() {
        return query("GSI1PK = :pk", Map.of(":pk", s(Keys.SUMMARIES_PK)));
    }

    @Override
    public List<CaseSummary> changedSince(Instant since) {
        return query("GSI1PK = :pk AND GSI1SK >= :since",
                Map.of(":pk", s(Keys.SUMMARIES_PK), ":since", s(Keys.sortableInstant(since))));
    }

    private List<CaseSummary> query(String condition, Map<String, AttributeValue> values) {
        List<CaseSummary> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(Keys.GSI1).keyConditionExpression(condition)
                .expressionAttributeValues(values)).items().forEach(i -> out.add(SummaryItems.fromItem(i)));
        return out;
    }
}
