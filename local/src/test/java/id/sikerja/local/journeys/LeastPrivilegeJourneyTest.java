package id.sikerja.local.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.iam.FunctionPolicies;
import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The template's IAM statements are enforced locally: a function's AWS calls carry its own key, and the endpoints the
 * functions reach refuse, as AWS does, what the function's statements do not allow. Every other journey passing proves
 * the statements sufficient; this one proves a missing statement fails here, not first in AWS.
 */
class LeastPrivilegeJourneyTest {

    @Test
    void theEndpointsTheFunctionsReachRefuseWhatTheirStatementsDoNotAllow() {
        LocalSystem system = LocalSystem.shared();
        Map<String, String> environment = system.runtime().functionEnvironment();
        try (DynamoDbClient officerReads = dynamo(environment, "OfficerReadsFunction");
                DynamoDbClient reminders = dynamo(environment, "ReminderFunction")) {
            DynamoDbException denied = org.junit.jupiter.api.Assertions.assertThrows(DynamoDbException.class,
                    () -> officerReads.query(q -> dueDates(q, system.tableName())));
            assertEquals(400, denied.statusCode());
            assertEquals("AccessDeniedException", denied.awsErrorDetails().errorCode());
            assertTrue(denied.awsErrorDetails().errorMessage().contains("is not authorized to perform: dynamodb:Query"
                    + " on resource: arn:aws:dynamodb:ap-southeast-3:000000000000:table/" + system.tableName()
                    + "/index/GSI2"), denied.awsErrorDetails().errorMessage());
            reminders.query(q -> dueDates(q, system.tableName())); // its statement names GSI2
        }
        try (S3Client documents = s3(system, "DocumentsFunction")) {
            String key = "incoming/least-privilege/" + System.nanoTime() + ".pdf";
            documents.putObject(p -> p.bucket(system.bucketName()).key(key), RequestBody.fromString("%PDF-1.4"));
            S3Exception denied = org.junit.jupiter.api.Assertions.assertThrows(S3Exception.class,
                    () -> documents.deleteObject(d -> d.bucket(system.bucketName()).key(key).versionId("null")));
            assertEquals(403, denied.statusCode());
            assertEquals("AccessDenied", denied.awsErrorDetails().errorCode());
            assertTrue(denied.awsErrorDetails().errorMessage().contains("s3:DeleteObjectVersion"));
        }
        // the runtime remembers them, so that a journey that swallowed a denial fails (IamDenialsCheck)
        java.util.List<String> denials = system.runtime().takeIamDenials();
        assertTrue(denials.stream().anyMatch(d -> d.startsWith("OfficerReadsFunction: dynamodb:Query on ")
                && d.endsWith("/index/GSI2")), denials.toString());
        assertTrue(denials.stream().anyMatch(d -> d.startsWith("DocumentsFunction: s3:DeleteObjectVersion on ")),
                denials.toString());
        assertTrue(system.runtime().takeIamDenials().isEmpty(), "taken");
    }

    @Test
    void aRemovedStatementFailsTheJourneyWithAProblemNotAHang() throws Exception {
        Path root = LocalRuntime.findRepositoryRoot();
        String template = Files.readString(root.resolve("template.yaml"), StandardCharsets.UTF_8);
        int function = template.indexOf("\n  OfficerReadsFunction:");
        // the index's ARN (the stack's table, or a restored one: the TableName parameter)
        String index = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Table}/index/GSI1";
        int statement = template.indexOf(index, function);
        int next = template.indexOf("\n  OfficerReadsLogGroup:", function);
        assertTrue(function > 0 && statement > function && statement < next, "the officers' reads query GSI1");
        // the index statement now names the table only: the query of GSI1 is no longer allowed
        Path work = Files.createTempDirectory("least-privilege-journey");
        Path withoutIndex = work.resolve("template.yaml");
        String table = "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Table}";
        Files.writeString(withoutIndex, template.substring(0, statement) + table
                + template.substring(statement + index.length()), StandardCharsets.UTF_8);
        try (LocalSystem system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts().repositoryRoot(root)
                .template(withoutIndex).workDirectory(work))) {
            WorkflowApi api = new WorkflowApi(system);
            Answer list = api.get("tkksd", "/cooperations");
            assertEquals(500, list.status(), list.raw().body());
            assertTrue(list.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals(500, ((Number) list.body().get("status")).intValue());
            assertTrue(String.valueOf(list.body().get("type")).endsWith("internal"), String.valueOf(list.body()));
        }
        Answer withTheStatement = new WorkflowApi(LocalSystem.shared()).get("tkksd", "/cooperations");
        assertEquals(200, withTheStatement.status(), withTheStatement.raw().body());
    }

    private static void dueDates(software.amazon.awssdk.services.dynamodb.model.QueryRequest.Builder q, String table) {
        q.tableName(table).indexName("GSI2").keyConditionExpression("GSI2PK = :d")
                .expressionAttributeValues(Map.of(":d", AttributeValue.fromS("DUE#2026-12-07")));
    }

    private static DynamoDbClient dynamo(Map<String, String> environment, String function) {
        return DynamoDbClient.builder().endpointOverride(URI.create(environment.get("AWS_ENDPOINT_URL_DYNAMODB")))
                .region(Region.AP_SOUTHEAST_3).credentialsProvider(() -> AwsBasicCredentials
                        .create(FunctionPolicies.accessKeyId(function), "secret"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    private static S3Client s3(LocalSystem system, String function) {
        return S3Client.builder().endpointOverride(system.s3ProxyUrl()).forcePathStyle(true)
                .region(Region.AP_SOUTHEAST_3).credentialsProvider(() -> AwsBasicCredentials
                        .create(FunctionPolicies.accessKeyId(function), "secret"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }
}
