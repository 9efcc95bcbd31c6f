package id.sikerja.core.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HolidayCsvTest {

    @Test
    void theShippedListHas2026PerTheSkb() {
        List<Holiday> all = HolidayCsv.loadDefault();
        List<Holiday> y2026 = all.stream().filter(h -> h.date().getYear() == 2026).toList();
        // SKB 3 Menteri 2025: 17 days of national holidays, 8 days of cuti bersama
        assertEquals(17, y2026.stream().filter(h -> h.kind() == HolidayKind.LIBUR_NASIONAL).count());
        assertEquals(8, y2026.stream().filter(h -> h.kind() == HolidayKind.CUTI_BERSAMA).count());
        Set<LocalDate> idulFitri = y2026.stream().filter(h -> h.name().contains("Idul Fitri"))
                .map(Holiday::date).collect(Collectors.toSet());
        assertEquals(Set.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22),
                LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24)), idulFitri);
        assertTrue(all.stream().anyMatch(h -> h.date().equals(LocalDate.of(2027, 1, 1))));
    }

    @Test
    void parsesCommentsHeaderEmptyKindAndCommasInNames() {
        String csv = "# a comment\n"
                + "date,kind,name\n"
                + "\n"
                + "2030-01-01,,Tahun Baru, Masehi\n"
                + "2030-02-03,cuti_bersama,\"Cuti \"\"bersama\"\"\"\n";
        List<Holiday> hs = HolidayCsv.parse(csv);
        assertEquals(2, hs.size());
        assertEquals(new Holiday(LocalDate.of(2030, 1, 1), "Tahun Baru, Masehi", HolidayKind.LIBUR_NASIONAL), hs.get(0));
        assertEquals(new Holiday(LocalDate.of(2030, 2, 3), "Cuti \"bersama\"", HolidayKind.CUTI_BERSAMA), hs.get(1));
    }

    @Test
    void malformedLinesNameTheirLine() {
        HolidayCsv.FormatException e = assertThrows(HolidayCsv.FormatException.class,
                () -> HolidayCsv.parse("date,kind,name\n2030-01-01,LIBUR_NASIONAL,Ok\n2030-13-01,LIBUR_NASIONAL,Bad\n"));
        assertEquals(3, e.line());
        assertThrows(HolidayCsv.FormatException.class, () -> HolidayCsv.parse("2030-01-01,LIBUR,Bad kind"));
        assertThrows(HolidayCsv.FormatException.class, () -> HolidayCsv.parse("2030-01-01,LIBUR_NASIONAL,"));
        assertThrows(HolidayCsv.FormatException.class, () -> HolidayCsv.parse("2030-01-01"));
    }

    @Test
    void formatRoundTrips() {
        List<Holiday> all = HolidayCsv.loadDefault();
        assertEquals(all, HolidayCsv.parse(HolidayCsv.format(all)));
    }
}
