package id.sikerja.core.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A stage of a path: when it applies, its actions and its documents. */
public record StageRule(Stage stage, Optional<When> onlyWhen, List<ActionRule> actions, List<DocumentRule> documents) {

    public StageRule {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(onlyWhen, "onlyWhen");
        actions = List.copyOf(actions);
        documents = List.copyOf(documents);
    }

    public Optional<ActionRule> action(Action action) {
        return actions.stream().filter(a -> a.action() == action).findFirst();
    }
}
