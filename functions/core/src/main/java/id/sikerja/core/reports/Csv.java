package id.sikerja.core.reports;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 describes them: fields separated by commas, records by CRLF; a field with a
 * comma, a double quote, CR or LF is enclosed in double quotes, and a double quote inside it is doubled. Files are
 * written in UTF-8 with a byte order mark, so that Excel opens Indonesian text (and names in any script) right;
 * reading accepts a file with or without it, and LF line ends as well.
 *
 * <p>Exports guard against formula injection ({@link #neutralised}), as OWASP's CSV-injection guidance asks: a
 * spreadsheet evaluates a cell beginning with {@code = + - @} (or a tab or CR) as a formula, so such text is written
 * with a leading apostrophe, which Excel and LibreOffice show as text. A file is not always split where it was
 * written: Excel in an Indonesian (or any other decimal-comma) locale splits a line on {@code ;}, and then text after
 * a {@code ;} inside a cell starts a cell of its own. So every place in a text where a cell can start (its start, and
 * after a {@code ;}, a {@code ,} or a line break, past any spaces or quotes) is neutralised, and a field with a
 * {@code ;} is quoted like one with a comma. Numbers are written as they are.
 *
 * <p>This is the one CSV writer of every export: the public registry, the reports, the yearly report of foreign
 * agreements and the import template.
 */
public final class Csv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** A file that is not CSV: an unterminated quoted field, text after a closing quote, or not UTF-8. */
    public static final class Malformed extends RuntimeException {
        private final int line;

        public Malformed(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        /** The line (1-based) where the problem is. */
        public int line() {
            return line;
        }
    }

    /**
     * Writes records: {@link String} cells neutralised against formula injection, other values (numbers, dates)
     * as their text; null is an empty field.
     */
    public static byte[] write(List<? extends List<?>> records) {
        byte[] text = text(records).getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /**
     * The records as {@link #write} writes them, as text without the byte order mark (for a body sent as text, such
     * as the public registry's export).
     */
    public static String text(List<? extends List<?>> records) {
        StringBuilder out = new StringBuilder();
        for (List<?> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object v = record.get(i);
                out.append(field(v == null ? "" : v instanceof String s ? neutralised(s) : v.toString()));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /**
     * The field as written: quoted when it holds a comma, a semicolon (the separator of decimal-comma locales), a
     * quote, CR or LF (quotes doubled).
     */
    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * Text a spreadsheet will not evaluate, wherever it splits the line (OWASP's advice for CSV injection): at the
     * start of the text and after every {@code ;}, {@code ,}, CR or LF in it (the places where a cell can start when
     * a spreadsheet splits on either separator or does not honour the quotes), past any spaces and double quotes, a
     * {@code = + - @} or a tab (or a CR that begins the text) gets a leading apostrophe. {@code "Kerja sama X;=3+4;"} becomes
     * {@code "Kerja sama X;'=3+4;"}.
     */
    public static String neutralised(String text) {
        StringBuilder out = null;
        int n = text.length();
        boolean cellStart = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (cellStart && (c == ' ' || c == '"')) {
                // still where a cell starts: Excel trims neither, but a quote may open a field of its own
            } else if (cellStart && (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' && i == 0)) {
                if (out == null) {
                    out = new StringBuilder(n + 4).append(text, 0, i);
                }
                out.append('\'');
                cellStart = false;
            } else {
                cellStart = false;
            }
            if (c == ';' || c == ',' || c == '\n' || c == '\r') {
                cellStart = true;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Reads every record of a UTF-8 file (a BOM is skipped); a trailing line end does not make an empty record. */
    public static List<List<String>> read(byte[] file) {
        int start = file.length >= 3 && file[0] == BOM[0] && file[1] == BOM[1] && file[2] == BOM[2] ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(file, start, file.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new Malformed(1, "not UTF-8");
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = text.length();
        boolean fieldStarted = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty() && !fieldStarted) {
                int openedOn = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new Malformed(openedOn, "a quoted field is not closed");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                fieldStarted = true;
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new Malformed(line, "text after a closing quote");
                }
                continue;
            }
            if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                i++;
            } else if (c == '\r' || c == '\n') {
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
            } else {
                field.append(c);
                fieldStarted = true;
                i++;
            }
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
