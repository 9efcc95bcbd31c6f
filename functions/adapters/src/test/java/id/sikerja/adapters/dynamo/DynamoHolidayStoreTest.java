package id.sikerja.adapters.dynamo;

import id.sikerja.core.settings.HolidayStore;
import id.sikerja.core.settings.HolidayYear;
import id.sikerja.core.time.Holiday;
import id.sikerja.core.time.HolidayKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DynamoHolidayStoreTest {

    private static LocalTable local;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    @Test
    void yearsAreStoredWholeAndReplacedConditionally() {
        DynamoHolidayStore store = new DynamoHolidayStore(local.client(), LocalTable.TABLE);
        Instant t = Instant.parse("2026-11-22T02:00:00Z");
        HolidayYear v1 = new HolidayYear(2027, 1, List.of(
                new Holiday(LocalDate.of(2027, 3, 10), "Idul Fitri 1448 H", HolidayKind.LIBUR_NASIONAL),
                new Holiday(LocalDate.of(2027, 1, 1), "Tahun Baru 2027 Masehi", HolidayKind.LIBUR_NASIONAL),
                new Holiday(LocalDate.of(2027, 3, 11), "Cuti bersama, Idul Fitri", HolidayKind.CUTI_BERSAMA)),
                t, "admin-sub");
        store.save(v1);
        assertEquals(List.of(v1), store.years());
        assertEquals(LocalDate.of(2027, 1, 1), store.years().get(0).holidays().get(0).date());

        assertThrows(HolidayStore.Conflict.class, () -> store.save(v1), "version 1 exists already");
        HolidayYear v3 = new HolidayYear(2027, 3, v1.holidays(), t, "x");
        assertThrows(HolidayStore.Conflict.class, () -> store.save(v3), "version 2 is not stored");
        HolidayYear v2 = new HolidayYear(2027, 2, v1.holidays().subList(0, 1), t.plusSeconds(5), "admin-2");
        store.save(v2);
        HolidayYear other = new HolidayYear(2028, 1, List.of(new Holiday(LocalDate.of(2028, 1, 1), "Tahun Baru")), t, "a");
        store.save(other);
        assertEquals(List.of(v2, other), store.years());
    }
}
