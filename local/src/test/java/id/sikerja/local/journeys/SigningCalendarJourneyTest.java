package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17's calendar through the local gateway: {@code GET /signings?month=} lists a scheduled signing in the month
 * it falls in (local date and time in the Pemda's zone) and not in another; an OPD user of another department does
 * not see it, its own department and the admin do; a missing or malformed month is a 422 naming {@code month}.
 */
class SigningCalendarJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    @Test
    void aScheduledSigningIsInItsMonthForThoseWhoSeeTheCase() {
        String title = "Uji kalender tanda tangan " + UUID.randomUUID();
        String id = (String) api.propose(title).body().get("id");
        Walk w = api.new Walk(id, api.view("admin", id).version());
        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today(), "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", true, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        LocalDate day = today().plusDays(3);
        Answer proposed = api.post("opd-dinkes", "/cooperations/" + id + "/signing-schedule", m("mode", "SEREMONIAL",
                "date", day.toString(), "time", "10:00", "place", "Pendopo Wali Kota", "signers", List.of(
                        m("party", "PEMDA", "name", "Andi Harun", "position", "Wali Kota"),
                        m("party", "MITRA", "name", "Direktur Utama", "position", "Direktur"))));
        assertEquals(200, proposed.status(), proposed.raw().body());

        YearMonth month = YearMonth.from(day);
        for (String user : List.of("admin", "opd-dinkes", "pimpinan")) {
            Answer cal = api.get(user, "/signings?month=" + month);
            assertEquals(200, cal.status(), cal.raw().body());
            Map<String, Object> found = signingOf(cal, id);
            assertTrue(found != null, user + " sees the signing in its month");
            assertEquals(title, found.get("title"));
            assertEquals(day.toString(), found.get("date"));
            assertEquals("10:00", found.get("time"));
            assertEquals("SEREMONIAL", found.get("mode"));
            assertEquals("PROPOSED", found.get("status"));
            assertEquals("Pendopo Wali Kota", found.get("place"));
        }
        assertEquals(null, signingOf(api.get("admin", "/signings?month=" + month.plusMonths(2)), id),
                "not in another month");
        assertEquals(null, signingOf(api.get("opd-dishub", "/signings?month=" + month), id),
                "another department does not see it");

        for (String bad : List.of("", "?month=2026-13", "?month=12-2026", "?month=2026-1")) {
            Answer refused = api.get("admin", "/signings" + bad);
            assertEquals(422, refused.status(), bad + ": " + refused.raw().body());
            assertEquals(List.of("month"), refused.list("errors").stream().map(e -> e.get("field")).toList());
        }
    }

    private static Map<String, Object> signingOf(Answer cal, String caseId) {
        return cal.list("signings").stream().filter(s -> caseId.equals(s.get("caseId"))).findFirst().orElse(null);
    }
}
