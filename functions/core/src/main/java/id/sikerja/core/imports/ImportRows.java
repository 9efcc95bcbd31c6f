package id.sikerja.core.imports;

import id.sikerja.core.workflow.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the cells of an import file (CSV or the template's first sheet, as text) into one legacy request body per
 * row: the body {@code POST /cooperations/legacy} takes, so that the same readers and rules check it. The first
 * record is the header of column names ({@link ImportColumns}); empty rows are skipped; an empty cell is an absent
 * member.
 *
 * <p>Conversions a spreadsheet needs: a whole number where a number is expected, "ya"/"tidak" (or yes/no,
 * true/false) for yes/no facts, a spreadsheet's date serial number in a date column, lists separated by ";" or ",".
 */
public final class ImportRows {

    public static final int MAX_ROWS = 1000;
    private static final Pattern WHOLE = Pattern.compile("^-?\\d{1,9}(\\.0+)?$");
    private static final Pattern SERIAL = Pattern.compile("^\\d{1,6}(\\.\\d+)?$");
    /** Day 0 of the 1900 date system, as spreadsheets count it (with the 1900 leap-year bug, from 1 March 1900). */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

    private ImportRows() {
    }

    /** A row to import: its row number, its request body and the upload ids of its documents. */
    public record Row(int number, Map<String, Object> body, List<String> documentIds) {
        public Row {
            documentIds = List.copyOf(documentIds);
        }
    }

    /** The rows read, and what is wrong with the file as a whole (header, size). */
    public record Read(List<Row> rows, List<RowProblem> problems) {
        public Read {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }
    }

    public static Read read(List<List<String>> records) {
        List<RowProblem> problems = new ArrayList<>();
        if (records.isEmpty() || records.get(0).stream().allMatch(c -> c == null || c.isBlank())) {
            problems.add(new RowProblem(1, null, "no_header", Text.of(
                    "Baris pertama harus berisi nama kolom templat",
                    "The first row must hold the template's column names")));
            return new Read(List.of(), problems);
        }
        List<String> header = records.get(0).stream().map(c -> c == null ? "" : c.strip()).toList();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                continue;
            }
            if (ImportColumns.byName(name).isEmpty()) {
                problems.add(new RowProblem(1, name, "unknown_column", Text.of(
                        "Kolom tidak dikenal; gunakan nama kolom templat", "Unknown column; use the template's names")));
            } else if (!seen.add(name)) {
                problems.add(new RowProblem(1, name, "duplicate_column", Text.of(
                        "Kolom ini muncul lebih dari sekali", "This column appears more than once")));
            }
        }
        List<Row> rows = new ArrayList<>();
        int dataRows = 0;
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            if (++dataRows > MAX_ROWS) {
                problems.add(new RowProblem(i + 1, null, "too_many_rows", Text.of(
                        "Paling banyak " + MAX_ROWS + " baris per impor; bagi berkasnya",
                        "At most " + MAX_ROWS + " rows per import; split the file")));
                break;
            }
            if (cells.size() > header.size() && cells.subList(header.size(), cells.size()).stream()
                    .anyMatch(c -> c != null && !c.isBlank())) {
                problems.add(new RowProblem(i + 1, null, "extra_cells", Text.of(
                        "Baris ini berisi sel di luar kolom templat", "This row has cells beyond the template's columns")));
            }
            rows.add(row(i + 1, header, cells));
        }
        if (rows.isEmpty()) {
            problems.add(new RowProblem(2, null, "no_rows", Text.of("Berkas tidak berisi satu pun kerja sama",
                    "The file holds no agreement")));
        }
        return new Read(rows, problems);
    }

    private static Row row(int number, List<String> header, List<String> cells) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> documentIds = List.of();
        for (int c = 0; c < header.size() && c < cells.size(); c++) {
            String name = header.get(c);
            String value = cells.get(c) == null ? "" : cells.get(c).strip();
            if (value.isEmpty() || ImportColumns.byName(name).isEmpty()) {
                continue;
            }
            if (name.equals(ImportColumns.DOCUMENTS)) {
                documentIds = list(value);
            } else if (name.equals(ImportColumns.DEPARTMENTS)) {
                body.put(name, new ArrayList<Object>(list(value)));
            } else {
                put(body, name, value(name, value));
            }
        }
        return new Row(number, body, documentIds);
    }

    private static Object value(String column, String text) {
        if (column.equals(ImportColumns.DURATION) && WHOLE.matcher(text).matches()) {
            return new BigDecimal(text).stripTrailingZeros();
        }
        if (ImportColumns.isBoolean(column)) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "ya", "y", "yes", "true", "benar" -> "true";
                case "tidak", "t", "no", "false", "salah" -> "false";
                default -> text;
            };
        }
        if (ImportColumns.isDate(column) && SERIAL.matcher(text).matches()) {
            return EPOCH_1900.plusDays((long) Double.parseDouble(text)).toString();
        }
        if (ImportColumns.fact(column).map(f -> f.type() == Integer.class).orElse(false)
                && WHOLE.matcher(text).matches()) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        return text;
    }

    /** Puts a dotted column ("partner.email") into nested maps. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String column, Object value) {
        String[] path = column.split("\\.");
        Map<String, Object> at = body;
        for (int i = 0; i < path.length - 1; i++) {
            at = (Map<String, Object>) at.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
        }
        at.put(path[path.length - 1], value);
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
