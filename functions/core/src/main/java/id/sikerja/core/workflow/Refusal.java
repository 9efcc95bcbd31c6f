package id.sikerja.core.workflow;

import java.util.List;

/**
 * A refused command. The subtypes map naturally to HTTP: {@link NotApplicable} 409, {@link Forbidden} 403,
 * {@link InvalidCommand} 400, {@link GateFailed} 422.
 */
public sealed interface Refusal extends Decision {

    /** Every reason, for display. */
    List<UnmetCondition> reasons();

    /** The action does not exist in the case's current stage (or the case has ended). */
    record NotApplicable(Text reason) implements Refusal {
        @Override
        public List<UnmetCondition> reasons() {
            return List.of(new UnmetCondition(UnmetCondition.Kind.RULE, "NOT_APPLICABLE", reason));
        }
    }

    /** The actor may not perform this action on this case. */
    record Forbidden(Text reason) implements Refusal {
        @Override
        public List<UnmetCondition> reasons() {
            return List.of(new UnmetCondition(UnmetCondition.Kind.PERMISSION, "FORBIDDEN", reason));
        }
    }

    /** The command is malformed: a fact the action does not record, a bad hash, a score out of range... */
    record InvalidCommand(List<UnmetCondition> problems) implements Refusal {
        public InvalidCommand {
            problems = List.copyOf(problems);
        }

        @Override
        public List<UnmetCondition> reasons() {
            return problems;
        }
    }

    /** The action is allowed in principle but its documents, facts, rules or inputs are not all there: all listed. */
    record GateFailed(List<UnmetCondition> unmet) implements Refusal {
        public GateFailed {
            unmet = List.copyOf(unmet);
        }

        @Override
        public List<UnmetCondition> reasons() {
            return unmet;
        }
    }
}
