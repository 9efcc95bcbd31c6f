package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import id.sikerja.local.testing.SentMail;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 18 (h18-amend), through the local gateway: an amendment extending the term by a year is proposed, reviewed,
 * drafted and signed, and moves the end date, its reminders (the due-date index) and the registry; one amendment is
 * open at a time; bad input is named field by field; an early ending is refused without its document and, with it,
 * ends the agreement, mails the partner, clears the due dates and shows in the registry.
 */
class AmendmentJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final String today = today().toString();

    @Test
    @SuppressWarnings("unchecked")
    void anAmendmentExtendingTheTermByAYearIsSignedAndMovesTheEndItsRemindersAndTheRegistry() {
        Walk w = api.open("admin", "/cooperations/legacy", legacy("Uji adendum " + UUID.randomUUID()));
        LocalDate oldEnd = LocalDate.of(2028, 5, 31);
        LocalDate newEnd = LocalDate.of(2029, 5, 31);
        assertTrue(api.dueIndexed(oldEnd, w.id, "AGREEMENT_END"));

        // who may propose: the department and the Bagian Kerja Sama, not the TKKSD or a leader
        assertEquals(403, amend("tkksd", w, extendTo(newEnd, w.version)).status());
        assertEquals(403, amend("pimpinan", w, extendTo(newEnd, w.version)).status());
        assertEquals(404, amend("opd-dishub", w, extendTo(newEnd, w.version)).status(), "another department's case");

        // bad input: every bad field named, nothing changes
        Answer bad = amend("opd-dinkes", w, m("version", w.version, "changes", m("termEnd", "31-05-2029",
                "value", "banyak", "colour", "biru"), "burdensPublic", "ya"));
        assertEquals(422, bad.status(), bad.raw().body());
        List<Object> fields = bad.list("errors").stream().map(e -> e.get("field")).toList();
        assertTrue(fields.containsAll(List.of("reason", "changes.termEnd", "changes.value", "changes.colour",
                "burdensPublic", "fundingUnbudgeted")), fields.toString());
        assertEquals(w.version, api.view("admin", w.id).version());

        // the term rules apply to the new term: 1 June 2024 + 61 months is over five years
        Answer tooLong = amend("opd-dinkes", w, extendTo(LocalDate.of(2029, 6, 30), w.version));
        assertEquals(422, tooLong.status());
        assertEquals(List.of("RULE:TERM_MAX"), tooLong.unmetCodes());

        Answer proposed = amend("opd-dinkes", w, extendTo(newEnd, w.version));
        assertEquals(201, proposed.status(), proposed.raw().body());
        w.version = proposed.version();
        Map<String, Object> open = (Map<String, Object>) api.view("admin", w.id).body().get("amendment");
        assertEquals("DRAFT", open.get("status"));
        Map<?, ?> change = (Map<?, ?>) ((List<?>) open.get("changes")).get(0);
        assertEquals("termEnd", change.get("term"));
        assertEquals(oldEnd.toString(), change.get("before"), "the value before is the case's");
        assertEquals(newEnd.toString(), change.get("after"));

        // one open amendment at a time
        Answer second = amend("admin", w, m("version", w.version, "reason", "Lingkup ditambah",
                "changes", m("scope", "Lingkup baru"), "burdensPublic", false, "fundingUnbudgeted", false));
        assertEquals(409, second.status(), second.raw().body());

        w.act("tkksd", "RECORD_AMENDMENT_TKKSD_REVIEW", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("amendmentTkksdReviewedOn", today)));
        w.act("opd-dinkes", "FINALIZE_AMENDMENT_DRAFT", m("documents", docs("ADENDUM_DRAFT")));
        Answer forbidden = w.attempt("opd-dinkes", "SIGN_AMENDMENT", m("facts", m("amendmentSignedOn", today)));
        assertEquals(403, forbidden.status());
        Answer signed = w.act("admin", "SIGN_AMENDMENT", m("documents", docs("ADENDUM_SIGNED"),
                "facts", m("amendmentSignedOn", today)));
        assertEquals("PELAKSANAAN", signed.stage());

        Answer view = api.view("admin", w.id);
        assertNull(view.body().get("amendment"));
        assertTrue(view.list("facts").stream().anyMatch(f -> f.get("fact").equals("termMonths")
                && f.get("value").equals("60")), view.list("facts").toString());
        Map<String, Object> history = view.list("amendments").get(0);
        assertEquals(newEnd.toString(), history.get("termEndAfter"));
        assertEquals(oldEnd.toString(), history.get("termEndBefore"));
        String sha = (String) ((Map<?, ?>) history.get("document")).get("sha256");
        Map<String, Object> event = view.list("timeline").get(view.list("timeline").size() - 1);
        assertEquals("SIGN_AMENDMENT", event.get("action"));
        assertEquals(oldEnd.toString(), ((Map<?, ?>) event.get("facts")).get("amendmentTermEndBefore"));
        assertEquals(newEnd.toString(), ((Map<?, ?>) event.get("facts")).get("amendmentTermEnd"));

        // the reminders move: the index holds the new end and its expiry reminders, not the old ones
        assertTrue(api.dueIndexed(newEnd, w.id, "AGREEMENT_END"));
        assertTrue(api.dueIndexed(newEnd.minusDays(90), w.id, "EXPIRY_REMINDER"));
        assertFalse(api.dueIndexed(oldEnd, w.id, "AGREEMENT_END"), "the old end no longer fires");
        assertFalse(api.dueIndexed(oldEnd.minusDays(90), w.id, "EXPIRY_REMINDER"));

        // the registry shows the new end and the amendment with its signed copy's fingerprint
        Map<String, Object> entry = registry(w.id);
        assertEquals(newEnd.toString(), entry.get("endDate"));
        Map<?, ?> amendment = (Map<?, ?>) ((List<?>) entry.get("amendments")).get(0);
        assertEquals(1, ((Number) amendment.get("number")).intValue());
        assertEquals(sha, amendment.get("sha256"));
        Answer verified = api.send("GET", "/verify/" + sha, null, Map.of());
        assertEquals(true, verified.body().get("genuine"), verified.raw().body());
    }

    @Test
    void anEarlyEndingNeedsItsDocumentMailsThePartnerAndShowsInTheRegistry() throws InterruptedException {
        Answer proposed = api.propose("Uji pengakhiran " + UUID.randomUUID());
        String code = (String) proposed.body().get("trackingCode");
        Walk w = api.new Walk((String) proposed.body().get("id"), api.view("admin", (String) proposed.body().get("id")).version());
        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"),
                "facts", m("kbSignedOn", today, "kbSignatory", "KEPALA_DAERAH")));
        w.act("opd-dinkes", "FINALIZE_PKS_DRAFT", m("documents", docs("PKS_DRAFT")));
        Answer running = w.act("admin", "SIGN_PKS", m("documents", docs("PKS_SIGNED"), "facts", m(
                "pksSignedOn", today, "signatory", "KEPALA_DAERAH", "termStart", today, "termMonths", 36,
                "pksClauseRightsObligations", true, "pksClauseTerm", true, "pksClauseDisputeSettlement", true,
                "pksClauseSanctions", true)));
        assertEquals("PELAKSANAAN", running.stage());
        assertTrue(dueItems(w.id));

        Answer refused = w.attempt("admin", "END", m("endReason", "MITRA_PAILIT", "note", "Mitra dinyatakan pailit"));
        assertEquals(422, refused.status(), refused.raw().body());
        assertEquals(List.of("DOC:BERITA_ACARA|SURAT_PENGAKHIRAN"), refused.unmetCodes());
        assertTrue(String.valueOf(refused.list("unmet").get(0).get("message")).startsWith("Berita acara atau surat"),
                refused.raw().body());

        Answer ended = w.act("admin", "END", m("endReason", "MITRA_PAILIT", "note", "Mitra dinyatakan pailit",
                "documents", docs("SURAT_PENGAKHIRAN")));
        assertEquals("PENATAUSAHAAN", ended.stage());
        assertFalse(dueItems(w.id), "no due date of the ended agreement remains");
        awaitMail(code, "berakhir");

        Map<String, Object> entry = registry(w.id);
        assertEquals("BERAKHIR", entry.get("status"));
        assertEquals("MITRA_PAILIT", entry.get("endReason"));
        assertEquals(today, entry.get("endedOn"));
        assertEquals(true, entry.get("endedEarly"));
    }

    // ------------------------------------------------------------------ helpers

    private Answer amend(String user, Walk w, Map<String, Object> body) {
        return api.post(user, "/cooperations/" + w.id + "/amendments", body);
    }

    private static Map<String, Object> extendTo(LocalDate end, long version) {
        return m("version", version, "reason", "Kegiatan diperpanjang satu tahun atas kesepakatan para pihak",
                "changes", m("termEnd", end.toString()), "burdensPublic", false, "fundingUnbudgeted", false);
    }

    /** The public registry entry, once the read side has seen the change. */
    private Map<String, Object> registry(String id) {
        Answer a = null;
        for (int i = 0; i < 50; i++) {
            a = api.send("GET", "/registry/" + id, null, Map.of());
            if (a.status() == 200 && (a.body().containsKey("amendments") || a.body().containsKey("endReason"))) {
                return a.body();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("registry entry not updated: " + (a == null ? null : a.raw().body()));
        return null;
    }

    private boolean dueItems(String caseId) {
        return !api.system().dynamoDb().query(r -> r.tableName(api.system().tableName())
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :due)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CASE#" + caseId),
                                ":due", AttributeValue.fromS("DUE#"))))
                .items().isEmpty();
    }

    private void awaitMail(String code, String subjectPart) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            for (SentMail m : api.system().mail().sent()) {
                if (m.subject().contains(code) && m.subject().contains(subjectPart)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        fail("no mail '" + subjectPart + "' for " + code);
    }

    private static Map<String, Object> legacy(String title) {
        Map<String, Object> body = WorkflowApi.departmentProposal(title, "DINKES");
        body.put("facts", m("pksSignedOn", "2024-05-02", "signatory", "KEPALA_DAERAH", "termStart", "2024-06-01",
                "termMonths", 48, "agreementNumber", "180/27/HK/2024"));
        body.put("documents", docs("PKS_SIGNED"));
        return body;
    }
}
