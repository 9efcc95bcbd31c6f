package id.sikerja.core.cases;

import id.sikerja.core.workflow.ActionAvailability;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.UnmetCondition;

import java.util.List;
import java.util.Objects;

/**
 * A case as one officer sees it now.
 *
 * @param dueDates what is due as of today, recomputed with the current holiday list
 * @param warnings things to notice that block nothing (not budgeted, term expired, holidays not loaded)
 * @param actions  every action of the current stage for this officer: allowed or not, and why not
 */
public record CaseView(CaseRecord record, List<TimelineEvent> timeline, List<DueDate> dueDates,
                       List<UnmetCondition> warnings, List<ActionAvailability> actions) {

    public CaseView {
        Objects.requireNonNull(record, "record");
        timeline = List.copyOf(timeline);
        dueDates = List.copyOf(dueDates);
        warnings = List.copyOf(warnings);
        actions = List.copyOf(actions);
    }
}
