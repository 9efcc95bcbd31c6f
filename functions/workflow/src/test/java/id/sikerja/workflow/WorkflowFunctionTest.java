package id.sikerja.workflow;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import id.sikerja.adapters.dynamo.DynamoDocumentStore;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.api.Json;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The workflow function as Lambda runs it: the sample events of events/ (API Gateway v2 events with the JWT
 * claims the authorizer verified) go through {@link WorkflowHandler}, Spring Cloud Function's adapter included,
 * into DynamoDB Local.
 */
class WorkflowFunctionTest {

    private static final Path EVENTS = Path.of("../../events");
    private static final String SAMPLE_CASE = "00000000-0000-4000-8000-000000000001";
    /** The documents the sample events reference (their ids and SHA-256), and who uploaded them. */
    private static final String KAK_FOR_NEW_CASE = "7d5c1f0e-2b4a-4c3e-9f1d-0a6b8e2c4d11";
    private static final String KAJIAN = "3e9a7b21-5c4d-4f6e-8a1b-2c3d4e5f6a71";
    private static final String KAK_REVISION = "b2c4e6f8-1a3c-4e5f-9b7d-8c6a4e2f0d13";
    private static final Actor SAMPLE_OPD = Actor.opd("5a1e7c2d-0003-4c6b-9b1e-000000000003", "DINKES");
    private static final Actor SAMPLE_ADMIN = Actor.admin("5a1e7c2d-0001-4c6b-9b1e-000000000001");
    private static DynamoDBProxyServer dynamo;
    private static DynamoDbClient client;
    private static WorkflowHandler handler;

