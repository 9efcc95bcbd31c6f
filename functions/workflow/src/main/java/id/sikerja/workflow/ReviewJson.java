package id.sikerja.workflow;

import id.sikerja.core.reviews.MemberReview;
import id.sikerja.core.reviews.MemberReviews;
import id.sikerja.core.reviews.ReviewOpinion;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Issue 17: the JSON of the TKKSD members' opinions, labels in the caller's language. */
final class ReviewJson {

    private ReviewJson() {
    }

    static Map<String, Object> board(MemberReviews.Board b, Actor caller, Language lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", b.caseId());
        out.put("stage", b.stage().name());
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("allowed", b.open().subject().isPresent());
        b.open().subject().ifPresent(s -> {
            open.put("subject", s.name());
            open.put("subjectLabel", s.label().in(lang));
            if (s.document().isPresent()) {
                open.put("documentVersion", b.open().documentVersion());
            }
        });
        b.open().whyNot().ifPresent(w -> open.put("reason", w.in(lang)));
        out.put("open", open);
        List<Object> subjects = new ArrayList<>();
        for (MemberReviews.SubjectTally t : b.subjects()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("subject", t.subject().name());
            s.put("subjectLabel", t.subject().label().in(lang));
            s.put("documentVersion", t.documentVersion());
            s.put("tally", tally(t.tally()));
            s.put("reviews", t.reviews().stream().map(r -> review(r, caller, lang)).toList());
            subjects.add(s);
        }
        out.put("subjects", subjects);
        out.put("assessments", b.assessments().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", a.at().toString());
            a.recommendation().ifPresent(r -> m.put("recommendation", r));
            m.put("tally", tally(a.tally()));
            m.put("reviews", a.reviews().stream().map(r -> review(r, caller, lang)).toList());
            return m;
        }).toList());
        out.put("history", b.history().stream().map(r -> review(r, caller, lang)).toList());
        out.put("opinions", java.util.Arrays.stream(ReviewOpinion.values()).map(o -> Map.of("code", o.name(),
                "label", o.label().in(lang))).toList());
        return out;
    }

    private static Map<String, Object> tally(Map<ReviewOpinion, Integer> t) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (ReviewOpinion o : ReviewOpinion.values()) {
            m.put(o.name(), t.getOrDefault(o, 0));
        }
        return m;
    }

    private static Map<String, Object> review(MemberReview r, Actor caller, Language lang) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", r.subject().name());
        m.put("documentVersion", r.documentVersion());
        m.put("memberName", r.memberName());
        m.put("mine", r.memberId().equals(caller.id()));
        m.put("opinion", r.opinion().name());
        m.put("opinionLabel", r.opinion().label().in(lang));
        m.put("note", r.note());
        m.put("stage", r.stage().name());
        m.put("recordedAt", r.recordedAt().toString());
        m.put("revision", r.revision());
        return m;
    }
}
