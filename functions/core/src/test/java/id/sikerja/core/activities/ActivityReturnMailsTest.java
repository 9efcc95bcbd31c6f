package id.sikerja.core.activities;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.intake.IntakeService;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18 (f18): the partner is mailed the reason its activity was returned, once per return. */
class ActivityReturnMailsTest {

    private static final PemdaSettings PEMDA = new PemdaSettings("Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"),
            "https://sikerja.example.go.id", "no-reply@sikerja.example.go.id", List.of());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCaseStore store = new InMemoryCaseStore(CLOCK);
    private final List<MailMessage> sent = new ArrayList<>();
    private final Mailer mailer = (from, m) -> sent.add(m);
    private final ActivityReturnMails mails = new ActivityReturnMails(PEMDA, mailer, store, CLOCK, w -> { });

    private CaseRecord partnerCase() {
        CaseService cases = new CaseService(store, Workflow::withDefaults, (c, a, d) -> List.of(), CLOCK);
        IntakeService intake = new IntakeService(cases, store, mailer, CLOCK, PEMDA, w -> { });
        String id = intake.submit(ProposalReader.read(Proposals.validKsdpk()), null, "fp").caseId();
        sent.clear();
        return store.find(id).orElseThrow();
    }

    private static Activity activity(CaseRecord c, ActivityStatus status, Role by, String reason) {
        LocalDate day = LocalDate.of(2026, 2, 20);
        return new Activity(c.id(), "0b0c3f8e-1d2a-4c55", 2, new ActivityDraft("Pelatihan kader posyandu", "", day, day,
                ActivityParty.JOINT, "", Optional.empty(), List.of()), status, by == Role.PARTNER ? c.id() : "opd-1", by,
                CLOCK.instant(), reason.isEmpty() ? Optional.empty() : Optional.of(reason), Optional.empty(), List.of());
    }

    @Test
    void aReturnedPartnerActivityOwesOneMailWithTheReasonUnderAnIdOfItsVersion() {
        CaseRecord c = partnerCase();
        Activity returned = activity(c, ActivityStatus.RETURNED, Role.PARTNER, "Lampirkan daftar hadir peserta");
        List<OutboxEntry> owed = mails.owed(c, returned);
        assertEquals(1, owed.size());
        assertEquals(owed, mails.owed(c, returned), "the same return always owes the same entry (a retry adds none)");
        assertTrue(owed.get(0).id().contains(returned.id() + ":v2"), owed.get(0).id());
        assertEquals(List.of(c.proposal().partner().email()), owed.get(0).recipients());

        mails.deliver(c, returned);
        assertEquals(1, sent.size());
        MailMessage m = sent.get(0);
        assertTrue(m.text().contains("Alasan: Lampirkan daftar hadir peserta"), m.text());
        assertTrue(m.text().contains("Reason (as the officer wrote it): Lampirkan daftar hadir peserta"), m.text());
        assertTrue(m.subject().contains(c.trackingCode()), m.subject());
        assertFalse(m.html().contains("<script"), "the reason is escaped");
    }

    @Test
    void anOfficersActivityOrOneNotReturnedOwesNoMail() {
        CaseRecord c = partnerCase();
        assertEquals(List.of(), mails.owed(c, activity(c, ActivityStatus.RETURNED, Role.OPD, "Kurang")));
        assertEquals(List.of(), mails.owed(c, activity(c, ActivityStatus.SUBMITTED, Role.PARTNER, "")));
        assertEquals(List.of(), mails.owed(c, activity(c, ActivityStatus.VERIFIED, Role.PARTNER, "")));
    }
}
