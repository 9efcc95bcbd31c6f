package id.sikerja.core.signing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Issue 17: the iCalendar invitation (RFC 5545, with the iTIP methods of RFC 5546) to a signing: one VEVENT whose
 * UID is stable per schedule and whose SEQUENCE grows with each reschedule, so that a calendar replaces the earlier
 * invitation instead of adding a second one; {@code METHOD:CANCEL} withdraws it.
 *
 * <p>Written by hand (no library: the format is small) and carefully: every content line ends with CRLF (§3.1) and
 * is folded so that no line is longer than 75 octets, never inside a UTF-8 character (the continuation line starts
 * with one space); text values escape backslash, semicolon, comma and line breaks (§3.3.11); parameter values
 * (the attendee's name) are quoted and cannot contain a double quote (§3.2); control characters are dropped. Times
 * are UTC date-times ({@code 20261210T020000Z}, §3.3.5 form #2), which needs no VTIMEZONE; the Pemda's zone is
 * named in the description people read.
 */
public final class ICalendar {

    /** The product identifier (§3.7.3). */
    public static final String PRODID = "-//Si Kerja//Sistem Kerja Sama Daerah//ID";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /** Someone invited: a name to show and an address. */
    public record Attendee(String name, String email) {
        public Attendee {
            Objects.requireNonNull(email, "email");
            name = name == null ? "" : name;
        }
    }

    /**
     * One signing as a calendar event.
     *
     * @param uid      stable for the schedule: every reschedule and the cancellation carry the same one
     * @param sequence 0 for the first invitation, +1 for each reschedule (§3.8.7.4)
     * @param stamp    when this invitation was made (DTSTAMP)
     */
    public record Event(String uid, int sequence, Instant stamp, Instant start, Instant end, String summary,
                        String description, String location, Attendee organizer, List<Attendee> attendees) {
        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(organizer, "organizer");
            if (sequence < 0) {
                throw new IllegalArgumentException("sequence < 0");
            }
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("the event ends before it starts");
            }
            summary = summary == null ? "" : summary;
            description = description == null ? "" : description;
            location = location == null ? "" : location;
            attendees = List.copyOf(attendees);
        }
    }

    /** The invitation (or its update, with a higher sequence): {@code METHOD:REQUEST}. */
    public static String request(Event e) {
        return calendar("REQUEST", "CONFIRMED", e);
    }

    /** The cancellation of the event with this UID: {@code METHOD:CANCEL}, {@code STATUS:CANCELLED}. */
    public static String cancel(Event e) {
        return calendar("CANCEL", "CANCELLED", e);
    }

    private static String calendar(String method, String status, Event e) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(e.uid()));
        line(out, "SEQUENCE:" + e.sequence());
        line(out, "DTSTAMP:" + UTC.format(e.stamp()));
        line(out, "DTSTART:" + UTC.format(e.start()));
        line(out, "DTEND:" + UTC.format(e.end()));
        line(out, "SUMMARY:" + text(e.summary()));
        if (!e.location().isEmpty()) {
            line(out, "LOCATION:" + text(e.location()));
        }
        if (!e.description().isEmpty()) {
            line(out, "DESCRIPTION:" + text(e.description()));
        }
        line(out, "STATUS:" + status);
        line(out, "ORGANIZER" + cn(e.organizer()) + ":mailto:" + address(e.organizer().email()));
        for (Attendee a : e.attendees()) {
            line(out, "ATTENDEE" + cn(a) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:"
                    + address(a.email()));
        }
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (§3.3.11): backslash, semicolon, comma and line breaks escaped; other controls dropped. */
    public static String text(String value) {
        StringBuilder b = new StringBuilder();
        String v = value.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c >= 0x20 && c != 0x7F) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A CN parameter (§3.2.2): quoted, without double quotes or controls; empty when there is no name. */
    private static String cn(Attendee a) {
        String name = a.name().chars().filter(c -> c >= 0x20 && c != 0x7F && c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return name.isEmpty() ? "" : ";CN=\"" + name + "\"";
    }

    /** An address for a mailto: URI: no spaces, controls or characters that would end the value. */
    private static String address(String email) {
        String a = email.strip();
        if (a.isEmpty() || a.chars().anyMatch(c -> c <= 0x20 || c == 0x7F || c == '"' || c == ';' || c == ',')) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        return a;
    }

    /** One content line, folded at 75 octets (§3.1) without splitting a UTF-8 character, ended with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1; // the continuation's leading space counts towards its 75 octets
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
