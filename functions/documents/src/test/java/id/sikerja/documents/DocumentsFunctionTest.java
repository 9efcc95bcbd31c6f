package id.sikerja.documents;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.api.Json;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Both documents functions as Lambda runs them: the sample events of events/ (API Gateway v2 events, an S3
 * notification) go through {@link DocumentsHandler} and {@link DocumentReceivedHandler}, Spring Cloud Function's
 * adapter included, into DynamoDB Local and S3Mock (its own process, as the local runtime runs it). The bytes go
 * to the pre-signed URLs the functions hand out.
 */
class DocumentsFunctionTest {

    private static final Path EVENTS = Path.of("../../events");
    private static final String SAMPLE_CASE = "00000000-0000-4000-8000-000000000001";
    private static final String SAMPLE_DOCUMENT = "d0c0ffee-0000-4000-8000-000000000001";
    /** The object version the sample notification names; replaced by the version S3Mock gave the PUT. */
    private static final String SAMPLE_VERSION = "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY";
    private static final String TRACKING_CODE = "KS-2026-7K3QZP";
    /** The file the sample events declare (its size and SHA-256). */
    static final byte[] SAMPLE_PDF = "%PDF-1.7\n% Si Kerja sample: the signed KB\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = Secrets.newAccessToken();

    private static DynamoDBProxyServer dynamo;
    private static Process s3Mock;
    private static DynamoDbClient client;
    private static S3Client s3;
    private static DocumentsHandler http;
    private static DocumentReceivedHandler received;

