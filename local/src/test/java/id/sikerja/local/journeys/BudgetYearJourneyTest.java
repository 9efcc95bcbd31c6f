package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 item 12 through the local gateway: RKPD/APBD inclusion is recorded per budget year on a running
 * agreement; the not-in-budget warning looks at the current year in the Pemda's zone, and the due date the reminders
 * and the dashboard read is indexed for the first day of the next year not yet recorded.
 */
class BudgetYearJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());
    private final int year = today().getYear();

    /** An agreement signed this year, entered at Pelaksanaan, running five years. */
    private Walk running(Map<String, Object> extraFacts) {
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        body.put("title", "Uji anggaran per tahun " + UUID.randomUUID());
        Map<String, Object> facts = m("pksSignedOn", year + "-01-05", "signatory", "KEPALA_DAERAH",
                "termStart", year + "-01-05", "termMonths", 60);
        facts.putAll(extraFacts);
        body.put("facts", facts);
        body.put("documents", WorkflowApi.docs("PKS_SIGNED"));
        return api.open("admin", "/cooperations/legacy", body);
    }

    private static boolean warned(Answer view) {
        return view.list("warnings").stream().anyMatch(w -> w.get("code").equals("WARN:NOT_IN_BUDGET"));
    }

    private static Map<String, Object> budgetDue(Answer view) {
        return view.list("dueDates").stream().filter(d -> d.get("kind").equals("BUDGET_PLANNING")).findFirst()
                .orElse(null);
    }

    @Test
    void eachBudgetYearIsRecordedAndTheNextOneIsDueOnItsFirstDay() {
        Walk w = running(Map.of());
        Answer before = api.view("admin", w.id);
        assertTrue(warned(before), "nothing recorded for " + year);

        Answer partial = w.attempt("opd-dinkes", "RECORD_BUDGET_YEAR", m("facts", m("inRkpd", true)));
        assertEquals(422, partial.status());
        assertEquals(List.of("facts.budgetYear", "facts.inApbd"),
                partial.list("unmet").stream().map(u -> u.get("field")).toList());

        w.act("admin", "RECORD_BUDGET_YEAR", m("facts", m("budgetYear", year, "inRkpd", true, "inApbd", true,
                "budgetAmount", 150000000)));
        Answer recorded = api.view("admin", w.id);
        assertFalse(warned(recorded), year + " is in the RKPD and APBD");
        Map<String, Object> due = budgetDue(recorded);
        LocalDate nextYear = LocalDate.of(year + 1, 1, 1);
        assertEquals(nextYear.toString(), due.get("date"), "the next year of the term is due on its first day");
        assertTrue(api.dueIndexed(nextYear, w.id, "BUDGET_PLANNING"), "indexed for the digests of that day");
        Map<?, ?> byYear = recorded.list("facts").stream().filter(f -> f.get("fact").equals("budgetByYear"))
                .findFirst().orElseThrow();
        assertEquals(year + ":RKPD+APBD", byYear.get("value"));
        assertFalse(((String) byYear.get("label")).isBlank());

        w.act("admin", "RECORD_BUDGET_YEAR", m("facts", m("budgetYear", year + 1, "inRkpd", true, "inApbd", true)));
        Answer both = api.view("admin", w.id);
        assertEquals(LocalDate.of(year + 2, 1, 1).toString(), budgetDue(both).get("date"));
    }

    @Test
    void anOldSingleRecordForLastYearIsFlaggedThisYear() {
        Walk w = running(m("inRkpd", true, "inApbd", true, "budgetYear", year - 1));
        Answer view = api.view("admin", w.id);
        assertTrue(warned(view), "budgeted only for " + (year - 1));
        assertTrue(view.list("warnings").stream().anyMatch(x -> ((String) x.get("message")).contains(String.valueOf(year))),
                view.list("warnings").toString());
    }
}
