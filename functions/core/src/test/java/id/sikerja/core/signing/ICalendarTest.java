package id.sikerja.core.signing;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invitation's text against the rules of RFC 5545 (lines, folding, escaping) and RFC 5546 (UID, SEQUENCE). */
class ICalendarTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Instant TEN_WITA = LocalDateTime.of(2026, 12, 10, 10, 0).atZone(WITA).toInstant();

    private static ICalendar.Event event(int sequence, String summary, String location) {
        return new ICalendar.Event("signing-abc@sikerja", sequence, Instant.parse("2026-12-07T03:00:00Z"), TEN_WITA,
                TEN_WITA.plusSeconds(7200), summary, "Penandatanganan KB\nZona: Asia/Makassar (WITA)", location,
                new ICalendar.Attendee("Bagian Kerja Sama", "no-reply@sikerja.example.go.id"),
                List.of(new ICalendar.Attendee("Mitra \"Utama\"; PT", "mitra@example.com"),
                        new ICalendar.Attendee("", "opd@sikerja.example.go.id")));
    }

    @Test
    void everyLineEndsWithCrlfAndIsAtMost75OctetsWithoutSplittingACharacter() throws Exception {
        String longTitle = "Kesepakatan Bersama tentang Peningkatan Layanan Kesehatan Ibu dan Anak — "
                + "Kota Samarinda dan Kabupaten Kutai Kartanegara, tahap ke-2 🙂 é ü ñ 漢字 ".repeat(3);
        String ics = ICalendar.request(event(0, longTitle, "Ruang Rapat Lt. 2; Kantor Wali Kota, Jl. Kesuma Bangsa"));
        assertTrue(ics.endsWith("\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare CR");
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        int start = 0;
        boolean folded = false;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                byte[] physical = java.util.Arrays.copyOfRange(bytes, start, i);
                assertTrue(physical.length <= 75, physical.length + " octets: " + new String(physical, StandardCharsets.UTF_8));
                strictUtf8(physical); // a fold never splits a multi-octet character
                folded |= physical.length > 0 && physical[0] == ' ';
                start = i + 2;
                i++;
            }
        }
        assertTrue(folded, "the long summary was folded");
        String summary = unfolded(ics).stream().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
        assertEquals("SUMMARY:" + ICalendar.text(longTitle), summary, "unfolding gives the value back exactly");
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", ICalendar.text("a\\b;c,d\ne\r\nf"));
        assertEquals("tab and bell gone", ICalendar.text("tab\t and bell\u0007 gone").replace("  ", " "));
        List<String> lines = unfolded(ICalendar.request(event(0, "KB; Samarinda, Kutai", "Ruang 1, Lt. 2")));
        assertTrue(lines.contains("SUMMARY:KB\\; Samarinda\\, Kutai"));
        assertTrue(lines.contains("LOCATION:Ruang 1\\, Lt. 2"));
        assertTrue(lines.contains("DESCRIPTION:Penandatanganan KB\\nZona: Asia/Makassar (WITA)"));
        assertTrue(lines.contains("ATTENDEE;CN=\"Mitra Utama; PT\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                + "RSVP=FALSE:mailto:mitra@example.com"), "a name is quoted and loses its double quotes");
        assertTrue(lines.contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:"
                + "mailto:opd@sikerja.example.go.id"), "no CN without a name");
    }

    @Test
    void aRescheduleKeepsTheUidWithAHigherSequenceAndACancelWithdrawsIt() {
        List<String> first = unfolded(ICalendar.request(event(0, "KB", "Ruang 1")));
        List<String> moved = unfolded(ICalendar.request(event(1, "KB", "Ruang 2")));
        List<String> cancelled = unfolded(ICalendar.cancel(event(2, "KB", "Ruang 2")));
        for (List<String> ics : List.of(first, moved, cancelled)) {
            assertTrue(ics.contains("UID:signing-abc@sikerja"));
            assertEquals(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + ICalendar.PRODID, "CALSCALE:GREGORIAN"),
                    ics.subList(0, 4));
            assertEquals("END:VCALENDAR", ics.get(ics.size() - 1));
            assertTrue(ics.contains("DTSTAMP:20261207T030000Z"));
            assertTrue(ics.contains("ORGANIZER;CN=\"Bagian Kerja Sama\":mailto:no-reply@sikerja.example.go.id"));
        }
        assertTrue(first.contains("METHOD:REQUEST") && first.contains("SEQUENCE:0") && first.contains("STATUS:CONFIRMED"));
        assertTrue(moved.contains("METHOD:REQUEST") && moved.contains("SEQUENCE:1") && moved.contains("LOCATION:Ruang 2"));
        assertTrue(cancelled.contains("METHOD:CANCEL") && cancelled.contains("SEQUENCE:2")
                && cancelled.contains("STATUS:CANCELLED"));
    }

    @Test
    void timesAreUtcDateTimes() {
        List<String> lines = unfolded(ICalendar.request(event(0, "KB", "")));
        assertTrue(lines.contains("DTSTART:20261210T020000Z"), "10:00 WITA is 02:00 UTC");
        assertTrue(lines.contains("DTEND:20261210T040000Z"));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("LOCATION")), "no empty LOCATION");
    }

    @Test
    void anAddressThatWouldBreakTheLineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ICalendar.request(new ICalendar.Event("u", 0,
                TEN_WITA, TEN_WITA, TEN_WITA.plusSeconds(60), "s", "", "",
                new ICalendar.Attendee("x", "a@b.c"), List.of(new ICalendar.Attendee("y", "a@b.c\r\nMETHOD:CANCEL")))));
        assertThrows(IllegalArgumentException.class, () -> new ICalendar.Event("u", 0, TEN_WITA, TEN_WITA,
                TEN_WITA, "s", "", "", new ICalendar.Attendee("x", "a@b.c"), List.of()), "ends before it starts");
    }

    /** Unfolds (§3.1: a CRLF followed by one space or tab is removed) and splits into logical lines. */
    static List<String> unfolded(String ics) {
        String joined = ics.replace("\r\n ", "").replace("\r\n\t", "");
        List<String> out = new ArrayList<>(List.of(joined.split("\r\n")));
        return out;
    }

    private static void strictUtf8(byte[] bytes) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    }
}
