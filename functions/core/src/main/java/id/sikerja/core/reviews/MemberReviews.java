package id.sikerja.core.reviews;

import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseView;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.TimelineEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 17: each TKKSD member's own opinion on the proposal or a draft, one current opinion per member and subject
 * (a member may change it; every earlier one is kept), the tally of the current opinions, and the tally the team's
 * assessment ({@link Action#RECORD_TKKSD_ASSESSMENT}) was made on: the members' latest opinions on the proposal at the
 * moment the assessment was recorded, read from the history (which is never rewritten), so it cannot drift.
 *
 * <p>Who may record and when is {@link ProcessDefinitions#MEMBER_REVIEWERS}, {@link
 * ProcessDefinitions#MEMBER_REVIEW_OF_PROPOSAL} and {@link ProcessDefinitions#MEMBER_REVIEW_OF_DRAFT}; who may read
 * is whoever sees the case ({@link CaseService#view}: a TKKSD lokus or a department only its own).
 *
 * <p>Recording the opinion a member already holds (a retried request) writes nothing and answers the same board:
 * retries never add to the history. Two requests of the same member racing are ordered by the store's conditional
 * write: the loser is read again and applied on top, never lost.
 */
public final class MemberReviews {

    /** The longest note, in characters. */
    public static final int MAX_NOTE = 2000;

    private final CaseService cases;
    private final ReviewStore store;
    private final Clock clock;

    public MemberReviews(CaseService cases, ReviewStore store, Clock clock) {
        this.cases = cases;
        this.store = store;
        this.clock = clock;
    }

    /** A request to record an opinion, as read from its body (422 naming each bad field). */
    public record Request(ReviewSubject subject, Optional<Integer> documentVersion, ReviewOpinion opinion, String note) {

        public static Request read(Map<String, Object> body) {
            Fields f = Fields.of(body);
            for (String name : body.keySet()) {
                if (!List.of("subject", "documentVersion", "opinion", "note").contains(name)) {
                    f.reject(name, "unknown_field", Map.of());
                }
            }
            ReviewSubject subject = f.choice("subject", ReviewSubject.class);
            Integer version = f.has("documentVersion") ? f.integer("documentVersion", 1, 10_000) : null;
            ReviewOpinion opinion = f.choice("opinion", ReviewOpinion.class);
            String note = f.has("note") ? f.optionalLongText("note", MAX_NOTE) : null;
            // an opinion that is not "agree" says what is wrong
            if (opinion != null && opinion != ReviewOpinion.SETUJU && (note == null || note.isBlank())
                    && !f.errors().stream().anyMatch(e -> e.field().equals("note"))) {
                f.reject("note", "required", Map.of());
            }
            f.throwIfInvalid();
            return new Request(subject, Optional.ofNullable(version), opinion, note == null ? "" : note.strip());
        }
    }

    /** What the caller may review now in the case's stage, with its draft version; empty with a reason otherwise. */
    public record Open(Optional<ReviewSubject> subject, int documentVersion, Optional<Text> whyNot) {
    }

    /** The current opinions on one subject and their tally. */
    public record SubjectTally(ReviewSubject subject, int documentVersion, Map<ReviewOpinion, Integer> tally,
                               List<MemberReview> reviews) {
    }

    /** The tally the team's assessment was made on. */
    public record AssessmentTally(Instant at, Optional<String> recommendation, Map<ReviewOpinion, Integer> tally,
                                  List<MemberReview> reviews) {
    }

    /** Everything the case page shows of the members' opinions. */
    public record Board(String caseId, Stage stage, Open open, List<SubjectTally> subjects,
                        List<AssessmentTally> assessments, List<MemberReview> history) {
    }

    /** The outcome of recording an opinion. */
    public sealed interface Outcome {
        /** Recorded ({@code changed}) or already held (a retry). */
        record Recorded(Board board, boolean changed) implements Outcome {
        }

        /** The caller's role records no opinion (403). */
        record NotAllowed(Text reason) implements Outcome {
        }

        /** The case's stage takes no opinion (409), with the board as it stands. */
        record Closed(Text reason, Board board) implements Outcome {
        }
    }

    /** The board of a case the actor sees; empty for an unknown case or one the actor does not see. */
    public Optional<Board> board(String caseId, Actor actor) {
        return cases.view(caseId, actor).map(v -> board(v, actor));
    }

    /**
     * Records the actor's opinion; empty for an unknown case or one the actor does not see.
     *
     * @param memberName how other officers see the member (the account's address)
     */
    public Optional<Outcome> record(String caseId, Actor actor, String memberName, Request request) {
        for (int attempt = 0; ; attempt++) {
            Optional<CaseView> view = cases.view(caseId, actor);
            if (view.isEmpty()) {
                return Optional.empty();
            }
            Board before = board(view.get(), actor);
            if (!ProcessDefinitions.MEMBER_REVIEWERS.contains(actor.role())) {
                return Optional.of(new Outcome.NotAllowed(notReviewer()));
            }
            Open open = before.open();
            if (open.subject().isEmpty()) {
                return Optional.of(new Outcome.Closed(open.whyNot().orElseThrow(), before));
            }
            int version = checkSubject(view.get().record().state(), open, request);
            Optional<MemberReview> mine = store.current(caseId).stream()
                    .filter(r -> r.memberId().equals(actor.id()) && r.subject() == request.subject()
                            && r.documentVersion() == version)
                    .findFirst();
            if (mine.isPresent() && mine.get().sameAs(request.opinion(), request.note())) {
                return Optional.of(new Outcome.Recorded(before, false));
            }
            MemberReview review = new MemberReview(caseId, request.subject(), version, actor.id(), memberName,
                    request.opinion(), request.note(), before.stage(), clock.instant(),
                    mine.map(MemberReview::revision).orElse(0L) + 1);
            try {
                store.save(review);
            } catch (ReviewStore.Conflict raced) {
                if (attempt < 2) {
                    continue; // the member's other request won: read again and apply this one on top
                }
                throw raced;
            }
            return Optional.of(new Outcome.Recorded(board(cases.view(caseId, actor).orElseThrow(), actor), true));
        }
    }

    // ------------------------------------------------------------------------------------------------------

    private static Text notReviewer() {
        return Text.of("Hanya anggota TKKSD yang mencatat pendapatnya sendiri",
                "Only TKKSD members record their own opinion");
    }

    /** The draft version the request concerns (0 for the proposal); 422 when it is not the stage's subject. */
    private static int checkSubject(CaseState state, Open open, Request request) {
        ReviewSubject subject = open.subject().orElseThrow();
        if (request.subject() != subject) {
            throw new InvalidInput(List.of(FieldError.of("subject", "review_subject_closed", "allowed",
                    subject.name())));
        }
        if (subject.document().isEmpty()) {
            if (request.documentVersion().isPresent()) {
                throw new InvalidInput(List.of(FieldError.of("documentVersion", "unknown_field")));
            }
            return 0;
        }
        int latest = open.documentVersion();
        int asked = request.documentVersion().orElse(latest);
        if (state.documents().versions(subject.document().get()).stream().noneMatch(d -> d.version() == asked)) {
            throw new InvalidInput(List.of(FieldError.of("documentVersion", "review_unknown_version", "latest", latest)));
        }
        return asked;
    }

    private Board board(CaseView view, Actor actor) {
        CaseState state = view.record().state();
        List<MemberReview> current = store.current(state.id());
        List<MemberReview> history = new ArrayList<>(store.history(state.id()));
        history.sort(Comparator.comparing(MemberReview::recordedAt).thenComparing(MemberReview::revision));
        Map<String, List<MemberReview>> bySubject = new LinkedHashMap<>();
        current.stream()
                .sorted(Comparator.comparing(MemberReview::subject).thenComparing(MemberReview::documentVersion)
                        .thenComparing(MemberReview::memberName))
                .forEach(r -> bySubject.computeIfAbsent(r.subjectKey(), k -> new ArrayList<>()).add(r));
        List<SubjectTally> subjects = new ArrayList<>();
        bySubject.values().forEach(list -> subjects.add(new SubjectTally(list.get(0).subject(),
                list.get(0).documentVersion(), tally(list), list)));
        List<AssessmentTally> assessments = new ArrayList<>();
        for (TimelineEvent e : view.timeline()) {
            if (e.action() == Action.RECORD_TKKSD_ASSESSMENT) {
                List<MemberReview> atThatTime = latestUntil(history, ReviewSubject.PROPOSAL, e.at());
                assessments.add(new AssessmentTally(e.at(), Optional.ofNullable(e.facts().get("tkksdRecommendation")),
                        tally(atThatTime), atThatTime));
            }
        }
        return new Board(state.id(), state.stage(), open(state, actor), subjects, assessments, history);
    }

    /** Each member's latest opinion on the proposal recorded at or before {@code at}. */
    static List<MemberReview> latestUntil(List<MemberReview> history, ReviewSubject subject, Instant at) {
        Map<String, MemberReview> latest = new LinkedHashMap<>();
        for (MemberReview r : history) {
            if (r.subject() == subject && !r.recordedAt().isAfter(at)) {
                latest.put(r.memberId(), r);
            }
        }
        return latest.values().stream().sorted(Comparator.comparing(MemberReview::memberName)).toList();
    }

    /** Opinions counted per kind; every kind present (0 when none). */
    public static Map<ReviewOpinion, Integer> tally(List<MemberReview> reviews) {
        Map<ReviewOpinion, Integer> t = new EnumMap<>(ReviewOpinion.class);
        for (ReviewOpinion o : ReviewOpinion.values()) {
            t.put(o, 0);
        }
        reviews.forEach(r -> t.merge(r.opinion(), 1, Integer::sum));
        return t;
    }

    /** What the stage takes an opinion on, for this actor; read from the process table. */
    static Open open(CaseState state, Actor actor) {
        Stage stage = state.stage();
        Optional<ReviewSubject> subject = Optional.empty();
        int version = 0;
        Text whyNot = null;
        if (ProcessDefinitions.MEMBER_REVIEW_OF_PROPOSAL.contains(stage)) {
            subject = Optional.of(ReviewSubject.PROPOSAL);
        } else if (ProcessDefinitions.MEMBER_REVIEW_OF_DRAFT.containsKey(stage)) {
            DocumentType draft = ProcessDefinitions.MEMBER_REVIEW_OF_DRAFT.get(stage);
            Optional<DocumentVersion> latest = state.documents().latest(draft);
            if (latest.isPresent()) {
                subject = java.util.Arrays.stream(ReviewSubject.values())
                        .filter(s -> s.document().equals(Optional.of(draft))).findFirst();
                version = latest.get().version();
            } else {
                whyNot = Text.of(draft.label().id() + " belum diunggah", draft.label().en() + " has not been uploaded");
            }
        } else {
            whyNot = Text.of("Tahap " + stage.label().id() + " tidak meminta pendapat anggota TKKSD",
                    "The stage " + stage.label().en() + " takes no TKKSD member's opinion");
        }
        if (subject.isPresent() && !ProcessDefinitions.MEMBER_REVIEWERS.contains(actor.role())) {
            whyNot = notReviewer();
        }
        return whyNot == null ? new Open(subject, version, Optional.empty())
                : new Open(Optional.empty(), 0, Optional.of(whyNot));
    }
}
