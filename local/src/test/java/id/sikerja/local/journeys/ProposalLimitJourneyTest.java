package id.sikerja.local.journeys;

import id.sikerja.local.LocalRuntime;
import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import id.sikerja.local.testing.SentMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The daily caps of the anonymous {@code POST /proposals} through the local gateway, with the caps set as template
 * parameters (a system of its own: the shared one's caps are high for the other journeys). The gateway fills
 * {@code requestContext.http.sourceIp} as API Gateway does, so every request here comes from 127.0.0.1.
 */
class ProposalLimitJourneyTest {

    private static LocalSystem system;
    private static WorkflowApi api;

    @BeforeAll
    static void start() throws Exception {
        system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts()
                .repositoryRoot(LocalRuntime.findRepositoryRoot())
                .workDirectory(Files.createTempDirectory("proposal-limit-journey"))
                .parameter("ProposalDailyLimitPerAddress", "2")
                .parameter("ProposalDailyLimitPerSourceIp", "4"));
        api = new WorkflowApi(system);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void anAddressAndThenTheSourceIpReachTheirDailyCapsWith429AndRetryAfter() {
        String address = "mitra-" + UUID.randomUUID() + "@batas.example.id";
        String key = UUID.randomUUID().toString();
        Answer first = api.send("POST", "/proposals", proposal(address), Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.raw().body());
        Answer retried = api.send("POST", "/proposals", proposal(address), Map.of("Idempotency-Key", key));
        assertEquals(201, retried.status(), "a retry is not a new proposal");
        assertEquals(first.body().get("trackingCode"), retried.body().get("trackingCode"));
        assertEquals(201, api.send("POST", "/proposals", proposal(address.toUpperCase()), Map.of()).status());

        Answer refused = api.send("POST", "/proposals", proposal(address), Map.of());
        assertEquals(429, refused.status(), refused.raw().body());
        assertTrue(refused.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("Terlalu banyak permohonan hari ini", refused.body().get("title"));
        long retryAfter = Long.parseLong(refused.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 24 * 3600, String.valueOf(retryAfter));
        assertEquals(retryAfter, ((Number) refused.body().get("retryAfterSeconds")).longValue());
        Answer again = api.send("POST", "/proposals", proposal(address), Map.of("Idempotency-Key", key));
        assertEquals(201, again.status(), "at the cap a retry still gets its first answer");
        assertEquals(first.body().get("trackingCode"), again.body().get("trackingCode"));

        List<SentMail> toPartner = system.mail().sent().stream()
                .filter(m -> m.to().stream().anyMatch(t -> t.equalsIgnoreCase(address))).toList();
        assertEquals(2, toPartner.size(), "one confirmation per accepted proposal, none for the refused one");
        assertFalse(toPartner.get(0).text().contains("Pendampingan penyusunan data kesehatan"),
                "the confirmation carries no title: " + toPartner.get(0).text());
        assertTrue(toPartner.get(0).text().contains("Universitas Mulawarman"));

        // two proposals from 127.0.0.1 so far; the source IP's cap is 4
        assertEquals(201, api.send("POST", "/proposals", proposal("lain-" + UUID.randomUUID() + "@batas.example.id"),
                Map.of()).status());
        assertEquals(201, api.send("POST", "/proposals", proposal("lain-" + UUID.randomUUID() + "@batas.example.id"),
                Map.of()).status());
        Answer fromTheSameNetwork = api.send("POST", "/proposals",
                proposal("lain-" + UUID.randomUUID() + "@batas.example.id"), Map.of("Accept-Language", "en"));
        assertEquals(429, fromTheSameNetwork.status(), fromTheSameNetwork.raw().body());
        assertEquals("Too many proposals today", fromTheSameNetwork.body().get("title"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> proposal(String email) {
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        ((Map<String, Object>) body.get("partner")).put("email", email);
        return body;
    }
}
