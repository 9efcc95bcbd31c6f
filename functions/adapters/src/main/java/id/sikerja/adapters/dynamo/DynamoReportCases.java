package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.reports.CaseRow;
import id.sikerja.core.reports.ReportCases;
import id.sikerja.core.workflow.Stage;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.sikerja.adapters.dynamo.Attr.s;

/**
 * {@link ReportCases} on the single table: one Query of GSI1 ({@code STAGE#<stage>}, projection ALL) per stage,
 * never a scan. A department's cases are those of every stage kept when the department is among theirs (GSI3
 * {@code OPD#<code>} is declared but case items do not carry its keys yet). Reads every case item of the Pemda:
 * a few thousand, which is what its reports count; see the README for where this stops scaling.
 */
public final class DynamoReportCases implements ReportCases {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoReportCases(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public List<CaseRow> all() {
        return inStages(EnumSet.allOf(Stage.class)).stream().map(CaseRow::of).toList();
    }

    @Override
    public List<CaseRow> ofDepartment(String department) {
        return inStages(EnumSet.allOf(Stage.class)).stream()
                .filter(r -> r.state().departments().contains(department)).map(CaseRow::of).toList();
    }

    @Override
    public List<CaseRecord> inStages(Set<Stage> stages) {
        List<CaseRecord> out = new ArrayList<>();
        for (Stage stage : stages) {
            dynamo.queryPaginator(r -> r.tableName(table).indexName("GSI1")
                            .keyConditionExpression("GSI1PK = :pk")
                            .expressionAttributeValues(Map.of(":pk", s(Keys.stagePk(stage.name())))))
                    .items().forEach(item -> {
                        if ("CASE".equals(typeOf(item))) {
                            out.add(CaseItems.fromItem(item));
                        }
                    });
        }
        return out;
    }

    private static String typeOf(Map<String, AttributeValue> item) {
        AttributeValue t = item.get("type");
        return t == null ? null : t.s();
    }
}
