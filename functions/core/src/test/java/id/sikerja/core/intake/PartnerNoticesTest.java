package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseOutcome;
import id.sikerja.core.cases.CaseOutcome.Applied;
import id.sikerja.core.cases.CaseOutcome.Change;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The partner hears of every change that concerns it, once, with its tracking link and no one's free text. */
class PartnerNoticesTest {

    private static final PemdaSettings PEMDA = new PemdaSettings("Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"),
            "https://sikerja.example.go.id", "no-reply@sikerja.example.go.id", List.of());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCaseStore store = new InMemoryCaseStore(CLOCK);
    private final List<MailMessage> sent = new ArrayList<>();
    private final Mailer mailer = (from, m) -> sent.add(m);
    private final PartnerNotices notices = new PartnerNotices(PEMDA, mailer, store, CLOCK, w -> { });
    private final CaseService cases = new CaseService(store, Workflow::withDefaults, (c, a, d) -> List.of(), CLOCK,
            notices::owed);
    private final Actor admin = Actor.admin("admin-sub");

    private Submission submitted() {
        IntakeService intake = new IntakeService(cases, store, mailer, CLOCK, PEMDA, w -> { });
        Submission s = intake.submit(ProposalReader.read(Proposals.validKsdpk()), null, "fp");
        // the partner attaches its application documents at intake: no mail for that
        long v = 1;
        for (DocumentType type : List.of(DocumentType.SURAT_PERMOHONAN, DocumentType.STUDI_KELAYAKAN)) {
            assertInstanceOf(Applied.class, cases.transition(s.caseId(), Actor.partner(s.caseId()), v++,
                    Command.of(Action.UPLOAD_DOCUMENT).withDocument(new DocumentUpload(type,
                            "uploads/" + type + ".pdf", "a".repeat(64), type + ".pdf")), Optional.empty(), c -> "ok"));
        }
        sent.clear();
        return s;
    }

    private CaseOutcome act(String caseId, Actor actor, long version, Command command, Optional<Idempotency> key) {
        CaseOutcome o = cases.transition(caseId, actor, version, command, key, change -> "ok");
        if (o instanceof Applied applied) {
            notices.deliver(applied.change());
        }
        return o;
    }

    @Test
    void acceptingTheProposalMailsThePartnerOnceWithItsTrackingLink() {
        Submission s = submitted();
        Optional<Idempotency> key = Optional.of(Idempotency.of(new IdempotencyKey("accept-key-0001"), "TRANSITION",
                s.caseId(), "admin-sub", "fp-accept"));
        Command accept = Command.of(Action.ACCEPT).withDepartments(List.of("DINKES"));

        assertInstanceOf(Applied.class, act(s.caseId(), admin, 3, accept, key));
        assertInstanceOf(CaseOutcome.Replayed.class, act(s.caseId(), admin, 3, accept, key), "a retry replays");
        assertInstanceOf(CaseOutcome.Stale.class, act(s.caseId(), admin, 3, accept, Optional.empty()));

        assertEquals(1, sent.size(), "one mail for one acceptance, whatever the retries");
        MailMessage m = sent.get(0);
        assertEquals(List.of(ProposalReader.read(Proposals.validKsdpk()).partner().email()), m.to());
        assertTrue(m.subject().contains(s.trackingCode()), m.subject());
        assertTrue(m.text().contains("https://sikerja.example.go.id/lacak/" + s.trackingCode()), m.text());
        assertFalse(m.text().contains(s.accessToken()), "the token is never in a later mail");
        assertTrue(m.text().contains("diterima") && m.text().contains("accepted"), m.text());
        assertEquals(1, store.outbox.values().stream().filter(e -> e.kind().equals(PartnerNotices.ACCEPTED)).count());
        assertTrue(store.sent.containsAll(store.outbox.keySet()), "the sent mail is no longer pending");
    }

    @Test
    void aRevisionRequestIsMailedWithoutTheOfficersNote() {
        Submission s = submitted();
        String note = "Transfer Rp 5.000.000 ke rekening 123 di http://evil.example";

        act(s.caseId(), admin, 3, Command.of(Action.RETURN_FOR_REVISION).withNote(note), Optional.empty());

        assertEquals(1, sent.size());
        MailMessage m = sent.get(0);
        assertTrue(m.subject().contains("perlu diperbaiki"), m.subject());
        assertFalse(m.text().contains("evil") || m.html().contains("evil"), "no free text of a request in a mail");
    }

    @Test
    void theMailServiceDownLeavesTheNoticePendingAndTheChangeStands() {
        Submission s = submitted();
        PartnerNotices down = new PartnerNotices(PEMDA, (f, m) -> {
            throw new Mailer.MailFailed("down", null);
        }, store, CLOCK, w -> { });
        CaseOutcome o = cases.transition(s.caseId(), admin, 3, Command.of(Action.ACCEPT)
                .withDepartments(List.of("DINKES")), Optional.empty(), change -> "ok");
        down.deliver(((Applied) o).change());

        assertEquals(Stage.PERSIAPAN, store.find(s.caseId()).orElseThrow().stage());
        OutboxEntry owed = store.outbox.values().stream().filter(e -> e.kind().equals(PartnerNotices.ACCEPTED))
                .findFirst().orElseThrow();
        assertFalse(store.sent.contains(owed.id()), "left pending for a later run");
    }

    /**
     * Nothing re-sent pending notices before: a notice the mail service refused stayed pending for ever. The
     * reminders' run now sends it once it is older than the grace, exactly once however often it runs.
     */
    @Test
    void aPendingNoticeIsSentByALaterRunOnceAndOnlyOnce() {
        Submission s = submitted();
        PartnerNotices down = new PartnerNotices(PEMDA, (f, m) -> {
            throw new Mailer.MailFailed("down", null);
        }, store, CLOCK, w -> { });
        CaseOutcome o = cases.transition(s.caseId(), admin, 3, Command.of(Action.ACCEPT)
                .withDepartments(List.of("DINKES")), Optional.empty(), change -> "ok");
        down.deliver(((Applied) o).change());
        assertEquals(0, sent.size());

        java.time.Duration grace = java.time.Duration.ofMinutes(5);
        assertEquals(0, notices.resendPending(store::find, 50, grace), "not before the grace: the request sends first");
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofMinutes(6));
        PartnerNotices run = new PartnerNotices(PEMDA, mailer, store, later, w -> { });
        assertEquals(1, run.resendPending(store::find, 50, grace));
        assertEquals(1, sent.size());
        assertTrue(sent.get(0).subject().contains("diterima"), sent.get(0).subject());
        assertTrue(sent.get(0).text().contains("/lacak/" + s.trackingCode()), sent.get(0).text());
        assertEquals(0, run.resendPending(store::find, 50, grace), "sent once: a re-run sends nothing");
        assertEquals(1, sent.size());
    }

    @Test
    void aDraftToSignASigningAndAnEndingEachOweOneNotice() {
        Submission s = submitted();
        CaseRecord record = store.find(s.caseId()).orElseThrow();
        Instant now = CLOCK.instant();

        assertEquals(List.of(PartnerNotices.DRAFT_TO_SIGN), kinds(record, event(Action.FINALIZE_KB_DRAFT,
                Stage.PENYUSUNAN_KB, Stage.PENANDATANGANAN_KB, now)));
        assertEquals(List.of(PartnerNotices.SIGNED), kinds(record, event(Action.SIGN_KB,
                Stage.PENANDATANGANAN_KB, Stage.PERSETUJUAN_DPRD, now)));
        assertEquals(List.of(PartnerNotices.ENDED), kinds(record, event(Action.EXPIRE,
                Stage.PELAKSANAAN, Stage.SELESAI, now)));
        assertEquals(List.of(), kinds(record, event(Action.RECORD_FACTS, Stage.PELAKSANAAN, Stage.PELAKSANAAN, now)),
                "recording facts does not concern the partner");
        assertNotNull(PartnerNotices.render(notices.owed(new Change(record, List.of(event(Action.SIGN_KB,
                Stage.PENANDATANGANAN_KB, Stage.PERSETUJUAN_DPRD, now)), Optional.empty())).get(0), record, PEMDA));
    }

    /**
     * A domestic agreement ends into Penatausahaan (no terminal stage): ended by an admin or by the system at the
     * term's end, the partner is told all the same; a Sinergi's Nota Kesepakatan is signed like a KB.
     */
    @Test
    void endingIntoPenatausahaanAndTheSinergiSigningOweTheirNotices() {
        Submission s = submitted();
        CaseRecord record = store.find(s.caseId()).orElseThrow();
        Instant now = CLOCK.instant();
        assertEquals(List.of(PartnerNotices.ENDED), kinds(record, event(Action.EXPIRE,
                Stage.PELAKSANAAN, Stage.PENATAUSAHAAN, now)), "the system's ending at the term's end");
        assertEquals(List.of(PartnerNotices.ENDED), kinds(record, event(Action.END,
                Stage.PELAKSANAAN, Stage.PENATAUSAHAAN, now)));
        assertEquals(List.of(PartnerNotices.DRAFT_TO_SIGN), kinds(record, event(Action.FINALIZE_NOTA_DRAFT,
                Stage.PENYUSUNAN_NOTA_KESEPAKATAN, Stage.PENANDATANGANAN_NOTA_KESEPAKATAN, now)));
        assertEquals(List.of(PartnerNotices.SIGNED), kinds(record, event(Action.SIGN_NOTA,
                Stage.PENANDATANGANAN_NOTA_KESEPAKATAN, Stage.RENCANA_AKSI, now)));
    }

    /** Issue 17: a signed copy sent back owes the partner a notice; the reason is on its tracking page. */
    @Test
    void aSignedCopySentBackOwesOneNoticeWithoutTheReason() {
        Submission s = submitted();
        CaseRecord record = store.find(s.caseId()).orElseThrow();
        Instant now = CLOCK.instant();
        TimelineEvent back = new TimelineEvent(now, "admin-sub", Role.ADMIN, Action.RETURN_SIGNED_COPY,
                Optional.of(Stage.PENANDATANGANAN_KB), Stage.PENANDATANGANAN_KB, "Meterai di http://evil.example",
                Map.of(), List.of(), Optional.empty());
        assertEquals(List.of(PartnerNotices.SIGNED_COPY_RETURNED), kinds(record, back));
        MailMessage m = PartnerNotices.render(notices.owed(new Change(record, List.of(back), Optional.empty())).get(0),
                record, PEMDA);
        assertTrue(m.subject().contains("dikembalikan"), m.subject());
        assertTrue(m.text().contains("sent back") && m.text().contains("halaman pelacakan"), m.text());
        assertFalse(m.text().contains("evil") || m.html().contains("evil"), "no free text of a request in a mail");
        assertEquals(List.of(), kinds(record, new TimelineEvent(now, "admin-sub", Role.ADMIN,
                Action.CONFIRM_SIGNED_COPY, Optional.of(Stage.PENANDATANGANAN_KB), Stage.PENANDATANGANAN_KB, "",
                Map.of(), List.of(), Optional.empty())), "a confirmation is the office's own step");
    }

    @Test
    void aCaseWithoutAPartnerOwesNoNotice() {
        Submission s = submitted();
        CaseRecord withPartner = store.find(s.caseId()).orElseThrow();
        CaseRecord departments = new CaseRecord(null, withPartner.proposal(), withPartner.state(), CLOCK.instant());
        assertEquals(List.of(), notices.owed(new Change(departments, List.of(event(Action.ACCEPT, Stage.INTAKE,
                Stage.PERSIAPAN, CLOCK.instant())), Optional.empty())));
    }

    private List<String> kinds(CaseRecord record, TimelineEvent e) {
        return notices.owed(new Change(record, List.of(e), Optional.empty())).stream().map(OutboxEntry::kind).toList();
    }

    private static TimelineEvent event(Action action, Stage from, Stage to, Instant at) {
        return new TimelineEvent(at, "admin-sub", Role.ADMIN, action, Optional.of(from), to, "", Map.of(), List.of(),
                Optional.empty());
    }
}
