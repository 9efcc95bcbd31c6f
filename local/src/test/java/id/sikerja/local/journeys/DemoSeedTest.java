package id.sikerja.local.journeys;

import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** POST /_local/seed fills the local system with demo cases through the API, and a second call adds nothing. */
class DemoSeedTest {

    private final LocalSystem system = LocalSystem.shared();

    @Test
    void seedingEntersDemoCasesOnceThroughTheApi() throws Exception {
        HttpResponse<String> first = seed();
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"cooperations\""));
        Map<String, Long> stages = stagesOfDemoCases();
        assertEquals(Map.of("INTAKE", 2L, "PERSIAPAN", 1L, "PELAKSANAAN", 1L), stages);

        assertEquals(200, seed().statusCode());
        assertEquals(stages, stagesOfDemoCases(), "seeding again creates nothing new");
    }

    private HttpResponse<String> seed() throws Exception {
        return IntakeJourneyContract.HTTP.send(HttpRequest.newBuilder(URI.create(system.apiUrl() + "/_local/seed"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Long> stagesOfDemoCases() {
        List<String> titles = List.of("Pendampingan penyusunan data kesehatan berbasis desa",
                "Pengelolaan bersama air baku lintas batas", "Pengembangan layanan telemedisin puskesmas (PKS 2024)");
        Map<String, Long> byStage = new java.util.TreeMap<>();
        system.dynamoDb().scanPaginator(r -> r.tableName(system.tableName())
                        .filterExpression("SK = :meta").expressionAttributeValues(Map.of(":meta", AttributeValue.fromS("META"))))
                .items().stream()
                .filter(i -> titles.contains(i.get("proposal").m().get("title").s())
                        || i.get("origin").s().equals("DEPARTMENT") && i.get("proposal").m().get("title").s()
                        .equals(departmentSampleTitle()))
                .forEach(i -> byStage.merge(i.get("stage").s(), 1L, Long::sum));
        return byStage;
    }

    private static String departmentSampleTitle() {
        return (String) WorkflowApi.sample("events/workflow-open-cooperation.json").get("title");
    }
}
