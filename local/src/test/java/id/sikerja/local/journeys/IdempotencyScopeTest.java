package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/** Through the gateway: an Idempotency-Key belongs to its caller, and a header that cannot be a key is refused. */
class IdempotencyScopeTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    @Test
    void anotherOfficersRequestWithTheSameKeyAndBodyIsANewRequestNotTheFirstCallersReplay() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji kunci bersama " + UUID.randomUUID(), "DINKES"));
        Map<String, Object> body = WorkflowApi.transition("RECORD_FACTS", w.version, m("facts", m("inApbd", true)));
        String key = "shared-" + UUID.randomUUID();
        String path = "/cooperations/" + w.id + "/transitions";

        WorkflowApi.Answer first = api.send("POST", path, body, with(api.officer("opd-dinkes"), key));
        assertEquals(200, first.status(), first.raw().body());

        WorkflowApi.Answer other = api.send("POST", path, body, with(api.officer("admin"), key));
        assertTrue(other.raw().headers().firstValue("Idempotent-Replayed").isEmpty(),
                "the first officer's answer is not handed to another officer");
        assertEquals(409, other.status(), "decided afresh: the version it names is stale now");
        assertEquals("version-conflict", other.type());
        assertEquals(w.version + 1, ((Number) other.current().get("version")).longValue());
        assertEquals(2, api.view("admin", w.id).list("timeline").size(), "one transition, once");

        WorkflowApi.Answer retry = api.send("POST", path, body, with(api.officer("opd-dinkes"), key));
        assertEquals(200, retry.status());
        assertEquals("true", retry.raw().headers().firstValue("Idempotent-Replayed").orElse(null),
                "the first caller's own retry still gets its answer");
        assertEquals(first.raw().body(), retry.raw().body());
    }

    @Test
    void aKeyLongerThan200IsRefusedWith400NamingTheHeaderAndChangesNothing() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji kunci rusak " + UUID.randomUUID(), "DINKES"));
        Map<String, Object> body = WorkflowApi.transition("RECORD_FACTS", w.version, m("facts", m("inApbd", true)));
        // (a client sends other bytes than printable ASCII in a header hardly intact: Java's replaces them;
        // IdempotencyTest and IntakeFunctionTest cover them)
        for (String bad : List.of("k".repeat(201), "k".repeat(1000))) {
            WorkflowApi.Answer refused = api.send("POST", "/cooperations/" + w.id + "/transitions", body,
                    with(api.officer("opd-dinkes"), bad));
            assertEquals(400, refused.status(), bad + ": " + refused.raw().body());
            assertTrue(refused.raw().headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/problem+json"));
            assertEquals("Idempotency-Key", refused.list("errors").get(0).get("field"));
        }
        assertEquals(w.version, api.view("admin", w.id).version(), "nothing changed");

        WorkflowApi.Answer proposal = api.send("POST", "/proposals", m("title", "x"),
                Map.of("Idempotency-Key", "x".repeat(300), "Accept-Language", "en"));
        assertEquals(400, proposal.status(), proposal.raw().body());
        assertEquals("Idempotency-Key", proposal.list("errors").get(0).get("field"));
        assertEquals("Invalid header", proposal.body().get("title"));
    }

    private static Map<String, String> with(Map<String, String> officer, String key) {
        return Map.of("Authorization", officer.get("Authorization"), "Idempotency-Key", key);
    }
}
