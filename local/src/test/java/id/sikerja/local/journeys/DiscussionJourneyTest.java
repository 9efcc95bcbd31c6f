package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 17's discussion and notifications through the local gateway: a SHARED comment reaches the partner's tracking
 * thread and the partner's reply notifies the officer who wrote there; a mention notifies the mentioned officer;
 * INTERNAL comments never reach {@code /track}; who may read and write is the process table's, for every role; bad
 * input is a 422 naming each field; edits keep their history, a retraction hides the text but shows the fact; a case
 * entering a stage notifies the officers who act in it. The local system is shared with other tests: every
 * assertion on an inbox looks at this test's case only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class DiscussionJourneyTest {

    private static final String DINKES = "5a1e7c2d-0003-4c6b-9b1e-000000000003";
    private static final String DISHUB = "5a1e7c2d-0004-4c6b-9b1e-000000000004";
    private static final String ADMIN = "5a1e7c2d-0001-4c6b-9b1e-000000000001";

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final String tag = "Dsk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private String caseId;
    private String code;
    private String token;

    @BeforeAll
    void seed() {
        // every officer signs in once (their inbox): that is how Si Kerja knows whom it can mention and notify
        for (String user : List.of("admin", "tkksd", "opd-dinkes", "opd-dishub", "pimpinan")) {
            assertEquals(200, api.get(user, "/me/notifications").status());
        }
        Answer a = api.propose(tag + " Layanan Kesehatan Terpadu");
        caseId = (String) a.body().get("id");
        code = (String) a.body().get("trackingCode");
        token = (String) a.body().get("accessToken");
    }

    private Answer comment(String user, Map<String, Object> body, String key) {
        Map<String, String> headers = new java.util.HashMap<>(api.officer(user));
        if (key != null) {
            headers.put("Idempotency-Key", key);
        }
        return api.send("POST", "/cooperations/" + caseId + "/comments", body, headers);
    }

    private Answer partnerThread() {
        return api.send("GET", "/track/" + code + "/comments", null, Map.of("X-Access-Token", token));
    }

    private List<Map<String, Object>> inbox(String user) {
        Answer a = api.get(user, "/me/notifications?limit=100");
        assertEquals(200, a.status(), a.raw().body());
        return a.list("items").stream().filter(n -> caseId.equals(n.get("caseId"))).toList();
    }

    private static List<Object> fields(Answer a) {
        return a.list("errors").stream().map(e -> e.get("field")).toList();
    }

    @Test
    void aSharedCommentReachesThePartnerAndItsReplyNotifiesTheOfficer() {
        String key = "dsk-" + UUID.randomUUID();
        Answer posted = comment("admin", m("text", "Mohon lengkapi kerangka acuan kerja.", "visibility", "SHARED"), key);
        assertEquals(201, posted.status(), posted.raw().body());
        assertEquals("INTAKE", posted.body().get("stage"));
        Answer again = comment("admin", m("text", "Mohon lengkapi kerangka acuan kerja.", "visibility", "SHARED"), key);
        assertEquals(201, again.status());
        assertEquals(posted.body().get("id"), again.body().get("id"), "a retry creates nothing");
        assertEquals("true", again.raw().headers().firstValue("Idempotent-Replayed").orElse(""));

        Answer thread = partnerThread();
        assertEquals(200, thread.status(), thread.raw().body());
        Map<String, Object> seen = thread.list("items").stream()
                .filter(c -> posted.body().get("id").equals(c.get("id"))).findFirst().orElseThrow();
        assertEquals("Mohon lengkapi kerangka acuan kerja.", seen.get("text"));
        @SuppressWarnings("unchecked")
        Map<String, Object> author = (Map<String, Object>) seen.get("author");
        assertEquals("ADMIN", author.get("role"));
        assertNull(author.get("label"), "the partner never learns an officer's address");
        assertFalse(author.containsKey("username"));
        assertEquals(1, thread.list("items").stream().filter(c -> posted.body().get("id").equals(c.get("id"))).count());

        Answer reply = api.send("POST", "/track/" + code + "/comments", m("text", "Baik, kami kirim minggu ini."),
                Map.of("X-Access-Token", token, "Idempotency-Key", "dsk-" + UUID.randomUUID()));
        assertEquals(201, reply.status(), reply.raw().body());
        assertEquals("SHARED", reply.body().get("visibility"), "a partner's comment is always shared");

        List<Map<String, Object>> told = inbox("admin").stream()
                .filter(n -> "SHARED_REPLY".equals(n.get("kind"))).toList();
        assertEquals(1, told.size(), "the officer who wrote on the shared thread is told once");
        assertEquals(reply.body().get("id"), told.get(0).get("commentId"));
        assertEquals(false, told.get(0).get("read"));
        assertEquals("Balasan mitra dalam diskusi", told.get(0).get("kindLabel"));
        assertTrue(((Number) api.get("admin", "/me/notifications").body().get("unread")).intValue() >= 1);
        assertEquals(1, inbox("opd-dinkes").stream().filter(n -> "SHARED_REPLY".equals(n.get("kind"))).count(),
                "the case's department hears of the partner's reply");
        assertEquals(0, inbox("opd-dishub").size(), "another department hears nothing of the case");

        // marking read is idempotent
        Answer read = api.post("admin", "/me/notifications/read", m("ids", List.of(told.get(0).get("id"))));
        assertEquals(200, read.status(), read.raw().body());
        assertEquals(1, ((Number) read.body().get("marked")).intValue());
        Answer readAgain = api.post("admin", "/me/notifications/read", m("ids", List.of(told.get(0).get("id"))));
        assertEquals(0, ((Number) readAgain.body().get("marked")).intValue());
        assertEquals(true, inbox("admin").stream().filter(n -> told.get(0).get("id").equals(n.get("id")))
                .findFirst().orElseThrow().get("read"));
    }

    @Test
    void internalCommentsNeverReachTheTrackingThread() {
        Answer internal = comment("opd-dinkes", m("text", "Catatan internal: anggaran belum pasti."), null);
        assertEquals(201, internal.status(), internal.raw().body());
        assertEquals("INTERNAL", internal.body().get("visibility"), "officers' comments are internal unless shared");
        assertTrue(partnerThread().list("items").stream().noneMatch(c -> internal.body().get("id").equals(c.get("id"))));
        assertFalse(partnerThread().raw().body().contains("anggaran belum pasti"));
        assertTrue(api.get("pimpinan", "/cooperations/" + caseId + "/comments").list("items").stream()
                .anyMatch(c -> internal.body().get("id").equals(c.get("id"))), "leaders read internal threads");
    }

    @Test
    void aMentionNotifiesTheMentionedOfficer() {
        Answer posted = comment("admin", m("text", "Mohon OPD memeriksa lokasi.", "mentions", List.of(DINKES)), null);
        assertEquals(201, posted.status(), posted.raw().body());
        List<Map<String, Object>> mentions = inbox("opd-dinkes").stream()
                .filter(n -> "MENTION".equals(n.get("kind")) && posted.body().get("id").equals(n.get("commentId")))
                .toList();
        assertEquals(1, mentions.size());
        assertEquals(tag + " Layanan Kesehatan Terpadu", mentions.get(0).get("title"));
        assertEquals("Validasi permohonan", mentions.get(0).get("stageLabel"));
        assertTrue(inbox("admin").stream().noneMatch(n -> "MENTION".equals(n.get("kind"))
                && posted.body().get("id").equals(n.get("commentId"))), "nobody is told of their own comment");
    }

    @Test
    void badInputIsA422NamingEachFieldAndChangesNothing() {
        int before = api.get("admin", "/cooperations/" + caseId + "/comments?limit=100").list("items").size();
        Answer bad = comment("admin", m("visibility", "PUBLIC", "document", m("type", "KTP", "version", 0),
                "mentions", List.of("nobody-known-here", DISHUB), "colour", "red"), null);
        assertEquals(422, bad.status(), bad.raw().body());
        assertEquals(List.of("colour", "text", "visibility", "document.type", "document.version"), fields(bad));
        Answer unknown = comment("admin", m("text", "Halo", "mentions", List.of("nobody-known-here", DISHUB),
                "document", m("type", "PKS_SIGNED", "version", 3)), null);
        assertEquals(422, unknown.status(), unknown.raw().body());
        assertEquals(List.of("document.version", "mentions[0]", "mentions[1]"), fields(unknown));
        assertEquals(List.of("document_not_on_case", "unknown_mention", "officer_cannot_see_case"),
                unknown.list("errors").stream().map(e -> e.get("code")).toList());
        Answer control = comment("admin", m("text", "a\u0007b"), null);
        assertEquals(422, control.status());
        assertEquals(List.of("text"), fields(control));
        Answer tooLong = comment("admin", m("text", "x".repeat(4001)), null);
        assertEquals(422, tooLong.status());
        assertEquals(before, api.get("admin", "/cooperations/" + caseId + "/comments?limit=100").list("items").size());
    }

    @Test
    void whoMayReadAndWriteIsTheProcessTables() {
        assertEquals(404, api.get("opd-dishub", "/cooperations/" + caseId + "/comments").status(),
                "another department's case does not exist for it");
        assertEquals(404, comment("opd-dishub", m("text", "Halo"), null).status());
        Answer leader = comment("pimpinan", m("text", "Halo"), null);
        assertEquals(403, leader.status());
        assertTrue(leader.body().get("type").toString().endsWith("discussion-read-only"));
        Answer tkksdShared = comment("tkksd", m("text", "Halo", "visibility", "SHARED"), null);
        assertEquals(422, tkksdShared.status());
        assertEquals(List.of("visibility"), fields(tkksdShared));
        assertEquals(201, comment("tkksd", m("text", "Kajian menyusul."), null).status());
        Answer partnerInternal = api.send("POST", "/track/" + code + "/comments",
                m("text", "Halo", "visibility", "INTERNAL"), Map.of("X-Access-Token", token));
        assertEquals(422, partnerInternal.status());
        assertEquals(404, api.send("GET", "/track/" + code + "/comments", null, Map.of("X-Access-Token", "wrong"))
                .status(), "a wrong token answers like an unknown code");
        @SuppressWarnings("unchecked")
        Map<String, Object> perms = (Map<String, Object>) api.get("pimpinan", "/cooperations/" + caseId + "/comments")
                .body().get("permissions");
        assertEquals(false, perms.get("canWrite"));
    }

    @Test
    void editsKeepTheirHistoryAndARetractionShowsOnlyTheFact() {
        Answer posted = comment("admin", m("text", "Draf pertama.", "visibility", "SHARED"), null);
        String path = "/cooperations/" + caseId + "/comments/" + posted.body().get("id");
        Answer edited = api.put("admin", path, m("version", 1, "text", "Draf kedua."));
        assertEquals(200, edited.status(), edited.raw().body());
        assertEquals("Draf kedua.", edited.body().get("text"));
        assertEquals(List.of("Draf pertama."), edited.list("history").stream().map(h -> h.get("text")).toList());
        assertEquals(409, api.put("admin", path, m("version", 1, "text", "Draf ketiga.")).status(), "stale version");
        Answer notAuthor = api.put("opd-dinkes", path, m("version", 2, "text", "Bukan milik saya."));
        assertEquals(403, notAuthor.status());
        Answer retracted = api.put("admin", path, m("version", 2, "retract", true, "note", "Salah kasus."));
        assertEquals(200, retracted.status(), retracted.raw().body());
        assertNull(retracted.body().get("text"));
        assertEquals(List.of(), retracted.list("history"));
        Map<String, Object> onTrack = partnerThread().list("items").stream()
                .filter(c -> posted.body().get("id").equals(c.get("id"))).findFirst().orElseThrow();
        assertNull(onTrack.get("text"), "the partner sees that it was retracted, not what it said");
        assertNotNull(onTrack.get("retraction"));
        assertFalse(partnerThread().raw().body().contains("Draf kedua."));
    }

    @Test
    void thePartnerEditsAndRetractsItsOwnSharedCommentsByTheSameRules() {
        // a case of its own: the partner's comments here notify officers, which other tests of this class count
        Answer own = api.propose(tag + " Komentar mitra diubah");
        String caseId = (String) own.body().get("id");
        String code = (String) own.body().get("trackingCode");
        Map<String, String> partner = Map.of("X-Access-Token", (String) own.body().get("accessToken"));
        Answer posted = api.send("POST", "/track/" + code + "/comments", m("text", "Jadwal rapat Senin."), partner);
        assertEquals(201, posted.status(), posted.raw().body());
        String path = "/track/" + code + "/comments/" + posted.body().get("id");
        Answer edited = api.send("PUT", path, m("version", 1, "text", "Jadwal rapat Selasa."), partner);
        assertEquals(200, edited.status(), edited.raw().body());
        assertEquals("Jadwal rapat Selasa.", edited.body().get("text"));
        assertEquals(List.of("Jadwal rapat Senin."), edited.list("history").stream().map(h -> h.get("text")).toList());
        assertEquals(409, api.send("PUT", path, m("version", 1, "text", "Rabu."), partner).status(), "stale version");
        assertEquals(404, api.send("PUT", path, m("version", 2, "text", "Rabu."), Map.of("X-Access-Token", "wrong"))
                .status(), "another's token finds nothing");
        Answer bad = api.send("PUT", path, m("version", 2, "text", ""), partner);
        assertEquals(422, bad.status(), bad.raw().body());

        // an officer's shared comment is not the partner's to change
        Answer officers = api.post("admin", "/cooperations/" + caseId + "/comments",
                m("text", "Dari Bagian Kerja Sama.", "visibility", "SHARED"));
        assertEquals(201, officers.status(), officers.raw().body());
        Answer notAuthor = api.send("PUT", "/track/" + code + "/comments/" + officers.body().get("id"),
                m("version", 1, "text", "Diubah mitra."), partner);
        assertEquals(403, notAuthor.status(), notAuthor.raw().body());

        Answer retracted = api.send("PUT", path, m("version", 2, "retract", true, "note", "Salah tulis."), partner);
        assertEquals(200, retracted.status(), retracted.raw().body());
        assertNull(retracted.body().get("text"));
        Map<String, Object> seenByOfficer = api.get("admin", "/cooperations/" + caseId + "/comments?limit=100")
                .list("items").stream().filter(c -> posted.body().get("id").equals(c.get("id"))).findFirst()
                .orElseThrow();
        assertNotNull(seenByOfficer.get("retraction"), "officers see that the partner retracted it");
        assertFalse(api.send("GET", "/track/" + code + "/comments", null, partner).raw().body()
                .contains("Jadwal rapat Selasa."));
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: the other tests write in Validasi permohonan
    void aCaseEnteringAStageNotifiesTheOfficersWhoActInIt() {
        WorkflowApi.Walk w = api.new Walk(caseId, api.view("admin", caseId).version());
        w.act("admin", "ACCEPT", m("documents", WorkflowApi.docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        List<Map<String, Object>> dinkes = inbox("opd-dinkes").stream()
                .filter(n -> "STAGE_ENTERED".equals(n.get("kind"))).toList();
        assertEquals(1, dinkes.size(), "the department acts in Persiapan");
        assertEquals("PERSIAPAN", dinkes.get(0).get("stage"));
        assertTrue(inbox("admin").stream().noneMatch(n -> "STAGE_ENTERED".equals(n.get("kind"))),
                "the admin who made the change is not told of it");
        assertTrue(inbox("pimpinan").stream().noneMatch(n -> "STAGE_ENTERED".equals(n.get("kind"))),
                "leaders act in no stage");
        assertEquals(0, inbox("opd-dishub").size());
    }
}
