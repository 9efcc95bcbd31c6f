package id.sikerja.local.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.TestFiles;
import id.sikerja.local.template.LocalNames;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.Template;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** The template's tables, created in DynamoDB Local (in this JVM) from their definitions. */
class TemplateResourcesTest {

    private static DynamoDbLocal dynamoDbLocal;
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        StandIns standIns = StandIns.locate(LocalRuntime.findRepositoryRoot());
        dynamoDbLocal = DynamoDbLocal.start(standIns.dynamoDbLocalClasspath(), port);
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        dynamoDb = new AwsEndpoints(endpoint, endpoint, endpoint, LocalNames.REGION, "local", "local").dynamoDbClient();
    }

    @AfterAll
    static void stop() {
        dynamoDb.close();
        dynamoDbLocal.close();
    }

    @Test
    void createsTheCasesTableAsTheTemplateDefinesIt() {
        LocalResolver resolver = new LocalResolver(Template.load(TestFiles.projectTemplate()), Map.of());
        assertEquals(List.of("sikerja-local"), TemplateResources.createTables(resolver, dynamoDb));
        assertEquals(List.of("sikerja-local"), TemplateResources.createTables(resolver, dynamoDb),
                "creating it again is not an error");

        TableDescription table = dynamoDb.describeTable(request -> request.tableName("sikerja-local")).table();
        assertEquals(List.of(key("PK", KeyType.HASH), key("SK", KeyType.RANGE)), table.keySchema());
        assertEquals(BillingMode.PAY_PER_REQUEST, table.billingModeSummary().billingMode());
        assertEquals(8, table.attributeDefinitions().size());
        List<GlobalSecondaryIndexDescription> indexes = table.globalSecondaryIndexes();
        assertEquals(List.of("GSI1", "GSI2", "GSI3"),
                indexes.stream().map(GlobalSecondaryIndexDescription::indexName).sorted().toList());
        for (GlobalSecondaryIndexDescription index : indexes) {
            assertEquals(List.of(key(index.indexName() + "PK", KeyType.HASH), key(index.indexName() + "SK", KeyType.RANGE)),
                    index.keySchema());
            assertEquals(ProjectionType.ALL, index.projection().projectionType());
        }
        var ttl = dynamoDb.describeTimeToLive(request -> request.tableName("sikerja-local")).timeToLiveDescription();
        assertEquals(TimeToLiveStatus.ENABLED, ttl.timeToLiveStatus());
        assertEquals("expiresAt", ttl.attributeName());
    }

    @Test
    void mapsProjectionsWithNonKeyAttributes() {
        LocalResolver resolver = new LocalResolver(Template.load(TestFiles.testTemplate()), Map.of());
        assertEquals(List.of("sikerja-local-testtable"), TemplateResources.createTables(resolver, dynamoDb));
        GlobalSecondaryIndexDescription index = dynamoDb.describeTable(request -> request
                .tableName("sikerja-local-testtable")).table().globalSecondaryIndexes().get(0);
        assertEquals(ProjectionType.INCLUDE, index.projection().projectionType());
        assertEquals(List.of("title"), index.projection().nonKeyAttributes());
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
