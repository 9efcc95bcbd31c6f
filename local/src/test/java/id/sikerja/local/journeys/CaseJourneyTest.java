package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Cases walked through the legal stages over HTTP, through the local gateway into the intake and workflow
 * functions and DynamoDB Local, by the demo users and by the partner with its tracking link.
 */
class CaseJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final String today = today().toString();

    /** PP 28/2018 with DPRD approval: a third party's KSDPK from its proposal to Pelaksanaan. */
    @Test
    void aKsdpkFromThePartnersProposalToImplementationWithTheDprd() {
        Answer proposed = api.propose("Uji KSDPK " + UUID.randomUUID());
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        Walk w = api.new Walk((String) proposed.body().get("id"), api.view("admin", (String) proposed.body().get("id")).version());
        assertEquals("INTAKE", w.stage());

        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", true, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        // the partner uploads the KB it signed, through its tracking link: registered on the case when it arrives
        api.partnerUpload(code, token, "KB_SIGNED", WorkflowApi.pdf("KB ditandatangani"));
        w.version = api.view("admin", w.id).version();
        assertEquals("PENANDATANGANAN_KB", w.stage());
        Answer signed = w.act("admin", "SIGN_KB", m("facts", m("kbSignedOn", today, "kbSignatory", "KEPALA_DAERAH")));
        assertEquals("PERSETUJUAN_DPRD", signed.stage(), "it burdens the public: the DPRD must approve");

        Answer requested = w.act("admin", "SUBMIT_TO_DPRD", m("documents", docs("DPRD_REQUEST"),
                "facts", m("dprdRequestReceivedOn", today)));
        assertEquals("DPRD_RESPONSE", requested.list("dueDates").get(0).get("kind"));
        Answer early = w.attempt("admin", "DPRD_DEEMED_APPROVE", m());
        assertEquals(422, early.status());
        assertEquals(List.of("RULE:DPRD_PERIOD_RUNNING"), early.unmetCodes(), "silence counts only after 45 working days");
        w.act("admin", "DPRD_APPROVE", m("documents", docs("DPRD_DECISION"), "facts", m("dprdDecidedOn", today)));
        w.act("opd-dinkes", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        Answer missingClauses = w.attempt("admin", "SIGN_PKS", m("documents", docs("PKS_SIGNED"),
                "facts", m("pksSignedOn", today, "signatory", "KEPALA_DAERAH", "termStart", today, "termMonths", 36)));
        assertEquals(422, missingClauses.status());
        assertEquals(List.of("CONFIRM:pksClauseRightsObligations", "CONFIRM:pksClauseTerm",
                "CONFIRM:pksClauseDisputeSettlement", "CONFIRM:pksClauseSanctions"), missingClauses.unmetCodes(),
                "every missing clause of PP 28/2018 Ps 19(2) is named");
        Answer running = w.act("admin", "SIGN_PKS", m("documents", docs("PKS_SIGNED"), "facts", m(
                "pksSignedOn", today, "signatory", "KEPALA_DAERAH", "termStart", today, "termMonths", 36,
                "pksClauseRightsObligations", true, "pksClauseTerm", true, "pksClauseDisputeSettlement", true,
                "pksClauseSanctions", true)));
        assertEquals("PELAKSANAAN", running.stage());

        assertEquals(List.of("INTAKE", "PERSIAPAN", "PENAWARAN", "PENYUSUNAN_KB", "PENANDATANGANAN_KB",
                "PERSETUJUAN_DPRD", "PENYUSUNAN_PKS", "PENANDATANGANAN_PKS", "PELAKSANAAN"), api.stagesVisited(w.id));
        Answer view = api.view("opd-dinkes", w.id);
        Map<String, Object> signing = view.list("timeline").get(view.list("timeline").size() - 1);
        assertEquals("SIGN_PKS", signing.get("action"));
        assertEquals("PENANDATANGANAN_PKS", ((Map<?, ?>) signing.get("from")).get("code"));
        assertEquals("ADMIN", ((Map<?, ?>) signing.get("actor")).get("role"));
        assertEquals("36", ((Map<?, ?>) signing.get("facts")).get("termMonths"));

        // the agreement's end is indexed by month for the reminders: found with a query, not a scan
        LocalDate end = LocalDate.parse((String) running.list("dueDates").stream()
                .filter(d -> d.get("kind").equals("AGREEMENT_END")).findFirst().orElseThrow().get("date"));
        assertTrue(api.dueIndexed(end, w.id, "AGREEMENT_END"));

        Answer partnerView = api.send("GET", "/track/" + code, null, Map.of("X-Access-Token", token));
        assertEquals("PELAKSANAAN", partnerView.body().get("stage"));
    }

    /** A voluntary KSDD whose Persiapan facts skip the DPRD; a PKS under its signed KB on the way. */
    @Test
    void aKsddWhoseFactsSkipTheDprdWithAChildPksUnderItsKb() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji KSDD " + UUID.randomUUID(), "DINKES"));
        assertEquals(404, api.get("opd-dishub", "/cooperations/" + w.id).status(), "another department's case");
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_PENAWARAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));

        Map<String, Object> signKb = api.view("admin", w.id).list("actions").stream()
                .filter(a -> a.get("action").equals("SIGN_KB")).findFirst().orElseThrow();
        assertEquals("PENYUSUNAN_PKS", ((Map<?, ?>) signKb.get("target")).get("code"),
                "the action list already shows the DPRD is skipped");
        w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"), "facts", m("kbSignedOn", today,
                "kbSignatory", "KEPALA_DAERAH")));
        assertEquals("PENYUSUNAN_PKS", w.stage());
        Answer noDprd = w.attempt("admin", "DPRD_APPROVE", m());
        assertEquals(409, noDprd.status());
        assertEquals("action-not-applicable", noDprd.type());

        // a PKS of another department under the signed KB: a child case, and an event on the KB's case
        Answer child = api.post("admin", "/cooperations/" + w.id + "/child-pks",
                m("departments", List.of("DISHUB"), "title", "PKS angkutan pasien rujukan", "note", "Untuk Dishub"));
        assertEquals(201, child.status(), child.raw().body());
        assertEquals("PENYUSUNAN_PKS", child.stage());
        assertEquals(w.id, child.body().get("parentId"));
        assertEquals(List.of("DISHUB"), child.body().get("departments"));
        Answer kb = api.view("admin", w.id);
        assertEquals(w.version, kb.version(), "the KB's state and version are unchanged");
        Map<String, Object> linked = kb.list("timeline").get(kb.list("timeline").size() - 1);
        assertEquals("OPEN_CHILD_PKS", linked.get("action"));
        assertTrue(((String) linked.get("note")).contains((String) child.body().get("id")));
        assertEquals(200, api.get("opd-dishub", "/cooperations/" + child.body().get("id")).status());

        w.act("opd-dinkes", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        w.act("admin", "SIGN_PKS", m("documents", docs("PKS_SIGNED"), "facts", m("pksSignedOn", today,
                "signatory", "KEPALA_DAERAH", "termStart", today, "termMonths", 60)));
        assertEquals(List.of("PERSIAPAN", "PENAWARAN", "PENYUSUNAN_KB", "PENANDATANGANAN_KB", "PENYUSUNAN_PKS",
                "PENANDATANGANAN_PKS", "PELAKSANAAN"), api.stagesVisited(w.id));
    }

    /** Permendagri 25/2020 Ps 9: a sister-city cooperation of a kabupaten/kota through all eleven stages. */
    @Test
    void aKsdplThroughAllElevenForeignStages() {
        Map<String, Object> body = WorkflowApi.departmentProposal("Uji KSDPL " + UUID.randomUUID(), "DISHUB");
        body.put("category", "KSDPL");
        body.remove("ksddKind");
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("partner"));
        partner.put("type", "PEMERINTAH_DAERAH_LUAR_NEGERI");
        partner.put("regionOrCountry", "Kota Kitakyushu, Jepang");
        body.put("partner", partner);
        Walk w = api.open("admin", "/cooperations", body);
        String before = today().minusDays(2).toString();

        w.act("opd-dishub", "COMPLETE_INITIATIVE", m());
        w.act("opd-dishub", "COMPLETE_EXPLORATION", m());
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        Answer loi = w.act("admin", "SIGN_LOI", m("documents", docs("LOI"), "facts", m("loiSignedOn", today,
                "consultedKemendagriOn", before, "consultedKemluOn", before)));
        assertEquals("LOI_EXPIRY", loi.list("dueDates").get(0).get("kind"), "an LoI is valid one year");
        w.act("opd-dishub", "COMPLETE_RKS", m("documents", docs("RKS")));
        w.act("admin", "SUBMIT_TO_DPRD", m("documents", docs("DPRD_REQUEST"), "facts", m("dprdRequestReceivedOn", today)));
        w.act("admin", "DPRD_APPROVE", m("documents", docs("DPRD_DECISION"), "facts", m("dprdDecidedOn", today)));
        Answer sent = w.act("admin", "SEND_TO_GUBERNUR", m("facts", m("sentToGubernurOn", today)));
        assertEquals("GUBERNUR_RELAY", sent.list("dueDates").get(0).get("kind"));
        w.act("admin", "RECORD_GUBERNUR_RELAY", m("facts", m("gubernurRelayedOn", today)));
        w.act("admin", "RECORD_VERIFICATION", m("facts", m("menteriVerifiedOn", today)));
        w.act("opd-dishub", "FINALIZE_NASKAH_DRAFT", m("documents", docs("NASKAH_DRAFT")));
        w.act("admin", "RECORD_CONFIRMATION", m("documents", docs("SURAT_KONFIRMASI")));
        w.act("admin", "RECORD_MENTERI_APPROVAL", m("documents", docs("PERSETUJUAN_MENTERI"),
                "facts", m("menteriApprovedOn", today)));
        Answer tooLong = w.attempt("admin", "SIGN_NASKAH", m("documents", docs("NASKAH_SIGNED"),
                "facts", m("naskahSignedOn", today, "termStart", today, "termMonths", 72)));
        assertEquals(422, tooLong.status());
        assertEquals("facts.termMonths", tooLong.list("unmet").get(0).get("field"), "at most five years (Ps 32)");
        Answer signed = w.act("admin", "SIGN_NASKAH", m("documents", docs("NASKAH_SIGNED"),
                "facts", m("naskahSignedOn", today, "termStart", today, "termMonths", 48)));
        assertTrue(signed.list("dueDates").stream().anyMatch(d -> d.get("kind").equals("EXTENSION_REQUEST")));

        assertEquals(List.of("PRAKARSA", "PENJAJAKAN", "PERNYATAAN_KEHENDAK", "RENCANA_KERJA_SAMA", "PERSETUJUAN_DPRD",
                "VERIFIKASI_MENTERI", "RANCANGAN_NASKAH", "PEMBAHASAN", "PERSETUJUAN_MENTERI", "PENANDATANGANAN_NASKAH",
                "PELAKSANAAN"), api.stagesVisited(w.id));
    }

    /** Returned for revision; the partner answers through its tracking link only; back at intake, accepted. */
    @Test
    void aRevisionRoundTripThroughThePartnersTrackingLink() {
        Answer proposed = api.propose("Uji revisi " + UUID.randomUUID());
        String id = (String) proposed.body().get("id");
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        Walk w = api.new Walk(id, api.view("admin", id).version());

        Answer noNote = w.attempt("admin", "RETURN_FOR_REVISION", m());
        assertEquals(422, noNote.status());
        assertEquals("note", noNote.list("unmet").get(0).get("field"));
        w.act("admin", "RETURN_FOR_REVISION", m("note", "Lampirkan KAK yang ditandatangani pimpinan."));
        Answer tracked = api.send("GET", "/track/" + code, null, Map.of("X-Access-Token", token));
        assertEquals("REVISI", tracked.body().get("stage"));

        Answer wrong = w.partnerAttempt(code, "A".repeat(43), "RESUBMIT", m());
        Answer none = w.partnerAttempt(code, null, "RESUBMIT", m());
        Answer unknown = w.partnerAttempt("KS-2020-ZZZZZZ", token, "RESUBMIT", m());
        for (Answer a : List.of(wrong, none, unknown)) {
            assertEquals(404, a.status());
            assertEquals(withoutInstance(unknown.body()), withoutInstance(a.body()),
                    "a wrong or missing token looks exactly like an unknown code");
            assertEquals("Permohonan tidak ditemukan", a.body().get("title"));
        }
        Answer notTheirs = w.partnerAttempt(code, token, "REJECT", m("note", "x"));
        assertEquals(403, notTheirs.status(), "only where the process expects the partner");

        Answer answered = w.partner(code, token, "RESUBMIT", m("note", "KAK terlampir.", "documents", docs("KAK")));
        assertEquals("INTAKE", answered.stage());
        assertFalse(answered.raw().body().contains("5a1e7c2d"), "no officer ids reach the partner");
        Answer stale = w.partnerAttempt(code, token, "WITHDRAW", m("version", 1));
        assertEquals(409, stale.status());
        assertEquals(w.version, ((Number) stale.current().get("version")).longValue());
        assertNull(stale.current().get("departments"), "the partner's conflict shows no internal data");

        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        assertEquals(List.of("INTAKE", "REVISI", "INTAKE", "PERSIAPAN"), api.stagesVisited(id));
        Map<String, Object> resubmitted = api.view("admin", id).list("timeline").stream()
                .filter(e -> "RESUBMIT".equals(e.get("action"))).findFirst().orElseThrow();
        assertEquals("PARTNER", ((Map<?, ?>) resubmitted.get("actor")).get("role"));
        assertEquals("KAK terlampir.", resubmitted.get("note"));
    }

    /** Rejected at intake with its reason; nothing applies afterwards and nothing is due. */
    @Test
    void aRejection() {
        Answer proposed = api.propose("Uji penolakan " + UUID.randomUUID());
        String id = (String) proposed.body().get("id");
        Walk w = api.new Walk(id, api.view("admin", id).version());
        Answer english = api.send("POST", "/cooperations/" + id + "/transitions",
                WorkflowApi.transition("REJECT", w.version, m()), merge(api.officer("admin"),
                        Map.of("Accept-Language", "en-US,en;q=0.9")));
        assertEquals(422, english.status());
        assertEquals("Conditions not met", english.body().get("title"));
        assertEquals("The reason for rejection is missing", english.list("unmet").get(0).get("message"));

        Answer rejected = w.act("admin", "REJECT", m("note", "Objek kerja sama bukan urusan pemerintah daerah."));
        assertEquals("DITOLAK", rejected.stage());
        assertEquals("DITOLAK_SAAT_INTAKE", ((Map<?, ?>) rejected.body().get("endReason")).get("code"));
        assertEquals(List.of(), rejected.list("dueDates"));
        assertFalse(dueItems(id), "an ended case has no due-date index items");
        Answer after = w.attempt("admin", "ACCEPT", m());
        assertEquals(409, after.status());
        assertEquals("action-not-applicable", after.type());
        assertEquals(List.of(), api.view("admin", id).list("actions"));
    }

    /** An agreement entered as legacy, ended with a reason of PP 28/2018, administered and reported: Selesai. */
    @Test
    void anEndingWithAReason() {
        Walk w = api.open("admin", "/cooperations/legacy", legacy("Uji berakhir " + UUID.randomUUID(), "KSDPK"));
        assertEquals("PELAKSANAAN", w.stage());
        Answer forbidden = w.attempt("opd-dinkes", "END", m("endReason", "TUJUAN_TERCAPAI", "note", "x"));
        assertEquals(403, forbidden.status());
        Answer wrongReason = w.attempt("admin", "END", m("endReason", "DIGANTI_PERJANJIAN_BARU", "note", "x"));
        assertEquals(422, wrongReason.status());
        assertEquals("invalid-command", wrongReason.type());
        assertEquals("endReason", wrongReason.list("unmet").get(0).get("field"), "a foreign-only reason");

        Answer ended = w.act("admin", "END", m("endReason", "MITRA_PAILIT",
                "note", "Mitra dinyatakan pailit oleh Pengadilan Niaga.",
                "documents", docs("SURAT_PENGAKHIRAN"))); // issue 18: ending early takes its document
        assertEquals("PENATAUSAHAAN", ended.stage());
        assertEquals("MITRA_PAILIT", ((Map<?, ?>) ended.body().get("endReason")).get("code"));
        w.act("admin", "COMPLETE_ADMINISTRATION", m("documents", docs("BERITA_ACARA")));
        Answer done = w.act("opd-dinkes", "SUBMIT_FINAL_REPORT", m("documents", docs("LAPORAN")));
        assertEquals("SELESAI", done.stage());
        assertEquals("MITRA_PAILIT", ((Map<?, ?>) done.body().get("endReason")).get("code"));
        // the letter's upload is an event of its own before the ending (issue 18): find the ending
        Map<String, Object> endEvent = api.view("admin", w.id).list("timeline").stream()
                .filter(e -> "END".equals(e.get("action"))).findFirst().orElseThrow();
        assertEquals("END", endEvent.get("action"));
        assertEquals("Mitra dinyatakan pailit oleh Pengadilan Niaga.", endEvent.get("note"));
        assertEquals("MITRA_PAILIT", ((Map<?, ?>) endEvent.get("endReason")).get("code"));
    }

    /** An extension: a new case linked to the old agreement, and an event on the old one, written together. */
    @Test
    void anExtension() {
        Walk old = api.open("admin", "/cooperations/legacy", legacy("Uji perpanjangan " + UUID.randomUUID(), "KSDD"));
        assertEquals(404, api.post("opd-dishub", "/cooperations/" + old.id + "/extensions", m()).status());

        Answer ext = api.post("opd-dinkes", "/cooperations/" + old.id + "/extensions", m("note", "Diperpanjang 3 tahun"));
        assertEquals(201, ext.status(), ext.raw().body());
        assertEquals("PERSIAPAN", ext.stage());
        assertEquals("EXTENSION", ext.body().get("origin"));
        assertEquals(old.id, ext.body().get("previousAgreementId"));
        assertEquals(old.id, ext.body().get("linkedCaseId"));
        Answer oldView = api.view("admin", old.id);
        assertEquals(old.version + 1, oldView.version(), "the old agreement records its extension");
        // its term still runs out, but it is no longer recalled weekly after its end
        assertTrue(api.dueIndexed(LocalDate.of(2028, 5, 31), old.id, "AGREEMENT_END"));
        assertFalse(api.dueIndexed(LocalDate.of(2028, 6, 7), old.id, "AGREEMENT_ENDED"));
        Map<String, Object> event = oldView.list("timeline").get(oldView.list("timeline").size() - 1);
        assertEquals("OPEN_EXTENSION", event.get("action"));
        assertTrue(((String) event.get("note")).contains((String) ext.body().get("id")));

        String fresh = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji belum berjalan " + UUID.randomUUID(), "DINKES")).id;
        Answer notYet = api.post("admin", "/cooperations/" + fresh + "/extensions", m());
        assertEquals(422, notYet.status());
        assertEquals(List.of("RULE:PREVIOUS_NOT_IMPLEMENTED"), notYet.unmetCodes());
    }

    /** Officers only: no token is 401 at the gateway; an ID that is not a case is 404. */
    @Test
    void theOfficerRoutesNeedAToken() {
        assertEquals(401, api.send("GET", "/cooperations/anything", null, Map.of()).status());
        assertEquals(404, api.get("pimpinan", "/cooperations/" + UUID.randomUUID()).status());
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Object> legacy(String title, String category) {
        Map<String, Object> body = WorkflowApi.departmentProposal(title, "DINKES");
        if (category.equals("KSDPK")) {
            body = WorkflowApi.sample("events/intake-submit-proposal.json");
            body.put("title", title);
        }
        body.put("facts", m("pksSignedOn", "2024-05-02", "signatory", "KEPALA_DAERAH", "termStart", "2024-06-01",
                "termMonths", 48, "agreementNumber", "180/27/HK/2024"));
        body.put("documents", docs("PKS_SIGNED"));
        return body;
    }


    private boolean dueItems(String caseId) {
        return !api.system().dynamoDb().query(r -> r.tableName(api.system().tableName())
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :due)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CASE#" + caseId),
                                ":due", AttributeValue.fromS("DUE#"))))
                .items().isEmpty();
    }

    private static Map<String, Object> withoutInstance(Map<String, Object> problem) {
        Map<String, Object> out = new java.util.HashMap<>(problem);
        out.remove("instance");
        return out;
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> out = new java.util.HashMap<>(a);
        out.putAll(b);
        return out;
    }
}
