package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class IntakeServiceTest {

    private static final PemdaSettings PEMDA = new PemdaSettings("Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"),
            "https://sikerja.example.go.id/", "no-reply@sikerja.example.go.id", List.of("kerjasama@example.go.id"));
    // 31 Dec 2026 17:30 UTC is already 1 Jan 2027 in Makassar (UTC+8): the code carries the Pemda's year.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-31T17:30:00Z"), ZoneOffset.UTC);

    private static final java.util.function.Supplier<Workflow> WORKFLOW = Workflow::withDefaults;

    private final InMemoryCaseStore store = new InMemoryCaseStore(CLOCK);
    private final List<MailMessage> sent = Collections.synchronizedList(new ArrayList<>());
    private final Mailer mailer = (from, m) -> sent.add(m);
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    private IntakeService service(Mailer m) {
        return service(store, m);
    }

    private IntakeService service(CaseStore cases, Mailer m) {
        return new IntakeService(new CaseService(cases, WORKFLOW, (caseId, actor, docs) -> List.of(), CLOCK), store, m,
                CLOCK, PEMDA, warnings::add);
    }

    private IntakeService serviceThatWaits() {
        return service(mailer);
    }

    /** The store, with {@code commit} replaced: the first commits go to {@code instead}. */
    private CaseStore failingFirst(int times, java.util.function.Supplier<RuntimeException> instead) {
        return new CaseStore() {
            int calls;

            @Override
            public Optional<CaseRecord> find(String caseId) {
                return store.find(caseId);
            }

            @Override
            public List<TimelineEvent> timeline(String caseId) {
                return store.timeline(caseId);
            }

            @Override
            public Optional<Tracking> findTracking(String trackingCode) {
                return store.findTracking(trackingCode);
            }

            @Override
            public Optional<Remembered> remembered(String keyHash) {
                return store.remembered(keyHash);
            }

            @Override
            public synchronized void commit(Commit commit) {
                if (calls++ < times) {
                    throw instead.get();
                }
                store.commit(commit);
            }
        };
    }

    private static Proposal proposal() {
        return ProposalReader.read(Proposals.validKsdpk());
    }

    @Test
    void storesTheCaseAtIntakeWithOnlyTheTokensHashAndMailsPartnerAndAdmins() {
        Submission s = service(mailer).submit(proposal(), null, "fp");
        assertEquals("INTAKE", s.stage());
        assertTrue(s.trackingCode().startsWith("KS-2027-"), s.trackingCode());
        CaseStore.Tracking entry = store.trackingEntries().get(s.trackingCode());
        assertEquals(s.caseId(), entry.caseId());
        assertEquals(Secrets.sha256Hex(s.accessToken()), entry.accessTokenHash());
        assertEquals("SUBMIT_APPLICATION", store.timelines().get(s.caseId()).get(0).action().name());
        assertEquals(id.sikerja.core.workflow.Stage.INTAKE, store.all().get(s.caseId()).stage());
        assertFalse(store.all().get(s.caseId()).state().dueDates().isEmpty(), "the validation SLA is due");

        assertEquals(2, sent.size());
        MailMessage confirmation = sent.get(0);
        assertEquals(List.of("budi@airbersih.example.co.id"), confirmation.to());
        assertTrue(confirmation.subject().contains(s.trackingCode()));
        assertTrue(confirmation.text().contains("https://sikerja.example.go.id/lacak/" + s.trackingCode()
                + "#token=" + s.accessToken()));
        assertTrue(confirmation.html().contains("Permohonan kerja sama"));
        assertEquals(List.of("kerjasama@example.go.id"), sent.get(1).to());
        assertFalse(sent.get(1).text().contains(s.accessToken()), "admins never see the partner's token");
        assertEquals(store.outbox.keySet(), store.sent);
    }

    @Test
    void whenMailFailsTheCaseIsStillStoredAndTheMailStaysPending() {
        Submission s = service((from, m) -> {
            throw new Mailer.MailFailed("down", null);
        }).submit(proposal(), null, "fp");
        assertTrue(store.all().containsKey(s.caseId()));
        assertEquals(2, store.outbox.size());
        assertTrue(store.sent.isEmpty());
        assertEquals(2, warnings.size());
        assertFalse(warnings.get(0).contains("budi"), "no personal data in logs");
    }

    @Test
    void aTakenTrackingCodeIsRedrawn() {
        CaseStore crowded = failingFirst(2, () -> new CaseStore.Conflict("tracking code taken"));
        Submission s = service(crowded, mailer).submit(proposal(), null, "fp");
        assertEquals(1, store.all().size());
        assertTrue(store.trackingEntries().containsKey(s.trackingCode()));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndCreatesNothing() {
        IntakeService service = service(mailer);
        IdempotencyKey key = new IdempotencyKey("retry-key-0001");
        Submission first = service.submit(proposal(), key, "fp-1");
        Submission again = service.submit(proposal(), key, "fp-1");
        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.caseId(), again.caseId());
        assertEquals(first.trackingCode(), again.trackingCode());
        assertEquals(first.accessToken(), again.accessToken());
        assertEquals(1, store.all().size());
        assertEquals(2, sent.size(), "the retry sends no mail");
        String sealed = store.remembered.values().iterator().next().sealedResponse();
        assertFalse(sealed.contains(first.accessToken()), "the stored answer does not reveal the token");
    }

    @Test
    void aKeyReusedForADifferentBodyIsRefused() {
        IntakeService service = service(mailer);
        IdempotencyKey key = new IdempotencyKey("reused-key-0001");
        service.submit(proposal(), key, "fp-1");
        InvalidInput e = assertThrows(InvalidInput.class, () -> service.submit(proposal(), key, "fp-2"));
        assertEquals("idempotency_key_reused", e.errors().get(0).code());
        assertEquals(1, store.all().size());
    }

    @Test
    void twentyConcurrentRequestsWithOneKeyCreateExactlyOneCase() throws Exception {
        IntakeService service = serviceThatWaits();
        IdempotencyKey key = new IdempotencyKey("concurrent-key-0001");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Submission>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return service.submit(proposal(), key, "fp");
            }));
        }
        start.countDown();
        List<Submission> results = new ArrayList<>();
        for (Future<Submission> f : futures) {
            results.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, store.all().size());
        Set<String> ids = results.stream().map(Submission::caseId).collect(Collectors.toSet());
        assertEquals(Set.of(store.all().keySet().iterator().next()), ids);
        assertEquals(1, results.stream().filter(r -> !r.replayed()).count());
        assertEquals(2, sent.size());
    }

    @Test
    void aFirstRequestThatDiedBeforeCommittingLeavesNothingAndItsRetryCreatesOneCase() {
        IdempotencyKey key = new IdempotencyKey("crashed-owner-01");
        CaseStore crashing = failingFirst(1, () -> new IllegalStateException("the function died mid-request"));
        assertThrows(IllegalStateException.class, () -> service(crashing, mailer).submit(proposal(), key, "fp"));
        assertTrue(store.all().isEmpty());
        Submission s = service(crashing, mailer).submit(proposal(), key, "fp");
        assertFalse(s.replayed());
        assertEquals(1, store.all().size());
    }

    @Test
    void trackingShowsTheCaseOnlyWithTheRightToken() {
        Submission s = service(mailer).submit(proposal(), null, "fp");
        TrackingService tracking = new TrackingService(store, caseId -> List.of(), java.time.Clock.systemUTC());
        TrackingService.PartnerView view = tracking.view(s.trackingCode().toLowerCase(), s.accessToken()).orElseThrow();
        assertEquals("INTAKE", view.stage());
        assertEquals("PT Air Bersih Nusantara", view.partnerName());
        assertEquals(1, view.history().size());
        assertFalse(view.nextSteps().isEmpty());
        assertTrue(tracking.view(s.trackingCode(), Secrets.newAccessToken()).isEmpty());
        assertTrue(tracking.view(s.trackingCode(), null).isEmpty());
        assertTrue(tracking.view("KS-2026-AAAAAA", s.accessToken()).isEmpty());
        assertTrue(tracking.view("garbage", s.accessToken()).isEmpty());
    }

}
