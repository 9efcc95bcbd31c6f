package id.sikerja.core.imports;

import id.sikerja.core.workflow.Text;

import java.util.Objects;

/**
 * One problem of an import file.
 *
 * @param row     the spreadsheet's row number: 1 is the header, 2 the first agreement
 * @param field   the column it is about (the template's column name, e.g. {@code partner.email}); null when it is
 *                about the row as a whole
 * @param code    stable, machine-readable: a field error's code ({@code required}, {@code date}...), a workflow
 *                condition's code ({@code FACT:termStart}, {@code DOC:PKS_SIGNED}...) or an import's own
 * @param message Indonesian and English
 */
public record RowProblem(int row, String field, String code, Text message) {

    public RowProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
