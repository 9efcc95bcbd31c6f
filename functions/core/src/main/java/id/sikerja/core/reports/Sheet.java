package id.sikerja.core.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table to export as CSV or XLSX: a header row of labels and rows of cells. A cell is a {@link String}, a
 * {@link Number}, a {@link java.time.LocalDate} or null (empty).
 *
 * @param name the sheet's name in a workbook (at most 31 characters, as Excel allows)
 */
public record Sheet(String name, List<String> header, List<List<Object>> rows) {

    public Sheet {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.length() > 31) {
            throw new IllegalArgumentException("a sheet name has 1-31 characters: " + name);
        }
        header = List.copyOf(header);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /** The header then the rows, as CSV records. */
    public List<List<?>> records() {
        List<List<?>> out = new ArrayList<>();
        out.add(header);
        out.addAll(rows);
        return out;
    }
}
