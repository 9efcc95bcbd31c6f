package id.sikerja.local.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The data migrations through the local runtime: {@code local/run} ran them at start (as the deploy's custom resource
 * does), and a due date left in the old monthly index by an older version is moved to the reminders job's keys by
 * the same function, once.
 */
class MigrationJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final LocalSystem system = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(system);

    private Map<String, AttributeValue> item(String pk, String sk) {
        return system.dynamoDb().getItem(r -> r.tableName(system.tableName()).consistentRead(true)
                .key(Map.of("PK", AttributeValue.fromS(pk), "SK", AttributeValue.fromS(sk)))).item();
    }

    private JsonNode invokeMigrations() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(system.apiUrl() + "/_local/functions/MigrationFunction/invocations"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void theRuntimeRanTheMigrationsAndAnOldFormatDueDateBecomesFindable() throws Exception {
        Map<String, AttributeValue> ledger = item("MIGRATION#0001-due-index-from-monthly", "STATE");
        assertEquals("COMPLETED", ledger.get("status").s(), "run by local/run at start");

        // a proposal's validation deadline, as an older version indexed it (by month)
        String id = (String) api.propose("Uji migrasi " + UUID.randomUUID()).body().get("id");
        List<Map<String, AttributeValue>> due = system.dynamoDb().query(r -> r.tableName(system.tableName())
                .keyConditionExpression("PK = :pk AND begins_with(SK, :due)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CASE#" + id),
                        ":due", AttributeValue.fromS("DUE#")))).items();
        assertEquals(1, due.size());
        Map<String, AttributeValue> current = due.get(0);
        String date = current.get("date").s();
        system.dynamoDb().updateItem(r -> r.tableName(system.tableName())
                .key(Map.of("PK", current.get("PK"), "SK", current.get("SK")))
                .updateExpression("SET GSI2PK = :pk, GSI2SK = :sk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("DUE#" + date.substring(0, 7)),
                        ":sk", AttributeValue.fromS(date + "#" + id + "#" + current.get("kind").s()))));
        // a table from before the runner: no record of the migration
        system.dynamoDb().deleteItem(r -> r.tableName(system.tableName()).key(Map.of(
                "PK", AttributeValue.fromS("MIGRATION#0001-due-index-from-monthly"), "SK", AttributeValue.fromS("STATE"))));

        JsonNode first = invokeMigrations();
        assertTrue(first.get("finished").asBoolean(), first.toString());
        assertTrue(first.at("/migrations/0/changed").asInt() >= 1, first.toString());
        Map<String, AttributeValue> migrated = item(current.get("PK").s(), current.get("SK").s());
        assertEquals(current.get("GSI2PK"), migrated.get("GSI2PK"), "the keys the current code writes");
        assertEquals(current.get("GSI2SK"), migrated.get("GSI2SK"));

        JsonNode second = invokeMigrations();
        assertEquals("ALREADY_COMPLETED", second.at("/migrations/0/status").asText(), second.toString());
        assertEquals(migrated, item(current.get("PK").s(), current.get("SK").s()));
    }
}
