package id.sikerja.adapters.dynamo;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB Local in this JVM ({@code -inMemory -disableTelemetry}) with the single table of template.yaml: its
 * keys and its three global secondary indexes.
 */
final class LocalTable implements AutoCloseable {

    static final String TABLE = "sikerja-adapter-test";

    private final DynamoDBProxyServer server;
    private final DynamoDbClient client;

    private LocalTable(DynamoDBProxyServer server, DynamoDbClient client) {
        this.server = server;
        this.client = client;
    }

    static LocalTable start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-disableTelemetry", "-port", Integer.toString(port)});
        server.start();
        DynamoDbClient client = DynamoDbClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.AP_SOUTHEAST_3)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (String gsi : List.of("GSI1", "GSI2", "GSI3")) {
            indexes.add(GlobalSecondaryIndex.builder().indexName(gsi)
                    .keySchema(k -> k.attributeName(gsi + "PK").keyType(KeyType.HASH),
                            k -> k.attributeName(gsi + "SK").keyType(KeyType.RANGE))
                    .projection(p -> p.projectionType(ProjectionType.ALL)).build());
        }
        client.createTable(r -> r.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                        a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1SK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI2PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI2SK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI3PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI3SK").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(indexes));
        return new LocalTable(server, client);
    }

    DynamoDbClient client() {
        return client;
    }

    @Override
    public void close() throws Exception {
        client.close();
        server.stop();
    }
}
