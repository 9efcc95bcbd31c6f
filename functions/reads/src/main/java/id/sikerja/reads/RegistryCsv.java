package id.sikerja.reads;

import id.sikerja.core.reports.Csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public registry as CSV (RFC 4180, UTF-8, comma-separated, CRLF), one agreement a row; lists within a cell
 * are separated by "; ". Written by the one CSV writer of every export ({@link Csv}), which quotes and neutralises
 * what a spreadsheet would take for a formula, also where a decimal-comma locale splits the line on {@code ;}.
 */
final class RegistryCsv {

    static final List<String> COLUMNS = List.of("id", "title", "category", "status", "signedOn", "startDate",
            "endDate", "parties", "departments", "field", "documents");

    private RegistryCsv() {
    }

    @SuppressWarnings("unchecked")
    static String write(List<Map<String, Object>> entries) {
        List<List<String>> records = new ArrayList<>(entries.size() + 1);
        records.add(COLUMNS);
        for (Map<String, Object> e : entries) {
            List<String> cells = List.of(
                    str(e.get("id")), str(e.get("title")), str(e.get("category")), str(e.get("status")),
                    str(e.get("signedOn")), str(e.get("startDate")), str(e.get("endDate")),
                    ((List<Map<String, Object>>) e.get("parties")).stream()
                            .map(p -> str(p.get("name")) + " (" + str(p.get("kind")) + ")").collect(Collectors.joining("; ")),
                    ((List<Map<String, Object>>) e.get("departments")).stream()
                            .map(d -> str(d.get("code"))).collect(Collectors.joining("; ")),
                    str(e.get("field")),
                    ((List<Map<String, Object>>) e.get("documents")).stream()
                            .map(d -> d.get("type") + " v" + d.get("version") + " sha256:" + d.get("sha256"))
                            .collect(Collectors.joining("; ")));
            records.add(cells);
        }
        return Csv.text(records);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
