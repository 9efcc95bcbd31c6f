package id.sikerja.local.journeys;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.aws.AwsEndpoints;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.net.URI;
import java.nio.file.Path;

/** The same intake journey with LocalStack in place of the stand-ins. Needs Docker; skipped where there is none. */
@Tag("docker")
@Testcontainers(disabledWithoutDocker = true)
class IntakeJourneyLocalStackTest extends IntakeJourneyContract {

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
        // SES in LocalStack sends only from verified identities
        try (SesV2Client ses = SesV2Client.builder().endpointOverride(endpoint)
                .region(Region.of(LOCALSTACK.getRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey())))
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            ses.createEmailIdentity(r -> r.emailIdentity("no-reply@sikerja.example.go.id"));
        }
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Override
    LocalSystem system() {
        return system;
    }
}
