package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

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
 * Issue 13 item 10 through the local gateway: a running foreign agreement's yearly plan waits for last year's annual
 * report (Permendagri 25/2020 Ps 35–38), its extension request is recorded on it and meets its due date, and an
 * extension opened less than six months before the end is flagged late (Ps 33).
 */
class ForeignReportingJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    /** A sister-city agreement entered as legacy, running since two years ago and ending in under six months. */
    private Walk runningForeignAgreement() {
        Map<String, Object> body = WorkflowApi.departmentProposal("Uji laporan tahunan " + UUID.randomUUID(), "DISHUB");
        body.put("category", "KSDPL");
        body.remove("ksddKind");
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("partner"));
        partner.put("type", "PEMERINTAH_DAERAH_LUAR_NEGERI");
        partner.put("regionOrCountry", "Kota Kitakyushu, Jepang");
        body.put("partner", partner);
        LocalDate start = today().withDayOfMonth(1).minusMonths(24);
        body.put("facts", m("naskahSignedOn", start.minusDays(3).toString(), "termStart", start.toString(),
                "termMonths", 28, "agreementNumber", "070/11/KSLN/" + start.getYear()));
        body.put("documents", docs("NASKAH_SIGNED"));
        return api.open("admin", "/cooperations/legacy", body);
    }

    @Test
    void theYearlyPlanWaitsForLastYearsAnnualReport() {
        Walk w = runningForeignAgreement();
        assertEquals("PELAKSANAAN", w.stage());
        int previous = today().getYear() - 1;

        Answer refused = w.attempt("admin", "SUBMIT_ANNUAL_PLAN", m("documents", docs("RENCANA_KEGIATAN_TAHUNAN")));
        assertEquals(422, refused.status(), refused.raw().body());
        assertEquals(List.of("RULE:ANNUAL_REPORT_MISSING"), refused.unmetCodes());
        assertTrue(((String) refused.list("unmet").get(0).get("message")).contains("Laporan tahunan " + previous),
                refused.raw().body());

        w.act("admin", "SUBMIT_ANNUAL_REPORT", m("documents", docs("LAPORAN"), "facts", m("lastAnnualReportYear", previous)));
        Answer planned = w.act("admin", "SUBMIT_ANNUAL_PLAN", m("documents", docs("RENCANA_KEGIATAN_TAHUNAN")));
        assertEquals("PELAKSANAAN", planned.stage());
    }

    @Test
    void theExtensionRequestIsRecordedOnTheAgreementAndALateExtensionIsFlagged() {
        Walk w = runningForeignAgreement();
        assertTrue(api.view("admin", w.id).list("dueDates").stream()
                .anyMatch(d -> d.get("kind").equals("EXTENSION_REQUEST")), "the request is due");
        Answer requested = w.act("admin", "REQUEST_EXTENSION", m("facts", m("extensionRequestedOn", today().toString())));
        assertFalse(requested.list("dueDates").stream().anyMatch(d -> d.get("kind").equals("EXTENSION_REQUEST")),
                "recorded: no longer due");

        Answer ext = api.post("admin", "/cooperations/" + w.id + "/extensions", m("note", "Diperpanjang 5 tahun"));
        assertEquals(201, ext.status(), ext.raw().body());
        Map<String, Object> late = api.view("admin", (String) ext.body().get("id")).list("facts").stream()
                .filter(f -> "extensionOpenedLate".equals(f.get("fact"))).findFirst().orElseThrow();
        assertEquals("true", String.valueOf(late.get("value")), "opened under six months before the end");
        assertTrue(((String) late.get("label")).startsWith("Perpanjangan dibuka terlambat"));
    }
}
