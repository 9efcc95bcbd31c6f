package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/** The holiday list is data admins edit, and working-day deadlines follow it at once. */
class HolidayJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    @Test
    void anAddedHolidayMovesAWorkingDayDeadline() {
        Walk before = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji libur A " + UUID.randomUUID(), "DINKES"));
        LocalDate due = tkksdDue(api.view("admin", before.id));
        int year = due.getYear();
        Map<String, Object> listed = yearList(year);
        long version = ((Number) listed.get("version")).longValue();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> original = (List<Map<String, Object>>) listed.get("holidays");

        assertEquals(403, api.put("opd-dinkes", "/settings/holidays/" + year, m("version", version,
                "holidays", original)).status(), "only admins edit the list");

        // the due date is a working day; declaring it cuti bersama pushes the deadline past it
        List<Map<String, Object>> more = new ArrayList<>(original);
        more.add(m("date", due.toString(), "name", "Cuti bersama (uji)", "kind", "CUTI_BERSAMA"));
        Answer saved = api.put("admin", "/settings/holidays/" + year, m("version", version, "holidays", more));
        assertEquals(200, saved.status(), saved.raw().body());
        assertEquals(version + 1, saved.version());
        assertEquals("STORED", saved.body().get("source"));
        try {
            Answer stale = api.put("admin", "/settings/holidays/" + year, m("version", version, "holidays", more));
            assertEquals(409, stale.status());
            assertEquals(version + 1, ((Number) stale.current().get("version")).longValue());

            Walk after = api.open("opd-dinkes", "/cooperations",
                    WorkflowApi.departmentProposal("Uji libur B " + UUID.randomUUID(), "DINKES"));
            LocalDate moved = tkksdDue(api.view("admin", after.id));
            assertTrue(moved.isAfter(due), moved + " is after the new holiday " + due);
            assertTrue(api.dueIndexed(moved, after.id, "TKKSD_ASSESSMENT"), "the new case's due-date item carries the moved date");
            assertEquals(moved, tkksdDue(api.view("admin", before.id)),
                    "the earlier case's deadline, recomputed for its view, moved too");
        } finally {
            // put the year back as it was, for the other journeys of this JVM
            if (!original.isEmpty()) {
                Answer restored = api.put("admin", "/settings/holidays/" + year,
                        m("version", version + 1, "holidays", original));
                assertEquals(200, restored.status(), restored.raw().body());
            }
        }
        assertEquals(due, tkksdDue(api.view("admin", before.id)));
    }

    /**
     * Issue 13 item 4: a year is known only when confirmed. The shipped list confirms 2026 only; an admin who
     * withdraws the year's confirmation makes its working-day due dates provisional (field and note), and confirming
     * it makes them firm again.
     */
    @Test
    void anUnconfirmedYearMakesItsWorkingDayDeadlinesProvisional() {
        Map<String, Object> y2026 = yearList(2026);
        assertEquals(true, y2026.get("confirmed"), "the shipped list confirms 2026");
        assertEquals(false, yearList(2027).get("confirmed"), "2027 is listed only in part");

        Walk c = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji libur C " + UUID.randomUUID(), "DINKES"));
        Map<String, Object> firm = tkksd(api.view("admin", c.id));
        int year = LocalDate.parse((String) firm.get("date")).getYear();
        Map<String, Object> listed = yearList(year);
        long version = ((Number) listed.get("version")).longValue();
        Object holidays = listed.get("holidays");
        boolean wasConfirmed = Boolean.TRUE.equals(listed.get("confirmed"));

        Answer withdrawn = api.put("admin", "/settings/holidays/" + year, m("version", version, "confirmed", false,
                "holidays", holidays));
        assertEquals(200, withdrawn.status(), withdrawn.raw().body());
        assertEquals(false, withdrawn.body().get("confirmed"));
        try {
            Map<String, Object> provisional = tkksd(api.view("admin", c.id));
            assertEquals(true, provisional.get("provisional"));
            assertTrue(((String) provisional.get("note")).toLowerCase(java.util.Locale.ROOT).contains("sementara"),
                    provisional.toString());
        } finally {
            Answer back = api.put("admin", "/settings/holidays/" + year, m("version", version + 1,
                    "confirmed", true, "holidays", holidays));
            assertEquals(200, back.status(), back.raw().body());
            assertEquals(true, back.body().get("confirmed"));
        }
        assertEquals(false, tkksd(api.view("admin", c.id)).get("provisional"), "confirmed again: firm");
        assertTrue(wasConfirmed || year != 2026);

        Answer bad = api.put("admin", "/settings/holidays/" + year, m("version", version + 2, "confirmed", "ya",
                "holidays", holidays));
        assertEquals(422, bad.status(), bad.raw().body());
        assertTrue(bad.raw().body().contains("confirmed"), bad.raw().body());
    }

    private static Map<String, Object> tkksd(Answer view) {
        return view.list("dueDates").stream().filter(d -> d.get("kind").equals("TKKSD_ASSESSMENT")).findFirst()
                .orElseThrow();
    }

    private Map<String, Object> yearList(int year) {
        Answer all = api.get("tkksd", "/settings/holidays");
        assertEquals(200, all.status(), all.raw().body());
        return all.list("years").stream().filter(y -> ((Number) y.get("year")).intValue() == year).findFirst()
                .orElse(m("year", year, "version", 0, "holidays", List.of()));
    }

    private static LocalDate tkksdDue(Answer view) {
        return LocalDate.parse((String) view.list("dueDates").stream()
                .filter(d -> d.get("kind").equals("TKKSD_ASSESSMENT")).findFirst().orElseThrow().get("date"));
    }

}
