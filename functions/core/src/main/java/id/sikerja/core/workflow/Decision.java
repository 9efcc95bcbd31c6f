package id.sikerja.core.workflow;

/**
 * The answer of {@link Workflow#decide} and of the creation methods: a {@link Transition} to store, or a
 * {@link Refusal} to show.
 */
public sealed interface Decision permits Transition, Refusal {

    /** Whether the command was accepted. */
    default boolean accepted() {
        return this instanceof Transition;
    }
}
