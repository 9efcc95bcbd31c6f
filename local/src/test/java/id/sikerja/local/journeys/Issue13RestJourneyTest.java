package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 items 9, 5, 1 and 7 through the local gateway: a KSDPK's term beyond five years only with its legal basis
 * and document; SIGN_KB requires who signed; a DPRD decision records the DPRD's receipt when missing, in order; a
 * refused KSDD wajib is flagged on the dashboard, in the list and in the reports and their export.
 */
class Issue13RestJourneyTest {

    private static final LocalSystem SYSTEM = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(SYSTEM);
    private final String today = today().toString();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ksdpk(String title) {
        Map<String, Object> body = WorkflowApi.departmentProposal(title, "DINKES");
        body.put("category", "KSDPK");
        body.remove("ksddKind");
        body.put("ksdpkInitiative", "DAERAH");
        Map<String, Object> partner = new LinkedHashMap<>((Map<String, Object>) body.get("partner"));
        partner.put("type", "BADAN_USAHA");
        partner.put("name", "PT Uji Pemanfaatan Aset");
        body.put("partner", partner);
        body.put("documents", docs("STUDI_KELAYAKAN"));
        return body;
    }

    @Test
    void aKsdpkRunsBeyondFiveYearsOnlyUnderItsOwnLawAndTheKbSignatoryAndDprdReceiptAreRecorded() {
        Walk w = api.open("opd-dinkes", "/cooperations", ksdpk("Uji KSP aset daerah " + UUID.randomUUID()));
        String start = today().plusMonths(2).withDayOfMonth(1).toString();

        Answer tooLong = w.attempt("opd-dinkes", "RECORD_FACTS", m("facts", m("termStart", start, "termMonths", 360)));
        assertEquals(422, tooLong.status());
        assertEquals(List.of("RULE:TERM_MAX"), tooLong.unmetCodes());
        assertEquals("facts.termMonths", tooLong.list("unmet").get(0).get("field"));
        Answer noDocument = w.attempt("opd-dinkes", "RECORD_FACTS", m("facts", m("termStart", start, "termMonths", 360,
                "termLegalBasis", "BMD_KSP")));
        assertEquals(List.of("DOC:DASAR_JANGKA_WAKTU"), noDocument.unmetCodes());
        Answer overItsLimit = w.attempt("opd-dinkes", "RECORD_FACTS", m("facts", m("termStart", start,
                "termMonths", 361, "termLegalBasis", "BMD_KSP"), "documents", docs("DASAR_JANGKA_WAKTU")));
        assertEquals(List.of("RULE:TERM_MAX"), overItsLimit.unmetCodes());
        assertTrue(String.valueOf(overItsLimit.list("unmet").get(0).get("message")).contains("360"),
                overItsLimit.raw().body());
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("termStart", start, "termMonths", 360,
                "termLegalBasis", "BMD_KSP"), "documents", docs("DASAR_JANGKA_WAKTU")));

        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", true, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_PENAWARAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));

        // issue 13 item 5: who signed the KB is recorded, not assumed
        Answer unnamed = w.attempt("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"), "facts", m("kbSignedOn", today)));
        assertEquals(422, unnamed.status());
        assertEquals(List.of("FACT:kbSignatory"), unnamed.unmetCodes());
        assertEquals("facts.kbSignatory", unnamed.list("unmet").get(0).get("field"));
        String kbOn = today().minusDays(20).toString();
        w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"), "facts", m("kbSignedOn", kbOn,
                "kbSignatory", "KEPALA_DAERAH")));
        assertEquals("PERSETUJUAN_DPRD", w.stage());

        // issue 13 item 1: the DPRD's decision records its receipt of the request when missing, and not after it
        String decided = today().minusDays(3).toString();
        Answer noReceipt = w.attempt("admin", "DPRD_APPROVE", m("documents", docs("DPRD_DECISION"),
                "facts", m("dprdDecidedOn", decided)));
        assertEquals(422, noReceipt.status());
        assertEquals(List.of("FACT:dprdRequestReceivedOn"), noReceipt.unmetCodes());
        Answer afterDecision = w.attempt("admin", "DPRD_APPROVE", m("documents", docs("DPRD_DECISION"),
                "facts", m("dprdDecidedOn", decided, "dprdRequestReceivedOn", today)));
        assertEquals(List.of("RULE:ORDER:dprdDecidedOn:dprdRequestReceivedOn"), afterDecision.unmetCodes());
        Answer approved = w.act("admin", "DPRD_APPROVE", m("documents", docs("DPRD_DECISION"),
                "facts", m("dprdDecidedOn", decided, "dprdRequestReceivedOn", today().minusDays(10).toString())));
        assertEquals("PENYUSUNAN_PKS", approved.stage());
    }

    @Test
    void aRefusedKsddWajibIsFlaggedOnTheDashboardInTheListAndInTheReports() {
        Map<String, Object> body = WorkflowApi.departmentProposal("Uji KSDD wajib ditolak " + UUID.randomUUID(), "DINKES");
        body.put("ksddKind", "WAJIB");
        Walk w = api.open("opd-dinkes", "/cooperations", body);
        int before = ((Number) api.get("admin", "/dashboard").body().get("refusedMandatory")).intValue();
        w.act("admin", "WITHDRAW", m("note", "Tidak ada objek bersama yang dapat dikerjakan",
                "documents", docs("SURAT_PERMOHONAN")));

        Answer dashboard = api.get("admin", "/dashboard");
        assertEquals(200, dashboard.status());
        assertTrue(((Number) dashboard.body().get("refusedMandatory")).intValue() >= before + 1, dashboard.raw().body());
        Answer list = api.get("admin", "/cooperations?refusedMandatory=true&limit=100");
        assertTrue(list.list("items").stream().anyMatch(c -> w.id.equals(c.get("id"))), list.raw().body());
        assertTrue(api.get("opd-dishub", "/cooperations?refusedMandatory=true").list("items").stream()
                .noneMatch(c -> w.id.equals(c.get("id"))), "another department does not see it");
        assertEquals(422, api.get("admin", "/cooperations?refusedMandatory=ya").status());

        Answer report = api.get("admin", "/reports?groupBy=category");
        Map<String, Object> ksdd = report.list("rows").stream().filter(r -> "KSDD".equals(r.get("key"))).findFirst()
                .orElseThrow();
        assertTrue(((Number) ksdd.get("refusedMandatory")).intValue() >= 1, report.raw().body());
        String csv = download("admin", "/reports/export?groupBy=category&format=csv");
        assertTrue(csv.lines().findFirst().orElseThrow().contains("Kerja sama wajib ditolak"), csv);
    }

    private String download(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SYSTEM.apiUrl() + path)).timeout(Duration.ofSeconds(60));
        api.officer(user).forEach(b::header);
        try {
            HttpResponse<byte[]> r = WorkflowApi.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            return new String(r.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
