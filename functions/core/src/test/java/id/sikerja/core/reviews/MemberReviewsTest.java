package id.sikerja.core.reviews;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberReviewsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Workflow WORKFLOW = Workflow.withDefaults();

    private final MovableClock clock = new MovableClock(T0);
    private InMemoryCaseStore cases;
    private InMemoryReviewStore store;
    private MemberReviews reviews;

    @BeforeEach
    void setUp() {
        cases = new InMemoryCaseStore(clock);
        store = new InMemoryReviewStore();
        CaseService service = new CaseService(cases, () -> WORKFLOW, (caseId, actor, docs) -> List.of(), clock,
                change -> List.of());
        reviews = new MemberReviews(service, store, clock);
    }

    @Test
    void threeMembersOpinionsAreTalliedAndAChangeKeepsTheEarlierOneInTheHistory() {
        caseIn("C-1", Stage.PERSIAPAN, "DINKES");
        record("C-1", Actor.tkksd("ani"), "ani@pemda", "SETUJU", null);
        record("C-1", Actor.tkksd("budi"), "budi@pemda", "PERLU_PERBAIKAN", "Kajian manfaat belum ada");
        MemberReviews.Board board = record("C-1", Actor.tkksdLokus("citra", "DINKES"), "citra@pemda", "TIDAK_SETUJU",
                "Tidak sesuai RPJMD");

        MemberReviews.SubjectTally proposal = board.subjects().get(0);
        assertEquals(ReviewSubject.PROPOSAL, proposal.subject());
        assertEquals(Map.of(ReviewOpinion.SETUJU, 1, ReviewOpinion.PERLU_PERBAIKAN, 1, ReviewOpinion.TIDAK_SETUJU, 1),
                proposal.tally());
        assertEquals(3, proposal.reviews().size());

        board = record("C-1", Actor.tkksd("budi"), "budi@pemda", "SETUJU", "Sudah dilengkapi");
        assertEquals(Map.of(ReviewOpinion.SETUJU, 2, ReviewOpinion.PERLU_PERBAIKAN, 0, ReviewOpinion.TIDAK_SETUJU, 1),
                board.subjects().get(0).tally(), "one current opinion per member");
        assertEquals(4, board.history().size(), "the changed opinion stays in the history");
        assertEquals(2, board.subjects().get(0).reviews().stream().filter(r -> r.memberId().equals("budi"))
                .findFirst().orElseThrow().revision());
    }

    @Test
    void recordingTheSameOpinionAgainWritesNothing() {
        caseIn("C-1", Stage.PERSIAPAN, "DINKES");
        record("C-1", Actor.tkksd("ani"), "ani@pemda", "PERLU_PERBAIKAN", "Lengkapi KAK");
        int writes = store.writes;
        MemberReviews.Outcome again = reviews.record("C-1", Actor.tkksd("ani"), "ani@pemda",
                request("PROPOSAL", "PERLU_PERBAIKAN", "Lengkapi KAK")).orElseThrow();
        assertFalse(assertInstanceOf(MemberReviews.Outcome.Recorded.class, again).changed());
        assertEquals(writes, store.writes);
        assertEquals(1, store.history("C-1").size());
    }

    @Test
    void aRaceWithTheMembersOwnOtherRequestIsAppliedOnTopNotLost() {
        caseIn("C-1", Stage.PERSIAPAN, "DINKES");
        record("C-1", Actor.tkksd("ani"), "ani@pemda", "SETUJU", null);
        store.beforeSave = () -> {
            store.beforeSave = null;
            clock.tick();
            store.save(new MemberReview("C-1", ReviewSubject.PROPOSAL, 0, "ani", "ani@pemda",
                    ReviewOpinion.TIDAK_SETUJU, "dari tab lain", Stage.PERSIAPAN, clock.instant(), 2));
        };
        clock.tick();
        MemberReviews.Board board = record("C-1", Actor.tkksd("ani"), "ani@pemda", "PERLU_PERBAIKAN", "akhirnya");
        assertEquals(3, board.history().size(), "both changes are kept");
        MemberReview current = board.subjects().get(0).reviews().get(0);
        assertEquals(ReviewOpinion.PERLU_PERBAIKAN, current.opinion());
        assertEquals(3, current.revision());
    }

    @Test
    void theAssessmentShowsTheTallyItWasMadeOnNotTheLaterOne() {
        caseIn("C-1", Stage.PERSIAPAN, "DINKES");
        record("C-1", Actor.tkksd("ani"), "ani@pemda", "SETUJU", null);
        record("C-1", Actor.tkksd("budi"), "budi@pemda", "SETUJU", null);
        record("C-1", Actor.tkksd("citra"), "citra@pemda", "PERLU_PERBAIKAN", "Anggaran");
        clock.tick();
        Instant assessedAt = clock.instant();
        addEvent("C-1", new TimelineEvent(assessedAt, "admin", Role.ADMIN, Action.RECORD_TKKSD_ASSESSMENT,
                Optional.of(Stage.PERSIAPAN), Stage.PERSIAPAN, "", Map.of("tkksdRecommendation", "SETUJU"), List.of(),
                Optional.empty()));
        clock.tick();
        MemberReviews.Board board = record("C-1", Actor.tkksd("citra"), "citra@pemda", "TIDAK_SETUJU", "Berubah");

        MemberReviews.AssessmentTally at = board.assessments().get(0);
        assertEquals(assessedAt, at.at());
        assertEquals(Optional.of("SETUJU"), at.recommendation());
        assertEquals(Map.of(ReviewOpinion.SETUJU, 2, ReviewOpinion.PERLU_PERBAIKAN, 1, ReviewOpinion.TIDAK_SETUJU, 0),
                at.tally(), "the snapshot at the time of the assessment");
        assertEquals(Map.of(ReviewOpinion.SETUJU, 2, ReviewOpinion.PERLU_PERBAIKAN, 0, ReviewOpinion.TIDAK_SETUJU, 1),
                board.subjects().get(0).tally(), "the current tally moved on");
    }

    @Test
    void onlyTkksdMembersRecordAndOnlyThoseWhoSeeTheCaseRead() {
        caseIn("C-1", Stage.PERSIAPAN, "DINKES");
        for (Actor other : List.of(Actor.admin("adm"), Actor.opd("opd", "DINKES"), Actor.pimpinan("pim"))) {
            MemberReviews.Outcome o = reviews.record("C-1", other, "x@pemda", request("PROPOSAL", "SETUJU", null))
                    .orElseThrow();
            assertInstanceOf(MemberReviews.Outcome.NotAllowed.class, o, other.role().name());
            assertTrue(reviews.board("C-1", other).orElseThrow().open().subject().isEmpty(), other.role().name());
        }
        assertEquals(Optional.empty(), reviews.record("C-1", Actor.tkksdLokus("lokus", "DISHUB"), "l@pemda",
                request("PROPOSAL", "SETUJU", null)), "a TKKSD lokus of another department does not see the case");
        assertEquals(Optional.empty(), reviews.board("C-1", Actor.opd("opd", "DISHUB")));
        assertEquals(Optional.empty(), reviews.record("NOPE", Actor.tkksd("ani"), "a@pemda",
                request("PROPOSAL", "SETUJU", null)));
        assertEquals(0, store.writes);
        assertEquals(Optional.of(ReviewSubject.PROPOSAL),
                reviews.board("C-1", Actor.tkksdLokus("lokus", "DINKES")).orElseThrow().open().subject());
    }

    @Test
    void aStageWithoutReviewsIsClosedAndADraftStageReviewsTheDraftsVersions() {
        caseIn("C-1", Stage.PENAWARAN, "DINKES");
        assertInstanceOf(MemberReviews.Outcome.Closed.class, reviews.record("C-1", Actor.tkksd("ani"), "a@pemda",
                request("PROPOSAL", "SETUJU", null)).orElseThrow());

        caseIn("C-2", Stage.PENYUSUNAN_KB, "DINKES");
        assertInstanceOf(MemberReviews.Outcome.Closed.class, reviews.record("C-2", Actor.tkksd("ani"), "a@pemda",
                request("KB_DRAFT", "SETUJU", null)).orElseThrow(), "no draft uploaded yet");
        addDraft("C-2", DocumentType.KB_DRAFT);
        addDraft("C-2", DocumentType.KB_DRAFT);

        MemberReviews.Board board = record("C-2", Actor.tkksd("ani"), "a@pemda", "SETUJU", null);
        assertEquals(ReviewSubject.KB_DRAFT, board.subjects().get(0).subject());
        assertEquals(2, board.subjects().get(0).documentVersion(), "the latest version by default");
        Map<String, Object> v1 = new HashMap<>(body("KB_DRAFT", "PERLU_PERBAIKAN", "Pasal 3"));
        v1.put("documentVersion", 1);
        reviews.record("C-2", Actor.tkksd("ani"), "a@pemda", MemberReviews.Request.read(v1));
        assertEquals(2, reviews.board("C-2", Actor.tkksd("ani")).orElseThrow().subjects().size(),
                "one current opinion per version");

        assertFields(() -> reviews.record("C-2", Actor.tkksd("ani"), "a@pemda", request("PROPOSAL", "SETUJU", null)),
                "subject");
        Map<String, Object> v3 = new HashMap<>(body("KB_DRAFT", "SETUJU", null));
        v3.put("documentVersion", 3);
        assertFields(() -> reviews.record("C-2", Actor.tkksd("ani"), "a@pemda", MemberReviews.Request.read(v3)),
                "documentVersion");
    }

    @Test
    void badInputNamesEachField() {
        assertFields(() -> MemberReviews.Request.read(Map.of("subject", "KONTRAK", "opinion", "MUNGKIN")),
                "subject", "opinion");
        assertFields(() -> MemberReviews.Request.read(Map.of("subject", "PROPOSAL", "opinion", "TIDAK_SETUJU")),
                "note");
        assertFields(() -> MemberReviews.Request.read(Map.of("subject", "PROPOSAL", "opinion", "SETUJU",
                "note", "x".repeat(MemberReviews.MAX_NOTE + 1), "extra", 1)), "note", "extra");
        assertFields(() -> MemberReviews.Request.read(Map.of("subject", "PROPOSAL", "opinion", "SETUJU",
                "note", "a\u202Eb")), "note");
    }

    // ------------------------------------------------------------------------------------------------------

    private MemberReviews.Board record(String caseId, Actor actor, String name, String opinion, String note) {
        clock.tick();
        MemberReviews.Outcome o = reviews.record(caseId, actor, name,
                request(reviews.board(caseId, actor).orElseThrow().open().subject().orElseThrow().name(), opinion,
                        note)).orElseThrow();
        MemberReviews.Outcome.Recorded r = assertInstanceOf(MemberReviews.Outcome.Recorded.class, o);
        assertTrue(r.changed());
        return r.board();
    }

    private static MemberReviews.Request request(String subject, String opinion, String note) {
        return MemberReviews.Request.read(body(subject, opinion, note));
    }

    private static Map<String, Object> body(String subject, String opinion, String note) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("subject", subject);
        b.put("opinion", opinion);
        if (note != null) {
            b.put("note", note);
        }
        return b;
    }

    private static void assertFields(Runnable r, String... fields) {
        InvalidInput e = assertThrows(InvalidInput.class, r::run);
        assertEquals(java.util.Set.of(fields), java.util.Set.copyOf(e.errors().stream().map(FieldError::field).toList()));
        assertEquals(fields.length, e.errors().size());
    }

    private void caseIn(String id, Stage stage, String department) {
        Transition t = (Transition) WORKFLOW.openFromIntake(NewCase.ksdd(id, KsddKind.SUKARELA, List.of(department)),
                List.of(new DocumentUpload(DocumentType.SURAT_PERMOHONAN, "u/" + id, "a".repeat(64), "s.pdf")),
                Actor.partner(id), T0);
        CaseState s = t.state().withStage(stage, T0).withDepartments(List.of(department));
        cases.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(
                new CaseRecord("KS-2026-" + id, proposal(), s, T0), 0, List.of(), t.events())), List.of(),
                Optional.empty()));
    }

    private void addDraft(String id, DocumentType type) {
        CaseRecord c = cases.find(id).orElseThrow();
        CaseState s = c.state().withDocuments(c.state().documents().register(new DocumentUpload(type,
                "u/" + id + "/" + type, "b".repeat(64), "draft.docx"), clock.instant(), Actor.admin("adm")));
        cases.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(
                new CaseRecord(c.trackingCode(), c.proposal(), s.withVersion(c.version() + 1), clock.instant()),
                c.version(), List.of(), List.of())), List.of(), Optional.empty()));
    }

    private void addEvent(String id, TimelineEvent e) {
        CaseRecord c = cases.find(id).orElseThrow();
        cases.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(new CaseRecord(c.trackingCode(),
                c.proposal(), c.state().withVersion(c.version() + 1), e.at()), c.version(), List.of(), List.of(e))),
                List.of(), Optional.empty()));
    }

    private static Proposal proposal() {
        Map<String, Object> body = new HashMap<>(Proposals.validKsdpk());
        body.put("category", "KSDD");
        body.remove("ksdpkInitiative");
        body.put("ksddKind", "SUKARELA");
        Map<String, Object> partner = new HashMap<>(Proposals.partnerOf(body));
        partner.put("type", "PEMERINTAH_DAERAH");
        body.put("partner", partner);
        body.put("departments", List.of("DINKES"));
        return ProposalReader.read(body);
    }

    /** Each member's current opinion and the history, with the store's conditional write. */
    static final class InMemoryReviewStore implements ReviewStore {
        final Map<String, MemberReview> current = new LinkedHashMap<>();
        final List<MemberReview> history = new ArrayList<>();
        int writes;
        Runnable beforeSave;

        @Override
        public synchronized List<MemberReview> current(String caseId) {
            return current.values().stream().filter(r -> r.caseId().equals(caseId)).toList();
        }

        @Override
        public synchronized List<MemberReview> history(String caseId) {
            return history.stream().filter(r -> r.caseId().equals(caseId)).toList();
        }

        @Override
        public synchronized void save(MemberReview review) {
            if (beforeSave != null) {
                beforeSave.run();
            }
            String key = review.caseId() + "|" + review.subjectKey() + "|" + review.memberId();
            long held = Optional.ofNullable(current.get(key)).map(MemberReview::revision).orElse(0L);
            if (held != review.revision() - 1) {
                throw new Conflict();
            }
            current.put(key, review);
            history.add(review);
            writes++;
        }
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void tick() {
            now = now.plusSeconds(60);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
