package id.sikerja.reads;

import id.sikerja.core.reports.Csv;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RegistryCsvTest {

    @Test
    void aTitleWithAFormulaAfterASemicolonIsNoFormulaInAnIndonesianSpreadsheet() {
        Map<String, Object> entry = new java.util.HashMap<>(Map.of(
                "id", "c-1", "title", "Kerja sama X;=3+4;", "category", "KSDD", "status", "BERLAKU",
                "parties", List.of(Map.of("name", "Kota A", "kind", "PEMDA"), Map.of("name", "@Kota B", "kind", "PEMDA")),
                "departments", List.of(Map.of("code", "DINKES")),
                "documents", List.of(Map.of("type", "KB", "version", 1, "sha256", "ab"))));
        String text = RegistryCsv.write(List.of(entry));
        String row = text.split("\r\n")[1];
        assertTrue(row.contains("\"Kerja sama X;'=3+4;\""), row);
        for (String cell : row.split(";")) {
            String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertFalse(!bare.isEmpty() && "=+-@".indexOf(bare.charAt(0)) >= 0, "formula cell " + cell + " in " + row);
        }
        List<String> read = Csv.read(text.getBytes(StandardCharsets.UTF_8)).get(1);
        assertEquals("Kerja sama X;'=3+4;", read.get(1));
        assertEquals("Kota A (PEMDA); '@Kota B (PEMDA)", read.get(7));
        assertEquals("KB v1 sha256:ab", read.get(10));
    }
}
