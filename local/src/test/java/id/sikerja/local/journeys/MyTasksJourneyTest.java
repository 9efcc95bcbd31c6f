package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * "My tasks" ({@code GET /me/tasks}) through the local gateway, for each seeded role: the admin validates a
 * partner's application and finishes the stages' work, an OPD user finalizes its own department's KB draft (and
 * never sees another department's), the TKKSD is asked for the assessment still pending, and leaders are asked
 * nothing. Every case has a fresh word in its title and the lists are searched with it ({@code q}), so the
 * cases of other tests sharing the local system do not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyTasksJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final String tag = "Tgs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private String proposal;
    private String proposalCode;
    private String dinkesDraft;
    private String dishubPreparation;

    @BeforeAll
    void seed() {
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        body.put("title", tag + " Pelayanan Kesehatan Ibu");
        Answer a = api.send("POST", "/proposals", body, Map.of());
        assertEquals(201, a.status(), a.raw().body());
        proposal = (String) a.body().get("id");
        proposalCode = (String) a.body().get("trackingCode");

        String today = WorkflowApi.today().toString();
        Walk w = api.open("opd-dinkes", "/cooperations", WorkflowApi.departmentProposal(tag + " Jalan Antardaerah", "DINKES"));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_PENAWARAN")));
        assertEquals("PENYUSUNAN_KB", w.stage());
        dinkesDraft = w.id;

        dishubPreparation = api.open("opd-dishub", "/cooperations",
                WorkflowApi.departmentProposal(tag + " Angkutan Perbatasan", "DISHUB")).id;
    }

    private Answer tasks(String user, String query) {
        Answer a = api.get(user, "/me/tasks?q=" + tag + (query.isEmpty() ? "" : "&" + query));
        assertEquals(200, a.status(), a.raw().body());
        assertEquals("application/json", a.raw().headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return a;
    }

    private Map<String, Map<String, Object>> byCase(String user) {
        Answer a = tasks(user, "limit=100");
        List<Map<String, Object>> items = a.list("items");
        assertEquals(items.size(), ((Number) a.body().get("total")).intValue());
        return items.stream().collect(Collectors.toMap(t -> (String) t.get("caseId"), t -> t));
    }

    @Test
    void theAdminValidatesTheApplicationAndFinishesEachStagesWork() {
        Map<String, Map<String, Object>> admin = byCase("admin");
        assertEquals(java.util.Set.of(proposal, dinkesDraft, dishubPreparation), admin.keySet());

        Map<String, Object> validation = admin.get(proposal);
        assertEquals("VALIDATION", validation.get("kind"));
        assertEquals("ACCEPT", validation.get("action"));
        assertEquals(proposalCode, validation.get("trackingCode"));
        assertEquals("INTAKE", validation.get("stage"));
        assertEquals("INTAKE_VALIDATION", validation.get("dueKind"));
        assertEquals(dueDate(proposal, "INTAKE_VALIDATION").toString(), validation.get("dueDate"),
                "the due date the case itself shows, in the Pemda's zone");
        assertEquals(Map.of("id", "Terima permohonan", "en", "Accept the application"), validation.get("actionLabel"));

        assertEquals("FINALIZE_KB_DRAFT", admin.get(dinkesDraft).get("action"));
        assertEquals("DOCUMENT", admin.get(dinkesDraft).get("kind"));
        assertEquals("RECORD_TKKSD_ASSESSMENT", admin.get(dishubPreparation).get("action"),
                "the preparation waits on the TKKSD's assessment, which an admin may record too");
        assertEquals("ASSESSMENT", admin.get(dishubPreparation).get("kind"));
    }

    @Test
    void anOpdUserIsAskedForItsOwnDepartmentsWorkOnly() {
        Map<String, Map<String, Object>> dinkes = byCase("opd-dinkes");
        assertEquals(java.util.Set.of(dinkesDraft), dinkes.keySet(),
                "the DINKES proposal at intake is the admin's to validate; the DISHUB case is not DINKES's");
        assertEquals("FINALIZE_KB_DRAFT", dinkes.get(dinkesDraft).get("action"));
        assertEquals(Map.of("id", "Penyusunan Kesepakatan Bersama", "en", "Drafting the KB (framework agreement)"), dinkes.get(dinkesDraft).get("stageLabel"));

        assertFalse(byCase("opd-dishub").containsKey(dinkesDraft));
    }

    @Test
    void theTkksdIsAskedForThePendingAssessmentOnly() {
        Answer a = tasks("tkksd", "limit=100");
        List<Map<String, Object>> items = a.list("items");
        assertEquals(List.of(dishubPreparation), items.stream().map(t -> t.get("caseId")).toList(),
                "the DINKES case was assessed, the proposal is at intake");
        assertEquals("RECORD_TKKSD_ASSESSMENT", items.get(0).get("action"));
        assertEquals("ASSESSMENT", items.get(0).get("kind"));
        LocalDate due = dueDate(dishubPreparation, "TKKSD_ASSESSMENT");
        assertEquals(due.toString(), items.get(0).get("dueDate"));
        boolean near = !due.isAfter(LocalDate.parse((String) a.body().get("asOf")).plusDays(6));
        assertEquals(near ? "DUE_SOON" : "OPEN", items.get(0).get("urgency"), "assessment due " + due);
        assertEquals(7, ((Number) a.body().get("horizonDays")).intValue());
        assertEquals("CALENDAR_DAYS", a.body().get("horizonUnit"));
    }

    @Test
    void leadersAreAskedNothing() {
        assertEquals(List.of(), tasks("pimpinan", "").list("items"));
    }

    @Test
    void searchByTrackingCodeAndPaging() {
        Answer found = api.get("admin", "/me/tasks?q=" + proposalCode);
        assertEquals(200, found.status(), found.raw().body());
        assertEquals(List.of(proposal), found.list("items").stream().map(t -> t.get("caseId")).toList());

        Answer first = tasks("admin", "limit=2");
        assertEquals(2, first.list("items").size());
        assertEquals(3, ((Number) first.body().get("total")).intValue());
        Answer second = tasks("admin", "limit=2&cursor=" + first.body().get("nextCursor"));
        assertEquals(1, second.list("items").size());
        assertNull(second.body().get("nextCursor"));
    }

    @Test
    void badParametersAreAProblemNamingEach() {
        Answer bad = api.get("admin", "/me/tasks?limit=500&cursor=zzz");
        assertEquals(422, bad.status(), bad.raw().body());
        assertEquals("application/problem+json", bad.raw().headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(List.of("limit", "cursor"), bad.list("errors").stream().map(e -> e.get("field")).toList());
    }

    private LocalDate dueDate(String caseId, String kind) {
        return api.view("admin", caseId).list("dueDates").stream().filter(d -> kind.equals(d.get("kind")))
                .map(d -> LocalDate.parse((String) d.get("date"))).findFirst().orElseThrow(() -> new AssertionError(kind));
    }
}
