package id.sikerja.local.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.auth.Jwt;
import id.sikerja.local.aws.AwsEndpoints;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/**
 * The local system with LocalStack in place of the stand-ins (the gateway and the handlers still run
 * locally). Needs Docker; skipped where there is none.
 */
@Tag("docker")
@Testcontainers(disabledWithoutDocker = true)
class LocalStackTest {

    @Container
    private static final LocalStackContainer LOCALSTACK = new LocalStackContainer("localstack/localstack:4.4")
            .withServices("dynamodb", "s3", "ses");

    @TempDir
    private static Path work;

    private static LocalSystem system;

    @BeforeAll
    static void start() {
        URI endpoint = LOCALSTACK.getEndpoint();
        AwsEndpoints aws = new AwsEndpoints(endpoint, endpoint, endpoint, LOCALSTACK.getRegion(),
                LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey());
        // the journeys submit the sample's address more often than the template's daily cap admits
        system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts().workDirectory(work).externalAws(aws)
                .parameter("ProposalDailyLimitPerAddress", String.valueOf(LocalSystem.SHARED_PROPOSAL_LIMIT))
                .parameter("ProposalDailyLimitPerSourceIp", String.valueOf(LocalSystem.SHARED_PROPOSAL_LIMIT)));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void createsTheTemplatesResourcesInLocalStack() {
        assertEquals("ACTIVE", system.dynamoDb().describeTable(request -> request.tableName(system.tableName()))
                .table().tableStatusAsString());
        assertEquals(BucketVersioningStatus.ENABLED, system.s3().getBucketVersioning(request -> request
                .bucket(system.bucketName())).status());
    }

    @Test
    void servesTheApiWithLocalTokens() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                system.apiUrl().resolve("/_local/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals(List.of("admin"), Jwt.parse(system.tokenFor("admin")).claims().get("cognito:groups"));
    }
}