    @BeforeAll
    static void start() throws Exception {
        s3Mock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-jar", System.getenv("TEST_S3MOCK_JAR"),
                "--server.address=127.0.0.1", "--server.port=" + System.getenv("TEST_S3_PORT"),
                "--server.ssl.enabled=false", "--com.adobe.testing.s3mock.httpPort=0",
                "--com.adobe.testing.s3mock.store.root=" + Files.createTempDirectory("s3mock"),
                "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(Path.of("target/s3mock.log").toFile()).start();
        dynamo = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-disableTelemetry", "-port", System.getenv("TEST_DYNAMODB_PORT")});
        dynamo.start();
        client = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        client.createTable(r -> r.tableName(System.getenv("TABLE_NAME")).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE)));
        s3 = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).forcePathStyle(true).build();
        awaitS3();
        s3.createBucket(r -> r.bucket(bucket()));
        s3.putBucketVersioning(r -> r.bucket(bucket()).versioningConfiguration(v -> v.status("Enabled")));
        partnerCaseAtKbSigning(SAMPLE_CASE, TRACKING_CODE);
        http = new DocumentsHandler();
        received = new DocumentReceivedHandler();
    }

    @AfterAll
    static void stop() throws Exception {
        s3Mock.destroy();
        s3Mock.waitFor();
        dynamo.stop();
    }

    @Test
    void thePartnersSignedKbIsRegisteredOnceAndDownloadsByteForByte() throws Exception {
        Map<String, Object> issued = invoke(event("documents-partner-upload.json")
                .replace("replace-with-the-access-token-from-the-submission", TOKEN));
        assertEquals(201, issued.get("statusCode"), String.valueOf(issued.get("body")));
        Map<String, Object> ticket = body(issued);
        String documentId = (String) ticket.get("documentId");
        assertEquals("PENDING", ticket.get("status"));
        HttpResponse<String> put = put(ticket, SAMPLE_PDF);
        assertEquals(200, put.statusCode());

        String created = created(put).replace(SAMPLE_DOCUMENT, documentId);
        assertEquals(Map.of("Registered", 1), receive(created));

        CaseRecord c = new DynamoCaseStore(client, table(), Clock.systemUTC()).find(SAMPLE_CASE).orElseThrow();
        assertEquals(2, c.version());
        DocumentVersion v = c.state().documents().latest(DocumentType.KB_SIGNED).orElseThrow();
        assertEquals("documents/case/" + SAMPLE_CASE + "/" + documentId, v.storageKey());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SAMPLE_PDF)), v.sha256());
        assertNotFound("incoming/case/" + SAMPLE_CASE + "/" + documentId);

        assertEquals(Map.of("AlreadyDecided", 1), receive(created), "a replayed event changes nothing");
        assertEquals(2, new DynamoCaseStore(client, table(), Clock.systemUTC()).find(SAMPLE_CASE).orElseThrow().version());

        Map<String, Object> download = invoke(event("documents-download.json"));
        assertEquals(200, download.get("statusCode"), String.valueOf(download.get("body")));
        HttpResponse<byte[]> fetched = HTTP.send(HttpRequest.newBuilder(URI.create((String) body(download).get("url")))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(SAMPLE_PDF, fetched.body());
        List<TimelineEvent> timeline = new DynamoCaseStore(client, table(), Clock.systemUTC()).timeline(SAMPLE_CASE);
        assertEquals(List.of(Action.SUBMIT_APPLICATION, Action.UPLOAD_DOCUMENT, Action.DOWNLOAD_DOCUMENT),
                timeline.stream().map(TimelineEvent::action).toList());
    }

    @Test
    void aFileThatIsNotTheDeclaredOneIsRejectedAndRemoved() throws Exception {
        String caseId = UUID.randomUUID().toString();
        partnerCaseAtKbSigning(caseId, "KS-2026-" + caseId.substring(0, 6).toUpperCase());
        Map<String, Object> issued = invoke(forCase(event("documents-request-upload.json"), caseId));
        assertEquals(201, issued.get("statusCode"), String.valueOf(issued.get("body")));
        Map<String, Object> ticket = body(issued);
        String documentId = (String) ticket.get("documentId");
        byte[] other = SAMPLE_PDF.clone();
        other[20] = 'X';
        // S3 would refuse these bytes (the checksum header is signed); the function does not rely on it
        Map<String, Object> withoutChecksum = new HashMap<>(ticket);
        Map<String, Object> upload = new HashMap<>(map(ticket, "upload"));
        Map<String, Object> headers = new HashMap<>(map(upload, "headers"));
        headers.remove("x-amz-checksum-sha256");
        upload.put("headers", headers);
        withoutChecksum.put("upload", upload);
        HttpResponse<String> put = put(withoutChecksum, other);
        assertEquals(200, put.statusCode());

        assertEquals(Map.of("Rejected", 1), receive(forCase(created(put), caseId).replace(SAMPLE_DOCUMENT, documentId)));
        Map<String, Object> listed = body(invoke(forCase(event("documents-request-upload.json"), caseId)
                .replace("\"POST /cooperations/{id}/uploads\"", "\"GET /cooperations/{id}/uploads\"")));
        Map<String, Object> rejected = list(listed, "uploads").get(0);
        assertEquals("REJECTED", rejected.get("status"));
        assertEquals("CHECKSUM_MISMATCH", map(rejected, "rejection").get("code"));
        assertNotFound("incoming/case/" + caseId + "/" + documentId);
        assertFalse(new DynamoCaseStore(client, table(), Clock.systemUTC()).find(caseId).orElseThrow().state()
                .documents().has(DocumentType.KB_SIGNED));
    }

    @Test
    void onlyWhatTheStageAcceptsAndOnlyForCasesTheCallerSees() throws Exception {
        Map<String, Object> pks = invoke(event("documents-request-upload.json").replace("KB_SIGNED", "PKS_SIGNED"));
        assertEquals(422, pks.get("statusCode"));
        assertEquals("type", list(body(pks), "errors").get(0).get("field"));
        assertEquals("not_uploadable_now", list(body(pks), "errors").get(0).get("code"));

        Map<String, Object> notPdf = invoke(event("documents-request-upload.json").replace("application/pdf", "image/png"));
        assertEquals(422, notPdf.get("statusCode"));
        assertEquals("contentType", list(body(notPdf), "errors").get(0).get("field"));

        String otherDepartment = event("documents-request-upload.json").replace("\"[admin]\"",
                "\"[opd]\",\"custom:opd\":\"DISHUB\"");
        assertEquals(404, invoke(otherDepartment).get("statusCode"));
        assertEquals(404, invoke(event("documents-partner-upload.json")).get("statusCode"), "a wrong token");
        String otherCase = event("documents-download.json").replace(SAMPLE_CASE, UUID.randomUUID().toString());
        assertEquals(404, invoke(otherCase).get("statusCode"));
    }

    @Test
    void anUploadForANewCaseIsItsUploadersToReference() throws Exception {
        Map<String, Object> issued = invoke(event("documents-new-case-upload.json"));
        assertEquals(201, issued.get("statusCode"), String.valueOf(issued.get("body")));
        String documentId = (String) body(issued).get("documentId");
        assertEquals("/uploads/" + documentId, headers(issued).get("Location"));
        HttpResponse<String> put = put(body(issued), SAMPLE_PDF);
        assertEquals(200, put.statusCode());
        assertEquals(Map.of("Registered", 1), receive(created(put)
                .replace("incoming/case/" + SAMPLE_CASE + "/" + SAMPLE_DOCUMENT, "incoming/new/" + documentId)));

        String state = event("documents-download.json")
                .replace("\"GET /cooperations/{id}/documents/{type}/{version}\"", "\"GET /uploads/{documentId}\"")
                .replace("\"id\": \"" + SAMPLE_CASE + "\"", "\"documentId\": \"" + documentId + "\"");
        Map<String, Object> upload = body(invoke(state));
        assertEquals("REGISTERED", upload.get("status"));
        assertEquals("documents/new/" + documentId, map(upload, "reference").get("storageKey"));
    }

    // ------------------------------------------------------------------ helpers

    /** A third party's KSDPK, DINKES's, waiting for the signed KB; its DPRD questions answered "no". */
    private static void partnerCaseAtKbSigning(String id, String code) throws IOException {
        Map<String, Object> body = Json.readObject((String) Json.readObject(event("intake-submit-proposal.json")).get("body"));
        body.put("departments", List.of("DINKES"));
        Proposal proposal = ProposalReader.read(body);
        Instant now = Instant.now().minus(Duration.ofDays(1));
        Transition t = (Transition) Workflow.withDefaults().openFromIntake(NewCase.from(id, proposal), List.of(),
                Actor.partner(id), now);
        var state = t.state().withStage(Stage.PENANDATANGANAN_KB, now).withFacts(t.state().facts()
                .with(Fact.DPRD_BURDENS_PUBLIC, false).with(Fact.DPRD_FUNDING_UNBUDGETED, false));
        String tokenHash = code.equals(TRACKING_CODE) ? Secrets.sha256Hex(TOKEN) : Secrets.sha256Hex(Secrets.newAccessToken());
        new DynamoCaseStore(client, table(), java.time.Clock.systemUTC()).commit(new CaseStore.Commit(
                List.of(new CaseStore.CaseWrite(new CaseRecord(code, proposal, state, now), 0, List.of(), t.events())),
                List.of(), Optional.of(new CaseStore.Tracking(code, id, tokenHash)), List.of(), Optional.empty()));
    }

    /** PUTs the bytes to the ticket's URL with the headers it names (the HTTP client sets the length itself). */
    private static HttpResponse<String> put(Map<String, Object> ticket, byte[] bytes) throws Exception {
        Map<String, Object> upload = map(ticket, "upload");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create((String) upload.get("url")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        map(upload, "headers").forEach((name, value) -> {
            if (!name.equals("content-length")) {
                b.header(name, (String) value);
            }
        });
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The sample notification, naming the object version the PUT created. */
    private static String created(HttpResponse<String> put) throws IOException {
        return event("documents-object-created.json").replace(SAMPLE_VERSION,
                put.headers().firstValue("x-amz-version-id").orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> receive(String s3Event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        received.handleRequest(new ByteArrayInputStream(s3Event.getBytes(StandardCharsets.UTF_8)), out, null);
        return (Map<String, Integer>) (Map<?, ?>) Json.readObject(out.toString(StandardCharsets.UTF_8));
    }

    private static void assertNotFound(String key) {
        S3Exception e = assertThrows(S3Exception.class, () -> s3.headObject(r -> r.bucket(bucket()).key(key)));
        assertEquals(404, e.statusCode());
    }

    private static void awaitS3() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                s3.listBuckets();
                return;
            } catch (RuntimeException notYet) {
                if (!s3Mock.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Mock did not start; see target/s3mock.log", notYet);
                }
                Thread.sleep(250);
            }
        }
    }

    private static String table() {
        return System.getenv("TABLE_NAME");
    }

    private static String bucket() {
        return System.getenv("DOCUMENT_BUCKET");
    }

    static String event(String name) throws IOException {
        return Files.readString(EVENTS.resolve(name));
    }

    private static String forCase(String event, String id) {
        return event.replace(SAMPLE_CASE, id);
    }

    private static Map<String, Object> invoke(String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        http.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.readObject(out.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> body(Map<String, Object> response) {
        return Json.readObject((String) response.get("body"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> body, String name) {
        return (List<Map<String, Object>>) body.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> headers(Map<String, Object> response) {
        return (Map<String, String>) response.get("headers");
    }
}
