package id.sikerja.core.reminders;

import id.sikerja.core.answers.AnswerLinks;
import id.sikerja.core.cases.InMemoryDueIndex;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.potentials.InMemoryPotentialStore;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialField;
import id.sikerja.core.potentials.PotentialKind;
import id.sikerja.core.potentials.PotentialStatus;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.workflow.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 16: a department's digest has a section about its potentials/needs entries — the proposals that answered
 * them since its last digest (each listed once), and its entries OPEN for more than a year without any proposal.
 */
class EntryDigestTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    /** Monday 23 Nov 2026, 07:00 WITA. */
    private static final Instant MONDAY = Instant.parse("2026-11-22T23:00:00Z");
    private static final PemdaSettings PEMDA = new PemdaSettings("Pemerintah Kota Contoh", WITA,
            "https://sikerja.example.go.id", "no-reply@example.go.id", List.of());

    private final InMemoryPotentialStore store = new InMemoryPotentialStore();
    private final List<AnswerLinks.Link> links = new ArrayList<>();
    private final AnswerLinks answerLinks = new AnswerLinks() {
        @Override
        public List<Link> ofPotential(String potentialId) {
            return links.stream().filter(l -> l.potentialId().equals(potentialId)).toList();
        }

        @Override
        public List<Link> createdSince(Instant from) {
            return links.stream().filter(l -> !l.createdAt().isBefore(from)).toList();
        }

        @Override
        public List<Link> all() {
            return List.copyOf(links);
        }
    };
    private final ReminderRunTest.InMemoryLedger ledger = new ReminderRunTest.InMemoryLedger();
    private final List<MailMessage> outbox = new ArrayList<>();
    private final List<Officer> officers = List.of(
            new Officer("dinkes", "dinkes@example.go.id", Set.of(Role.OPD), Optional.of("DINKES"), DigestPreference.DEFAULT),
            new Officer("dishub", "dishub@example.go.id", Set.of(Role.OPD), Optional.of("DISHUB"), DigestPreference.DEFAULT),
            new Officer("admin", "admin@example.go.id", Set.of(Role.ADMIN), Optional.empty(), DigestPreference.DEFAULT));

    private static Potential entry(String id, String dept, String title, PotentialStatus status, Instant created) {
        return new Potential(id, PotentialKind.KEBUTUHAN, dept, title, "Uraian", PotentialField.KESEHATAN,
                Set.of(PartnerType.BADAN_USAHA), Optional.empty(), Optional.empty(), false, Optional.empty(),
                Optional.empty(), status, Optional.of(title + " (en)"), Optional.empty(), List.of(), 1, created, created,
                "opd-1");
    }

    private void run(Instant at) {
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        new ReminderRun(new InMemoryDueIndex(List::of), () -> officers, caseId -> Optional.empty(), ledger,
                (from, m) -> outbox.add(m), d -> DigestMails.render(d, PEMDA), "no-reply@example.go.id",
                ReminderRules.DEFAULTS, clock, WITA)
                .withEntryNews(new EntryNews(store, answerLinks, WITA))
                .run(caseId -> { });
    }

    private List<MailMessage> to(String address) {
        return outbox.stream().filter(m -> m.to().contains(address)).toList();
    }

    private void givenEntries() {
        Instant thirteenMonthsAgo = MONDAY.minus(java.time.Duration.ofDays(395));
        store.create(entry("p-old", "DINKES", "Klinik keliling pulau", PotentialStatus.OPEN, thirteenMonthsAgo));
        store.create(entry("p-answered", "DINKES", "Ambulans laut", PotentialStatus.OPEN, thirteenMonthsAgo));
        store.create(entry("p-new", "DINKES", "Pelatihan bidan desa", PotentialStatus.IN_PROGRESS,
                MONDAY.minus(java.time.Duration.ofDays(60))));
        store.create(entry("p-recent", "DINKES", "Sanitasi pasar", PotentialStatus.OPEN,
                MONDAY.minus(java.time.Duration.ofDays(100))));
        store.create(entry("p-dishub", "DISHUB", "Halte pintar", PotentialStatus.OPEN,
                MONDAY.minus(java.time.Duration.ofDays(60))));
        links.add(new AnswerLinks.Link("p-answered", "c-answered", thirteenMonthsAgo.plus(java.time.Duration.ofDays(3)),
                "Kapal ambulans hibah"));
        // Sunday afternoon WITA: since the last (daily) digest
        links.add(new AnswerLinks.Link("p-new", "c-new", Instant.parse("2026-11-22T07:00:00Z"), "Beasiswa bidan"));
        links.add(new AnswerLinks.Link("p-dishub", "c-dishub", Instant.parse("2026-11-22T07:00:00Z"), "Halte surya"));
    }

    @Test
    void aDepartmentIsToldOfANewProposalOnceAndOfItsEntriesUnansweredForAYear() {
        givenEntries();

        run(MONDAY);

        MailMessage monday = to("dinkes@example.go.id").get(0);
        assertTrue(monday.text().contains("Usulan baru \u201cBeasiswa bidan\u201d menjawab \u201cPelatihan bidan desa\u201d"),
                monday.text());
        assertTrue(monday.text().contains("https://sikerja.example.go.id/kasus/c-new"));
        assertTrue(monday.text().contains("\u201cKlinik keliling pulau\u201d terbuka lebih dari setahun tanpa usulan"));
        assertTrue(monday.text().contains("https://sikerja.example.go.id/peluang/p-old"));
        assertTrue(monday.text().contains("New proposal \u201cBeasiswa bidan\u201d answers \u201cPelatihan bidan desa (en)\u201d"));
        assertTrue(monday.html().contains("Klinik keliling pulau"));
        assertFalse(monday.text().contains("Ambulans laut"), "an old entry that received a proposal is not listed");
        assertFalse(monday.text().contains("Sanitasi pasar"), "an entry open for less than a year is not listed");
        assertFalse(monday.text().contains("Halte"), "another department's entries are not listed");
        assertFalse(monday.text().contains("KEBUTUHAN") || monday.text().contains("DINKES"), "no codes");
        assertTrue(to("dishub@example.go.id").get(0).text().contains("Halte surya"));
        assertTrue(monday.subject().endsWith("— 2 kabar potensi/kebutuhan"), "nothing due: no empty deadline count; "
                + monday.subject());
        assertFalse(monday.html().contains("<table"), "nothing due: no empty deadline table");
        assertTrue(to("admin@example.go.id").isEmpty(), "only the department's own officers get its section");

        run(MONDAY.plus(java.time.Duration.ofDays(1)));

        List<MailMessage> dinkes = to("dinkes@example.go.id");
        assertEquals(2, dinkes.size());
        MailMessage tuesday = dinkes.get(1);
        assertFalse(tuesday.text().contains("Beasiswa bidan"), "a new proposal is listed in one digest only");
        assertTrue(tuesday.text().contains("Klinik keliling pulau"), "an unanswered entry stays listed while it is");
    }

    @Test
    void aDepartmentWithNothingNewGetsNoDigest() {
        store.create(entry("p-fresh", "DINKES", "Posyandu digital", PotentialStatus.OPEN,
                MONDAY.minus(java.time.Duration.ofDays(30))));

        run(MONDAY);

        assertTrue(outbox.isEmpty());
    }
}
