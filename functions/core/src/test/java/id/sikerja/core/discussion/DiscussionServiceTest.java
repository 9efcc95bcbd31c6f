package id.sikerja.core.discussion;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.notifications.InMemoryNotifications;
import id.sikerja.core.notifications.Notification;
import id.sikerja.core.notifications.NotificationKind;
import id.sikerja.core.notifications.Notifications;
import id.sikerja.core.notifications.Recipient;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DiscussionRule;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class DiscussionServiceTest {

    static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    static final Actor ADMIN = Actor.admin("adm");
    static final Actor DINKES = Actor.opd("dinkes", "DINKES");
    static final Actor DISHUB = Actor.opd("dishub", "DISHUB");
    static final Actor TKKSD = Actor.tkksd("tk");
    static final Actor PIMPINAN = Actor.pimpinan("boss");
    static final Actor PARTNER = Actor.partner("c1");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryCaseStore cases = new InMemoryCaseStore(clock);
    final Comments comments = new Comments();
    final InMemoryNotifications inbox = new InMemoryNotifications()
            .with(new Recipient("adm", "a@x.id", Set.of(Role.ADMIN), Optional.empty()))
            .with(new Recipient("dinkes", "d@x.id", Set.of(Role.OPD), Optional.of("DINKES")))
            .with(new Recipient("dishub", "h@x.id", Set.of(Role.OPD), Optional.of("DISHUB")))
            .with(new Recipient("tk", "t@x.id", Set.of(Role.TKKSD), Optional.empty()))
            .with(new Recipient("boss", "b@x.id", Set.of(Role.PIMPINAN), Optional.empty()));
    final Notifications notifications = new Notifications(inbox, clock);
    final DiscussionService service = new DiscussionService(cases, comments, inbox, notifications, clock);

    /** Comments in memory, with the version condition. */
    static final class Comments implements CommentStore {
        final Map<String, Comment> byId = new java.util.LinkedHashMap<>();
        final Map<String, Remembered> remembered = new HashMap<>();

        @Override
        public List<Comment> list(String caseId) {
            return byId.values().stream().filter(c -> c.caseId().equals(caseId)).toList();
        }

        @Override
        public Optional<Comment> find(String caseId, String commentId) {
            return Optional.ofNullable(byId.get(commentId)).filter(c -> c.caseId().equals(caseId));
        }

        @Override
        public void create(Comment comment, Optional<Remembered> remember) {
            if (remember.isPresent() && remembered.containsKey(remember.get().keyHash())) {
                throw new Conflict("key");
            }
            byId.put(comment.id(), comment);
            remember.ifPresent(r -> remembered.put(r.keyHash(), r));
        }

        @Override
        public boolean replace(Comment comment, long expectedVersion) {
            Comment now = byId.get(comment.id());
            if (now == null || now.version() != expectedVersion) {
                return false;
            }
            byId.put(comment.id(), comment);
            return true;
        }

        @Override
        public Optional<Remembered> remembered(String keyHash) {
            return Optional.ofNullable(remembered.get(keyHash));
        }
    }

    void caseAt(Stage stage) {
        Instant t = NOW.minusSeconds(86_400);
        Documents docs = Documents.of(List.of(new DocumentVersion(DocumentType.SURAT_PERMOHONAN, 1, "k", "0".repeat(64),
                "surat.pdf", t, "partner:c1", Role.PARTNER)));
        CaseState s = new CaseState("c1", Category.KSDPK, Optional.empty(), Optional.of(KsdpkInitiative.PIHAK_KETIGA),
                Origin.PARTNER_APPLICATION, stage, t, List.of("DINKES"), 1, Facts.empty(), docs,
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), t);
        CaseRecord record = new CaseRecord("KS-2026-ABCDEF", ProposalReader.read(Proposals.validKsdpk()), s, t);
        cases.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(record, 0, List.of(), List.of())), List.of(),
                Optional.empty()));
    }

    CommentRequests.NewComment text(String text, String visibility, String... mentions) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (visibility != null) {
            body.put("visibility", visibility);
        }
        if (mentions.length > 0) {
            body.put("mentions", List.of(mentions));
        }
        return CommentRequests.comment(body, false);
    }

    DiscussionService.Outcome post(Actor actor, CommentRequests.NewComment in) {
        return service.post("c1", actor, in, Optional.empty(), c -> c.id());
    }

    String posted(Actor actor, CommentRequests.NewComment in) {
        DiscussionService.Outcome o = post(actor, in);
        assertInstanceOf(DiscussionService.Written.class, o, String.valueOf(o));
        return ((DiscussionService.Written) o).response();
    }

    List<String> fields(Runnable r) {
        InvalidInput e = assertThrows(InvalidInput.class, r::run);
        return e.errors().stream().map(x -> x.field()).toList();
    }

    @Test
    void theProcessTableDecidesWhoReadsAndWritesWhatForEveryRole() {
        Map<Role, DiscussionRule> rules = ProcessDefinitions.DISCUSSION;
        for (Role role : Role.values()) {
            assertNotNull(rules.get(role), "every role has a discussion rule: " + role);
            assertFalse(rules.get(role).writesAnything(Stage.SELESAI), "a closed case is read-only for " + role);
        }
        assertEquals(Set.of("INTERNAL", "SHARED"), rules.get(Role.ADMIN).writes());
        assertEquals(Set.of("INTERNAL", "SHARED"), rules.get(Role.OPD).writes());
        assertEquals(Set.of("INTERNAL"), rules.get(Role.TKKSD).writes());
        assertEquals(Set.of(), rules.get(Role.PIMPINAN).writes());
        assertEquals(Set.of("SHARED"), rules.get(Role.PARTNER).reads());
        assertEquals(Set.of("SHARED"), rules.get(Role.PARTNER).writes());
    }

    @Test
    void eachRoleThroughTheService() {
        caseAt(Stage.PERSIAPAN);
        String internal = posted(ADMIN, text("catatan internal", null));
        posted(DINKES, text("untuk mitra", "SHARED"));
        posted(TKKSD, text("kajian", null));
        assertEquals(List.of("visibility"), fields(() -> post(TKKSD, text("untuk mitra", "SHARED"))));
        assertEquals(new DiscussionService.Forbidden("discussion-read-only"), post(PIMPINAN, text("halo", null)));
        assertEquals(new DiscussionService.NotFound(), post(DISHUB, text("halo", null)));
        assertTrue(service.thread("c1", DISHUB, 50, Optional.empty()).isEmpty(), "another department: not found");
        assertEquals(3, service.thread("c1", PIMPINAN, 50, Optional.empty()).orElseThrow().total());
        List<Comment> partnerView = service.thread("c1", PARTNER, 50, Optional.empty()).orElseThrow().items();
        assertEquals(List.of("untuk mitra"), partnerView.stream().map(Comment::text).toList());
        assertTrue(partnerView.stream().noneMatch(c -> c.id().equals(internal)));
        assertEquals(List.of("visibility"), fields(() -> service.post("c1", PARTNER,
                CommentRequests.comment(Map.of("text", "x", "visibility", "INTERNAL"), true), Optional.empty(),
                Comment::id)));
        posted(PARTNER, CommentRequests.comment(Map.of("text", "balasan"), true));
        assertEquals("SHARED", comments.list("c1").get(3).visibility());
    }

    @Test
    void aClosedCaseKeepsItsThreadReadOnly() {
        caseAt(Stage.SELESAI);
        assertEquals(new DiscussionService.Forbidden("discussion-closed"), post(ADMIN, text("halo", null)));
        assertTrue(service.thread("c1", ADMIN, 50, Optional.empty()).isPresent());
    }

    @Test
    void limitsAndControlCharactersAreTheFieldRules() {
        assertEquals(List.of("text"), fields(() -> text("x".repeat(CommentRequests.MAX_TEXT + 1), null)));
        assertEquals(List.of("text"), fields(() -> text("a\u202Eb", null)));
        assertEquals(List.of("text"), fields(() -> text("   ", null)));
        assertDoesNotThrow(() -> text("baris satu\nbaris dua", null), "multi-line text is a note");
        assertEquals(List.of("mentions"), fields(() -> CommentRequests.comment(Map.of("text", "x", "mentions",
                java.util.Collections.nCopies(21, "a")), false)));
        assertEquals(List.of("mentions"), fields(() -> CommentRequests.comment(Map.of("text", "x", "mentions",
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r",
                        "s", "t", "u")), false)));
    }

    @Test
    void mentionsAndDocumentsMustExistAndNotifyTheMentionedOnly() {
        caseAt(Stage.PERSIAPAN);
        assertEquals(List.of("document.version", "mentions[0]", "mentions[1]"), fields(() -> post(ADMIN,
                CommentRequests.comment(Map.of("text", "x", "mentions", List.of("ghost", "dishub"),
                        "document", Map.of("type", "SURAT_PERMOHONAN", "version", 2)), false))));
        assertTrue(comments.list("c1").isEmpty(), "a refused comment writes nothing");
        posted(ADMIN, CommentRequests.comment(Map.of("text", "x", "mentions", List.of("dinkes", "adm"),
                "document", Map.of("type", "SURAT_PERMOHONAN", "version", 1)), false));
        assertEquals(Optional.of(new DocumentRef(DocumentType.SURAT_PERMOHONAN, 1)), comments.list("c1").get(0).document());
        assertEquals(List.of(NotificationKind.MENTION), notifications.inbox("dinkes", 25, Optional.empty()).items()
                .stream().map(Notification::kind).toList());
        assertEquals(0, notifications.inbox("adm", 25, Optional.empty()).total(), "not the author");
        assertInstanceOf(DiscussionService.Written.class, post(ADMIN, text("x", "SHARED", "boss")),
                "a leader sees the case and may be mentioned");
        String byAddress = posted(ADMIN, text("y", null, "T@X.ID"));
        assertEquals(List.of("tk"), comments.find("c1", byAddress).orElseThrow().mentions(),
                "an officer named by address is stored by user name");
    }

    @Test
    void aPartnersReplyTellsTheOfficersOnTheSharedThreadAndTheDepartmentOnce() {
        caseAt(Stage.PERSIAPAN);
        posted(ADMIN, text("untuk mitra", "SHARED"));
        posted(TKKSD, text("internal saja", null));
        posted(PARTNER, CommentRequests.comment(Map.of("text", "balasan"), true));
        assertEquals(1, notifications.inbox("adm", 25, Optional.empty()).total());
        assertEquals(1, notifications.inbox("dinkes", 25, Optional.empty()).total());
        assertEquals(0, notifications.inbox("tk", 25, Optional.empty()).total(), "it did not write on the shared thread");
        assertEquals(0, notifications.inbox("dishub", 25, Optional.empty()).total());
    }

    @Test
    void editsKeepHistoryOnlyTheAuthorChangesAndARetractionKeepsTheFact() {
        caseAt(Stage.PERSIAPAN);
        String id = posted(ADMIN, text("pertama", "SHARED"));
        assertEquals(new DiscussionService.Forbidden("not-comment-author"),
                service.change("c1", id, DINKES, CommentRequests.change(Map.of("version", 1, "text", "bukan"))));
        assertInstanceOf(DiscussionService.Written.class,
                service.change("c1", id, ADMIN, CommentRequests.change(Map.of("version", 1, "text", "kedua"))));
        Comment edited = comments.find("c1", id).orElseThrow();
        assertEquals("kedua", edited.text());
        assertEquals(List.of("pertama"), edited.history().stream().map(Comment.Revision::text).toList());
        assertInstanceOf(DiscussionService.Stale.class,
                service.change("c1", id, ADMIN, CommentRequests.change(Map.of("version", 1, "text", "ketiga"))));
        assertInstanceOf(DiscussionService.Written.class, service.change("c1", id, ADMIN,
                CommentRequests.change(Map.of("version", 2, "retract", true, "note", "salah kasus"))));
        Comment retracted = comments.find("c1", id).orElseThrow();
        assertTrue(retracted.retracted());
        assertEquals("salah kasus", retracted.retraction().orElseThrow().note());
        assertEquals(1, comments.list("c1").size(), "nothing is deleted");
        assertInstanceOf(DiscussionService.Stale.class, service.change("c1", id, ADMIN,
                CommentRequests.change(Map.of("version", 3, "text", "lagi"))), "a retracted comment stays retracted");
        assertEquals(List.of("note"), fields(() -> CommentRequests.change(Map.of("version", 1, "retract", true))));
    }

    @Test
    void aRetriedPostWithTheSameKeyCreatesNothing() {
        caseAt(Stage.PERSIAPAN);
        Idempotency key = Idempotency.of(new IdempotencyKey("key-12345678"), "POST c", "c1", "adm", "f");
        DiscussionService.Outcome first = service.post("c1", ADMIN, text("x", null), Optional.of(key), Comment::id);
        DiscussionService.Outcome again = service.post("c1", ADMIN, text("x", null), Optional.of(key), Comment::id);
        assertEquals(((DiscussionService.Written) first).response(), ((DiscussionService.Written) again).response());
        assertTrue(((DiscussionService.Written) again).replayed());
        assertEquals(1, comments.list("c1").size());
        List<String> ids = new ArrayList<>();
        comments.list("c1").forEach(c -> ids.add(c.id()));
        assertEquals(1, ids.size());
    }
}
