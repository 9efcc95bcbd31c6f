package id.sikerja.local.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Through the gateway: the city's other systems receive each domain event of a case once (listed at
 * {@code GET /_local/events}, as EventBridge's stand-in received them), with the detail they rely on and no personal
 * data; an event the bus could not take stays pending in the table and the scheduled sweep delivers it, once.
 */
class DomainEventJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final LocalSystem system = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(system);
    private final String today = today().toString();

    private JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(system.apiUrl() + path));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private List<JsonNode> events(String caseId) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        call("GET", "/_local/events?caseId=" + caseId, null).get("events").forEach(out::add);
        return out;
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("detailType").asText()).toList();
    }

    /** Each event's detail against its schema in docs/events.asyncapi.yaml (what subscribers are promised). */
    private static void assertDocumented(List<JsonNode> events) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("docs/events.asyncapi.yaml"))) {
            root = root.getParent();
        }
        JsonNode document = new YAMLMapper().readTree(root.resolve("docs/events.asyncapi.yaml").toFile());
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (JsonNode e : events) {
            ObjectNode schema = JSON.createObjectNode();
            schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            schema.put("$ref", "#/components/schemas/" + e.get("detailType").asText());
            schema.set("components", document.get("components"));
            Set<ValidationMessage> problems = factory.getSchema(schema).validate(e.get("detail"));
            assertEquals(Set.of(), problems, e.get("detailType").asText() + " " + e.get("detail"));
        }
    }

    private List<String> pendingIds(String caseId) {
        List<String> ids = new ArrayList<>();
        system.dynamoDb().queryPaginator(r -> r.tableName(system.tableName()).indexName("GSI1")
                        .keyConditionExpression("GSI1PK = :p")
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("OUTBOX#EVENTS#PENDING"))))
                .items().stream().filter(i -> i.get("caseId").s().equals(caseId))
                .forEach(i -> ids.add(i.get("eventId").s()));
        return ids;
    }

    private JsonNode sweep() throws Exception {
        return call("POST", "/_local/schedules/EventRelayFunction/Sweep", null);
    }

    @Test
    void aCaseFromSubmissionToSigningAndEndingIsPublishedOnceEachWithoutPersonalData() throws Exception {
        Answer proposed = api.propose("Uji peristiwa domain " + UUID.randomUUID());
        String id = (String) proposed.body().get("id");
        String code = (String) proposed.body().get("trackingCode");
        List<JsonNode> submitted = events(id);
        assertEquals(List.of("CooperationSubmitted"), types(submitted), "published with the commit");
        JsonNode s = submitted.get(0);
        assertEquals("id.sikerja", s.get("source").asText());
        assertEquals(code, s.at("/detail/trackingCode").asText());
        assertEquals("INTAKE", s.at("/detail/stage").asText());
        assertEquals(s.at("/detail/eventId").asText().length(), 36, "a stable UUID for consumers to dedupe by");

        Walk w = api.new Walk(id, api.view("admin", id).version());
        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"), "facts", m("kbSignedOn", today, "kbSignatory", "KEPALA_DAERAH")));
        // a client retrying the signing on the version it saw changes nothing and publishes nothing
        Answer retried = api.post("admin", "/cooperations/" + id + "/transitions",
                WorkflowApi.transition("SIGN_KB", w.version - 1, m()));
        assertEquals(409, retried.status(), retried.raw().body());
        w.act("admin", "END", m("endReason", "KESEPAKATAN_PARA_PIHAK", "note", "Para pihak sepakat",
                "documents", docs("BERITA_ACARA")));
        // uploads registered by the S3 notification are published by the sweep (their function commits them)
        sweep();

        List<JsonNode> all = events(id);
        List<String> types = types(all);
        assertEquals(1, types.stream().filter("CooperationSubmitted"::equals).count(), types.toString());
        assertEquals(1, types.stream().filter("AgreementSigned"::equals).count(), types.toString());
        assertEquals(1, types.stream().filter("AgreementEnded"::equals).count(), types.toString());
        List<String> ids = all.stream().map(e -> e.at("/detail/eventId").asText()).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no event twice: " + types);

        // one StageChanged per stage change the timeline shows, in order
        List<String> visited = api.stagesVisited(id);
        List<String> changes = all.stream().filter(e -> e.get("detailType").asText().equals("StageChanged"))
                .map(e -> e.at("/detail/stageFrom").asText() + ">" + e.at("/detail/stageTo").asText()).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i < visited.size(); i++) {
            expected.add(visited.get(i - 1) + ">" + visited.get(i));
        }
        assertEquals(expected, changes);

        JsonNode signed = all.stream().filter(e -> e.get("detailType").asText().equals("AgreementSigned")).findFirst()
                .orElseThrow();
        assertEquals("SIGN_KB", signed.at("/detail/action").asText());
        assertEquals("KB_SIGNED", signed.at("/detail/signedDocuments/0/documentType").asText());
        JsonNode ended = all.stream().filter(e -> e.get("detailType").asText().equals("AgreementEnded")).findFirst()
                .orElseThrow();
        assertEquals("KESEPAKATAN_PARA_PIHAK", ended.at("/detail/endReason").asText());
        assertEquals("END", ended.at("/detail/action").asText());

        // each registered document once, with the SHA-256 of the registered version
        List<JsonNode> documents = all.stream().filter(e -> e.get("detailType").asText().equals("DocumentRegistered"))
                .toList();
        List<String> documentKeys = documents.stream().map(e -> e.at("/detail/documentType").asText() + "#"
                + e.at("/detail/documentVersion").asText()).toList();
        assertEquals(documentKeys.size(), new HashSet<>(documentKeys).size(), documentKeys.toString());
        assertTrue(documentKeys.containsAll(List.of("SURAT_PERMOHONAN#1", "KB_SIGNED#1", "BERITA_ACARA#1")),
                documentKeys.toString());
        String kbHash = signed.at("/detail/signedDocuments/0/sha256").asText();
        assertTrue(documents.stream().anyMatch(e -> e.at("/detail/sha256").asText().equals(kbHash)));

        Map<?, ?> partner = (Map<?, ?>) ((Map<?, ?>) api.view("admin", id).body().get("proposal")).get("partner");
        String partnerName = String.valueOf(partner.get("name"));
        assertFalse(partnerName.isBlank() || partnerName.equals("null"));
        for (JsonNode e : all) {
            String detail = e.get("detail").toString();
            assertFalse(detail.contains("@"), "no e-mail address: " + detail);
            assertFalse(detail.contains(partnerName), "no partner name: " + detail);
            assertFalse(detail.contains("Para pihak sepakat"), "no note: " + detail);
        }
        assertEquals(List.of(), pendingIds(id), "everything published");
        assertDocumented(all);
    }

    @Test
    void anEventTheBusCouldNotTakeStaysPendingAndTheSweepDeliversItOnce() throws Exception {
        Answer proposed = api.propose("Uji bus mati " + UUID.randomUUID());
        String id = (String) proposed.body().get("id");
        Walk w = api.new Walk(id, api.view("admin", id).version());
        call("POST", "/_local/faults/events", "{\"down\":true}");
        try {
            w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
            assertEquals(List.of("CooperationSubmitted"), types(events(id)), "the bus took nothing of the change");
            assertFalse(pendingIds(id).isEmpty(), "the change's events are kept in the table");
            JsonNode failedSweep = sweep();
            assertEquals(0, failedSweep.get("published").asInt());
        } finally {
            call("POST", "/_local/faults/events", "{\"down\":false}");
        }
        List<String> pending = pendingIds(id);
        JsonNode swept = sweep();
        assertTrue(swept.get("published").asInt() >= pending.size(), swept.toString());
        assertEquals(List.of(), pendingIds(id));
        sweep();
        List<JsonNode> all = events(id);
        List<String> ids = all.stream().map(e -> e.at("/detail/eventId").asText()).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "each once: " + types(all));
        assertTrue(ids.containsAll(pending), "the pending events, under the ids they were written with");
        assertTrue(types(all).contains("StageChanged"), types(all).toString());
    }
}
