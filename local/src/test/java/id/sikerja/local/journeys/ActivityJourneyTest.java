package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 (implementation activities) through the local gateway: a partner and a department record activities
 * with evidence; an officer verifies one and returns another with a reason, which the partner reads and corrects;
 * only the verified one counts; an agreement six months into implementation without a verified activity is flagged
 * (its due date indexed for the digests), and a verification moves the flag six months on.
 */
class ActivityJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final String today = today().toString();

    @Test
    void aPartnerAndADepartmentRecordActivitiesAndOnlyTheVerifiedOneCounts() {
        Answer proposed = api.propose("Uji kegiatan pelaksanaan " + UUID.randomUUID());
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        Walk w = running(proposed, code, token);

        // before anything: both sides read an empty list
        assertEquals(List.of(), partner("GET", code, token, "", null).list("items"));

        // the partner records a joint training with a PDF as evidence
        String partnerEvidence = partnerEvidence(code, token);
        Answer byPartner = partner("POST", code, token, "", activity("Pelatihan kader posyandu", "JOINT",
                List.of(partnerEvidence)));
        assertEquals(201, byPartner.status(), byPartner.raw().body());
        assertEquals("SUBMITTED", byPartner.body().get("status"));
        assertEquals("Menunggu verifikasi", byPartner.body().get("statusLabel"));
        assertEquals("REGISTERED", ((Map<?, ?>) byPartner.list("evidence").get(0)).get("status"));

        // the department records its own with a photo
        String photo = departmentPhoto(w.id);
        Answer byDepartment = api.post("opd-dinkes", "/cooperations/" + w.id + "/activities",
                activity("Penyuluhan gizi di tiga puskesmas", "PEMDA", List.of(photo)));
        assertEquals(201, byDepartment.status(), byDepartment.raw().body());
        String departmentActivity = (String) byDepartment.body().get("id");
        assertEquals("/cooperations/" + w.id + "/activities/" + departmentActivity,
                byDepartment.raw().headers().firstValue("Location").orElseThrow());

        // 422 naming each bad field, nothing written
        Answer bad = api.post("opd-dinkes", "/cooperations/" + w.id + "/activities",
                m("title", "", "startDate", "kemarin", "party", "SEMUA", "evidence", List.of(UUID.randomUUID().toString())));
        assertEquals(422, bad.status(), bad.raw().body());
        assertEquals(List.of("title", "startDate", "party", "outputs"),
                bad.list("errors").stream().map(e -> e.get("field")).toList().subList(0, 4));
        assertEquals(2, list("admin", w.id).list("items").size());

        // the partner does not verify; an officer of the department does not verify its own; an admin does
        String partnerActivity = (String) byPartner.body().get("id");
        assertEquals(404, partner("POST", code, token, "/" + partnerActivity + "/verification", m("version", 1)).status(),
                "the partner has no route to verify");
        Answer own = api.post("opd-dinkes", path(w.id, departmentActivity, "/verification"), m("version", 1));
        assertEquals(422, own.status(), own.raw().body());
        assertEquals(List.of("RULE:ACTIVITY_OWN"), own.unmetCodes());
        Answer verified = api.post("admin", path(w.id, departmentActivity, "/verification"), m("version", 1));
        assertEquals(200, verified.status(), verified.raw().body());
        assertEquals("VERIFIED", verified.body().get("status"));
        Answer stale = api.post("admin", path(w.id, departmentActivity, "/verification"), m("version", 1));
        assertEquals(409, stale.status());
        assertEquals(2, ((Number) stale.current().get("version")).intValue());

        // the partner's is returned with a reason, which the partner reads on its tracking link, in its language
        Answer noReason = api.post("opd-dinkes", path(w.id, partnerActivity, "/return"), m("version", 1));
        assertEquals(422, noReason.status());
        assertEquals("reason", noReason.list("errors").get(0).get("field"));
        Answer returned = api.post("opd-dinkes", path(w.id, partnerActivity, "/return"),
                m("version", 1, "reason", "Lampirkan daftar hadir peserta"));
        assertEquals(200, returned.status(), returned.raw().body());
        // the partner is mailed the reason (Indonesian first, English below), once: a retry owes nothing again
        List<id.sikerja.local.testing.SentMail> mails = returnMails(code);
        assertEquals(1, mails.size(), "one mail for the return");
        assertTrue(mails.get(0).text().contains("Lampirkan daftar hadir peserta"), mails.get(0).text());
        assertTrue(mails.get(0).text().contains("Pelatihan kader posyandu"), mails.get(0).text());
        assertFalse(mails.get(0).text().contains(token), "never the access token");
        Answer again = api.post("opd-dinkes", path(w.id, partnerActivity, "/return"),
                m("version", 1, "reason", "Lampirkan daftar hadir peserta"));
        assertEquals(409, again.status(), again.raw().body());
        assertEquals(1, returnMails(code).size(), "the retry mailed nothing");
        Map<String, Object> seen = partner("GET", code, token, "", null).list("items").stream()
                .filter(a -> a.get("id").equals(partnerActivity)).findFirst().orElseThrow();
        assertEquals("RETURNED", seen.get("status"));
        assertEquals("Lampirkan daftar hadir peserta", seen.get("returnReason"));
        assertEquals(true, seen.get("mayCorrect"));
        Answer english = api.send("GET", "/track/" + code + "/activities", null,
                Map.of("X-Access-Token", token, "Accept-Language", "en"));
        assertEquals("Returned for correction", english.list("items").stream()
                .filter(a -> a.get("id").equals(partnerActivity)).findFirst().orElseThrow().get("statusLabel"));

        // corrected and submitted again: the history keeps the return
        Map<String, Object> correction = activity("Pelatihan kader posyandu (dengan daftar hadir)", "JOINT",
                List.of(partnerEvidence));
        correction.put("version", 2);
        Answer corrected = partner("PUT", code, token, "/" + partnerActivity, correction);
        assertEquals(200, corrected.status(), corrected.raw().body());
        assertEquals("SUBMITTED", corrected.body().get("status"));
        assertEquals(List.of("RECORD_ACTIVITY", "RETURN_ACTIVITY", "CORRECT_ACTIVITY"),
                corrected.list("history").stream().map(h -> h.get("action")).toList());

        // only the verified one counts; the case's timeline records each step
        Answer listed = list("opd-dinkes", w.id);
        assertEquals(1, ((Number) listed.body().get("verified")).intValue());
        List<Object> actions = api.view("admin", w.id).list("timeline").stream().map(e -> e.get("action")).toList();
        assertTrue(actions.containsAll(List.of("RECORD_ACTIVITY", "VERIFY_ACTIVITY", "RETURN_ACTIVITY",
                "CORRECT_ACTIVITY")), actions.toString());
        // another department sees no such case
        assertEquals(404, api.get("opd-dishub", "/cooperations/" + w.id + "/activities").status());

        // the reports page (issue 18): the verified activity is in its year's report, the one awaiting verification
        // is not; an OPD of another department does not see the agreement; the CSV has the activity
        int year = today().minusDays(1).getYear();
        Answer report = api.get("opd-dinkes", "/reports/activities?year=" + year);
        assertEquals(200, report.status(), report.raw().body());
        Map<String, Object> item = report.list("items").stream().filter(i -> i.get("id").equals(w.id)).findFirst()
                .orElseThrow();
        assertEquals(List.of("Penyuluhan gizi di tiga puskesmas"), ((List<?>) item.get("activities")).stream()
                .map(a -> ((Map<?, ?>) a).get("title")).toList());
        assertTrue(api.get("opd-dishub", "/reports/activities?year=" + year).list("items").stream()
                .noneMatch(i -> i.get("id").equals(w.id)), "another department's agreement");
        assertEquals(422, api.get("admin", "/reports/activities").status(), "the year is required");
        java.net.http.HttpResponse<String> csv = csv("admin", "/reports/activities?year=" + year + "&format=csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().contains("Penyuluhan gizi di tiga puskesmas"), csv.body());
        assertFalse(csv.body().contains("Pelatihan kader posyandu (dengan daftar hadir)"),
                "awaiting verification: not in the report");

        // monev: the admin's evaluation cites the verified activity for "indicator achievement" and
        // "documentation"; citing the one still awaiting verification is refused, naming the field, nothing recorded
        String period = today().minusDays(2).toString();
        w.version = api.view("admin", w.id).version();
        w.partner(code, token, "SUBMIT_PARTNER_MONEV", m("monev", m("periodDate", period, "summary", "Laporan mitra"),
                "documents", docs("MONEV_REPORT")));
        w.act("opd-dinkes", "SUBMIT_OPD_MONEV", m("monev", m("periodDate", period, "summary", "Laporan OPD"),
                "documents", docs("MONEV_REPORT")));
        Answer unverified = w.attempt("admin", "RECORD_MONEV_EVALUATION", evaluation(period,
                m("CAPAIAN_INDIKATOR", List.of(departmentActivity, partnerActivity))));
        assertEquals(422, unverified.status(), unverified.raw().body());
        assertEquals(List.of("monev.evaluation.cited.CAPAIAN_INDIKATOR[1]"),
                unverified.list("errors").stream().map(e -> e.get("field")).toList());
        assertEquals(2, api.view("admin", w.id).list("monev").size(), "the two reports only");
        w.version = api.view("admin", w.id).version();
        w.act("admin", "RECORD_MONEV_EVALUATION", evaluation(period,
                m("CAPAIAN_INDIKATOR", List.of(departmentActivity), "DOKUMENTASI", List.of(departmentActivity))));
        Map<?, ?> evaluated = (Map<?, ?>) api.view("admin", w.id).list("monev").stream()
                .filter(e -> e.get("evaluation") != null).findFirst().orElseThrow().get("evaluation");
        assertEquals(Map.of("CAPAIAN_INDIKATOR", List.of(departmentActivity), "DOKUMENTASI",
                List.of(departmentActivity)), evaluated.get("cited"));
    }

    /** A report file (not JSON) as the officer downloads it. */
    private java.net.http.HttpResponse<String> csv(String user, String path) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(LocalSystem.shared().apiUrl() + path)).timeout(java.time.Duration.ofSeconds(60));
        api.officer(user).forEach(b::header);
        try {
            return WorkflowApi.HTTP.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An admin evaluation of the period containing {@code periodDate}, all criteria 4, with its evidence. */
    private static Map<String, Object> evaluation(String periodDate, Map<String, Object> cited) {
        Map<String, Object> scores = new java.util.HashMap<>();
        for (String c : List.of("KESESUAIAN_TUJUAN", "KETEPATAN_WAKTU", "KONTRIBUSI_MITRA", "KOORDINASI",
                "CAPAIAN_INDIKATOR", "DAMPAK", "DOKUMENTASI", "PELAPORAN", "RELEVANSI")) {
            scores.put(c, 4);
        }
        return m("monev", m("periodDate", periodDate, "summary", "Evaluasi periode", "evaluation",
                m("scores", scores, "rating", 4, "recommendation", "LANJUTKAN", "cited", cited)),
                "documents", docs("EVIDENCE"));
    }

    @Test
    void anAgreementSixMonthsIntoImplementationWithoutAVerifiedActivityIsFlaggedUntilOneIsVerified() {
        // a legacy agreement running since eight months ago, no activity recorded
        LocalDate start = today().minusMonths(8);
        Map<String, Object> body = WorkflowApi.departmentProposal("Uji tanpa kegiatan " + UUID.randomUUID(), "DINKES");
        body.put("facts", m("pksSignedOn", start.minusDays(3).toString(), "signatory", "KEPALA_DAERAH",
                "termStart", start.toString(), "termMonths", 36));
        body.put("documents", docs("PKS_SIGNED"));
        Walk w = api.open("admin", "/cooperations/legacy", body);
        Map<String, Object> flag = flag(w.id);
        LocalDate flaggedFrom = LocalDate.parse((String) flag.get("date"));
        assertTrue(flaggedFrom.isBefore(today()), "six months have passed: " + flag);
        assertTrue(api.dueIndexed(flaggedFrom, w.id, "NO_VERIFIED_ACTIVITY"), "the digests read it from the index");

        // recorded is not enough; verified, it moves six months on from the activity's last day
        LocalDate day = today().minusDays(3);
        Map<String, Object> a = activity("Rapat koordinasi pelaksanaan", "JOINT", List.of());
        a.put("startDate", day.toString());
        Answer recorded = api.post("opd-dinkes", "/cooperations/" + w.id + "/activities", a);
        assertEquals(201, recorded.status(), recorded.raw().body());
        assertEquals(flaggedFrom.toString(), flag(w.id).get("date"));
        Answer verified = api.post("admin", path(w.id, (String) recorded.body().get("id"), "/verification"),
                m("version", 1));
        assertEquals(200, verified.status(), verified.raw().body());
        LocalDate moved = LocalDate.parse((String) flag(w.id).get("date"));
        assertTrue(moved.isAfter(today().plusMonths(5)), "moved six months on: " + moved);
        assertTrue(api.dueIndexed(moved, w.id, "NO_VERIFIED_ACTIVITY"), "indexed under its new date");
        assertFalse(api.dueIndexed(flaggedFrom, w.id, "NO_VERIFIED_ACTIVITY"), "the old entry is gone");
    }

    // ------------------------------------------------------------------------------------------------

    /** A partner's KSDPK walked to Pelaksanaan without the DPRD. */
    private Walk running(Answer proposed, String code, String token) {
        String id = (String) proposed.body().get("id");
        Walk w = api.new Walk(id, api.view("admin", id).version());
        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        api.partnerUpload(code, token, "KB_SIGNED", WorkflowApi.pdf("KB ditandatangani"));
        w.version = api.view("admin", w.id).version();
        w.act("admin", "SIGN_KB", m("facts", m("kbSignedOn", today, "kbSignatory", "KEPALA_DAERAH")));
        w.act("opd-dinkes", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        Answer running = w.act("admin", "SIGN_PKS", m("documents", docs("PKS_SIGNED"), "facts", m(
                "pksSignedOn", today, "signatory", "KEPALA_DAERAH", "termStart", today, "termMonths", 36,
                "pksClauseRightsObligations", true, "pksClauseTerm", true, "pksClauseDisputeSettlement", true,
                "pksClauseSanctions", true)));
        assertEquals("PELAKSANAAN", running.stage());
        return w;
    }

    /** The mails of returned activities to the partner of {@code code} in the mail emulator's store. */
    private List<id.sikerja.local.testing.SentMail> returnMails(String code) {
        return api.system().mail().sent().stream()
                .filter(x -> x.subject().contains(code) && x.subject().contains("Kegiatan dikembalikan")).toList();
    }

    private Map<String, Object> flag(String caseId) {
        return api.view("admin", caseId).list("dueDates").stream()
                .filter(d -> d.get("kind").equals("NO_VERIFIED_ACTIVITY")).findFirst().orElseThrow();
    }

    private Answer list(String user, String caseId) {
        Answer a = api.get(user, "/cooperations/" + caseId + "/activities");
        assertEquals(200, a.status(), a.raw().body());
        return a;
    }

    private Answer partner(String method, String code, String token, String rest, Object body) {
        return api.send(method, "/track/" + code + "/activities" + rest, body, Map.of("X-Access-Token", token));
    }

    private static String path(String caseId, String activityId, String rest) {
        return "/cooperations/" + caseId + "/activities/" + activityId + rest;
    }

    private Map<String, Object> activity(String title, String party, List<String> evidence) {
        return m("title", title, "description", "Di aula kecamatan", "startDate", today().minusDays(2).toString(),
                "endDate", today().minusDays(1).toString(), "party", party, "outputs", "40 kader terlatih",
                "indicator", m("name", "Kader terlatih", "unit", "orang", "target", 50, "achievement", 40),
                "evidence", evidence);
    }

    /** A PDF of evidence through the partner's tracking link, registered: its document id. */
    private String partnerEvidence(String code, String token) {
        byte[] bytes = WorkflowApi.pdf("Daftar hadir");
        Answer ticket = api.send("POST", "/track/" + code + "/uploads", WorkflowApi.declared("EVIDENCE", bytes),
                Map.of("X-Access-Token", token));
        assertEquals(201, ticket.status(), ticket.raw().body());
        assertEquals(200, WorkflowApi.put(ticket.body(), bytes, true).statusCode());
        String documentId = (String) ticket.body().get("documentId");
        WorkflowApi.awaitDecided(() -> api.track(code, token).list("uploads"), documentId);
        return documentId;
    }

    /** A JPEG photo uploaded by the department, registered: its document id. */
    private String departmentPhoto(String caseId) {
        byte[] bytes = ("\u00ff\u00d8\u00ff\u00e0 foto kegiatan " + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        Answer ticket = api.post("opd-dinkes", "/cooperations/" + caseId + "/uploads", m("type", "EVIDENCE",
                "fileName", "foto-penyuluhan.jpg", "contentType", "image/jpeg", "size", bytes.length,
                "sha256", WorkflowApi.sha256(bytes)));
        assertEquals(201, ticket.status(), ticket.raw().body());
        assertEquals(200, WorkflowApi.put(ticket.body(), bytes, true).statusCode());
        String documentId = (String) ticket.body().get("documentId");
        Map<String, Object> decided = WorkflowApi.awaitDecided(
                () -> api.get("opd-dinkes", "/cooperations/" + caseId + "/uploads").list("uploads"), documentId);
        assertEquals("REGISTERED", decided.get("status"), decided.toString());
        return documentId;
    }
}
