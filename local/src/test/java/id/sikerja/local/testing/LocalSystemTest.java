package id.sikerja.local.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.auth.Jwt;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** The whole local system with the project's template, as other modules' tests get it. */
@ExtendWith(LocalSystemExtension.class)
class LocalSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void servesTheTemplatesRoutes(LocalSystem system) throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(system.apiUrl().resolve("/_local/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        JsonNode routes = JSON.readTree(health.body()).get("routes");
        assertEquals("POST /proposals", routes.get(0).get("routeKey").asText());
        assertEquals("GET /track/{trackingCode}", routes.get(1).get("routeKey").asText());
        assertEquals(system, LocalSystem.shared(), "one system per JVM");
    }

    @Test
    void issuesTokensOfTheLocalUsers(LocalSystem system) {
        Map<String, Object> claims = Jwt.parse(system.tokenFor("opd-dishub")).claims();
        assertEquals(List.of("opd"), claims.get("cognito:groups"));
        assertEquals("DISHUB", claims.get("custom:opd"));
        assertEquals("https://cognito-idp.ap-southeast-3.amazonaws.com/ap-southeast-3_sikerjaLocal", claims.get("iss"));
        assertEquals("sikerjalocalwebclient", claims.get("aud"));
    }

    @Test
    void createdTheTableAndTheBucketOfTheTemplate(LocalSystem system) {
        assertEquals("sikerja-local", system.tableName());
        assertEquals("ACTIVE", system.dynamoDb().describeTable(request -> request.tableName(system.tableName()))
                .table().tableStatusAsString());
        assertEquals("sikerja-local-documents-000000000000-ap-southeast-3", system.bucketName(),
                "the BucketName the template gives it");
        assertEquals(BucketVersioningStatus.ENABLED, system.s3().getBucketVersioning(request -> request
                .bucket(system.bucketName())).status());
    }

    @Test
    void s3ClientsConfiguredLikeTheFunctionsReachTheBucket(LocalSystem system) {
        // functions get the endpoint from AWS_ENDPOINT_URL_S3 (the notification proxy in front of S3Mock) and the
        // addressing from S3_PATH_STYLE, which the local runtime sets to true
        Map<String, String> environment = system.runtime().functionEnvironment();
        assertEquals(system.s3ProxyUrl().toString(), environment.get("AWS_ENDPOINT_URL_S3"));
        assertEquals("true", environment.get("S3_PATH_STYLE"));
        try (S3Client s3 = S3Client.builder().endpointOverride(system.s3ProxyUrl()).forcePathStyle(true)
                .region(Region.of(system.aws().region()))
                .credentialsProvider(() -> AwsBasicCredentials
                        .create(system.aws().accessKeyId(), system.aws().secretAccessKey()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            s3.putObject(request -> request.bucket(system.bucketName()).key("check/hello.txt"),
                    RequestBody.fromString("halo"));
            assertEquals("halo", s3.getObjectAsBytes(request -> request.bucket(system.bucketName())
                    .key("check/hello.txt")).asUtf8String());
        }
    }

    @Test
    void keepsTheMailTheFunctionsSend(LocalSystem system) {
        system.mail().clear();
        try (SesV2Client ses = SesV2Client.builder().endpointOverride(system.aws().sesV2())
                .region(Region.of(system.aws().region()))
                .credentialsProvider(() -> AwsBasicCredentials
                        .create(system.aws().accessKeyId(), system.aws().secretAccessKey()))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            ses.sendEmail(request -> request
                    .fromEmailAddress("no-reply@sikerja.example.go.id")
                    .destination(destination -> destination.toAddresses("mitra@example.org"))
                    .content(content -> content.simple(message -> message
                            .subject(subject -> subject.data("Usulan diterima"))
                            .body(body -> body.text(text -> text.data("Kode pelacakan: SK-1"))))));
        }
        List<SentMail> sent = system.mail().sent();
        assertEquals(1, sent.size());
        SentMail mail = sent.get(0);
        assertEquals("no-reply@sikerja.example.go.id", mail.from());
        assertEquals(List.of("mitra@example.org"), mail.to());
        assertEquals("Usulan diterima", mail.subject());
        assertTrue(mail.text().contains("SK-1"));
        system.mail().clear();
        assertTrue(system.mail().sent().isEmpty());
    }
}
