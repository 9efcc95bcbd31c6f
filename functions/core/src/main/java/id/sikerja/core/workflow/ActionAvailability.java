package id.sikerja.core.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One action of the current stage as seen by one actor.
 *
 * @param target      the stage the action leads to (the current stage for in-stage actions); empty while it
 *                    depends on facts not yet recorded
 * @param permitted   the actor's role (and department, token) may perform it
 * @param allowed     permitted and every condition that can be checked before the form is filled is met
 * @param reasons     why not, when not allowed
 * @param asks        facts the form should ask for (the action records them)
 * @param inputs      other things the form must supply (note, end reason, monev report, attachments)
 * @param documentTypes document types this actor may attach in this stage
 */
public record ActionAvailability(
        Action action,
        Text label,
        Optional<Stage> target,
        boolean permitted,
        boolean allowed,
        List<UnmetCondition> reasons,
        List<Fact<?>> asks,
        List<Text> inputs,
        Set<DocumentType> documentTypes) {

    public ActionAvailability {
        Objects.requireNonNull(action, "action");
        reasons = List.copyOf(reasons);
        asks = List.copyOf(asks);
        inputs = List.copyOf(inputs);
        documentTypes = Set.copyOf(documentTypes);
    }
}
