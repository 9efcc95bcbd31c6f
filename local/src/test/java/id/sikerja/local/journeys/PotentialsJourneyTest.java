package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 16 through the local gateway: a department publishes a need, the public finds it by search and filter and
 * sees the department as its contact (never a person), another department cannot change it, a stale version is
 * refused, bad fields are named.
 */
class PotentialsJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    private static Map<String, Object> need(String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "KEBUTUHAN");
        b.put("title", title);
        b.put("description", "Puskesmas di pulau-pulau kecil membutuhkan kapal yang membawa tenaga dan alat kesehatan.");
        b.put("field", "KESEHATAN");
        b.put("partnerKinds", List.of("BADAN_USAHA", "LEMBAGA_LUAR_NEGERI"));
        b.put("location", "Kecamatan Pulau Derawan");
        b.put("expectedForm", "HIBAH");
        b.put("inRkpd", true);
        b.put("rkpdYear", 2027);
        b.put("indicativeValue", 2_500_000_000L);
        b.put("titleEn", "Floating health clinic boat");
        return b;
    }

    private Answer anonymous(String path) {
        return api.send("GET", path, null, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Answer list) {
        return ((List<Map<String, Object>>) list.body().get("items")).stream().map(i -> (String) i.get("id")).toList();
    }

    @Test
    void aDepartmentPublishesANeedThePublicFindsItAndOnlyItsDepartmentChangesIt() throws Exception {
        String word = "kapalx" + UUID.randomUUID().toString().substring(0, 6);
        String key = "potential-" + UUID.randomUUID();
        Map<String, String> headers = new HashMap<>(api.officer("opd-dinkes"));
        headers.put("Idempotency-Key", key);
        Answer created = api.send("POST", "/potentials", need("Kapal puskesmas terapung " + word), headers);
        assertEquals(201, created.status(), created.raw().body());
        String id = (String) created.body().get("id");
        assertEquals("/potentials/" + id, created.raw().headers().firstValue("Location").orElseThrow());
        assertEquals("DINKES", ((Map<?, ?>) created.body().get("department")).get("code"));
        assertEquals("OPEN", created.body().get("status"));
        assertEquals(1L, created.version());

        Answer retried = api.send("POST", "/potentials", need("Kapal puskesmas terapung " + word), headers);
        assertEquals(201, retried.status());
        assertEquals(id, retried.body().get("id"), "a retry creates nothing new");
        assertEquals("true", retried.raw().headers().firstValue("Idempotent-Replayed").orElse(""));

        // the public finds it by search and by each filter, and sees no person
        String q = "/potentials?q=" + URLEncoder.encode("puskesmas " + word, StandardCharsets.UTF_8);
        Answer found = anonymous(q);
        assertEquals(200, found.status(), found.raw().body());
        assertEquals(List.of(id), ids(found));
        assertEquals(List.of(id), ids(anonymous(q + "&kind=KEBUTUHAN&department=DINKES&field=KESEHATAN"
                + "&partnerKind=LEMBAGA_LUAR_NEGERI&status=OPEN")));
        assertEquals(List.of(), ids(anonymous(q + "&kind=POTENSI")));
        assertEquals(List.of(), ids(anonymous(q + "&partnerKind=PERGURUAN_TINGGI")));
        Answer detail = anonymous("/potentials/" + id);
        assertEquals(200, detail.status());
        String publicText = detail.raw().body() + found.raw().body();
        for (String personal : List.of("createdBy", "5a1e7c2d", "sikerja.local", "@")) {
            assertFalse(publicText.contains(personal), "public answers hold no personal contact: " + personal);
        }
        Map<?, ?> contact = (Map<?, ?>) detail.body().get("contact");
        assertNotNull(contact.get("department"));
        assertEquals(404, anonymous("/potentials/" + UUID.randomUUID()).status());
        java.net.http.HttpResponse<String> csv = WorkflowApi.HTTP.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api.system().apiUrl() + "/potentials/export?format=csv")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("id,kind,departmentCode"), csv.body());
        assertTrue(csv.body().contains(id), "the open-data export lists it");
        assertEquals(List.of(id), ((List<?>) anonymous("/potentials/export?format=json&q=" + word).body().get("items"))
                .stream().map(i -> ((Map<?, ?>) i).get("id")).toList());

        // writes need a sign-in, a role that maintains entries, the entry's own department and its version
        Answer anonymousWrite = api.send("POST", "/potentials", need("Tanpa masuk " + word), Map.of());
        assertEquals(401, anonymousWrite.status());
        assertEquals(403, api.post("tkksd", "/potentials", need("Bukan peran OPD " + word)).status());
        Map<String, Object> edit = need("Kapal puskesmas terapung dua " + word);
        edit.put("version", 1);
        Answer other = api.put("opd-dishub", "/potentials/" + id, edit);
        assertEquals(404, other.status(), "another department's entry does not exist for it");
        Answer saved = api.put("opd-dinkes", "/potentials/" + id, edit);
        assertEquals(200, saved.status(), saved.raw().body());
        assertEquals(2L, saved.version());
        Answer stale = api.put("opd-dinkes", "/potentials/" + id, edit);
        assertEquals(409, stale.status());
        assertEquals(2L, ((Number) stale.current().get("version")).longValue());

        Map<String, Object> bad = new HashMap<>(m("version", 2, "kind", "WISH", "title", "",
                "partnerKinds", List.of("ALIEN"), "field", "KESEHATAN", "description", "Uraian yang cukup panjang."));
        Answer invalid = api.put("opd-dinkes", "/potentials/" + id, bad);
        assertEquals(422, invalid.status());
        @SuppressWarnings("unchecked")
        List<Object> fields = ((List<Map<String, Object>>) invalid.body().get("errors")).stream()
                .map(e -> e.get("field")).toList();
        assertTrue(fields.containsAll(List.of("kind", "title", "partnerKinds")), fields.toString());

        // archiving by status takes it out of the catalogue's default list
        Map<String, Object> archive = need("Kapal puskesmas terapung dua " + word);
        archive.put("version", 2);
        archive.put("status", "CLOSED");
        assertEquals(200, api.put("opd-dinkes", "/potentials/" + id, archive).status());
        assertEquals(List.of(), ids(anonymous(q)));
        assertEquals(List.of(id), ids(anonymous(q + "&status=CLOSED")));
    }
}
