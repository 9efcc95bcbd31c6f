package id.sikerja.core.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes the holiday list that admins maintain, in a small CSV format:
 *
 * <pre>
 * # comment lines start with '#'
 * date,kind,name
 * 2026-03-20,CUTI_BERSAMA,Cuti bersama Idul Fitri 1447 H
 * </pre>
 *
 * The name is the last column, so it may contain commas. {@code kind} is {@link HolidayKind}; it may be left
 * empty (national holiday). The default list ships as the resource {@value #DEFAULT_RESOURCE}.
 */
public final class HolidayCsv {

    /** Classpath location of the holiday list shipped with Si Kerja. */
    public static final String DEFAULT_RESOURCE = "/id/sikerja/core/time/holidays-id.csv";

    private static final String HEADER = "date,kind,name";

    /**
     * The comment line that names the years whose list is confirmed (complete per the year's SKB), e.g.
     * {@code # confirmed-years: 2026}; a comment so that any reader of the plain format still reads the file.
     */
    public static final String CONFIRMED_PREFIX = "# confirmed-years:";

    private HolidayCsv() {
    }

    /** Thrown for a malformed line; the message names the line. */
    public static final class FormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final int line;

        FormatException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Parses the CSV text. */
    public static List<Holiday> parse(String csv) {
        return parse(new StringReader(csv));
    }

    /** Parses CSV from a reader (not closed). */
    public static List<Holiday> parse(Reader reader) {
        List<Holiday> out = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String t = line.strip();
                if (lineNo == 1 && t.startsWith("\uFEFF")) {
                    t = t.substring(1);
                }
                if (t.isEmpty() || t.startsWith("#") || t.equalsIgnoreCase(HEADER)) {
                    continue;
                }
                String[] cols = t.split(",", 3);
                if (cols.length < 3) {
                    throw new FormatException(lineNo, "expected 'date,kind,name' but got '" + t + "'");
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(cols[0].strip());
                } catch (DateTimeParseException e) {
                    throw new FormatException(lineNo, "date must be YYYY-MM-DD: '" + cols[0].strip() + "'");
                }
                String kindText = cols[1].strip();
                HolidayKind kind;
                try {
                    kind = kindText.isEmpty() ? HolidayKind.LIBUR_NASIONAL
                            : HolidayKind.valueOf(kindText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new FormatException(lineNo, "kind must be LIBUR_NASIONAL or CUTI_BERSAMA: '" + kindText + "'");
                }
                String name = unquote(cols[2].strip());
                if (name.isEmpty()) {
                    throw new FormatException(lineNo, "name is empty");
                }
                out.add(new Holiday(date, name, kind));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /** Writes holidays in the same format, with the header line. */
    public static String format(List<Holiday> holidays) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Holiday h : holidays) {
            sb.append(h.date()).append(',').append(h.kind()).append(',').append(h.name()).append('\n');
        }
        return sb.toString();
    }

    /** The holiday list shipped with Si Kerja (Indonesia, per SKB 3 Menteri). */
    public static List<Holiday> loadDefault() {
        try (InputStream is = HolidayCsv.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (is == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new InputStreamReader(is, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The years a CSV marks as confirmed with a {@value #CONFIRMED_PREFIX} line (none when absent). */
    public static java.util.SortedSet<Integer> confirmedYears(String csv) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        csv.lines().map(String::strip).filter(l -> l.startsWith(CONFIRMED_PREFIX)).forEach(l -> {
            for (String y : l.substring(CONFIRMED_PREFIX.length()).split("[,\\s]+")) {
                if (!y.isBlank()) {
                    out.add(Integer.parseInt(y.strip()));
                }
            }
        });
        return out;
    }

    /** The years the shipped list marks as confirmed. */
    public static java.util.SortedSet<Integer> defaultConfirmedYears() {
        try (InputStream is = HolidayCsv.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (is == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return confirmedYears(new String(is.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\"\"", "\"");
        }
        return s;
    }
}
