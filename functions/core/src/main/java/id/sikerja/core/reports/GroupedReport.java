package id.sikerja.core.reports;

import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cases counted per group and, within each, per stage.
 *
 * @param year only the cases of this year ({@link CaseRow#year}), when given
 */
public record GroupedReport(GroupBy groupBy, Optional<Integer> year, List<Row> rows) {

    public GroupedReport {
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(year, "year");
        rows = List.copyOf(rows);
    }

    /**
     * One group.
     *
     * @param key     stable: a year, a category or department code, a normalised partner name or field; {@code "-"}
     *                for cases with none (no department, no field recorded)
     * @param byStage only stages with at least one case, in the stages' order
     * @param refusedMandatory the group's KSDD wajib the region refused (issue 13 item 7)
     */
    public record Row(String key, Text label, int total, Map<Stage, Integer> byStage, int refusedMandatory) {
        public Row(String key, Text label, int total, Map<Stage, Integer> byStage) {
            this(key, label, total, byStage, 0);
        }

        public Row {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Map<Stage, Integer> copy = new java.util.EnumMap<>(Stage.class);
            copy.putAll(byStage);
            byStage = java.util.Collections.unmodifiableMap(copy);
        }
    }
}
