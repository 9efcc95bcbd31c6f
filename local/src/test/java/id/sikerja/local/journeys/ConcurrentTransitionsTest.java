package id.sikerja.local.journeys;

import id.sikerja.api.Json;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/** Optimistic locking through the gateway: one version, many writers, one winner. */
class ConcurrentTransitionsTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    @Test
    void fiftyConcurrentTransitionsOfOneVersionApplyExactlyOnce() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji serentak " + UUID.randomUUID(), "DINKES"));
        int eventsBefore = api.view("admin", w.id).list("timeline").size();
        String body = Json.write(WorkflowApi.transition("RECORD_FACTS", w.version,
                m("facts", m("inRkpd", true, "budgetYear", 2027), "note", "Tercantum dalam RKPD 2027")));
        String auth = api.officer("admin").get("Authorization");

        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(api.system().apiUrl() + "/cooperations/" + w.id
                            + "/transitions")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            calls.add(WorkflowApi.HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();

        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertEquals(Map.of(200, 1L, 409, 49L), byStatus, responses.stream()
                .filter(r -> r.statusCode() != 200 && r.statusCode() != 409).map(HttpResponse::body).toList().toString());
        for (HttpResponse<String> r : responses) {
            if (r.statusCode() == 409) {
                Map<String, Object> problem = Json.readObject(r.body());
                assertEquals("https://sikerja.id/problems/version-conflict", problem.get("type"));
                assertEquals(w.version + 1, ((Number) ((Map<?, ?>) problem.get("current")).get("version")).longValue(),
                        "every loser sees the winner's version");
            }
        }
        List<Map<String, Object>> timeline = api.view("admin", w.id).list("timeline");
        assertEquals(eventsBefore + 1, timeline.size(), "exactly one new event");
        assertEquals("RECORD_FACTS", timeline.get(timeline.size() - 1).get("action"));
        assertEquals(w.version + 1, api.view("admin", w.id).version());
    }

    @Test
    void aRetriedTransitionWithItsIdempotencyKeyReturnsTheFirstAnswerAndWritesNothing() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji ulang " + UUID.randomUUID(), "DINKES"));
        Map<String, Object> body = WorkflowApi.transition("RECORD_FACTS", w.version, m("facts", m("inApbd", true)));
        Map<String, String> headers = Map.of("Authorization", api.officer("opd-dinkes").get("Authorization"),
                "Idempotency-Key", "retry-" + UUID.randomUUID());
        WorkflowApi.Answer first = api.send("POST", "/cooperations/" + w.id + "/transitions", body, headers);
        assertEquals(200, first.status(), first.raw().body());
        WorkflowApi.Answer again = api.send("POST", "/cooperations/" + w.id + "/transitions", body, headers);
        assertEquals(200, again.status());
        assertEquals(first.raw().body(), again.raw().body());
        assertEquals("true", again.raw().headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(2, api.view("admin", w.id).list("timeline").size());

        Map<String, Object> other = WorkflowApi.transition("RECORD_FACTS", w.version + 1, m("facts", m("inRkpd", true)));
        WorkflowApi.Answer reused = api.send("POST", "/cooperations/" + w.id + "/transitions", other, headers);
        assertEquals(422, reused.status());
        assertEquals("idempotency_key_reused", reused.list("errors").get(0).get("code"));
    }
}
