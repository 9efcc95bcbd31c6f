package id.sikerja.core.workflow;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The monev part of a command: which period it is about (any date in it), a summary, and for an evaluation
 * the scores.
 */
public record MonevSubmission(LocalDate periodDate, String summary, Optional<MonevEvaluation> evaluation) {

    public MonevSubmission {
        Objects.requireNonNull(periodDate, "periodDate");
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(evaluation, "evaluation");
    }

    public static MonevSubmission report(LocalDate periodDate, String summary) {
        return new MonevSubmission(periodDate, summary, Optional.empty());
    }

    public static MonevSubmission evaluation(LocalDate periodDate, String summary, MonevEvaluation evaluation) {
        return new MonevSubmission(periodDate, summary, Optional.of(evaluation));
    }
}
