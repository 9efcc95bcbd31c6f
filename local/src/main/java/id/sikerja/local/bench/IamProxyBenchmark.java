package id.sikerja.local.bench;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.iam.FunctionPolicies;
import id.sikerja.local.testing.LocalSystem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the local IAM enforcement costs a function's DynamoDB call: warm GetItem and GSI1 Query latency straight to
 * DynamoDB Local (the runtime's own key) against the same calls through the enforcing proxy with a function's key
 * (policy evaluated, request forwarded). Alternating rounds, so a busy machine slows both alike.
 *
 * <p>Usage: {@code local/bench/iam [requests]}; results in local/target/bench/iam.json.
 */
public final class IamProxyBenchmark {

    private IamProxyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path root = LocalRuntime.findRepositoryRoot();
        Path work = Files.createDirectories(root.resolve("local/target/bench"));
        try (LocalSystem system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts().repositoryRoot(root)
                .workDirectory(Files.createTempDirectory(work, "iam-")))) {
            String table = system.tableName();
            URI proxy = URI.create(system.runtime().functionEnvironment().get("AWS_ENDPOINT_URL_DYNAMODB"));
            DynamoDbClient direct = system.dynamoDb();
            try (DynamoDbClient enforced = DynamoDbClient.builder().endpointOverride(proxy)
                    .region(Region.of(system.aws().region()))
                    .credentialsProvider(() -> AwsBasicCredentials.create(
                            FunctionPolicies.accessKeyId("ReminderFunction"), "secret"))
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
                Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("BENCH#1"),
                        "SK", AttributeValue.fromS("META"));
                direct.putItem(p -> p.tableName(table).item(Map.of("PK", key.get("PK"), "SK", key.get("SK"),
                        "GSI1PK", AttributeValue.fromS("BENCH"), "GSI1SK", AttributeValue.fromS("1"))));
                Runnable[] directCalls = {
                    () -> direct.getItem(g -> g.tableName(table).key(key)),
                    () -> direct.query(q -> q.tableName(table).indexName("GSI1").keyConditionExpression("GSI1PK = :p")
                            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("BENCH"))))};
                Runnable[] enforcedCalls = {
                    () -> enforced.getItem(g -> g.tableName(table).key(key)),
                    () -> enforced.query(q -> q.tableName(table).indexName("GSI1").keyConditionExpression("GSI1PK = :p")
                            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("BENCH"))))};
                String[] names = {"GetItem", "Query GSI1"};
                StringBuilder json = new StringBuilder("{\n  \"requests\": " + requests);
                StringBuilder text = new StringBuilder();
                for (int op = 0; op < names.length; op++) {
                    for (int i = 0; i < 50; i++) { // warm both paths
                        directCalls[op].run();
                        enforcedCalls[op].run();
                    }
                    long[] d = new long[requests];
                    long[] e = new long[requests];
                    for (int i = 0; i < requests; i++) {
                        d[i] = time(directCalls[op]);
                        e[i] = time(enforcedCalls[op]);
                    }
                    json.append(String.format(Locale.ROOT, ",%n  \"%s\": {\"directP50Ms\": %.2f, \"directP95Ms\": %.2f,"
                            + " \"enforcedP50Ms\": %.2f, \"enforcedP95Ms\": %.2f}", names[op], p(d, 50), p(d, 95),
                            p(e, 50), p(e, 95)));
                    text.append(String.format(Locale.ROOT, "  %-11s direct p50 %.2f ms p95 %.2f ms | through IAM p50 %.2f"
                            + " ms p95 %.2f ms%n", names[op], p(d, 50), p(d, 95), p(e, 50), p(e, 95)));
                }
                json.append("\n}\n");
                Files.writeString(work.resolve("iam.json"), json);
                System.out.println("\nDynamoDB calls, warm, " + requests + " each:\n" + text);
            }
        }
    }

    private static long time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static double p(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(index, 0)] / 1e6;
    }
}
