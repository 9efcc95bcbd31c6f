package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 16's "Done when" through the local gateway: an OPD user publishes a need; a partner proposes against it; the
 * case shows the link; the TKKSD scores the match; once the agreement is signed the officer marks the entry
 * fulfilled (never automatic, once); the reports count it; the entry's public answers show 1 proposal and the public
 * agreement.
 */
class PotentialAnswerJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final String today = today().toString();

    private String publishNeed(String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "KEBUTUHAN");
        b.put("title", title);
        b.put("description", "Puskesmas di pulau-pulau kecil membutuhkan kapal yang membawa tenaga dan alat kesehatan.");
        b.put("field", "KESEHATAN");
        b.put("partnerKinds", List.of("BADAN_USAHA"));
        b.put("inRkpd", false);
        Map<String, String> headers = new HashMap<>(api.officer("opd-dinkes"));
        headers.put("Idempotency-Key", "need-" + UUID.randomUUID());
        Answer created = api.send("POST", "/potentials", b, headers);
        assertEquals(201, created.status(), created.raw().body());
        return (String) created.body().get("id");
    }

    private String status(String potentialId) {
        Answer a = api.send("GET", "/potentials/" + potentialId, null, Map.of());
        assertEquals(200, a.status(), a.raw().body());
        return (String) a.body().get("status");
    }

    private Map<String, Object> proposal(String title, String potentialId) {
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        body.put("title", title);
        body.put("departments", List.of("DINKES"));
        body.put("potentialId", potentialId);
        return body;
    }

    @Test
    void aPartnersProposalAnswersANeedFromPublicationToAFulfilledEntry() throws Exception {
        String word = "jawab" + UUID.randomUUID().toString().substring(0, 6);
        String need = publishNeed("Kapal puskesmas terapung " + word);

        // a proposal naming an entry that does not exist is refused, naming potentialId, and creates nothing
        Answer unknown = api.send("POST", "/proposals", proposal("Uji salah rujukan " + word, "no-such-entry"), Map.of());
        assertEquals(422, unknown.status(), unknown.raw().body());
        assertEquals(List.of("potentialId"), unknown.list("errors").stream().map(e -> e.get("field")).toList());
        assertEquals("potential_unknown", unknown.list("errors").get(0).get("code"));

        // the partner proposes against the need; a retry with the same key creates nothing twice
        Map<String, String> key = Map.of("Idempotency-Key", "answer-" + UUID.randomUUID());
        Answer proposed = api.send("POST", "/proposals", proposal("Kapal kesehatan untuk pulau " + word, need), key);
        assertEquals(201, proposed.status(), proposed.raw().body());
        Answer retried = api.send("POST", "/proposals", proposal("Kapal kesehatan untuk pulau " + word, need), key);
        assertEquals(proposed.body().get("id"), retried.body().get("id"));
        String id = (String) proposed.body().get("id");

        // the case shows the entry it answers
        Answer view = api.view("admin", id);
        Map<?, ?> potential = (Map<?, ?>) view.body().get("potential");
        assertEquals(need, potential.get("id"));
        assertEquals("Kapal puskesmas terapung " + word, potential.get("title"));
        assertEquals("KEBUTUHAN", potential.get("kind"));
        assertEquals("DINKES", potential.get("department"));
        assertEquals("OPEN", status(need));

        Walk w = api.new Walk(id, view.version());
        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        assertEquals("IN_PROGRESS", status(need), "a case answering it was accepted");

        // the TKKSD weighs how well the proposal meets the need: 1-5, required on such a case
        Answer unscored = w.attempt("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        assertEquals(422, unscored.status(), unscored.raw().body());
        assertTrue(unscored.unmetCodes().contains("FACT:tkksdMatchScore"), unscored.raw().body());
        Answer outOfRange = w.attempt("tkksd", "RECORD_TKKSD_ASSESSMENT", m("facts",
                m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU", "tkksdMatchScore", 6)));
        assertEquals(422, outOfRange.status(), outOfRange.raw().body());
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU", "tkksdMatchScore", 4)));
        assertTrue(api.view("admin", id).list("facts").stream()
                .anyMatch(f -> f.get("fact").equals("tkksdMatchScore") && f.get("value").equals("4")));

        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"), "facts", m("kbSignedOn", today,
                "kbSignatory", "KEPALA_DAERAH")));
        w.act("opd-dinkes", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        Answer signed = w.act("admin", "SIGN_PKS", m("documents", docs("PKS_SIGNED"), "facts", m(
                "pksSignedOn", today, "signatory", "KEPALA_DAERAH", "termStart", today, "termMonths", 36,
                "pksClauseRightsObligations", true, "pksClauseTerm", true, "pksClauseDisputeSettlement", true,
                "pksClauseSanctions", true)));
        assertEquals("PELAKSANAAN", signed.stage());
        assertEquals("IN_PROGRESS", status(need), "signing alone does not fulfil the entry: the officer chooses");

        // the officer marks it fulfilled, once
        assertTrue(api.view("opd-dinkes", id).list("actions").stream()
                .anyMatch(a -> a.get("action").equals("MARK_POTENTIAL_FULFILLED") && Boolean.TRUE.equals(a.get("allowed"))));
        w.act("opd-dinkes", "MARK_POTENTIAL_FULFILLED", m());
        assertEquals("FULFILLED", status(need));
        Answer again = w.attempt("admin", "MARK_POTENTIAL_FULFILLED", m());
        assertNotEquals(200, again.status(), "marked once: not offered again");
        assertEquals("FULFILLED", status(need));

        // the entry's public answers: one proposal, and the agreement as the registry shows it
        Answer answers = api.send("GET", "/potentials/" + need + "/answers", null, Map.of());
        assertEquals(200, answers.status(), answers.raw().body());
        assertEquals(1, ((Number) answers.body().get("proposals")).intValue(), "the retried proposal counted once");
        assertEquals(List.of(id), answers.list("agreements").stream().map(a -> a.get("id")).toList());
        assertFalse(answers.raw().body().contains("contactPerson"), "no personal data");

        // the reports count it: DINKES has a health need with a proposal that led to an agreement
        Answer report = api.get("pimpinan", "/reports/potentials");
        assertEquals(200, report.status(), report.raw().body());
        Map<String, Object> row = report.list("rows").stream()
                .filter(r -> r.get("department").equals("DINKES") && r.get("field").equals("KESEHATAN"))
                .findFirst().orElseThrow();
        assertTrue(((Number) row.get("withProposals")).intValue() >= 1, row.toString());
        assertTrue(((Number) row.get("converted")).intValue() >= 1, row.toString());
        assertNotNull(report.body().get("unmappedDepartments"), "leaders see who has mapped nothing");
        Answer own = api.get("opd-dishub", "/reports/potentials");
        assertTrue(own.list("rows").stream().allMatch(r -> r.get("department").equals("DISHUB")));
        assertNull(own.body().get("unmappedDepartments"));
        java.net.http.HttpResponse<String> csv = WorkflowApi.HTTP.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(LocalSystem.shared().apiUrl() + "/reports/potentials?format=csv"))
                        .header("Authorization", api.officer("admin").get("Authorization")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Dengan usulan"), "the export has the report's columns");
    }

    @Test
    void aDepartmentsInitiativeAnswersAnEntryAndAScoreIsRefusedOnACaseAnsweringNone() {
        String need = publishNeed("Kebutuhan pelatihan tenaga kesehatan " + UUID.randomUUID().toString().substring(0, 6));
        Map<String, Object> body = WorkflowApi.departmentProposal("Prakarsa menjawab kebutuhan " + UUID.randomUUID(), "DINKES");
        body.put("potentialId", need);
        Walk w = api.open("opd-dinkes", "/cooperations", body);
        assertEquals(need, ((Map<?, ?>) api.view("opd-dinkes", w.id).body().get("potential")).get("id"));
        assertEquals("IN_PROGRESS", status(need), "a department's own initiative starts accepted");

        Walk plain = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Prakarsa tanpa rujukan " + UUID.randomUUID(), "DINKES"));
        assertNull(api.view("admin", plain.id).body().get("potential"));
        Answer refused = plain.attempt("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU", "tkksdMatchScore", 3)));
        assertEquals(422, refused.status(), refused.raw().body());
        assertEquals(List.of("RULE:TKKSD_MATCH_SCORE_WITHOUT_POTENTIAL"), refused.unmetCodes());
    }
}
