package id.sikerja.local.journeys;

import id.sikerja.api.Json;
import id.sikerja.local.testing.LocalSystem;
import id.sikerja.local.testing.SentMail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A partner's proposal end to end, through the local gateway into the real handlers, the table, and the mail
 * service, exactly as a client of the HTTP API sees it. Runs against the stand-ins and, where Docker exists,
 * against LocalStack.
 */
abstract class IntakeJourneyContract {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    abstract LocalSystem system();

    static String sampleBody() throws IOException {
        Map<String, Object> event = Json.readObject(Files.readString(
                Path.of(System.getProperty("sikerja.repo", "..")).resolve("events/intake-submit-proposal.json")));
        return (String) event.get("body");
    }

    /** The sample proposal with a title no other test uses, so its records can be counted. */
    static String sampleBody(String marker) throws IOException {
        Map<String, Object> body = Json.readObject(sampleBody());
        body.put("title", "Uji " + marker);
        return Json.write(body);
    }

    HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(system().apiUrl() + path))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> track(String code, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(system().apiUrl() + "/track/" + code)).GET();
        if (token != null) {
            b.header("X-Access-Token", token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Cases whose title carries the marker (a test may scan; request paths never do). */
    long casesTitled(String marker) {
        return system().dynamoDb().scanPaginator(r -> r.tableName(system().tableName())
                        .filterExpression("SK = :meta AND proposal.title = :title")
                        .expressionAttributeValues(Map.of(":meta", AttributeValue.fromS("META"),
                                ":title", AttributeValue.fromS("Uji " + marker))))
                .items().stream().count();
    }

    long allCases() {
        return system().dynamoDb().scanPaginator(r -> r.tableName(system().tableName())
                        .filterExpression("SK = :meta")
                        .expressionAttributeValues(Map.of(":meta", AttributeValue.fromS("META"))))
                .items().stream().count();
    }

    @Test
    void theSampleProposalIsAcceptedAndTheConfirmationIsInTheMailStore() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> created = post("/proposals", "application/json", sampleBody(marker), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> body = Json.readObject(created.body());
        String code = (String) body.get("trackingCode");
        String token = (String) body.get("accessToken");
        assertTrue(code.matches("KS-\\d{4}-[0-9A-Z]{6}"), code);
        assertEquals("/track/" + code, created.headers().firstValue("Location").orElseThrow());
        assertTrue(created.headers().firstValue("X-Correlation-Id").isPresent());
        assertEquals(1, casesTitled(marker));

        SentMail confirmation = awaitMail(m -> m.subject().contains(code) && m.to().contains("kerjasama@unmul.example.ac.id"));
        assertTrue(confirmation.text().contains("/lacak/" + code + "#token=" + token), confirmation.text());
        assertTrue(confirmation.html().contains(code));
        SentMail adminNotice = awaitMail(m -> m.subject().contains(code) && !m.to().contains("kerjasama@unmul.example.ac.id"));
        assertFalse(adminNotice.text().contains(token));

        HttpResponse<String> tracked = track(code, token);
        assertEquals(200, tracked.statusCode(), tracked.body());
        Map<String, Object> view = Json.readObject(tracked.body());
        assertEquals("INTAKE", view.get("stage"));
        assertEquals("Uji " + marker, view.get("title"));
        assertFalse(tracked.body().contains("Rahmawati"), "the tracking view shows no contact details");
    }

    @Test
    void twentyConcurrentRequestsWithOneIdempotencyKeyCreateExactlyOneCase() throws Exception {
        String marker = UUID.randomUUID().toString();
        String body = sampleBody(marker);
        String key = "journey-" + marker;
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(system().apiUrl() + "/proposals"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            calls.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = calls.stream().map(CompletableFuture::join).toList();
        assertEquals(Set.of(201), responses.stream().map(HttpResponse::statusCode).collect(Collectors.toSet()),
                responses.stream().map(HttpResponse::body).toList().toString());
        Set<Object> ids = responses.stream().map(r -> Json.readObject(r.body()).get("id")).collect(Collectors.toSet());
        assertEquals(1, ids.size());
        Set<Object> tokens = responses.stream().map(r -> Json.readObject(r.body()).get("accessToken")).collect(Collectors.toSet());
        assertEquals(1, tokens.size(), "every retry gets the same, working token");
        assertEquals(1, casesTitled(marker));
        assertEquals(19, responses.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").isPresent()).count());
    }

    @Test
    void malformedOversizedWronglyTypedAndIncompleteProposalsGet4xxProblemsAndLeaveNoRecord() throws Exception {
        long before = allCases();
        String valid = sampleBody(UUID.randomUUID().toString());
        Map<String, Object> incomplete = Json.readObject(valid);
        incomplete.remove("title");
        incomplete.put("durationMonths", 61);
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = (Map<String, Object>) incomplete.get("partner");
        partner.put("email", "bukan-email");

        Map<String, HttpResponse<String>> answers = Map.of(
                "malformed", post("/proposals", "application/json", "{\"category\": \"KSDD\",", Map.of()),
                "not an object", post("/proposals", "application/json", "[1,2,3]", Map.of()),
                "oversized", post("/proposals", "application/json",
                        valid.replace("\"title\":", "\"padding\":\"" + "x".repeat(70_000) + "\",\"title\":"), Map.of()),
                "wrong type", post("/proposals", "text/plain", valid, Map.of()),
                "no type", post("/proposals", null, valid, Map.of()),
                "incomplete", post("/proposals", "application/json", Json.write(incomplete), Map.of()),
                "bad key", post("/proposals", "application/json", valid, Map.of("Idempotency-Key", "short")));
        Map<String, Integer> expected = Map.of("malformed", 400, "not an object", 400, "oversized", 413,
                "wrong type", 415, "no type", 415, "incomplete", 422, "bad key", 422);
        answers.forEach((what, response) -> {
            assertEquals(expected.get(what), response.statusCode(), what + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
            assertEquals(expected.get(what), Json.readObject(response.body()).get("status"), what);
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Json.readObject(answers.get("incomplete").body()).get("errors");
        assertEquals(Set.of("title", "durationMonths", "partner.email"),
                errors.stream().map(e -> e.get("field")).collect(Collectors.toSet()));
        assertTrue(errors.stream().allMatch(e -> e.get("message") instanceof String m && !m.isBlank()));
        assertEquals(before, allCases());
    }

    @Test
    void aWrongTokenAndAnUnknownCodeAnswerTheSame404() throws Exception {
        Map<String, Object> created = Json.readObject(post("/proposals", "application/json",
                sampleBody(UUID.randomUUID().toString()), Map.of()).body());
        String code = (String) created.get("trackingCode");
        HttpResponse<String> wrong = track(code, "A".repeat(43));
        HttpResponse<String> none = track(code, null);
        HttpResponse<String> unknown = track("KS-2020-ZZZZZZ", (String) created.get("accessToken"));
        for (HttpResponse<String> r : List.of(wrong, none, unknown)) {
            assertEquals(404, r.statusCode());
            Map<String, Object> problem = Json.readObject(r.body());
            assertEquals("Permohonan tidak ditemukan", problem.get("title"));
        }
        assertEquals(Json.readObject(wrong.body()).get("detail"), Json.readObject(unknown.body()).get("detail"));
    }

    SentMail awaitMail(java.util.function.Predicate<SentMail> which) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            for (SentMail m : system().mail().sent()) {
                if (which.test(m)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such mail in " + system().mail().sent().size() + " sent");
    }
}
