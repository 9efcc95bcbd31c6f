package id.sikerja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The metrics are CloudWatch Embedded Metric Format lines: what CloudWatch Logs extracts a metric from. */
class MetricsTest {

    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();

    @AfterEach
    void restore() {
        Metrics.output(System.out, -1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> only() {
        String[] written = lines.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, written.length, "one line per data point");
        return Json.readObject(written[0]);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTransitionIsCountedByItsActionInTheStacksNamespace() {
        Metrics.output(new PrintStream(lines, true, StandardCharsets.UTF_8), 1_765_000_000_000L);
        Metrics.count(Metrics.Metric.Transitions, "APPROVE", 1);
        Map<String, Object> emf = only();
        Map<String, Object> aws = (Map<String, Object>) emf.get("_aws");
        assertEquals(1_765_000_000_000L, ((Number) aws.get("Timestamp")).longValue());
        List<Map<String, Object>> directives = (List<Map<String, Object>>) aws.get("CloudWatchMetrics");
        assertEquals(1, directives.size());
        Map<String, Object> directive = directives.get(0);
        assertEquals(Metrics.namespace(), directive.get("Namespace"));
        assertEquals(List.of(List.of("Action")), directive.get("Dimensions"));
        assertEquals(List.of(Map.of("Name", "Transitions", "Unit", "Count")), directive.get("Metrics"));
        // the dimension's value and the metric's value are members of the document's root, as EMF requires
        assertEquals("APPROVE", emf.get("Action"));
        assertEquals(1, ((Number) emf.get("Transitions")).intValue());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReminderRunsCompletionHasNoDimension() {
        Metrics.output(new PrintStream(lines, true, StandardCharsets.UTF_8), 1L);
        Metrics.count(Metrics.Metric.ReminderRunCompleted);
        Map<String, Object> emf = only();
        Map<String, Object> directive = ((List<Map<String, Object>>) ((Map<String, Object>) emf.get("_aws"))
                .get("CloudWatchMetrics")).get(0);
        assertEquals(List.of(List.of()), directive.get("Dimensions"), "the alarm's metric has no dimension either");
        assertEquals(List.of(Map.of("Name", "ReminderRunCompleted", "Unit", "Count")), directive.get("Metrics"));
        assertEquals(1, ((Number) emf.get("ReminderRunCompleted")).intValue());
    }

    @Test
    void theNamespaceIsTheTemplatesVariable() {
        Map<String, Object> emf = Metrics.document("SiKerja/sikerja-prod", Metrics.Metric.ServerErrors,
                "GET /cooperations", 2, 5L);
        assertEquals("{\"_aws\":{\"Timestamp\":5,\"CloudWatchMetrics\":[{\"Namespace\":\"SiKerja/sikerja-prod\","
                + "\"Dimensions\":[[\"Route\"]],\"Metrics\":[{\"Name\":\"ServerErrors\",\"Unit\":\"Count\"}]}]},"
                + "\"Route\":\"GET /cooperations\",\"ServerErrors\":2}", Json.write(emf));
    }

    @Test
    void aDimensionIsNeitherForgottenNorInvented() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.count(Metrics.Metric.Transitions, null, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Metrics.count(Metrics.Metric.ProposalsReceived, "x", 1));
    }
}
