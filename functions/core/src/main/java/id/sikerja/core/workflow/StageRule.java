package id.sikerja.core.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A stage of a path: when it applies, its actions, its documents and its deadlines. */
public record StageRule(Stage stage, Optional<When> onlyWhen, List<ActionRule> actions, List<DocumentRule> documents,
                        List<Deadline> deadlines) {

    public StageRule {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(onlyWhen, "onlyWhen");
        actions = List.copyOf(actions);
        documents = List.copyOf(documents);
        deadlines = List.copyOf(deadlines);
    }

    /** A stage without deadlines. */
    public StageRule(Stage stage, Optional<When> onlyWhen, List<ActionRule> actions, List<DocumentRule> documents) {
        this(stage, onlyWhen, actions, documents, List.of());
    }

    public Optional<ActionRule> action(Action action) {
        return actions.stream().filter(a -> a.action() == action).findFirst();
    }
}
