package id.sikerja.core.cases;

import id.sikerja.core.cases.CaseOutcome.Applied;
import id.sikerja.core.cases.CaseOutcome.NotFound;
import id.sikerja.core.cases.CaseOutcome.Refused;
import id.sikerja.core.cases.CaseOutcome.Replayed;
import id.sikerja.core.cases.CaseOutcome.Stale;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Refusal;
import id.sikerja.core.workflow.Signatory;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

class CaseServiceTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Instant MONDAY = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(WITA).toInstant();
    private static final Workflow WORKFLOW = Workflow.withDefaults();
    private static final Function<CaseOutcome.Change, String> RENDER =
            c -> c.record().id() + "@" + c.record().version() + ":" + c.events().get(0).action();

    private final MutableClock clock = new MutableClock(MONDAY);
    private final Actor admin = Actor.admin("admin-sub");
    private InMemoryCaseStore store;
    private CaseService service;
    private final List<List<DocumentUpload>> verified = new ArrayList<>();
    private List<FieldError> registryAnswer = List.of();
    private int ids;

    @BeforeEach
    void setUp() {
        store = new InMemoryCaseStore(clock);
        service = new CaseService(store, () -> WORKFLOW, (caseId, actor, docs) -> {
            verified.add(docs);
            return registryAnswer;
        }, clock, () -> "NEW-" + (++ids));
    }

    // ------------------------------------------------------------------ transitions

    @Test
    void aTransitionStoresTheNewStateItsEventAndReplacesTheDueDateIndex() {
        CaseRecord c = partnerApplication("C-1");
        assertEquals(List.of("INTAKE_VALIDATION#2026-03-09"), List.copyOf(store.dueIndex.get("C-1").keySet()));
        clock.set(MONDAY.plusSeconds(86_400));

        CaseOutcome o = service.transition("C-1", admin, 1, Command.of(Action.ACCEPT).withDepartments(List.of("DINKES")),
                Optional.empty(), RENDER);

        Applied applied = assertInstanceOf(Applied.class, o);
        assertEquals("C-1@2:ACCEPT", applied.response());
        CaseRecord stored = store.cases.get("C-1");
        assertEquals(Stage.PERSIAPAN, stored.stage());
        assertEquals(2, stored.version());
        assertEquals(c.proposal(), stored.proposal(), "what was proposed is kept");
        assertEquals(c.trackingCode(), stored.trackingCode());
        assertEquals(clock.instant(), stored.updatedAt());
        assertEquals(2, store.timeline("C-1").size());
        assertEquals(List.of("TKKSD_ASSESSMENT#2026-03-17"), List.copyOf(store.dueIndex.get("C-1").keySet()),
                "the intake deadline is gone, the TKKSD one indexed");
    }

    @Test
    void aStaleVersionIsAnsweredWithTheCurrentCaseAndWritesNothing() {
        partnerApplication("C-1");
        service.transition("C-1", admin, 1, Command.of(Action.RETURN_FOR_REVISION).withNote("Lengkapi KAK"),
                Optional.empty(), RENDER);
        int commits = store.commits;

        CaseOutcome o = service.transition("C-1", admin, 1, Command.of(Action.REJECT).withNote("x"), Optional.empty(),
                RENDER);

        Stale stale = assertInstanceOf(Stale.class, o);
        assertEquals(2, stale.current().version());
        assertEquals(Stage.REVISI, stale.current().stage());
        assertEquals(commits, store.commits);
    }

    @Test
    void losingTheRaceWhileDecidingIsStaleToo() {
        partnerApplication("C-1");
        store.beforeCommit = () -> {
            CaseRecord now = store.cases.get("C-1");
            store.cases.put("C-1", new CaseRecord(now.trackingCode(), now.proposal(),
                    now.state().withVersion(2), now.updatedAt()));
        };
        CaseOutcome o = service.transition("C-1", admin, 1, Command.of(Action.REJECT).withNote("Tidak lengkap"),
                Optional.empty(), RENDER);
        assertEquals(2, assertInstanceOf(Stale.class, o).current().version());
        assertEquals(Stage.INTAKE, store.cases.get("C-1").stage(), "the losing request wrote nothing");
        assertEquals(1, store.timeline("C-1").size());
    }

    @Test
    void fiftyConcurrentTransitionsOfOneVersionApplyExactlyOnce() throws Exception {
        partnerApplication("C-1");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CaseOutcome>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return service.transition("C-1", admin, 1, Command.of(Action.RETURN_FOR_REVISION).withNote("Perbaiki"),
                        Optional.empty(), RENDER);
            }));
        }
        start.countDown();
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        for (Future<CaseOutcome> f : calls) {
            CaseOutcome o = f.get();
            if (o instanceof Applied) {
                applied.incrementAndGet();
            } else if (o instanceof Stale) {
                stale.incrementAndGet();
            }
        }
        pool.shutdown();
        assertEquals(1, applied.get());
        assertEquals(49, stale.get());
        assertEquals(2, store.timeline("C-1").size(), "exactly one new event");
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndWritesNothing() {
        partnerApplication("C-1");
        Idempotency key = idempotency("retry-key-0001", "C-1", "body-1");
        Command accept = Command.of(Action.ACCEPT).withDepartments(List.of("DINKES"));
        Applied first = assertInstanceOf(Applied.class, service.transition("C-1", admin, 1, accept, Optional.of(key), RENDER));
        int commits = store.commits;

        // the retry still names version 1, which is stale now: the key wins
        Replayed again = assertInstanceOf(Replayed.class, service.transition("C-1", admin, 1, accept, Optional.of(key), RENDER));
        assertEquals(first.response(), again.response());
        assertEquals(commits, store.commits);
        assertEquals(2, store.timeline("C-1").size());

        InvalidInput reused = assertThrows(InvalidInput.class, () -> service.transition("C-1", admin, 2,
                Command.of(Action.RECORD_FACTS).withFact(Fact.IN_RKPD, true), Optional.of(idempotency("retry-key-0001",
                        "C-1", "body-2")), RENDER));
        assertEquals("idempotency_key_reused", reused.errors().get(0).code());

        clock.set(clock.instant().plus(CaseService.REMEMBER).plusSeconds(1));
        assertInstanceOf(Stale.class, service.transition("C-1", admin, 1, accept, Optional.of(key), RENDER),
                "after a day the key is forgotten and the request is decided again");
    }

    @Test
    void aConcurrentDuplicateThatLosesTheCommitReplaysTheWinnersAnswer() {
        partnerApplication("C-1");
        Idempotency key = idempotency("dup-key-00001", "C-1", "body");
        Command accept = Command.of(Action.ACCEPT).withDepartments(List.of("DINKES"));
        store.beforeCommit = () -> {
            // the twin request commits first, with the same key
            CaseRecord now = store.cases.get("C-1");
            store.cases.put("C-1", new CaseRecord(now.trackingCode(), now.proposal(), now.state().withVersion(2),
                    now.updatedAt()));
            store.remembered.put(key.keyHash(), key.remember("twin's answer", clock.instant()));
        };
        Replayed r = assertInstanceOf(Replayed.class, service.transition("C-1", admin, 1, accept, Optional.of(key), RENDER));
        assertEquals("twin's answer", r.response());
    }

    @Test
    void aKeyIsScopedToItsCase() {
        partnerApplication("C-1");
        partnerApplication("C-2");
        Command accept = Command.of(Action.ACCEPT).withDepartments(List.of("DINKES"));
        assertInstanceOf(Applied.class, service.transition("C-1", admin, 1, accept,
                Optional.of(idempotency("same-key-0001", "C-1", "b")), RENDER));
        assertInstanceOf(Applied.class, service.transition("C-2", admin, 1, accept,
                Optional.of(idempotency("same-key-0001", "C-2", "b")), RENDER));
    }

    @Test
    void casesAnotherDepartmentCannotSeeDoNotExistForIt() {
        partnerApplication("C-1");
        service.transition("C-1", admin, 1, Command.of(Action.ACCEPT).withDepartments(List.of("DINKES")),
                Optional.empty(), RENDER);
        Actor dishub = Actor.opd("dishub-sub", "DISHUB");
        Actor dinkes = Actor.opd("dinkes-sub", "DINKES");
        assertTrue(service.view("C-1", dishub).isEmpty());
        assertInstanceOf(NotFound.class, service.transition("C-1", dishub, 2, Command.of(Action.WITHDRAW),
                Optional.empty(), RENDER));
        assertTrue(service.view("C-1", dinkes).isPresent());
        assertTrue(service.view("C-1", Actor.tkksdLokus("t", "DISHUB")).isEmpty());
        assertTrue(service.view("C-1", Actor.tkksd("t")).isPresent());
        assertTrue(service.view("C-1", Actor.partner("C-2")).isEmpty());
        assertTrue(service.view("nope", admin).isEmpty());
        assertInstanceOf(NotFound.class, service.transition("nope", admin, 1, Command.of(Action.ACCEPT),
                Optional.empty(), RENDER));
    }

    @Test
    void refusalsCarryEveryReasonAndWriteNothing() {
        partnerApplication("C-1");
        int commits = store.commits;
        Refused r = assertInstanceOf(Refused.class, service.transition("C-1", admin, 1, Command.of(Action.ACCEPT),
                Optional.empty(), RENDER));
        Refusal.GateFailed gate = assertInstanceOf(Refusal.GateFailed.class, r.refusal());
        assertEquals(List.of("RULE:NO_DEPARTMENT"), gate.unmet().stream().map(u -> u.code()).toList());
        assertEquals(Optional.of(store.cases.get("C-1")), r.current());

        Refused forbidden = assertInstanceOf(Refused.class, service.transition("C-1", Actor.pimpinan("sekda"), 1,
                Command.of(Action.REJECT).withNote("x"), Optional.empty(), RENDER));
        assertInstanceOf(Refusal.Forbidden.class, forbidden.refusal());
        assertEquals(commits, store.commits);
    }

    @Test
    void documentReferencesAreVerifiedBeforeTheWorkflowSeesThem() {
        partnerApplication("C-1");
        DocumentUpload kak = upload(DocumentType.KAK);
        registryAnswer = List.of(FieldError.of("documents[0].storageKey", "unknown_upload"));
        InvalidInput bad = assertThrows(InvalidInput.class, () -> service.transition("C-1", admin, 1,
                Command.of(Action.UPLOAD_DOCUMENT).withDocument(kak), Optional.empty(), RENDER));
        assertEquals("documents[0].storageKey", bad.errors().get(0).field());
        assertEquals(List.of(List.of(kak)), verified);
        assertEquals(1, store.cases.get("C-1").version());
    }

    @Test
    void thePartnerActsOnlyThroughItsToken() {
        partnerApplication("C-1");
        store.tracking.put("KS-2026-7K3QZP", new CaseStore.Tracking("KS-2026-7K3QZP", "C-1", Secrets.sha256Hex("tok")));
        assertEquals(Optional.of("C-1"), service.partnerCase("ks-2026-7k3qzp", "tok"));
        assertEquals(Optional.empty(), service.partnerCase("KS-2026-7K3QZP", "wrong"));
        assertEquals(Optional.empty(), service.partnerCase("KS-2026-7K3QZP", null));
        assertEquals(Optional.empty(), service.partnerCase("KS-2026-ZZZZZZ", "tok"));
        assertEquals(Optional.empty(), service.partnerCase("not a code", "tok"));

        service.transition("C-1", admin, 1, Command.of(Action.RETURN_FOR_REVISION).withNote("Lampirkan KAK"),
                Optional.empty(), RENDER);
        Applied answered = assertInstanceOf(Applied.class, service.transition("C-1", Actor.partner("C-1"), 2,
                Command.of(Action.RESUBMIT).withNote("Sudah"), Optional.empty(), RENDER));
        assertEquals(Stage.INTAKE, answered.change().record().stage());
    }

    // ------------------------------------------------------------------ opening cases

    @Test
    void aDepartmentOpensItsOwnCaseOnly() {
        Proposal p = proposal(List.of("DINKES"));
        Applied opened = assertInstanceOf(Applied.class, service.openByDepartment(p, List.of(upload(DocumentType.KAK)),
                Actor.opd("dinkes-sub", "DINKES"), Optional.empty(), RENDER));
        CaseRecord c = store.cases.get(opened.change().record().id());
        assertEquals(Stage.PERSIAPAN, c.stage());
        assertEquals(Origin.DEPARTMENT, c.state().origin());
        assertNull(c.trackingCode(), "the partner does not follow a department's case online");
        assertEquals(List.of("TKKSD_ASSESSMENT#2026-03-16"), List.copyOf(store.dueIndex.get(c.id()).keySet()));

        Refused other = assertInstanceOf(Refused.class, service.openByDepartment(p, List.of(),
                Actor.opd("dishub-sub", "DISHUB"), Optional.empty(), RENDER));
        assertInstanceOf(Refusal.Forbidden.class, other.refusal());
    }

    @Test
    void aRetriedCreationCreatesOneCase() {
        Proposal p = proposal(List.of("DINKES"));
        Idempotency key = Idempotency.of(new IdempotencyKey("create-key-0001"), "POST /cooperations", "", admin.id(),
                "fp");
        Applied first = assertInstanceOf(Applied.class, service.openByDepartment(p, List.of(), admin, Optional.of(key),
                RENDER));
        Replayed again = assertInstanceOf(Replayed.class, service.openByDepartment(p, List.of(), admin,
                Optional.of(key), RENDER));
        assertEquals(first.response(), again.response());
        assertEquals(1, store.cases.size());
    }

    @Test
    void aLegacyAgreementStartsAtImplementation() {
        Facts facts = Facts.empty().with(Fact.PKS_SIGNED_ON, LocalDate.of(2024, 5, 2))
                .with(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .with(Fact.TERM_START, LocalDate.of(2024, 6, 1)).with(Fact.TERM_MONTHS, 48);
        Applied a = assertInstanceOf(Applied.class, service.enterLegacy(proposal(List.of("DINKES")), facts,
                List.of(upload(DocumentType.PKS_SIGNED)), admin, Optional.empty(), RENDER));
        assertEquals(Stage.PELAKSANAAN, a.change().record().stage());
        assertTrue(store.dueIndex.get(a.change().record().id()).containsKey("AGREEMENT_END#2028-05-31"));
        assertTrue(store.dueIndex.get(a.change().record().id()).containsKey("AGREEMENT_ENDED#2028-06-07"),
                "recalled weekly after its end");
        Refused byOpd = assertInstanceOf(Refused.class, service.enterLegacy(proposal(List.of("DINKES")), facts,
                List.of(upload(DocumentType.PKS_SIGNED)), Actor.opd("o", "DINKES"), Optional.empty(), RENDER));
        assertInstanceOf(Refusal.Forbidden.class, byOpd.refusal());
    }

    @Test
    void anExtensionIsANewCaseAndAnEventOnTheOldOneTogether() {
        String old = legacy();
        long version = store.cases.get(old).version();
        Applied a = assertInstanceOf(Applied.class, service.openExtension(old, admin, Optional.of("Diperpanjang 2 tahun"),
                Optional.empty(), RENDER));
        CaseRecord ext = a.change().record();
        assertEquals(Optional.of(old), ext.state().previousAgreementId());
        assertEquals(Origin.EXTENSION, ext.state().origin());
        assertEquals(Optional.of(old), a.change().linked());
        assertEquals("Diperpanjang 2 tahun", store.timeline(ext.id()).get(0).note());
        TimelineEvent onOld = store.timeline(old).get(store.timeline(old).size() - 1);
        assertEquals(Action.OPEN_EXTENSION, onOld.action());
        assertEquals(Optional.of(Stage.PELAKSANAAN), onOld.from());
        assertTrue(onOld.note().contains(ext.id()));
        CaseRecord oldNow = store.cases.get(old);
        assertEquals(version + 1, oldNow.version(), "the old case records its extension");
        assertEquals(Optional.of(ext.id()), oldNow.state().fact(Fact.EXTENDED_BY));
        assertEquals(Stage.PELAKSANAAN, oldNow.stage());
        // the weekly recalls after its end stop; its end and the system's ending stay
        assertTrue(store.dueIndex.get(old).keySet().stream().noneMatch(k -> k.startsWith("AGREEMENT_ENDED#")),
                store.dueIndex.get(old).keySet().toString());
        assertTrue(store.dueIndex.get(old).containsKey("AGREEMENT_END#2026-05-31"));
        assertTrue(store.dueIndex.get(old).keySet().stream().anyMatch(k -> k.startsWith("SYSTEM_EXPIRY#")));
    }

    @Test
    void anExtensionLosesToAConcurrentChangeOfTheOldCase() {
        String old = legacy();
        store.beforeCommit = () -> {
            CaseRecord now = store.cases.get(old);
            store.cases.put(old, new CaseRecord(null, now.proposal(), now.state().withVersion(now.version() + 1),
                    now.updatedAt()));
        };
        Stale s = assertInstanceOf(Stale.class, service.openExtension(old, admin, Optional.empty(), Optional.empty(),
                RENDER));
        assertEquals(old, s.current().id());
        assertEquals(1, store.cases.size(), "no extension case was written");
    }

    @Test
    void aChildPksTakesItsOwnTitleAndDepartments() {
        CaseRecord parent = new CaseRecord(null, proposal(List.of("DPMPTSP")), signedKb(), MONDAY);
        store.cases.put(parent.id(), parent);
        Applied a = assertInstanceOf(Applied.class, service.openChildPks(parent.id(), List.of("DINKES"),
                Optional.of("PKS layanan kesehatan"), admin, Optional.empty(), Optional.empty(), RENDER));
        CaseRecord child = a.change().record();
        assertEquals(Stage.PENYUSUNAN_PKS, child.stage());
        assertEquals(Optional.of(parent.id()), child.state().parentId());
        assertEquals("PKS layanan kesehatan", child.proposal().title());
        assertEquals(List.of("DINKES"), child.proposal().departments());
        assertEquals(Action.OPEN_CHILD_PKS, store.timeline(parent.id()).get(0).action());

        // an agreement entered with its PKS only has no signed KB to frame children
        Refused early = assertInstanceOf(Refused.class, service.openChildPks(legacy(), List.of("DINKES"),
                Optional.empty(), admin, Optional.empty(), Optional.empty(), RENDER));
        assertInstanceOf(Refusal.GateFailed.class, early.refusal());
    }

    @Test
    void theViewListsTimelineDueDatesAndWhyNot() {
        partnerApplication("C-1");
        CaseView v = service.view("C-1", Actor.tkksd("t")).orElseThrow();
        assertEquals(1, v.timeline().size());
        assertEquals(DueDateKind.INTAKE_VALIDATION, v.dueDates().get(0).kind());
        assertTrue(v.actions().stream().anyMatch(a -> a.action() == Action.ACCEPT && !a.permitted()
                && !a.reasons().isEmpty()));
    }

    // ------------------------------------------------------------------ fixtures

    private CaseRecord partnerApplication(String id) {
        Transition t = (Transition) WORKFLOW.openFromIntake(NewCase.ksdd(id, KsddKind.SUKARELA, List.of()),
                List.of(upload(DocumentType.SURAT_PERMOHONAN)), Actor.partner(id), MONDAY);
        CaseRecord c = new CaseRecord("KS-2026-" + id, proposal(List.of()), t.state(), MONDAY);
        store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(c, 0, List.of(), t.events())), List.of(),
                Optional.empty()));
        return c;
    }

    @Test
    void theSystemEndsAnAgreementPastItsTermOncePerDay() {
        String id = legacy();
        LocalDate today = LocalDate.of(2026, 7, 15);
        clock.set(today.atTime(7, 0).atZone(WITA).toInstant());
        Applied ended = assertInstanceOf(Applied.class, service.endExpired(id, today).orElseThrow());
        TimelineEvent last = store.timeline(id).get(store.timeline(id).size() - 1);
        assertEquals(Action.EXPIRE, last.action());
        assertEquals(Role.SYSTEM, last.actorRole());
        int events = store.timeline(id).size();

        assertInstanceOf(Replayed.class, service.endExpired(id, today).orElseThrow(), "a re-run the same day");
        assertInstanceOf(Refused.class, service.endExpired(id, today.plusDays(1)).orElseThrow(),
                "an ended agreement is not ended again");
        assertEquals(events, store.timeline(id).size());
        assertEquals(ended.change().record().version(), store.cases.get(id).version());
        assertEquals(Optional.empty(), service.endExpired("no-such-case", today));
    }

    private String legacy() {
        Facts facts = Facts.empty().with(Fact.PKS_SIGNED_ON, LocalDate.of(2024, 5, 2))
                .with(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .with(Fact.TERM_START, LocalDate.of(2024, 6, 1)).with(Fact.TERM_MONTHS, 24);
        Applied a = (Applied) service.enterLegacy(proposal(List.of("DINKES")), facts,
                List.of(upload(DocumentType.PKS_SIGNED)), admin, Optional.empty(), RENDER);
        return a.change().record().id();
    }

    /** A KB case signed and past the (skipped) DPRD stage, drafting its PKS. */
    private CaseState signedKb() {
        Transition t = (Transition) WORKFLOW.openByDepartment(NewCase.ksdd("KB-1", KsddKind.WAJIB, List.of("DPMPTSP")),
                List.of(), admin, MONDAY);
        return t.state().withStage(Stage.PENYUSUNAN_PKS, MONDAY)
                .withFacts(Facts.of(Fact.KB_SIGNED_ON, LocalDate.of(2026, 2, 27)))
                .withDocuments(Documents.empty().register(upload(DocumentType.KB_SIGNED), MONDAY, admin));
    }

    private static Proposal proposal(List<String> departments) {
        Map<String, Object> body = new HashMap<>(Proposals.validKsdpk());
        body.put("category", "KSDD");
        body.remove("ksdpkInitiative");
        body.put("ksddKind", "SUKARELA");
        Map<String, Object> partner = new HashMap<>(Proposals.partnerOf(body));
        partner.put("type", "PEMERINTAH_DAERAH");
        body.put("partner", partner);
        body.put("departments", departments);
        return ProposalReader.read(body);
    }

    private static Idempotency idempotency(String key, String caseId, String fingerprint) {
        return Idempotency.of(new IdempotencyKey(key), "POST /cooperations/{id}/transitions", caseId, "admin-sub",
                fingerprint);
    }

    private static int uploads;

    private static DocumentUpload upload(DocumentType type) {
        uploads++;
        return new DocumentUpload(type, "uploads/" + uploads + ".pdf", String.format("%064x", uploads), type + ".pdf");
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant i) {
            now = i;
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
