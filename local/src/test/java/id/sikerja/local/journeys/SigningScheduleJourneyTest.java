package id.sikerja.local.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 "Done when": a signing is scheduled by the department, approved by the admin, and the invitation's
 * {@code .ics} is in the mail emulator's store; a reschedule sends it again with the same UID and a higher SEQUENCE.
 * Who may propose and approve, in which stage, bad input and stale versions, through the local gateway.
 */
class SigningScheduleJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    @Test
    void aSigningIsScheduledApprovedAndItsIcsIsInTheMailStore() throws Exception {
        String title = "Uji jadwal tanda tangan " + UUID.randomUUID();
        Answer proposed = api.propose(title);
        String id = (String) proposed.body().get("id");
        String partnerEmail = (String) ((Map<?, ?>) WorkflowApi.sample("events/intake-submit-proposal.json")
                .get("partner")).get("email");
        Walk w = api.new Walk(id, api.view("admin", id).version());
        String path = "/cooperations/" + id + "/signing-schedule";
        LocalDate day = today().plusDays(3);
        Map<String, Object> plan = m("mode", "SEREMONIAL", "date", day.toString(), "time", "10:00",
                "place", "Pendopo Wali Kota, Jl. Kesuma Bangsa", "signers", List.of(
                        m("party", "PEMDA", "name", "Andi Harun", "position", "Wali Kota"),
                        m("party", "MITRA", "name", "Direktur Utama", "position", "Direktur")));

        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        Answer early = api.post("opd-dinkes", path, plan);
        assertEquals(409, early.status(), early.raw().body());
        assertEquals("signing-not-now", early.type(), "Persiapan is not a signing stage");

        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today(), "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", true, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        assertEquals("PENANDATANGANAN_KB", w.stage());

        // who may propose: the department and the admin; others 403, another department 404
        for (String user : List.of("tkksd", "pimpinan")) {
            Answer no = api.post(user, path, plan);
            assertEquals(403, no.status(), user + ": " + no.raw().body());
            assertEquals("signing-not-allowed", no.type());
        }
        assertEquals(404, api.post("opd-dishub", path, plan).status());
        assertEquals(404, api.get("opd-dishub", path).status());

        // bad input names each field and stores nothing
        Map<String, Object> bad = new java.util.HashMap<>(plan);
        bad.put("date", today().minusDays(1).toString());
        bad.put("signers", List.of(m("party", "PEMDA", "name", "Andi Harun", "position", "Wali Kota")));
        bad.put("mode", "DARING");
        Answer refused = api.post("opd-dinkes", path, bad);
        assertEquals(422, refused.status(), refused.raw().body());
        assertEquals(Set.of("date", "signers", "mode"),
                refused.list("errors").stream().map(e -> (String) e.get("field")).collect(Collectors.toSet()));
        assertEquals(null, api.get("admin", path).body().get("schedule"));

        // the department proposes; a retry changes nothing; nothing is sent before approval
        Answer first = api.post("opd-dinkes", path, plan);
        assertEquals(200, first.status(), first.raw().body());
        Map<String, Object> schedule = schedule(first);
        assertEquals("PROPOSED", schedule.get("status"));
        assertEquals(0, schedule.get("sequence"));
        assertEquals("10:00", schedule.get("time"));
        assertEquals(day.toString(), schedule.get("date"));
        assertEquals(0, first.body().get("invitations"));
        assertEquals(false, api.post("opd-dinkes", path, plan).body().get("changed"), "a retry");
        String uid = (String) schedule.get("uid");
        long version = ((Number) schedule.get("version")).longValue();

        // only the admin approves, on the current version; the invitation carries the .ics
        assertEquals(403, api.post("opd-dinkes", path + "/approve", m("version", version)).status());
        Answer stale = api.post("admin", path + "/approve", m("version", version + 5));
        assertEquals(409, stale.status());
        assertEquals("version-conflict", stale.type());
        Answer approved = api.post("admin", path + "/approve", m("version", version));
        assertEquals(200, approved.status(), approved.raw().body());
        assertEquals("APPROVED", schedule(approved).get("status"));
        assertTrue(((Number) approved.body().get("invitations")).intValue() >= 1);
        String ics = icsSentTo(partnerEmail, uid, 0);
        assertTrue(ics.contains("\r\nMETHOD:REQUEST\r\n"), ics);
        assertTrue(ics.contains("\r\nLOCATION:Pendopo Wali Kota\\, Jl. Kesuma Bangsa\r\n"), ics);

        // the admin moves it: the same UID, SEQUENCE 1, still approved, sent again; a stale move is refused
        Map<String, Object> moved = new java.util.HashMap<>(plan);
        moved.put("time", "14:00");
        moved.put("version", version);
        Answer staleMove = api.post("admin", path, moved);
        assertEquals(409, staleMove.status(), staleMove.raw().body());
        moved.put("version", version + 1);
        Answer rescheduled = api.post("admin", path, moved);
        assertEquals(200, rescheduled.status(), rescheduled.raw().body());
        assertEquals(uid, schedule(rescheduled).get("uid"));
        assertEquals(1, schedule(rescheduled).get("sequence"));
        assertEquals("APPROVED", schedule(rescheduled).get("status"));
        assertFalse(icsSentTo(partnerEmail, uid, 1).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schedule(Answer a) {
        return (Map<String, Object>) a.body().get("schedule");
    }

    /** The .ics with this UID and SEQUENCE attached to a message to {@code to} in the SES emulator's store. */
    private String icsSentTo(String to, String uid, int sequence) throws Exception {
        HttpResponse<String> store = WorkflowApi.HTTP.send(HttpRequest.newBuilder(
                api.system().sesUrl().resolve("/store")).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> found = new ArrayList<>();
        for (JsonNode email : JSON.readTree(store.body()).path("emails")) {
            boolean toPartner = false;
            for (JsonNode address : email.path("destination").path("to")) {
                toPartner |= address.asText().equals(to);
            }
            for (JsonNode attachment : email.path("attachments")) {
                String ics = new String(Base64.getDecoder().decode(attachment.path("content").asText()),
                        StandardCharsets.UTF_8);
                if (toPartner && attachment.path("filename").asText().endsWith(".ics")
                        && ics.contains("\r\nUID:" + uid + "\r\n") && ics.contains("\r\nSEQUENCE:" + sequence + "\r\n")) {
                    found.add(ics);
                }
            }
        }
        assertEquals(1, found.size(), "one invitation with SEQUENCE " + sequence + " to the partner");
        return found.get(0);
    }
}
