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
}
