package id.sikerja.adapters.dynamo;

import id.sikerja.adapters.AwsClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * Writes the summary of every case that has none, or an older one: for tables holding cases written before
 * summaries existed. A maintenance command, run once after deploying (it scans the table; no request path does):
 *
 * <pre>functions/reads/backfill-summaries &lt;table name&gt;</pre>
 *
 * Each summary is put only when absent or of an older case version ({@code attribute_not_exists(PK) OR version <
 * :v}), so running it again, or while officers work, never replaces a newer summary a commit wrote.
 */
public final class SummaryBackfill {

    private SummaryBackfill() {
    }

    /** What a run did. */
    public record Report(int cases, int written, int current) {
    }

    public static Report run(DynamoDbClient dynamo, String table) {
        int cases = 0;
        int written = 0;
        int current = 0;
        for (Map<String, AttributeValue> item : dynamo.scanPaginator(r -> r.tableName(table)
                .filterExpression("SK = :meta").expressionAttributeValues(Map.of(":meta", s(Keys.CASE_META)))).items()) {
            cases++;
            Map<String, AttributeValue> summary = SummaryItems.toItem(CaseItems.fromItem(item));
            try {
                dynamo.putItem(r -> r.tableName(table).item(summary)
                        .conditionExpression("attribute_not_exists(PK) OR #version < :v")
                        .expressionAttributeNames(Map.of("#version", "version"))
                        .expressionAttributeValues(Map.of(":v", summary.get("version"))));
                written++;
            } catch (ConditionalCheckFailedException upToDate) {
                current++;
            }
        }
        return new Report(cases, written, current);
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: backfill-summaries <table name>");
            System.exit(2);
        }
        Report r = run(AwsClients.dynamo(), args[0]);
        System.out.println("{\"cases\": " + r.cases() + ", \"summariesWritten\": " + r.written()
                + ", \"alreadyCurrent\": " + r.current() + "}");
    }
}
