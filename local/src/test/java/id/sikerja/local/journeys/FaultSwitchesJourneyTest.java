package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import id.sikerja.local.testing.SentMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The local runtime's fault switches over HTTP, as someone rehearsing an outage against a running {@code local/run}
 * uses them: mail down and up again ({@code POST /_local/faults/ses}), and the import fault
 * ({@code POST /_local/faults/import}), both shown by {@code GET /_local/faults}.
 */
class FaultSwitchesJourneyTest {

    private static LocalSystem system;
    private static WorkflowApi api;

    @BeforeAll
    static void start() {
        system = LocalSystem.shared();
        api = new WorkflowApi(system);
    }

    @AfterEach
    void recover() {
        api.send("POST", "/_local/faults/ses", m("down", false), Map.of());
        api.send("POST", "/_local/faults/import", m("failAtRow", -1), Map.of());
    }

    @Test
    void mailGoesDownAndComesBackOverHttp() throws Exception {
        Answer down = api.send("POST", "/_local/faults/ses", m("down", true), Map.of());
        assertEquals(200, down.status(), down.raw().body());
        assertEquals(Map.of("down", true), down.body());
        assertThrows(ConnectException.class, () -> sesHealth(), "the SES emulator no longer answers");
        assertEquals(Map.of("down", true), api.send("GET", "/_local/faults", null, Map.of()).body().get("ses"));
        assertEquals(200, api.send("POST", "/_local/faults/ses", m("down", true), Map.of()).status(),
                "switching it down again changes nothing");

        Answer up = api.send("POST", "/_local/faults/ses", m("down", false), Map.of());
        assertEquals(200, up.status(), up.raw().body());
        assertEquals(Map.of("down", false), up.body());
        assertEquals(200, sesHealth());
        Answer proposal = api.propose("Uji pemadaman surel");
        String code = (String) proposal.body().get("trackingCode");
        assertTrue(awaitMailAbout(code), "mail is sent again once it is up");
    }

    @Test
    void theImportFaultIsSetShownAndTurnedOffOverHttp() {
        Answer set = api.send("POST", "/_local/faults/import", m("failAtRow", 2), Map.of());
        assertEquals(200, set.status(), set.raw().body());
        assertEquals(Map.of("failAtRow", 2), api.send("GET", "/_local/faults", null, Map.of()).body().get("import"));
        assertEquals(200, api.send("POST", "/_local/faults/import", m("failAtRow", -1), Map.of()).status());
        assertEquals(Map.of("failAtRow", -1), api.send("GET", "/_local/faults", null, Map.of()).body().get("import"));
    }

    @Test
    void aSwitchWithoutItsStateIsRefusedAndChangesNothing() {
        for (Object body : List.of(m("down", "yes"), m("failAtRow", "2"), m())) {
            assertEquals(400, api.send("POST", "/_local/faults/ses", body, Map.of()).status(), body.toString());
        }
        assertEquals(400, api.send("POST", "/_local/faults/import", m("failAtRow", -2), Map.of()).status());
        Map<?, ?> faults = api.send("GET", "/_local/faults", null, Map.of()).body();
        assertEquals(Map.of("down", false), faults.get("ses"));
        assertEquals(Map.of("failAtRow", -1), faults.get("import"));
    }

    private static int sesHealth() throws IOException, InterruptedException {
        return WorkflowApi.HTTP.send(HttpRequest.newBuilder(system.sesUrl().resolve("/health-check"))
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static boolean awaitMailAbout(String trackingCode) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (SentMail mail : system.mail().sent()) {
                if (mail.subject().contains(trackingCode)) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }
}
