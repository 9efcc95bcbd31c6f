package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 18 (h18-owner) through the local gateway: a running KSDPK records its value for a year with what it brings the
 * region (PAD, in-kind), a KSDD is refused PAD naming the field, and the value report sums the year by category and
 * exports it; a bad grouping is named.
 */
class YearValueJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final int year = today().getYear();

    private Walk running(String category) {
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        body.put("title", "Uji nilai per tahun " + UUID.randomUUID());
        body.put("category", category);
        if (category.equals("KSDD")) {
            body.remove("ksdpkInitiative");
            body.put("ksddKind", "SUKARELA");
            @SuppressWarnings("unchecked")
            Map<String, Object> partner = new java.util.LinkedHashMap<>((Map<String, Object>) body.get("partner"));
            partner.put("type", "PEMERINTAH_DAERAH");
            body.put("partner", partner);
        }
        body.put("facts", m("pksSignedOn", year + "-01-05", "signatory", "KEPALA_DAERAH", "termStart", year + "-01-05",
                "termMonths", 36));
        body.put("documents", WorkflowApi.docs("PKS_SIGNED"));
        return api.open("admin", "/cooperations/legacy", body);
    }

    private BigDecimal ksdpkValue(String what) {
        Answer report = api.get("admin", "/reports/value?groupBy=category&year=" + year);
        assertEquals(200, report.status(), report.raw().body());
        return report.list("rows").stream().filter(r -> r.get("key").equals("KSDPK"))
                .map(r -> new BigDecimal(String.valueOf(r.get(what)))).findFirst().orElse(BigDecimal.ZERO);
    }

    @Test
    void aYearsValueIsRecordedAndTheReportSumsIt() {
        BigDecimal valueBefore = ksdpkValue("value");
        BigDecimal padBefore = ksdpkValue("pad");
        Walk ksdpk = running("KSDPK");

        Answer missing = ksdpk.attempt("opd-dinkes", "RECORD_YEAR_VALUE", m("facts", m("padRevenue", 10)));
        assertEquals(422, missing.status(), missing.raw().body());
        assertEquals(List.of("facts.valueYear", "facts.yearValue"),
                missing.list("unmet").stream().map(u -> u.get("field")).sorted().toList());

        ksdpk.act("admin", "RECORD_YEAR_VALUE", m("facts", m("valueYear", year, "yearValue", 1500000,
                "padRevenue", 200000, "inKindValue", 50000)));
        assertEquals(0, ksdpkValue("value").subtract(valueBefore).compareTo(new BigDecimal("1500000")));
        assertEquals(0, ksdpkValue("pad").subtract(padBefore).compareTo(new BigDecimal("200000")));

        Walk ksdd = running("KSDD");
        Answer pad = ksdd.attempt("admin", "RECORD_YEAR_VALUE", m("facts", m("valueYear", year, "yearValue", 10,
                "padRevenue", 5)));
        assertEquals(422, pad.status(), pad.raw().body());
        assertEquals(List.of("facts.padRevenue"), pad.list("unmet").stream().map(u -> u.get("field")).toList());

        Answer bad = api.get("admin", "/reports/value?groupBy=partner");
        assertEquals(422, bad.status(), bad.raw().body());
        assertEquals("groupBy", bad.list("errors").get(0).get("field"));
    }
}
