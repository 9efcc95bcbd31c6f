package id.sikerja.local.journeys;

import id.sikerja.api.Json;
import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input through the local gateway (issue 11): every answer is a 4xx problem naming what is wrong, never a
 * 500, and nothing is stored: huge and overflowing numbers, over-long path parameters, an empty department list,
 * control characters and text-direction overrides, wrongly typed values; messages follow Accept-Language weights.
 */
class HostileInputJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    @Test
    void hugeAndOverflowingNumbersAreBadRequestsOnPublicRoutes() {
        Answer proposed = api.propose("Uji angka " + UUID.randomUUID());
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        Map<String, String> partner = Map.of("X-Access-Token", token);

        // anonymous: a 72-byte body costing half a second of CPU before any permission check, then stored
        Answer huge = raw("POST", "/track/" + code + "/transitions",
                "{\"action\":\"WITHDRAW\",\"version\":1,\"facts\":{\"budgetAmount\":1e150000}}", partner);
        assertEquals(400, huge.status(), huge.raw().body());
        assertEquals("/facts/budgetAmount", huge.list("errors").get(0).get("pointer"));
        assertEquals("number_bounds", huge.list("errors").get(0).get("code"));
        Answer larger = raw("POST", "/track/" + code + "/transitions",
                "{\"action\":\"WITHDRAW\",\"version\":1,\"facts\":{\"budgetAmount\":1e450000}}", partner);
        assertEquals(400, larger.status(), larger.raw().body());

        for (String route : List.of("/proposals", "/track/" + code + "/transitions")) {
            Answer overflow = raw("POST", route, "{\"durationMonths\":1e9999999999}", partner);
            assertEquals(400, overflow.status(), route + ": " + overflow.raw().body());
            assertEquals("application/problem+json; charset=utf-8",
                    overflow.raw().headers().firstValue("Content-Type").orElseThrow());
        }
        assertEquals(1L, api.send("GET", "/track/" + code, null, partner).version(), "nothing changed");
    }

    @Test
    void anAdminsMoneyIsBoundedByItsDomain() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji anggaran " + UUID.randomUUID(), "DINKES"));
        for (String amount : List.of("\"1e150000\"", "1000000000000000.01", "0.001", "\"" + "9".repeat(60_000) + "\"")) {
            Answer bad = raw("POST", "/cooperations/" + w.id + "/transitions", "{\"action\":\"RECORD_FACTS\",\"version\":"
                    + w.version + ",\"facts\":{\"budgetAmount\":" + amount + "}}", api.officer("admin"));
            assertEquals(422, bad.status(), bad.raw().body());
        }
        assertEquals(w.version, api.view("admin", w.id).version(), "nothing stored");
    }

    @Test
    void overLongPathParametersAreNotFoundBeforeAnyStorage() {
        String longId = "A".repeat(3000);
        assertEquals(404, api.get("admin", "/cooperations/" + longId).status());
        for (String action : List.of("transitions", "extensions", "child-pks")) {
            Answer a = api.post("admin", "/cooperations/" + longId + "/" + action, m("departments", List.of("DINKES")));
            assertEquals(404, a.status(), action + ": " + a.raw().body());
        }
        assertEquals(404, api.send("GET", "/track/" + "K".repeat(3000), null, Map.of()).status());
        assertEquals(404, api.send("GET", "/registry/" + longId, null, Map.of()).status());
        Answer year = api.put("admin", "/settings/holidays/" + "2".repeat(3000), m("version", 0));
        assertEquals(400, year.status(), year.raw().body());
        assertEquals("year", year.list("errors").get(0).get("field"));
    }

    @Test
    void aChildPksWithAnEmptyDepartmentListIsRefusedWithItsReason() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji PKS kosong " + UUID.randomUUID(), "DINKES"));
        Answer empty = api.post("admin", "/cooperations/" + w.id + "/child-pks", m("departments", List.of()));
        assertEquals(422, empty.status(), empty.raw().body());
        assertTrue(empty.unmetCodes().contains("RULE:NO_DEPARTMENT"), empty.raw().body());
    }

    @Test
    void controlCharactersAndDirectionOverridesAreRefusedNamingTheField() {
        for (String hostile : List.of("Kerja sama\u0000 air", "Kerja sama\u0007 air", "Kerja sama \u202Efdp.exe")) {
            Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
            body.put("title", hostile);
            Answer a = api.send("POST", "/proposals", body, Map.of());
            assertEquals(422, a.status(), a.raw().body());
            assertEquals(List.of("title"), a.list("errors").stream().map(e -> e.get("field")).toList());
            assertEquals("forbidden_character", a.list("errors").get(0).get("code"));
        }
        Map<String, Object> multiLine = WorkflowApi.sample("events/intake-submit-proposal.json");
        multiLine.put("title", "Uji baris " + UUID.randomUUID());
        multiLine.put("background", "Paragraf satu.\n\nParagraf dua:\n\t- butir");
        assertEquals(201, api.send("POST", "/proposals", multiLine, Map.of()).status(), "tab and newlines in long text");
    }

    @Test
    void messagesFollowTheWeightsOfAcceptLanguage() {
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        body.put("title", "Uji\u0000");
        Answer indonesian = api.send("POST", "/proposals", body, Map.of("Accept-Language", "en;q=0.1, id;q=0.9"));
        assertEquals("berisi karakter kendali atau pengubah arah teks yang tidak diizinkan",
                indonesian.list("errors").get(0).get("message"));
        Answer english = api.send("POST", "/proposals", body, Map.of("Accept-Language", "id;q=0.1, en;q=0.9"));
        assertEquals("contains a control or text-direction character that is not allowed",
                english.list("errors").get(0).get("message"));
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedNamingIt() {
        Answer holidays = api.put("admin", "/settings/holidays/2031", m("version", "0", "holidays",
                List.of(m("date", "2031-01-01", "name", "Tahun Baru", "kind", "LIBUR_NASIONAL"))));
        assertEquals(422, holidays.status(), holidays.raw().body());
        assertEquals(List.of("version"), holidays.list("errors").stream().map(e -> e.get("field")).toList());
        assertEquals("not_integer", holidays.list("errors").get(0).get("code"));

        Answer departments = api.put("admin", "/settings/departments", m("version", "0", "departments",
                List.of(m("code", "DINKES", "name", 7))));
        assertEquals(422, departments.status(), departments.raw().body());
        Map<Object, Object> byField = new HashMap<>();
        departments.list("errors").forEach(e -> byField.put(e.get("field"), e.get("code")));
        assertEquals(Map.of("version", "not_integer", "departments[0].name", "not_text"), byField);
    }

    /** A body sent as written, so that numbers no JSON writer would produce reach the gateway. */
    private Answer raw(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.system().apiUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = WorkflowApi.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body().isBlank() ? Map.of() : Json.readObject(r.body()), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
