package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The anonymous proposal route mails any address from the Pemda's domain: daily caps per partner address and per
 * source IP, counted once per Idempotency-Key, and a confirmation without the request's free text.
 */
class ProposalLimitsTest {

    private static final PemdaSettings PEMDA = new PemdaSettings("Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"),
            "https://sikerja.example.go.id/", "no-reply@sikerja.example.go.id", List.of("kerjasama@example.go.id"));
    // 6 Dec 2026 20:00 UTC is 7 Dec 04:00 in Makassar: the day rolls over at 8 Dec 00:00 WITA = 7 Dec 16:00 UTC
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T20:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCaseStore store = new InMemoryCaseStore(CLOCK);
    private final List<MailMessage> sent = new ArrayList<>();
    private final Mailer mailer = (from, m) -> sent.add(m);
    private final CountingStore counters = new CountingStore();

    private IntakeService service(int perAddress, int perIp) {
        return new IntakeService(new CaseService(store, Workflow::withDefaults, (caseId, actor, docs) -> List.of(), CLOCK),
                store, mailer, CLOCK, PEMDA, counters, new ProposalLimits(perAddress, perIp), w -> { });
    }

    private static Proposal proposal(String email, String title) {
        Map<String, Object> body = Proposals.validKsdpk();
        Proposals.partnerOf(body).put("email", email);
        body.put("title", "Kerja sama penyediaan air minum " + title);
        return ProposalReader.read(body);
    }

    @Test
    void anAddressOverItsDailyCapIsRefusedWithTheSecondsUntilThePemdasNextDayAndNothingChanges() {
        IntakeService service = service(2, 100);
        service.submit(proposal("korban@example.com", "Satu"), null, "fp", "203.0.113.1");
        service.submit(proposal("Korban+spam@Example.com", "Dua"), null, "fp", "203.0.113.2");
        int cases = store.all().size();
        int mails = sent.size();
        IntakeService.LimitReached refused = assertThrows(IntakeService.LimitReached.class,
                () -> service.submit(proposal(" KORBAN+lagi@example.com ", "Tiga"), null, "fp", "203.0.113.3"));
        assertEquals(20 * 3600, refused.retryAfterSeconds(), "from 04:00 until 8 Dec 00:00 in Makassar");
        assertEquals(cases, store.all().size(), "nothing stored");
        assertEquals(mails, sent.size(), "nothing sent");
        assertNotNull(service.submit(proposal("lain@example.com", "Empat"), null, "fp", "203.0.113.3"),
                "another address is not affected");
    }

    @Test
    void aSourceIpOverItsDailyCapIsRefused() {
        IntakeService service = service(100, 2);
        service.submit(proposal("a@example.com", "A"), null, "fp", "198.51.100.7");
        service.submit(proposal("b@example.com", "B"), null, "fp", "198.51.100.7");
        assertThrows(IntakeService.LimitReached.class,
                () -> service.submit(proposal("c@example.com", "C"), null, "fp", "198.51.100.7"));
        assertNotNull(service.submit(proposal("c@example.com", "C"), null, "fp", "198.51.100.8"));
    }

    @Test
    void aRetryWithTheSameKeyCountsOnceAndStillReplaysItsFirstAnswerAtTheCap() {
        IntakeService service = service(1, 100);
        IdempotencyKey key = new IdempotencyKey("limit-retry-0001");
        Submission first = service.submit(proposal("satu@example.com", "X"), key, "fp-1", "203.0.113.9");
        Submission again = service.submit(proposal("satu@example.com", "X"), key, "fp-1", "203.0.113.9");
        assertTrue(again.replayed());
        assertEquals(first.trackingCode(), again.trackingCode());
        assertEquals(1, counters.value(LocalDate.of(2026, 12, 7), "satu@example.com"), "counted once");
        assertThrows(IntakeService.LimitReached.class, () -> service.submit(proposal("satu@example.com", "Y"),
                new IdempotencyKey("limit-retry-0002"), "fp-2", "203.0.113.9"));
    }

    @Test
    void counterKeysHoldNoAddressInClearAndFollowThePemdasDay() {
        List<ProposalCounter.Counter> keys = new ProposalLimits(3, 20)
                .counters(LocalDate.of(2026, 12, 7), "Budi.Santoso+x@GMail.com", "203.0.113.5");
        assertEquals(2, keys.size());
        for (ProposalCounter.Counter c : keys) {
            assertFalse(c.key().toLowerCase().contains("budi"), c.key());
            assertFalse(c.key().contains("203.0.113.5"), c.key());
            assertTrue(c.key().startsWith("2026-12-07#"), c.key());
        }
        assertEquals(keys.get(0), new ProposalLimits(3, 20).counters(LocalDate.of(2026, 12, 7),
                "budisantoso@gmail.com", null).get(0), "one mailbox, one counter");
        assertEquals(List.of(3, 20), keys.stream().map(ProposalCounter.Counter::cap).toList());
        assertThrows(IllegalArgumentException.class, () -> new ProposalLimits(0, 5));
    }

    @Test
    void theConfirmationCarriesNoFreeTextOfTheRequestButThePartnersName() {
        Map<String, Object> body = Proposals.validKsdpk();
        Proposals.partnerOf(body).put("contactPerson", "Menangkan hadiah di http://penipu.example");
        body.put("title", "Klik http://phishing.example/login untuk verifikasi akun");
        body.put("background", "Transfer ke rekening 1234 sekarang juga");
        service(10, 10).submit(ProposalReader.read(body), null, "fp", "203.0.113.1");
        MailMessage confirmation = sent.get(0);
        for (String part : List.of(confirmation.subject(), confirmation.text(), confirmation.html())) {
            assertFalse(part.contains("phishing.example"), part);
            assertFalse(part.contains("penipu.example"), part);
            assertFalse(part.contains("rekening"), part);
        }
        assertTrue(confirmation.text().contains("PT Air Bersih Nusantara"), "the partner's name stays");
        assertTrue(sent.get(1).text().contains("phishing.example"), "the admins' notice still names the title");
    }

    /** Counters as the DynamoDB transaction keeps them: all or none, a mark per counted key. */
    private static final class CountingStore implements ProposalCounter {
        final Map<String, Integer> values = new HashMap<>();
        final Set<String> marks = new HashSet<>();

        @Override
        public synchronized boolean count(List<Counter> list, Optional<String> once, Instant onceUntil, Instant expiresAt) {
            if (once.isPresent() && marks.contains(once.get())) {
                return true;
            }
            if (list.stream().anyMatch(c -> values.getOrDefault(c.key(), 0) >= c.cap())) {
                return false;
            }
            list.forEach(c -> values.merge(c.key(), 1, Integer::sum));
            once.ifPresent(marks::add);
            return true;
        }

        int value(LocalDate day, String email) {
            return values.getOrDefault(new ProposalLimits(1, 1).counters(day, email, null).get(0).key(), 0);
        }
    }
}
