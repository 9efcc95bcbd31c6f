package id.sikerja.reads;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.api.Json;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The read functions as Lambda runs them: cases committed through {@link DynamoCaseStore} (which writes each case's
 * summary in the same transaction) into DynamoDB Local, and the sample events of events/ through the handlers,
 * Spring Cloud Function's adapter included.
 */
class ReadsFunctionTest {

    private static final Path EVENTS = Path.of("../../events");
    /** The SHA-256 the sample verify event asks about. */
    private static final String SAMPLE_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static DynamoDBProxyServer dynamo;
    private static DynamoCaseStore store;

    @BeforeAll
    static void start() throws Exception {
        dynamo = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-disableTelemetry", "-port", System.getenv("TEST_DYNAMODB_PORT")});
        dynamo.start();
        DynamoDbClient client = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        String table = System.getenv("TABLE_NAME");
        client.createTable(r -> r.tableName(table).billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("SK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1PK").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("GSI1SK").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("PK").keyType(KeyType.HASH),
                        k -> k.attributeName("SK").keyType(KeyType.RANGE))
                .globalSecondaryIndexes(g -> g.indexName("GSI1")
                        .keySchema(k -> k.attributeName("GSI1PK").keyType(KeyType.HASH),
                                k -> k.attributeName("GSI1SK").keyType(KeyType.RANGE))
                        .projection(p -> p.projectionType(ProjectionType.ALL))));
        store = new DynamoCaseStore(client, table, Clock.systemUTC());
        create(record("mine-intake", "Pelayanan Kesehatan Ibu", Stage.INTAKE, "DINKES", 1, Facts.empty(), List.of()));
        create(record("other-department", "Kesehatan Pelabuhan", Stage.INTAKE, "DISHUB", 1, Facts.empty(), List.of()));
        create(record("mine-other-stage", "Kesehatan Sekolah", Stage.PERSIAPAN, "DINKES", 1, Facts.empty(), List.of()));
        LocalDate start = LocalDate.of(2025, 1, 1);
        create(record("signed", "Rujukan Kesehatan Rumah Sakit", Stage.PELAKSANAAN, "DINKES", 1,
                Facts.empty().with(Fact.TERM_START, start).with(Fact.TERM_MONTHS, 36).with(Fact.PKS_SIGNED_ON, start),
                List.of(new DocumentVersion(DocumentType.PKS_SIGNED, 1, "documents/signed/pks", SAMPLE_SHA, "pks.pdf",
                        Instant.parse("2025-01-02T03:00:00Z"), "admin-1", Role.ADMIN))));
    }

    @AfterAll
    static void stop() throws Exception {
        dynamo.stop();
    }

    private static CaseRecord record(String id, String title, Stage stage, String department, long version, Facts facts,
                                     List<DocumentVersion> documents) {
        Partner partner = new Partner("Universitas Mulawarman", PartnerType.PERGURUAN_TINGGI, "Kota Samarinda",
                "Jl. Kuaro", "Dr. Siti Rahmawati", "kerjasama@unmul.example.ac.id", "+62 541 741118");
        Proposal p = new Proposal(Category.KSDPK, null, KsdpkInitiative.PIHAK_KETIGA, partner, title, "latar", "tujuan",
                "lingkup", "manfaat", "Samarinda", 36, "APBD", List.of(department));
        Instant now = Instant.now();
        CaseState s = new CaseState(id, Category.KSDPK, Optional.empty(), Optional.of(KsdpkInitiative.PIHAK_KETIGA),
                Origin.PARTNER_APPLICATION, stage, now, List.of(department), version, facts, Documents.of(documents),
                List.of(), List.of(), Optional.empty(), Optional.empty(),
                stage == Stage.DITOLAK ? Optional.of(EndReason.DITOLAK_SAAT_INTAKE) : Optional.empty(), now);
        return new CaseRecord("KS-" + id, p, s, now);
    }

    private static void create(CaseRecord r) {
        store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(r, 0, List.of(), List.of())), List.of(),
                Optional.empty()));
    }

    @Test
    void anOpdOfficersListShowsItsDepartmentsMatchesAndFollowsAChangeAtOnce() throws Exception {
        OfficerReadsHandler handler = new OfficerReadsHandler();
        String event = Files.readString(EVENTS.resolve("reads-list-cooperations.json"));
        Map<String, Object> first = invoke(handler, event);
        assertEquals(200, first.get("statusCode"), String.valueOf(first.get("body")));
        assertEquals(Set.of("mine-intake", "signed"), ids(first));

        // rejected at intake: the commit rewrites the summary with the case, and the warm function reads the change
        CaseRecord before = store.find("mine-intake").orElseThrow();
        CaseRecord rejected = record("mine-intake", "Pelayanan Kesehatan Ibu", Stage.DITOLAK, "DINKES", 2,
                Facts.empty(), List.of());
        store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(rejected, before.version(), List.of(),
                List.of())), List.of(), Optional.empty()));
        assertEquals(Set.of("signed"), ids(invoke(handler, event)));
    }

    @Test
    void theSampleVerifyEventFindsTheSignedPks() throws Exception {
        Map<String, Object> answer = invoke(new PublicRegistryHandler(),
                Files.readString(EVENTS.resolve("registry-verify.json")));
        assertEquals(200, answer.get("statusCode"), String.valueOf(answer.get("body")));
        Map<String, Object> body = Json.readObject((String) answer.get("body"));
        assertEquals(true, body.get("genuine"));
        assertEquals("signed", ((Map<?, ?>) body.get("agreement")).get("id"));
        String raw = (String) answer.get("body");
        for (String personal : List.of("Siti Rahmawati", "unmul.example.ac.id", "741118", "Jl. Kuaro", "KS-signed")) {
            assertFalse(raw.contains(personal), personal);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> ids(Map<String, Object> response) {
        Map<String, Object> body = Json.readObject((String) response.get("body"));
        return ((List<Map<String, Object>>) body.get("items")).stream().map(i -> (String) i.get("id"))
                .collect(Collectors.toSet());
    }

    private static Map<String, Object> invoke(com.amazonaws.services.lambda.runtime.RequestStreamHandler handler,
                                              String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
        return Json.readObject(out.toString(StandardCharsets.UTF_8));
    }
}
