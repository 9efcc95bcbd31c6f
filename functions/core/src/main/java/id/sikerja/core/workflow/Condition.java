package id.sikerja.core.workflow;

import java.util.List;
import java.util.Set;

/**
 * A gate of an action: something that must hold before it proceeds. Conditions are built by {@link Gates} and
 * declared in {@link ProcessDefinitions}.
 */
public interface Condition {

    /** What kind of thing is required; {@link UnmetCondition.Kind#INPUT} conditions concern the form only. */
    UnmetCondition.Kind kind();

    /** What is required, for the readable table. */
    Text description();

    /** Every unmet part, empty when the condition holds. */
    List<UnmetCondition> check(GateContext context);

    /** The facts this condition reads (lets the action list treat facts the action itself records as form fields). */
    default Set<Fact<?>> reads() {
        return Set.of();
    }
}
