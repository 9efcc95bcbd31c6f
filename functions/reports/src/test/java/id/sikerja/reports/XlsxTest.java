package id.sikerja.reports;

import id.sikerja.core.imports.ImportColumns;
import id.sikerja.core.reports.Sheet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class XlsxTest {

    @Test
    void whatIsWrittenReadsBackAsText() {
        List<Object> row = new ArrayList<>(Arrays.asList("Kerja Sama \"Kota Kembar\", Besançon", 3,
                new BigDecimal("150000000.00"), LocalDate.of(2024, 5, 2), null, "=1+2", "baris 1\nbaris 2"));
        byte[] file = Xlsx.write(List.of(new Sheet("Laporan", List.of("a", "b", "c", "d", "e", "f", "g"), List.of(row))));
        assertEquals('P', file[0], "a zip");
        assertEquals('K', file[1]);

        List<List<String>> read = Xlsx.readFirstSheet(file);
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), read.get(0));
        // the date cell is a number (a serial day) shown as yyyy-mm-dd; the import turns serials in date columns back
        assertEquals(List.of("Kerja Sama \"Kota Kembar\", Besançon", "3", "150000000", "45414", "", "=1+2",
                "baris 1\nbaris 2"), read.get(1));
    }

    @Test
    void emptyRowsKeepTheirRowNumbers() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("x"));
        rows.add(new ArrayList<>(Arrays.asList((Object) null)));
        rows.add(List.of("y"));
        List<List<String>> read = Xlsx.readFirstSheet(Xlsx.write(List.of(new Sheet("S", List.of("h"), rows))));
        assertEquals("y", read.get(3).get(0), "row 4 of the sheet is index 3, though row 3 has no cell");
    }

    @Test
    void theTemplateWorkbookHasTheColumnsAndTheirInstructions() {
        byte[] file = Xlsx.write(List.of(ImportColumns.template(), ImportColumns.instructions()));
        assertEquals(ImportColumns.ALL.stream().map(ImportColumns.Column::name).toList(),
                Xlsx.readFirstSheet(file).get(0));
    }

    @Test
    void notAWorkbookIsUnreadable() {
        assertThrows(Xlsx.Unreadable.class, () -> Xlsx.readFirstSheet("kategori,judul\n".getBytes()));
    }
}
