package id.sikerja.core.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Bagian Kerja Sama's evaluation of one monev period: a 1–5 score per criterion, an overall 1–5 rating and
 * a recommendation.
 *
 * @param cited issue 18: per criterion that may cite them ({@link #CITING}), the ids of the case's verified
 *              activities of the period the score relies on (checked by {@code MonevCitations} before recording)
 */
public record MonevEvaluation(Map<MonevCriterion, Integer> scores, int rating, MonevRecommendation recommendation,
                              Map<MonevCriterion, List<String>> cited) {

    /** Issue 18: the criteria whose score may cite verified implementation activities. */
    public static final java.util.Set<MonevCriterion> CITING = java.util.EnumSet.of(MonevCriterion.CAPAIAN_INDIKATOR,
            MonevCriterion.DOKUMENTASI);

    public MonevEvaluation {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(recommendation, "recommendation");
        scores = Collections.unmodifiableMap(scores.isEmpty() ? new EnumMap<>(MonevCriterion.class) : new EnumMap<>(scores));
        Objects.requireNonNull(cited, "cited");
        EnumMap<MonevCriterion, List<String>> c = new EnumMap<>(MonevCriterion.class);
        cited.forEach((k, v) -> {
            if (!v.isEmpty()) {
                c.put(k, List.copyOf(v));
            }
        });
        cited = Collections.unmodifiableMap(c);
    }

    public MonevEvaluation(Map<MonevCriterion, Integer> scores, int rating, MonevRecommendation recommendation) {
        this(scores, rating, recommendation, Map.of());
    }

    /** What is missing or out of range, empty when the evaluation is complete. */
    public List<Text> problems() {
        List<Text> out = new ArrayList<>();
        for (MonevCriterion c : MonevCriterion.values()) {
            Integer s = scores.get(c);
            if (s == null) {
                out.add(Text.of("Nilai kriteria '" + c.label().id() + "' belum diisi",
                        "The score for '" + c.label().en() + "' is missing"));
            } else if (s < 1 || s > 5) {
                out.add(Text.of("Nilai kriteria '" + c.label().id() + "' harus 1 sampai 5",
                        "The score for '" + c.label().en() + "' must be 1 to 5"));
            }
        }
        if (rating < 1 || rating > 5) {
            out.add(Text.of("Nilai keseluruhan harus 1 sampai 5", "The overall rating must be 1 to 5"));
        }
        return out;
    }
}
