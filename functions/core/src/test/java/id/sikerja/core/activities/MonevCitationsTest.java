package id.sikerja.core.activities;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.MonevCriterion;
import id.sikerja.core.workflow.MonevEvaluation;
import id.sikerja.core.workflow.MonevPeriod;
import id.sikerja.core.workflow.MonevRecommendation;
import id.sikerja.core.workflow.MonevSubmission;
import id.sikerja.core.workflow.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MonevCitationsTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 10);

    private final Activity verifiedInPeriod = activity("aaaaaaaa-0001", MARCH, ActivityStatus.VERIFIED);
    private final Activity submittedInPeriod = activity("aaaaaaaa-0002", MARCH, ActivityStatus.SUBMITTED);
    private final Activity verifiedLastYear = activity("aaaaaaaa-0003", LocalDate.of(2025, 11, 2),
            ActivityStatus.VERIFIED);
    private final List<Activity> ofCase = List.of(verifiedInPeriod, submittedInPeriod, verifiedLastYear);

    @Test
    void the_period_shows_only_its_verified_activities() {
        assertEquals(List.of(verifiedInPeriod), MonevCitations.ofPeriod(ofCase, MonevPeriod.containing(MARCH, 6)));
    }

    @Test
    void an_evaluation_may_cite_a_verified_activity_of_its_period() {
        MonevSubmission s = citing(Map.of(MonevCriterion.CAPAIAN_INDIKATOR, List.of("aaaaaaaa-0001"),
                MonevCriterion.DOKUMENTASI, List.of("aaaaaaaa-0001")));

        assertDoesNotThrow(() -> MonevCitations.check(s, 6, ofCase));
        assertEquals(List.of("aaaaaaaa-0001"), s.evaluation().orElseThrow().cited().get(MonevCriterion.DOKUMENTASI));
    }

    @Test
    void citing_an_unverified_another_periods_or_unknown_activity_names_each_field() {
        MonevSubmission s = citing(Map.of(MonevCriterion.CAPAIAN_INDIKATOR,
                List.of("aaaaaaaa-0001", "aaaaaaaa-0002", "aaaaaaaa-0003"),
                MonevCriterion.DOKUMENTASI, List.of("bbbbbbbb-9999")));

        InvalidInput e = assertThrows(InvalidInput.class, () -> MonevCitations.check(s, 6, ofCase));

        assertEquals(java.util.Set.of(
                "monev.evaluation.cited.CAPAIAN_INDIKATOR[1]", "monev.evaluation.cited.CAPAIAN_INDIKATOR[2]",
                "monev.evaluation.cited.DOKUMENTASI[0]"),
                e.errors().stream().map(FieldError::field).collect(java.util.stream.Collectors.toSet()));
        assertEquals(java.util.Set.of("not_verified_activity"),
                e.errors().stream().map(FieldError::code).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void an_evaluation_without_citations_is_not_checked() {
        assertDoesNotThrow(() -> MonevCitations.check(citing(Map.of()), 6, List.of()));
        assertDoesNotThrow(() -> MonevCitations.check(MonevSubmission.report(MARCH, "laporan"), 6, List.of()));
    }

    private static MonevSubmission citing(Map<MonevCriterion, List<String>> cited) {
        Map<MonevCriterion, Integer> scores = new EnumMap<>(MonevCriterion.class);
        for (MonevCriterion c : MonevCriterion.values()) {
            scores.put(c, 4);
        }
        return MonevSubmission.evaluation(MARCH, "evaluasi",
                new MonevEvaluation(scores, 4, MonevRecommendation.values()[0], cited));
    }

    private static Activity activity(String id, LocalDate day, ActivityStatus status) {
        ActivityDraft d = new ActivityDraft("Pelatihan kader", "", day, day, ActivityParty.JOINT, "", Optional.empty(),
                List.of());
        Instant at = Instant.parse("2026-03-20T02:00:00Z");
        return new Activity("case-1", id, 1, d, status, "officer-1", Role.values()[0], at, Optional.empty(),
                status == ActivityStatus.VERIFIED ? Optional.of(at) : Optional.empty(), List.of());
    }
}
