package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.reads.CaseSummary;
import id.sikerja.core.reports.CaseRow;
import id.sikerja.core.reports.ReportCases;
import id.sikerja.core.workflow.Stage;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static id.sikerja.adapters.dynamo.Attr.s;

/**
 * {@link ReportCases} on the single table, never a scan: the grouped reports count the cases' summaries (one
 * Query of GSI1 {@code CASES}, a few hundred bytes a case, as the lists read them); the foreign annual report reads
 * the whole case items of its stages (one Query of GSI1 {@code STAGE#<stage>} per stage) for their facts and monev.
 */
public final class DynamoReportCases implements ReportCases {

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoSummarySource summaries;

    public DynamoReportCases(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.summaries = new DynamoSummarySource(dynamo, table);
    }

    @Override
    public List<CaseRow> all() {
        return summaries.all().stream().map(DynamoReportCases::row).toList();
    }

    @Override
    public List<CaseRow> ofDepartment(String department) {
        return summaries.all().stream().filter(c -> c.departments().contains(department))
                .map(DynamoReportCases::row).toList();
    }

    /** A report row from a case's summary (the few hundred bytes lists read, not the whole case item). */
    static CaseRow row(CaseSummary c) {
        return new CaseRow(c.id(), c.title(), c.category(), c.stage(), c.partnerName(), c.partnerType(),
                c.partnerRegion(), c.departments(), Optional.ofNullable(c.field()), Optional.ofNullable(c.signedOn()),
                c.createdAt(), c.refusedMandatory());
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
