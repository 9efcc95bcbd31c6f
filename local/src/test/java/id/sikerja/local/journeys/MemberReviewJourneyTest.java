package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
 * Issue 17 "Done when": three TKKSD members' opinions show with their tally, through the local gateway; the TKKSD
 * assessment shows the tally it was made on; only TKKSD members record, each their own, in the stages the process
 * table names, and only those who see the case read them.
 */
class MemberReviewJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final Map<String, String> emails = new java.util.HashMap<>();

    @Test
    void threeMembersOpinionsShowWithTheirTallyAndTheAssessmentKeepsTheOneItWasMadeOn() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji pendapat anggota " + UUID.randomUUID(), "DINKES"));
        String path = "/cooperations/" + w.id + "/reviews";
        String second = member(null);
        String lokus = member("DINKES");

        Answer none = api.get("tkksd", path);
        assertEquals(200, none.status(), none.raw().body());
        assertEquals(Map.of("allowed", true, "subject", "PROPOSAL", "subjectLabel", "Usulan kerja sama"),
                none.body().get("open"));

        assertEquals(200, api.post("tkksd", path, m("subject", "PROPOSAL", "opinion", "SETUJU")).status());
        assertEquals(200, api.post(second, path, m("subject", "PROPOSAL", "opinion", "PERLU_PERBAIKAN",
                "note", "Lengkapi kajian manfaat")).status());
        Answer third = api.post(lokus, path, m("subject", "PROPOSAL", "opinion", "SETUJU", "note", "Sesuai RPJMD"));
        assertEquals(200, third.status(), third.raw().body());

        Map<String, Object> proposal = third.list("subjects").get(0);
        assertEquals(m("SETUJU", 2, "PERLU_PERBAIKAN", 1, "TIDAK_SETUJU", 0), proposal.get("tally"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reviews = (List<Map<String, Object>>) proposal.get("reviews");
        assertEquals(Set.of("tkksd@sikerja.local", emails.get(second), emails.get(lokus)),
                reviews.stream().map(r -> (String) r.get("memberName")).collect(Collectors.toSet()));
        assertEquals(Set.of("Setuju", "Perlu perbaikan"),
                reviews.stream().map(r -> (String) r.get("opinionLabel")).collect(Collectors.toSet()));

        // the same opinion again (a retry) adds nothing to the history
        int history = third.list("history").size();
        Answer retry = api.post(lokus, path, m("subject", "PROPOSAL", "opinion", "SETUJU", "note", "Sesuai RPJMD"));
        assertEquals(history, retry.list("history").size());

        // the team's conclusion is recorded on that tally; a later change moves the current tally only
        w.version = api.view("admin", w.id).version();
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today(), "tkksdRecommendation", "SETUJU")));
        Answer changed = api.post(second, path, m("subject", "PROPOSAL", "opinion", "SETUJU", "note", "Sudah lengkap"));
        assertEquals(200, changed.status(), changed.raw().body());
        assertEquals(m("SETUJU", 3, "PERLU_PERBAIKAN", 0, "TIDAK_SETUJU", 0),
                changed.list("subjects").get(0).get("tally"));
        Map<String, Object> assessment = changed.list("assessments").get(0);
        assertEquals(m("SETUJU", 2, "PERLU_PERBAIKAN", 1, "TIDAK_SETUJU", 0), assessment.get("tally"),
                "the tally the assessment was made on");
        assertEquals("SETUJU", assessment.get("recommendation"));
        assertEquals(history + 1, changed.list("history").size(), "the earlier opinion is kept");

        // English labels on request
        Map<String, String> en = new java.util.HashMap<>(api.officer("admin"));
        en.put("Accept-Language", "en");
        Answer english = api.send("GET", path, null, en);
        assertEquals("Cooperation proposal", english.list("subjects").get(0).get("subjectLabel"));
    }

    @Test
    void onlyTkksdMembersRecordAndOnlyThoseWhoSeeTheCaseRead() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji hak pendapat " + UUID.randomUUID(), "DINKES"));
        String path = "/cooperations/" + w.id + "/reviews";
        Map<String, Object> agree = m("subject", "PROPOSAL", "opinion", "SETUJU");
        for (String user : List.of("admin", "opd-dinkes", "pimpinan")) {
            Answer refused = api.post(user, path, agree);
            assertEquals(403, refused.status(), user + ": " + refused.raw().body());
            assertEquals("review-not-allowed", refused.type());
            Answer read = api.get(user, path);
            assertEquals(200, read.status(), user);
            assertEquals(false, ((Map<?, ?>) read.body().get("open")).get("allowed"));
        }
        String otherLokus = member("DISHUB");
        assertEquals(404, api.post(otherLokus, path, agree).status(), "a TKKSD lokus of another department");
        assertEquals(404, api.get("opd-dishub", path).status(), "another department");
        assertEquals(404, api.get("tkksd", "/cooperations/" + UUID.randomUUID() + "/reviews").status());

        Answer bad = api.post("tkksd", path, m("subject", "KONTRAK", "opinion", "TIDAK_SETUJU", "extra", 1));
        assertEquals(422, bad.status(), bad.raw().body());
        assertEquals(Set.of("subject", "note", "extra"),
                bad.list("errors").stream().map(e -> (String) e.get("field")).collect(Collectors.toSet()));
        Answer wrongSubject = api.post("tkksd", path, m("subject", "KB_DRAFT", "opinion", "SETUJU"));
        assertEquals(422, wrongSubject.status());
        assertEquals("subject", wrongSubject.list("errors").get(0).get("field"));
        assertTrue(api.get("tkksd", path).list("history").isEmpty(), "refused requests wrote nothing");

        // a stage without members' opinions: 409
        w.version = api.view("admin", w.id).version();
        LocalDate today = today();
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        Answer closed = api.post("tkksd", path, agree);
        assertEquals(409, closed.status(), closed.raw().body());
        assertEquals("review-closed", closed.type());
        assertFalse((Boolean) ((Map<?, ?>) api.get("tkksd", path).body().get("open")).get("allowed"));
    }

    /** A new TKKSD member's username (a lokus when {@code department} is given), invited by the admin. */
    private String member(String department) {
        String email = "anggota-" + UUID.randomUUID().toString().substring(0, 8) + "@sikerja.local";
        Map<String, Object> body = department == null ? m("email", email, "name", "Anggota TKKSD", "group", "tkksd")
                : m("email", email, "name", "Anggota TKKSD", "group", "tkksd", "department", department);
        Answer created = api.post("admin", "/users", body);
        assertEquals(201, created.status(), created.raw().body());
        String username = (String) created.body().get("username");
        emails.put(username, email);
        return username;
    }
}