    @BeforeAll
    static void start() throws Exception {
        dynamo = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-disableTelemetry", "-port", System.getenv("TEST_DYNAMODB_PORT")});
        dynamo.start();
        client = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        client.createTable(r -> r.tableName(table()).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI2PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI2SK").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("GSI2")
                        .keySchema(k -> k.attributeName("GSI2PK").keyType(KeyType.HASH),
                                k -> k.attributeName("GSI2SK").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
        handler = new WorkflowHandler();
        registeredUpload(Optional.empty(), KAK_FOR_NEW_CASE, DocumentType.KAK,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", SAMPLE_OPD);
    }

    @AfterAll
    static void stop() throws Exception {
        dynamo.stop();
    }

    @Test
    void theSampleEventsOpenACaseShowItAndRecordTheTkksdAssessmentOnce() throws Exception {
        Map<String, Object> opened = invoke(withKey(event("workflow-open-cooperation.json"), UUID.randomUUID().toString()));
        assertEquals(201, opened.get("statusCode"), String.valueOf(opened.get("body")));
        Map<String, Object> created = body(opened);
        String id = (String) created.get("id");
        assertEquals("/cooperations/" + id, headers(opened).get("Location"));
        assertEquals("PERSIAPAN", stage(created));
        assertEquals(List.of("DINKES"), created.get("departments"));
        assertEquals(Set.of("DUE#TKKSD_ASSESSMENT"), dueItems(id).stream().map(sk -> sk.substring(0, sk.lastIndexOf('#')))
                .collect(Collectors.toSet()));

        Map<String, Object> view = body(invoke(forCase(event("workflow-get-cooperation.json"), id)));
        assertEquals(1, list(view, "timeline").size());
        Map<String, Object> first = list(view, "timeline").get(0);
        assertEquals("INITIATE", first.get("action"));
        assertEquals("OPD", ((Map<?, ?>) first.get("actor")).get("role"));
        assertNull(first.get("from"));
        assertEquals("TKKSD_ASSESSMENT", list(view, "dueDates").get(0).get("kind"));
        Map<String, Object> complete = list(view, "actions").stream()
                .filter(a -> a.get("action").equals("COMPLETE_PREPARATION")).findFirst().orElseThrow();
        assertEquals(true, complete.get("permitted"));
        assertEquals(false, complete.get("allowed"));
        assertTrue(list(complete, "reasons").stream().anyMatch(r -> "DOC:KAJIAN_TKKSD".equals(r.get("code"))
                && ((String) r.get("message")).contains("Kajian TKKSD belum diunggah")), complete.toString());

        // assessed today: an assessment dated before the case entered Persiapan would belong to an earlier round
        registeredKajian(id);
        String assess = forCase(event("workflow-transition.json"), id).replace("2026-11-20", today());
        Map<String, Object> done = invoke(assess);
        assertEquals(200, done.get("statusCode"), String.valueOf(done.get("body")));
        assertEquals(2, ((Number) body(done).get("version")).intValue());
        assertEquals("RECORD_TKKSD_ASSESSMENT", list(body(done), "events").get(0).get("action"));
        assertEquals(Set.of(), dueItems(id), "the TKKSD deadline is met: its due item is gone");

        Map<String, Object> again = invoke(assess);
        assertEquals(200, again.get("statusCode"));
        assertEquals(done.get("body"), again.get("body"));
        assertEquals("true", headers(again).get("Idempotent-Replayed"));
        assertEquals(2, list(body(invoke(forCase(event("workflow-get-cooperation.json"), id))), "timeline").size(),
                "the retry wrote nothing");
    }

    @Test
    void staleForbiddenUnmetAndInvisibleAnswersAreProblems() throws Exception {
        String id = openSample();
        registeredKajian(id);
        String assess = withKey(forCase(event("workflow-transition.json"), id), null);
        assertEquals(200, invoke(assess).get("statusCode"));

        Map<String, Object> stale = invoke(assess);
        assertProblem(stale, 409, "version-conflict");
        assertEquals(2, ((Number) ((Map<?, ?>) body(stale).get("current")).get("version")).intValue());

        Map<String, Object> unmet = invoke(withBody(assess, Map.of("action", "COMPLETE_PREPARATION", "version", 2)));
        assertProblem(unmet, 422, "conditions-unmet");
        List<Map<String, Object>> reasons = list(body(unmet), "unmet");
        assertEquals(Set.of("FACT:dprdBurdensPublic", "FACT:dprdFundingUnbudgeted", "FACT:objectInPlan"),
                reasons.stream().map(r -> r.get("code")).collect(Collectors.toSet()),
                "everything else is met (the KAK was attached at creation, the TKKSD agreed)");
        assertTrue(reasons.stream().anyMatch(r -> "facts.dprdBurdensPublic".equals(r.get("field"))));

        Map<String, Object> english = invoke(withHeader(withBody(assess, Map.of("action", "COMPLETE_PREPARATION",
                "version", 2)), "accept-language", "en-GB,en;q=0.9"));
        assertEquals("Conditions not met", body(english).get("title"));
        assertTrue(list(body(english), "unmet").stream().anyMatch(r -> ((String) r.get("message"))
                .contains("has not been recorded")));

        assertProblem(invoke(withBody(assess, Map.of("action", "SIGN_KB", "version", 2))), 409, "action-not-applicable");
        assertProblem(invoke(withClaims(withBody(assess, Map.of("action", "WITHDRAW", "version", 2)),
                Map.of("sub", "sekda", "cognito:groups", "[pimpinan]"))), 403, "forbidden");
        assertProblem(invoke(withClaims(assess, Map.of("sub", "dishub-1", "cognito:groups", "[opd]",
                "custom:opd", "DISHUB"))), 404, "not-found");
        assertProblem(invoke(withKey(forCase(event("workflow-transition.json"), "no-such-case"), null)), 404, "not-found");
        assertProblem(invoke(withClaims(assess, Map.of("sub", "x", "cognito:groups", "[tamu]"))), 403, "no-role");

        Map<String, Object> bad = invoke(withBody(assess, Map.of("action", "RECORD_FACTS", "version", "dua",
                "fakta", Map.of())));
        assertProblem(bad, 422, "invalid-fields");
        assertEquals(Set.of("version", "fakta"), list(body(bad), "errors").stream().map(e -> e.get("field"))
                .collect(Collectors.toSet()));
        Map<String, Object> malformed = invoke(withRawBody(assess, "{\"action\":"));
        assertProblem(malformed, 400, "malformed-body");
    }

    @Test
    void thePartnerAnswersARevisionWithItsTokenOnly() throws Exception {
        String token = Secrets.newAccessToken();
        String id = partnerCase("KS-2026-7K3QZP", token);
        Map<String, Object> returned = invoke(withBody(forCase(event("workflow-transition.json"), id),
                Map.of("action", "RETURN_FOR_REVISION", "version", 1, "note", "Lampirkan KAK")));
        assertEquals(200, returned.get("statusCode"), String.valueOf(returned.get("body")));

        registeredUpload(Optional.of(id), KAK_REVISION, DocumentType.KAK,
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", Actor.partner(id));
        String answer = forCase(event("workflow-partner-transition.json"), id)
                .replace("replace-with-the-access-token-from-the-submission", token);
        Map<String, Object> wrong = invoke(answer.replace(token, "A".repeat(43)));
        Map<String, Object> missing = invoke(withHeader(answer, "x-access-token", null));
        Map<String, Object> unknown = invoke(answer.replace("KS-2026-7K3QZP", "KS-2026-ZZZZZZ"));
        for (Map<String, Object> r : List.of(wrong, missing, unknown)) {
            assertProblem(r, 404, "not-found");
            assertEquals("Permohonan tidak ditemukan", body(r).get("title"));
        }
        assertEquals(body(wrong).get("detail"), body(unknown).get("detail"));

        Map<String, Object> done = invoke(answer);
        assertEquals(200, done.get("statusCode"), String.valueOf(done.get("body")));
        Map<String, Object> partnerView = body(done);
        assertEquals("INTAKE", stage(partnerView));
        assertEquals(3, ((Number) partnerView.get("version")).intValue());
        assertFalse(done.get("body").toString().contains("5a1e7c2d"), "no officer ids in the partner's answer");

        Map<String, Object> notTheirs = invoke(withBody(answer, Map.of("action", "ACCEPT", "version", 3)));
        assertProblem(notTheirs, 403, "forbidden");
    }

    @Test
    void adminsReplaceAYearOfHolidaysConditionally() throws Exception {
        Map<String, Object> listed = body(invoke(event("workflow-get-holidays.json")));
        Map<String, Object> y2027 = list(listed, "years").stream().filter(y -> ((Number) y.get("year")).intValue() == 2027)
                .findFirst().orElseThrow();
        assertEquals("SHIPPED", y2027.get("source"));

        String put = event("workflow-put-holidays.json");
        assertProblem(invoke(withClaims(put, Map.of("sub", "o", "cognito:groups", "[opd]", "custom:opd", "DINKES"))),
                403, "forbidden");
        Map<String, Object> saved = invoke(put);
        assertEquals(200, saved.get("statusCode"), String.valueOf(saved.get("body")));
        assertEquals(1, ((Number) body(saved).get("version")).intValue());
        assertEquals("STORED", body(saved).get("source"));
        assertEquals(7, list(body(saved), "holidays").size());

        Map<String, Object> stale = invoke(put);
        assertProblem(stale, 409, "version-conflict");
        assertEquals(1, ((Number) ((Map<?, ?>) body(stale).get("current")).get("version")).intValue());

        Map<String, Object> invalid = invoke(withBody(put, Map.of("version", 1, "holidays", List.of(
                Map.of("date", "2028-01-01", "name", "Salah tahun", "kind", "LIBUR_NASIONAL")))));
        assertProblem(invalid, 422, "invalid-fields");
        assertEquals("holidays[0].date", list(body(invalid), "errors").get(0).get("field"));

        Map<String, Object> after = body(invoke(event("workflow-get-holidays.json")));
        assertTrue(list(after, "years").stream().anyMatch(y -> ((Number) y.get("year")).intValue() == 2027
                && "STORED".equals(y.get("source")) && list(y, "holidays").size() == 7));
    }

    @Test
    void aDocumentThatIsNotARegisteredUploadIsRefused() throws Exception {
        String id = openSample();
        Map<String, Object> refused = invoke(withKey(forCase(event("workflow-transition.json"), id), null)
                .replace("2026-11-20", today()));
        assertProblem(refused, 422, "invalid-fields");
        assertEquals("documents[0]", list(body(refused), "errors").get(0).get("field"));
        assertEquals("not_registered", list(body(refused), "errors").get(0).get("code"));
    }

    // ------------------------------------------------------------------ helpers

    /** The sample TKKSD assessment's document, uploaded to the case by the sample admin. */
    private static void registeredKajian(String caseId) {
        registeredUpload(Optional.of(caseId), KAJIAN, DocumentType.KAJIAN_TKKSD,
                "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752", SAMPLE_ADMIN);
    }

    /**
     * Test seam: an upload as the document-received function leaves it once its bytes arrived and passed its checks
     * (that function, S3 and the registration on the case are tested in functions/documents and the local journeys).
     */
    private static void registeredUpload(Optional<String> caseId, String documentId, DocumentType type, String sha256,
                                         Actor uploader) {
        Instant at = Instant.now();
        new DynamoDocumentStore(client, table(), Clock.systemUTC()).create(new Upload(documentId, caseId, type,
                "sample.pdf", FileKind.PDF, 1000, sha256, uploader, at, Upload.Status.REGISTERED, Optional.of(at),
                Optional.empty(), Optional.empty()));
    }

    private static String openSample() throws IOException {
        Map<String, Object> opened = invoke(withKey(event("workflow-open-cooperation.json"), null));
        assertEquals(201, opened.get("statusCode"), String.valueOf(opened.get("body")));
        return (String) body(opened).get("id");
    }

    /** A partner's application at intake, with its tracking code and token, as the intake function stores it. */
    private static String partnerCase(String code, String token) throws IOException {
        Map<String, Object> proposal = Json.readObject((String) Json.readObject(event("workflow-open-cooperation.json"))
                .get("body"));
        proposal.remove("documents");
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Transition t = (Transition) Workflow.withDefaults().openFromIntake(
                NewCase.from(id, ProposalReader.read(proposal)),
                List.of(new DocumentUpload(DocumentType.SURAT_PERMOHONAN, "uploads/permohonan.pdf", "e".repeat(64), "")),
                Actor.partner(id), now);
        new DynamoCaseStore(client, table(), java.time.Clock.systemUTC()).commit(new CaseStore.Commit(
                List.of(new CaseStore.CaseWrite(new CaseRecord(code, ProposalReader.read(proposal), t.state(), now), 0,
                        List.of(), t.events())), List.of(),
                Optional.of(new CaseStore.Tracking(code, id, Secrets.sha256Hex(token))), List.of(), Optional.empty()));
        return id;
    }

    private static String today() {
        return LocalDate.now(ZoneId.of(System.getenv("PEMDA_ZONE"))).toString();
    }

    private static Set<String> dueItems(String id) {
        return client.query(r -> r.tableName(table()).keyConditionExpression("PK = :pk AND begins_with(SK, :d)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CASE#" + id),
                                ":d", AttributeValue.fromS("DUE#"))))
                .items().stream().map(i -> i.get("SK").s()).collect(Collectors.toSet());
    }

    private static void assertProblem(Map<String, Object> response, int status, String type) {
        assertEquals(status, response.get("statusCode"), String.valueOf(response.get("body")));
        assertTrue(headers(response).get("Content-Type").startsWith("application/problem+json"));
        assertEquals("https://sikerja.id/problems/" + type, body(response).get("type"));
    }

    private static String table() {
        return System.getenv("TABLE_NAME");
    }

    static String event(String name) throws IOException {
        return Files.readString(EVENTS.resolve(name));
    }

    private static String forCase(String event, String id) {
        return event.replace(SAMPLE_CASE, id);
    }

    private static String withKey(String event, String key) {
        return withHeader(event, "idempotency-key", key);
    }

    @SuppressWarnings("unchecked")
    private static String withHeader(String event, String name, String value) {
        Map<String, Object> e = Json.readObject(event);
        Map<String, Object> h = (Map<String, Object>) e.get("headers");
        if (value == null) {
            h.remove(name);
        } else {
            h.put(name, value);
        }
        return Json.write(e);
    }

    private static String withBody(String event, Map<String, Object> body) {
        return withRawBody(event, Json.write(body));
    }

    private static String withRawBody(String event, String body) {
        Map<String, Object> e = Json.readObject(withKey(event, null));
        e.put("body", body);
        return Json.write(e);
    }

    @SuppressWarnings("unchecked")
    private static String withClaims(String event, Map<String, String> claims) {
        Map<String, Object> e = Json.readObject(event);
        Map<String, Object> jwt = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                e.get("requestContext")).get("authorizer")).get("jwt");
        Map<String, String> idToken = new HashMap<>(claims);
        idToken.putIfAbsent("token_use", "id");
        jwt.put("claims", idToken);
        return Json.write(e);
    }

    private static Map<String, Object> invoke(String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.readObject(out.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> body(Map<String, Object> response) {
        return Json.readObject((String) response.get("body"));
    }

    private static String stage(Map<String, Object> body) {
        return (String) ((Map<?, ?>) body.get("stage")).get("code");
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
