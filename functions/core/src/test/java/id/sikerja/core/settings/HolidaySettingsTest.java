package id.sikerja.core.settings;

import id.sikerja.core.time.Holiday;
import id.sikerja.core.time.HolidayKind;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class HolidaySettingsTest {

    private final Map<Integer, HolidayYear> stored = new HashMap<>();
    private int reads;
    private final HolidayStore store = new HolidayStore() {
        @Override
        public synchronized List<HolidayYear> years() {
            reads++;
            return new ArrayList<>(stored.values());
        }

        @Override
        public synchronized void save(HolidayYear year) {
            long have = stored.containsKey(year.year()) ? stored.get(year.year()).version() : 0;
            if (have != year.version() - 1) {
                throw new Conflict(year.year());
            }
            stored.put(year.year(), year);
        }
    };
    private Instant now = Instant.parse("2026-11-22T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private static final List<Holiday> SHIPPED = List.of(
            new Holiday(LocalDate.of(2026, 12, 25), "Natal"),
            new Holiday(LocalDate.of(2027, 1, 1), "Tahun Baru 2027"));

    @Test
    void storedYearsReplaceShippedOnesAndTheCalendarFollowsAtOnceHere() {
        HolidaySettings settings = new HolidaySettings(store, SHIPPED, clock, Duration.ofSeconds(60));
        LocalDate monday = LocalDate.of(2027, 1, 4);
        assertTrue(settings.calendar().isWorkingDay(monday));
        assertFalse(settings.calendar().isWorkingDay(LocalDate.of(2027, 1, 1)));

        HolidaySettings.Saved saved = settings.replace(2027, 0, List.of(
                new Holiday(monday, "Cuti bersama", HolidayKind.CUTI_BERSAMA)), "admin-sub");
        HolidayYear y = assertInstanceOf(HolidaySettings.Saved.Done.class, saved).year();
        assertEquals(1, y.version());
        assertEquals("admin-sub", y.updatedBy());
        assertFalse(settings.calendar().isWorkingDay(monday), "a change stored here is seen at once");
        assertTrue(settings.calendar().isHoliday(LocalDate.of(2026, 12, 25)), "other years keep the shipped list");
        assertFalse(settings.calendar().isHoliday(LocalDate.of(2027, 1, 1)), "the stored year replaces the shipped one");
        assertEquals(List.of(2026, 2027), settings.years().stream().map(HolidayYear::year).toList());
        assertEquals(List.of(0L, 1L), settings.years().stream().map(HolidayYear::version).toList());
    }

    /** Issue 13 item 4: a year is known to the calendar only when the shipped list or an admin confirms it. */
    @Test
    void aYearIsKnownOnlyWhenConfirmed() {
        HolidaySettings settings = new HolidaySettings(store, SHIPPED, Set.of(2026), clock, Duration.ofSeconds(60));
        assertTrue(settings.calendar().covers(2026));
        assertFalse(settings.calendar().covers(2027), "shipped dates alone do not make 2027 known");
        assertEquals(List.of(true, false), settings.years().stream().map(HolidayYear::confirmed).toList());

        HolidayRequests.YearList draft = HolidayRequests.list(2027, Map.of("version", 0, "holidays", List.of(
                Map.of("date", "2027-01-01", "name", "Tahun Baru 2027 Masehi", "kind", "LIBUR_NASIONAL"))));
        assertNull(draft.confirmed(), "absent: the year keeps its status");
        settings.replace(2027, 0, draft.holidays(), draft.confirmed(), "a");
        assertFalse(settings.calendar().covers(2027), "2027 was not confirmed and still is not");

        HolidayRequests.YearList done = HolidayRequests.list(2027, Map.of("version", 1, "confirmed", true,
                "holidays", draft.holidays().stream().map(h -> Map.of("date", h.date().toString(), "name", h.name(),
                        "kind", h.kind().name())).toList()));
        assertTrue(done.confirmed());
        HolidayYear y = assertInstanceOf(HolidaySettings.Saved.Done.class,
                settings.replace(2027, 1, done.holidays(), done.confirmed(), "a")).year();
        assertTrue(y.confirmed());
        assertTrue(settings.calendar().covers(2027));
        settings.replace(2027, 2, done.holidays(), null, "a");
        assertTrue(settings.calendar().covers(2027), "an edit that does not say keeps the year confirmed");
        settings.replace(2027, 3, done.holidays(), false, "a");
        assertFalse(settings.calendar().covers(2027), "an admin may withdraw the confirmation");

        InvalidInput bad = assertThrows(InvalidInput.class, () -> HolidayRequests.list(2027, Map.of("version", 4,
                "confirmed", "ya", "holidays", List.of(Map.of("date", "2027-01-01", "name", "Tahun Baru",
                        "kind", "LIBUR_NASIONAL")))));
        assertEquals(List.of("confirmed"), bad.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentList() {
        HolidaySettings settings = new HolidaySettings(store, SHIPPED, clock, Duration.ofSeconds(60));
        settings.replace(2027, 0, List.of(new Holiday(LocalDate.of(2027, 1, 1), "Tahun Baru")), "a");
        HolidaySettings.Saved again = settings.replace(2027, 0, List.of(new Holiday(LocalDate.of(2027, 1, 2), "X")), "b");
        assertEquals(1, assertInstanceOf(HolidaySettings.Saved.Stale.class, again).current().version());
        assertEquals("a", stored.get(2027).updatedBy());
    }

    @Test
    void theCalendarIsCachedForAWhileAcrossContainers() {
        HolidaySettings here = new HolidaySettings(store, SHIPPED, clock, Duration.ofSeconds(60));
        HolidaySettings there = new HolidaySettings(store, SHIPPED, clock, Duration.ofSeconds(60));
        here.calendar();
        int before = reads;
        here.calendar();
        assertEquals(before, reads, "no read within the cache period");
        LocalDate day = LocalDate.of(2027, 1, 5);
        there.replace(2027, 0, List.of(new Holiday(day, "Hari libur daerah")), "a");
        assertTrue(here.calendar().isWorkingDay(day), "another container's change arrives later");
        now = now.plusSeconds(61);
        assertFalse(here.calendar().isWorkingDay(day));
    }

    @Test
    void readsAYearListNamingEveryBadField() {
        HolidayRequests.YearList ok = HolidayRequests.list(2027, Map.of("version", 0, "holidays", List.of(
                Map.of("date", "2027-01-01", "name", "Tahun Baru 2027 Masehi", "kind", "LIBUR_NASIONAL"),
                Map.of("date", "2027-01-01", "name", "Cuti bersama", "kind", "CUTI_BERSAMA"))));
        assertEquals(2, ok.holidays().size());
        assertEquals(2027, HolidayRequests.year("2027"));
        assertThrows(InvalidInput.class, () -> HolidayRequests.year("27"));
        assertThrows(InvalidInput.class, () -> HolidayRequests.year("1999"));

        InvalidInput bad = assertThrows(InvalidInput.class, () -> HolidayRequests.list(2027, Map.of("versi", 1,
                "holidays", List.of(
                        Map.of("date", "2026-12-31", "name", "Salah tahun", "kind", "LIBUR_NASIONAL"),
                        Map.of("date", "1 Jan", "name", "", "kind", "LIBUR"),
                        "x",
                        Map.of("date", "2027-03-01", "name", "Dua kali", "kind", "LIBUR_NASIONAL"),
                        Map.of("date", "2027-03-01", "name", "Dua kali", "kind", "CUTI_BERSAMA")))));
        assertEquals(Set.of("versi", "version", "holidays[0].date", "holidays[1].date", "holidays[1].name",
                "holidays[1].kind", "holidays[2]", "holidays[4]"),
                bad.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
        assertEquals("not_in_year", bad.errors().stream().filter(e -> e.field().equals("holidays[0].date"))
                .findFirst().orElseThrow().code());
        InvalidInput empty = assertThrows(InvalidInput.class, () -> HolidayRequests.list(2027,
                Map.of("version", 0, "holidays", List.of())));
        assertEquals("holidays", empty.errors().get(0).field());
    }
}
