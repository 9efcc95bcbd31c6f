package id.sikerja.reports;

import id.sikerja.core.reports.Sheet;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Office Open XML workbooks (.xlsx) with fastexcel: a writer and a streaming reader of a few hundred KB, where
 * Apache POI would add about 15 MB to the function and seconds to its cold start. Text is written as text cells
 * (a spreadsheet never evaluates them), numbers as numbers, dates as dates shown yyyy-mm-dd.
 */
final class Xlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {
    }

    /** A file that is not a readable workbook. */
    static final class Unreadable extends RuntimeException {
        Unreadable(Throwable cause) {
            super("not a readable .xlsx workbook", cause);
        }
    }

    /** A workbook with one worksheet per sheet, each with a bold header row frozen at the top. */
    static byte[] write(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Si Kerja", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = wb.newWorksheet(sheet.name());
                for (int c = 0; c < sheet.header().size(); c++) {
                    ws.value(0, c, sheet.header().get(c));
                }
                if (!sheet.header().isEmpty()) {
                    ws.range(0, 0, 0, sheet.header().size() - 1).style().bold().set();
                    ws.freezePane(0, 1);
                }
                for (int r = 0; r < sheet.rows().size(); r++) {
                    List<Object> row = sheet.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        cell(ws, r + 1, c, row.get(c));
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void cell(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b);
        } else {
            ws.value(r, c, v.toString());
        }
    }

    /**
     * The first worksheet's cells as text, one list per row from row 1, with empty rows where the sheet has none
     * (so that list index + 1 is the row number a person sees). Numbers are written plainly ({@code 36}, not
     * {@code 36.0}); booleans as true/false; a formula as its last computed value.
     */
    static List<List<String>> readFirstSheet(byte[] file) {
        List<List<String>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                while (out.size() < row.getRowNum() - 1) {
                    out.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(text(cell));
                }
                out.add(cells);
            });
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(e);
        }
        return out;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        String raw = cell.getRawValue();
        return switch (cell.getType()) {
            case NUMBER -> raw == null ? "" : plain(raw);
            case BOOLEAN -> "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false";
            case EMPTY -> "";
            case FORMULA -> raw == null ? "" : raw;
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String plain(String number) {
        try {
            BigDecimal d = new BigDecimal(number).stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
