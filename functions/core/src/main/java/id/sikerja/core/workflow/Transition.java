package id.sikerja.core.workflow;

import java.util.List;
import java.util.Objects;

/**
 * An accepted command: the new state to store (with {@code version} incremented), the timeline events to append
 * and the due dates to index (also in {@code state.dueDates()}).
 */
public record Transition(CaseState state, List<TimelineEvent> events) implements Decision {

    public Transition {
        Objects.requireNonNull(state, "state");
        events = List.copyOf(events);
    }

    public List<DueDate> dueDates() {
        return state.dueDates();
    }
}
