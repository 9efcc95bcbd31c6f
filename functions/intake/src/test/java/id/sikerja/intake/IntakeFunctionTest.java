package id.sikerja.intake;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.sun.net.httpserver.HttpServer;
import id.sikerja.api.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The intake function as Lambda runs it: the sample events of events/ go through {@link IntakeHandler}
 * (Spring Cloud Function's AWS adapter included) into DynamoDB Local; SES calls land on a recording
 * endpoint that answers as SES v2 does.
 */
class IntakeFunctionTest {

    private static final Path EVENTS = Path.of("../../events");
    private static final List<Map<String, Object>> SES_REQUESTS = Collections.synchronizedList(new ArrayList<>());
    private static DynamoDBProxyServer dynamo;
    private static HttpServer ses;
    private static DynamoDbClient client;
    private static IntakeHandler handler;

    @BeforeAll
    static void start() throws Exception {
        dynamo = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-disableTelemetry", "-port", System.getenv("TEST_DYNAMODB_PORT")});
        dynamo.start();
        ses = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getenv("TEST_SES_PORT"))), 0);
        ses.createContext("/v2/email/outbound-emails", exchange -> {
            SES_REQUESTS.add(Json.readObject(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = "{\"MessageId\":\"local-1\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        ses.start();
        client = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        client.createTable(r -> r.tableName(System.getenv("TABLE_NAME")).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE)));
        handler = new IntakeHandler();
    }

    @AfterAll
    static void stop() throws Exception {
        ses.stop(0);
        dynamo.stop();
    }

    @BeforeEach
    void clear() {
        SES_REQUESTS.clear();
    }

    @Test
    void theSampleProposalCreatesACaseAndMailsPartnerAndAdmins() throws Exception {
        Map<String, Object> response = invoke(withIdempotencyKey(event("intake-submit-proposal.json"), "sample-key-0001"));
        assertEquals(201, response.get("statusCode"));
        Map<String, Object> body = body(response);
        String code = (String) body.get("trackingCode");
        String token = (String) body.get("accessToken");
        assertEquals("/track/" + code, headers(response).get("Location"));
        assertEquals("INTAKE", body.get("stage"));

        Map<String, AttributeValue> track = client.getItem(r -> r.tableName(table())
                .key(Map.of("PK", AttributeValue.fromS("TRACK#" + code), "SK", AttributeValue.fromS("TRACK")))).item();
        assertEquals(body.get("id"), track.get("caseId").s());
        assertFalse(client.scan(r -> r.tableName(table())).items().toString().contains(token),
                "the access token itself is stored nowhere");

        assertEquals(2, SES_REQUESTS.size());
        String partnerMail = Json.write(SES_REQUESTS.get(0));
        assertTrue(partnerMail.contains("kerjasama@unmul.example.ac.id"));
        assertTrue(partnerMail.contains(code));
        assertTrue(Json.write(SES_REQUESTS.get(1)).contains("kerjasama@sikerja.example.go.id"));

        // the validation deadline is indexed for the reminders job from the day reminding starts
        List<Map<String, AttributeValue>> due = client.query(r -> r.tableName(table())
                .keyConditionExpression("PK = :pk AND begins_with(SK, :due)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CASE#" + body.get("id")),
                        ":due", AttributeValue.fromS("DUE#")))).items();
        assertEquals(1, due.size());
        assertEquals("REMIND#FROM", due.get(0).get("GSI2PK").s());
        assertTrue(due.get(0).get("SK").s().startsWith("DUE#INTAKE_VALIDATION#"));

        // the partner follows the case with the code and the token
        Map<String, Object> tracked = invoke(trackEvent(code, token));
        assertEquals(200, tracked.get("statusCode"));
        assertEquals("INTAKE", body(tracked).get("stage"));
        assertEquals(1, ((Number) body(tracked).get("version")).intValue(), "the version its next answer must name");
        assertEquals("Pendampingan penyusunan data kesehatan berbasis desa", body(tracked).get("title"));
    }

    @Test
    void aRetriedEventReturnsTheFirstAnswerAndCreatesNothingMore() throws Exception {
        String event = withIdempotencyKey(event("intake-submit-proposal.json"), "retry-key-0002");
        Map<String, Object> first = invoke(event);
        long cases = countCases();
        int mails = SES_REQUESTS.size();
        Map<String, Object> again = invoke(event);
        assertEquals(201, again.get("statusCode"));
        assertEquals(body(first), body(again));
        assertEquals("true", headers(again).get("Idempotent-Replayed"));
        assertEquals(cases, countCases());
        assertEquals(mails, SES_REQUESTS.size());
    }

    @Test
    void aWrongTokenLooksExactlyLikeAnUnknownCode() throws Exception {
        Map<String, Object> created = body(invoke(event("intake-submit-proposal.json")));
        String code = (String) created.get("trackingCode");
        Map<String, Object> wrongToken = invoke(trackEvent(code, "x".repeat(43)));
        Map<String, Object> unknown = invoke(trackEvent("KS-2026-ZZZZZZ", (String) created.get("accessToken")));
        Map<String, Object> missing = invoke(trackEvent(code, null));
        assertEquals(404, wrongToken.get("statusCode"));
        assertEquals(wrongToken.get("body"), unknown.get("body").toString().replace("KS-2026-ZZZZZZ", code));
        assertEquals(wrongToken.get("body"), missing.get("body"));
    }

    @Test
    void badRequestsGetProblemDetailsAndStoreNothing() throws Exception {
        long before = countCases();
        Map<String, Object> wrongType = invoke(event("intake-submit-proposal.json")
                .replace("\"content-type\": \"application/json\"", "\"content-type\": \"text/plain\""));
        assertProblem(wrongType, 415);
        Map<String, Object> malformed = invoke(withBody(event("intake-submit-proposal.json"), "{\"category\": "));
        assertProblem(malformed, 400);
        Map<String, Object> tooBig = invoke(withBody(event("intake-submit-proposal.json"),
                "{\"title\":\"" + "x".repeat(70_000) + "\"}"));
        assertProblem(tooBig, 413);
        Map<String, Object> array = invoke(withBody(event("intake-submit-proposal.json"), "[1,2,3]"));
        assertProblem(array, 400);
        Map<String, Object> incomplete = invoke(withBody(event("intake-submit-proposal.json"),
                "{\"category\":\"KSDPK\",\"durationMonths\":72}"));
        assertProblem(incomplete, 422);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body(incomplete).get("errors");
        List<Object> fields = errors.stream().map(e -> e.get("field")).toList();
        assertTrue(fields.containsAll(List.of("ksdpkInitiative", "partner", "title", "durationMonths")), fields.toString());
        assertEquals(before, countCases());
        assertTrue(SES_REQUESTS.isEmpty());
    }

    @Test
    void thePlainHandlerAnswersLikeTheSpringOne() throws Exception {
        Map<String, Object> created = body(invoke(event("intake-submit-proposal.json")));
        String track = trackEvent((String) created.get("trackingCode"), (String) created.get("accessToken"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlainIntakeHandler().handleRequest(new ByteArrayInputStream(track.getBytes(StandardCharsets.UTF_8)), out, null);
        Map<String, Object> plain = Json.readObject(out.toString(StandardCharsets.UTF_8));
        Map<String, Object> spring = invoke(track);
        assertEquals(200, ((Number) plain.get("statusCode")).intValue());
        assertEquals(body(spring), body(plain));
    }

    @Test
    void anIdempotencyKeyThatIsNotPrintableAsciiOrTooLongIsA400NamingTheHeaderAndStoresNothing() throws Exception {
        long before = countCases();
        for (String bad : List.of("kunci\tdengan-tab-01", "kunci-dengan-\u00e9-01", "nul\u0000-key-0001", "k".repeat(201))) {
            Map<String, Object> refused = invoke(withRawIdempotencyKey(event("intake-submit-proposal.json"), bad));
            assertProblem(refused, 400);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) body(refused).get("errors");
            assertEquals("Idempotency-Key", errors.get(0).get("field"), bad);
        }
        assertEquals(before, countCases());
        assertTrue(SES_REQUESTS.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static String withRawIdempotencyKey(String event, String key) {
        Map<String, Object> e = Json.readObject(event);
        ((Map<String, Object>) e.get("headers")).put("idempotency-key", key);
        return Json.write(e);
    }

    @Test
    void aPartnerAddressOverTheDailyCapGets429WithRetryAfterAndNothingChanges() throws Exception {
        // PROPOSAL_DAILY_LIMIT_PER_ADDRESS is 5 here; each request from another source IP
        String address = "Kerjasama.Limit@Example.ac.id";
        String firstEvent = fromAddress(event("intake-submit-proposal.json"), address, "192.0.2.1", "limit-first-0001");
        Map<String, Object> first = invoke(firstEvent);
        assertEquals(201, first.get("statusCode"), String.valueOf(first.get("body")));
        for (int i = 2; i <= 5; i++) {
            String spelling = i % 2 == 0 ? "kerjasama.limit+" + i + "@example.ac.id" : address.toUpperCase();
            Map<String, Object> ok = invoke(fromAddress(event("intake-submit-proposal.json"), spelling, "192.0.2." + i, null));
            assertEquals(201, ok.get("statusCode"), i + ": " + ok.get("body"));
            if (i == 3) {
                // a retry of the first proposal replays its answer and is not counted again
                Map<String, Object> retried = invoke(firstEvent);
                assertEquals(201, retried.get("statusCode"));
                assertEquals(body(first), body(retried));
            }
        }
        long cases = countCases();
        SES_REQUESTS.clear();
        Map<String, Object> refused = invoke(fromAddress(event("intake-submit-proposal.json"), address, "192.0.2.9", null));
        assertProblem(refused, 429);
        assertTrue(((String) body(refused).get("type")).endsWith("/too-many-proposals"));
        assertEquals("Terlalu banyak permohonan hari ini", body(refused).get("title"));
        long retryAfter = Long.parseLong(headers(refused).get("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 24 * 3600, "seconds until the Pemda's next day: " + retryAfter);
        assertEquals(cases, countCases(), "no case stored");
        assertTrue(SES_REQUESTS.isEmpty(), "no mail sent");
        // at the cap, a retry of the first proposal still gets its first answer
        Map<String, Object> replayed = invoke(firstEvent);
        assertEquals(201, replayed.get("statusCode"));
        assertEquals(body(first), body(replayed));
        assertEquals("Too many proposals today", body(invoke(withLanguage(fromAddress(
                event("intake-submit-proposal.json"), address, "192.0.2.10", null), "en"))).get("title"));
        // the counters hold neither the address nor the IP in clear, and expire
        String table = client.scan(r -> r.tableName(table())).items().stream()
                .filter(i -> i.get("PK").s().startsWith("QUOTA#")).peek(i -> assertNotNull(i.get("expiresAt"), i.toString()))
                .map(Object::toString).reduce("", String::concat);
        assertFalse(table.isEmpty());
        assertFalse(table.toLowerCase().contains("kerjasama.limit"), table);
        assertFalse(table.contains("192.0.2."), table);
    }

    @Test
    void aSourceIpOverTheDailyCapGets429() throws Exception {
        // PROPOSAL_DAILY_LIMIT_PER_SOURCE_IP is 8 here
        for (int i = 1; i <= 8; i++) {
            Map<String, Object> ok = invoke(fromAddress(event("intake-submit-proposal.json"), "mitra" + i + "@ip-limit.example.id",
                    "198.51.100.77", null));
            assertEquals(201, ok.get("statusCode"), i + ": " + ok.get("body"));
        }
        Map<String, Object> refused = invoke(fromAddress(event("intake-submit-proposal.json"), "mitra9@ip-limit.example.id",
                "198.51.100.77", null));
        assertProblem(refused, 429);
        assertNotNull(headers(refused).get("Retry-After"));
        assertEquals(201, invoke(fromAddress(event("intake-submit-proposal.json"), "mitra9@ip-limit.example.id",
                "198.51.100.78", null)).get("statusCode"), "another address, another network");
    }

    @Test
    void theConfirmationMailCarriesNoFreeTextOfTheRequestButThePartnersName() throws Exception {
        Map<String, Object> e = Json.readObject(fromAddress(event("intake-submit-proposal.json"), "korban@mail-abuse.example.id",
                "192.0.2.200", null));
        Map<String, Object> proposal = Json.readObject((String) e.get("body"));
        proposal.put("title", "Hadiah menanti Anda, klik http://penipu.example/hadiah sekarang");
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = (Map<String, Object>) proposal.get("partner");
        partner.put("contactPerson", "Petugas Bank http://penipu.example");
        e.put("body", Json.write(proposal));
        assertEquals(201, invoke(Json.write(e)).get("statusCode"));
        String partnerMail = Json.write(SES_REQUESTS.get(0));
        assertTrue(partnerMail.contains("korban@mail-abuse.example.id"));
        assertFalse(partnerMail.contains("penipu.example"), partnerMail);
        assertTrue(partnerMail.contains("Universitas Mulawarman"), "the partner's name stays");
    }

    /** The sample proposal to another address, from another source IP, with an Idempotency-Key or none. */
    @SuppressWarnings("unchecked")
    private static String fromAddress(String event, String email, String sourceIp, String key) {
        Map<String, Object> e = Json.readObject(event);
        Map<String, Object> proposal = Json.readObject((String) e.get("body"));
        ((Map<String, Object>) proposal.get("partner")).put("email", email);
        e.put("body", Json.write(proposal));
        ((Map<String, Object>) ((Map<String, Object>) e.get("requestContext")).get("http")).put("sourceIp", sourceIp);
        Map<String, Object> headers = (Map<String, Object>) e.get("headers");
        if (key == null) {
            headers.remove("idempotency-key");
        } else {
            headers.put("idempotency-key", key);
        }
        return Json.write(e);
    }

    @SuppressWarnings("unchecked")
    private static String withLanguage(String event, String language) {
        Map<String, Object> e = Json.readObject(event);
        ((Map<String, Object>) e.get("headers")).put("accept-language", language);
        return Json.write(e);
    }

    private static void assertProblem(Map<String, Object> response, int status) {
        assertEquals(status, response.get("statusCode"), String.valueOf(response.get("body")));
        assertTrue(headers(response).get("Content-Type").startsWith("application/problem+json"));
        assertEquals(status, body(response).get("status"));
    }

    private static long countCases() {
        return client.scan(r -> r.tableName(table())).items().stream()
                .filter(i -> i.get("SK").s().equals("META")).count();
    }

    private static String table() {
        return System.getenv("TABLE_NAME");
    }

    static String event(String name) throws IOException {
        return Files.readString(EVENTS.resolve(name));
    }

    private static String withIdempotencyKey(String event, String key) {
        return event.replace("7d0c6a52-0f5e-4d7e-9a51-1c2b3c4d5e6f", key);
    }

    @SuppressWarnings("unchecked")
    private static String withBody(String event, String body) {
        Map<String, Object> e = Json.readObject(event);
        e.put("body", body);
        ((Map<String, Object>) e.get("headers")).remove("idempotency-key");
        return Json.write(e);
    }

    @SuppressWarnings("unchecked")
    private static String trackEvent(String code, String token) throws IOException {
        Map<String, Object> e = Json.readObject(event("intake-track.json").replace("KS-2026-7K3QZP", code));
        Map<String, Object> headers = (Map<String, Object>) e.get("headers");
        if (token == null) {
            headers.remove("x-access-token");
        } else {
            headers.put("x-access-token", token);
        }
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

    @SuppressWarnings("unchecked")
    private static Map<String, String> headers(Map<String, Object> response) {
        return (Map<String, String>) response.get("headers");
    }
}
