package id.sikerja.core.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link Condition} sees: the case as it would be if the command's facts, documents and departments were
 * recorded, the command itself, who acts and when.
 *
 * @param state    the tentative state (command facts and documents already applied)
 * @param attached the document versions the command registers
 * @param today    the business date of {@code now} in the region's zone
 */
public record GateContext(
        CaseState state,
        Command command,
        List<DocumentRef> attached,
        Actor actor,
        Instant now,
        LocalDate today,
        WorkflowSettings settings,
        Deadlines deadlines) {

    public GateContext {
        attached = List.copyOf(attached);
    }
}
