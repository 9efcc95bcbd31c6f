package id.sikerja.core.activities;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.MonevCriterion;
import id.sikerja.core.workflow.MonevEvaluation;
import id.sikerja.core.workflow.MonevPeriod;
import id.sikerja.core.workflow.MonevSubmission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issue 18: an admin evaluation's "indicator achievement" and "documentation" criteria may cite the case's
 * implementation activities; only activities that count may be cited: verified ones of that case that took place
 * (wholly or partly) within the evaluated monev period.
 */
public final class MonevCitations {

    private MonevCitations() {
    }

    /** The verified activities of {@code period} among the case's activities, oldest first. */
    public static List<Activity> ofPeriod(List<Activity> ofCase, MonevPeriod period) {
        return ofCase.stream().filter(Activity::verified).filter(a -> a.within(period.start(), period.end()))
                .collect(Collectors.toList());
    }

    /**
     * Checks every cited id of the submission's evaluation against the case's activities.
     *
     * @throws InvalidInput naming each cited id that is no verified activity of the case within the period
     *                      ({@code monev.evaluation.cited.<CRITERION>[i]}, {@code not_verified_activity})
     */
    public static void check(MonevSubmission submission, int periodMonths, List<Activity> ofCase) {
        if (submission.evaluation().isEmpty() || submission.evaluation().get().cited().isEmpty()) {
            return;
        }
        MonevEvaluation ev = submission.evaluation().get();
        MonevPeriod period = MonevPeriod.containing(submission.periodDate(), periodMonths);
        Set<String> citable = ofPeriod(ofCase, period).stream().map(Activity::id).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        for (MonevCriterion c : MonevCriterion.values()) {
            List<String> ids = ev.cited().getOrDefault(c, List.of());
            for (int i = 0; i < ids.size(); i++) {
                if (!citable.contains(ids.get(i))) {
                    errors.add(new FieldError("monev.evaluation.cited." + c.name() + "[" + i + "]",
                            "not_verified_activity", Map.of("period", period.label())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
