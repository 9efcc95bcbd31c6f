package id.sikerja.core.reports;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CsvTest {

    @Test
    void writesRfc4180WithABomAndCrlf() {
        byte[] file = Csv.write(List.of(List.of("a", "b,c", "say \"hi\""), List.of("line1\nline2", 7, "")));
        assertArrayEquals(Csv.BOM, Arrays.copyOf(file, 3), "UTF-8 BOM so that Excel reads the text as UTF-8");
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"line1\nline2\",7,\r\n", text);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<List<String>> records = List.of(
                List.of("Judul", "Mitra", "Catatan"),
                List.of("Kerja Sama Kesehatan, Pendidikan", "Pemerintah Kota Surabaya", "baris 1\r\nbaris 2"),
                List.of("Kota kembar \"Sister City\"", "Ville de Besançon — 釜山", ""),
                List.of("", "", "trailing"));
        assertEquals(records, Csv.read(Csv.write(records)));
    }

    @Test
    void readsLfFilesWithoutBomAndNoTrailingLineEnd() {
        byte[] lf = "a,b\n\"x\ny\",z".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("a", "b"), List.of("x\ny", "z")), Csv.read(lf));
        assertEquals(List.of(List.of("a", ""), List.of("", "b")), Csv.read("a,\r\n,b\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void malformedFilesNameTheLine() {
        Csv.Malformed open = assertThrows(Csv.Malformed.class,
                () -> Csv.read("a,b\r\nc,\"never closed\r\nd".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, open.line());
        Csv.Malformed after = assertThrows(Csv.Malformed.class,
                () -> Csv.read("\"a\"b,c".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, after.line());
        assertThrows(Csv.Malformed.class, () -> Csv.read(new byte[] {(byte) 0xC3, (byte) 0x28}));
    }

    @Test
    void formulaLikeTextIsNeutralisedButNumbersAreNot() {
        byte[] file = Csv.write(List.of(List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "ok",
                -3, new BigDecimal("-1.5"), LocalDate.of(2026, 1, 2))));
        List<String> read = Csv.read(file).get(0);
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "ok", "-3", "-1.5",
                "2026-01-02"), read);
        for (String cell : read.subList(0, 5)) {
            assertFalse("=+-@\t".indexOf(cell.charAt(0)) >= 0, cell + " starts as plain text");
        }
    }

    @Test
    void aTitleThatHidesAFormulaBehindASemicolonIsQuotedAndNeutralisedForEitherSeparator() {
        List<List<String>> records = List.of(
                List.of("id", "title", "status"),
                List.of("c-1", "Kerja sama X;=3+4;", "BERLAKU"),
                List.of("c-2", "A; +1, -2;\"@SUM(A1)\"", "B;\t=1"),
                List.of("c-3", "baris 1\n=HYPERLINK(\"http://x\")", "ok"));
        String text = Csv.text(records);
        assertTrue(text.contains("\"Kerja sama X;'=3+4;\""), text);
        for (String line : text.split("\r\n|\n")) {
            for (char separator : new char[] {',', ';'}) {
                for (String cell : spreadsheetCells(line, separator)) {
                    assertFalse(!cell.isEmpty() && "=+-@\t".indexOf(cell.charAt(0)) >= 0,
                            "a spreadsheet splitting on '" + separator + "' gets a formula cell " + cell + " from " + line);
                }
            }
        }
        // what was written still reads back as the same text, apostrophes aside
        List<List<String>> read = Csv.read(Csv.write(records));
        assertEquals("Kerja sama X;'=3+4;", read.get(1).get(1));
        assertEquals("A; '+1, '-2;\"'@SUM(A1)\"", read.get(2).get(1));
        assertEquals("B;'\t=1", read.get(2).get(2));
        assertEquals("baris 1\n'=HYPERLINK(\"http://x\")", read.get(3).get(1));
        assertEquals(records.get(0), read.get(0));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        for (String plain : List.of("Kerja Sama Kesehatan, Pendidikan", "Dinas Kesehatan; Dinas Perhubungan",
                "baris 1\r\n\r\nbaris 2", "2026-01-02", "Kota kembar \"Sister City\"", "")) {
            assertEquals(plain, Csv.neutralised(plain));
        }
    }

    /**
     * A line cut as a spreadsheet with this separator cuts it: a double quote opens a quoted field only at the start
     * of a field (Excel's rule), so a quoted comma-separated field is cut at its semicolons.
     */
    private static List<String> spreadsheetCells(String line, char separator) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        boolean atStart = true;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (atStart && c == '"') {
                i++;
                while (i < line.length()) {
                    char q = line.charAt(i);
                    if (q == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        cell.append(q);
                        i++;
                    }
                }
                atStart = false;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
                atStart = true;
                i++;
            } else {
                cell.append(c);
                atStart = false;
                i++;
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
