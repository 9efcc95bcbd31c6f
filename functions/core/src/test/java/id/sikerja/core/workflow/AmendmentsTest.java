package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.at;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 (h18-amend): an amendment (addendum) of a running agreement runs its own short path in Pelaksanaan —
 * draft (the TKKSD reviews a change of term or value), the DPRD when the change itself makes the DPRD test true, then
 * signing — one at a time; the values before are the case's; the new term keeps the term rules; once signed the
 * agreement's facts and due dates change. Ending early takes its document.
 */
class AmendmentsTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");
    private final Actor opd = Actor.opd("opd-1", Fixtures.DEPT);
    private final Actor tkksd = Actor.tkksd("tkksd-1");
    private static final Instant NOW = at(2026, 6, 10);

    /** A KSDD running since 1 January 2026 for 36 months: its term ends on 31 December 2028. */
    private static CaseState running(Category c) {
        CaseState s = Fixtures.bare("A-" + c, c, Stage.PELAKSANAAN, Origin.LEGACY);
        return s.withFacts(s.facts().with(Fact.TERM_START, date(2026, 1, 1)).with(Fact.TERM_MONTHS, 36)
                .with(Fact.AGREEMENT_VALUE, new BigDecimal("1000000000")));
    }

    private static Command propose(Facts changes, boolean burdens, boolean unbudgeted) {
        return Command.of(PROPOSE_AMENDMENT).withFacts(changes.with(Fact.AMENDMENT_BURDENS_PUBLIC, burdens)
                .with(Fact.AMENDMENT_FUNDING_UNBUDGETED, unbudgeted)).withNote("Kegiatan diperpanjang satu tahun");
    }

    private static Facts termEnd(LocalDate end) {
        return Facts.empty().with(Fact.AMENDMENT_TERM_END, end);
    }

    private CaseState act(CaseState s, Actor actor, Command c, Instant now) {
        return Fixtures.accepted(wf.decide(s, actor, c, now)).state();
    }

    private static List<LocalDate> dates(CaseState s, DueDateKind kind) {
        return s.dueDates().stream().filter(d -> d.kind() == kind).map(DueDate::date).toList();
    }

    @Test
    void anAmendmentExtendingTheTermByAYearIsSignedAndMovesTheEndAndItsDueDates() {
        CaseState s = running(Category.KSDD);
        s = s.withDueDates(wf.deadlines().dueDates(s, date(2026, 6, 10)));
        assertEquals(List.of(date(2028, 12, 31)), dates(s, DueDateKind.AGREEMENT_END));

        Transition proposed = Fixtures.accepted(wf.decide(s, opd, propose(termEnd(date(2029, 12, 31)), false, false), NOW));
        s = proposed.state();
        // the values before come from the case
        assertEquals(Optional.of(date(2028, 12, 31)), s.fact(Fact.AMENDMENT_TERM_END_BEFORE));
        assertEquals(Optional.of(36), s.fact(Fact.AMENDMENT_TERM_MONTHS_BEFORE));
        assertEquals(Optional.of(48), s.fact(Fact.AMENDMENT_TERM_MONTHS));
        assertEquals(Optional.of(AmendmentStatus.DRAFT), s.fact(Fact.AMENDMENT_STATUS));
        assertEquals("2028-12-31", proposed.events().get(0).facts().get("amendmentTermEndBefore"));
        assertEquals(Stage.PELAKSANAAN, s.stage(), "the agreement keeps running");

        // a change of the term: the draft and the TKKSD's review first
        assertEquals(List.of("DOC:ADENDUM_DRAFT", "FACT:amendmentTkksdReviewedOn"), Fixtures.codes(Fixtures.refused(
                wf.decide(s, opd, Command.of(FINALIZE_AMENDMENT_DRAFT), NOW), Refusal.GateFailed.class)));
        s = act(s, tkksd, Command.of(RECORD_AMENDMENT_TKKSD_REVIEW).withFact(Fact.AMENDMENT_TKKSD_REVIEWED_ON,
                date(2026, 6, 10)).withDocument(upload(KAJIAN_TKKSD)), NOW);
        s = act(s, opd, Command.of(FINALIZE_AMENDMENT_DRAFT).withDocument(upload(ADENDUM_DRAFT)), NOW);
        assertEquals(Optional.of(AmendmentStatus.SIGNING), s.fact(Fact.AMENDMENT_STATUS), "no DPRD: to signing");

        // signing needs the signed addendum and its date; only an admin records it
        assertTrue(Fixtures.refused(wf.decide(s, opd, Command.of(SIGN_AMENDMENT), NOW), Refusal.Forbidden.class) != null);
        assertEquals(List.of("DOC:ADENDUM_SIGNED", "FACT:amendmentSignedOn"), Fixtures.codes(Fixtures.refused(
                wf.decide(s, admin, Command.of(SIGN_AMENDMENT), NOW), Refusal.GateFailed.class)));
        Transition signed = Fixtures.accepted(wf.decide(s, admin, Command.of(SIGN_AMENDMENT)
                .withFact(Fact.AMENDMENT_SIGNED_ON, date(2026, 6, 10)).withDocument(upload(ADENDUM_SIGNED)), NOW));
        s = signed.state();
        assertEquals(Optional.of(48), s.fact(Fact.TERM_MONTHS));
        assertFalse(s.facts().has(Fact.AMENDMENT_STATUS), "closed");
        assertEquals(List.of(date(2029, 12, 31)), dates(s, DueDateKind.AGREEMENT_END));
        assertFalse(s.dueDates().stream().anyMatch(d -> d.date().equals(date(2028, 12, 31))), "the old end is gone");
        assertTrue(dates(s, DueDateKind.EXPIRY_REMINDER).stream().allMatch(d -> d.getYear() == 2029),
                dates(s, DueDateKind.EXPIRY_REMINDER).toString());
        // the history keeps before and after
        assertEquals("2028-12-31", signed.events().get(0).facts().get("amendmentTermEndBefore"));
        assertEquals("2029-12-31", signed.events().get(0).facts().get("amendmentTermEnd"));
        Amendments.SignedAmendment a = Amendments.signed(s).get(0);
        assertEquals(1, a.number());
        assertEquals(Optional.of(date(2029, 12, 31)), a.termEndAfter());
        assertEquals(List.of("term"), a.changed());
        assertEquals(1, a.signedCopyVersion());
    }

    @Test
    void oneAmendmentIsOpenAtATime() {
        CaseState s = act(running(Category.KSDD), admin, propose(termEnd(date(2029, 12, 31)), false, false), NOW);
        Fixtures.refused(wf.decide(s, admin, propose(Facts.empty().with(Fact.AMENDMENT_SCOPE, "Lingkup baru"),
                false, false), NOW), Refusal.NotApplicable.class);
        // dropped, another may be proposed
        s = act(s, admin, Command.of(CANCEL_AMENDMENT).withNote("Tidak jadi"), NOW);
        assertFalse(s.facts().has(Fact.AMENDMENT_TERM_END));
        assertEquals(Optional.of(36), s.fact(Fact.TERM_MONTHS), "nothing changed");
        act(s, admin, propose(Facts.empty().with(Fact.AMENDMENT_SCOPE, "Lingkup baru"), false, false), NOW);
    }

    @Test
    void theValuesBeforeAreNeverTheClients() {
        Refusal.InvalidCommand r = Fixtures.refused(wf.decide(running(Category.KSDD), admin,
                propose(termEnd(date(2029, 12, 31)).with(Fact.AMENDMENT_TERM_END_BEFORE, date(2027, 1, 1)), false,
                        false), NOW), Refusal.InvalidCommand.class);
        assertTrue(Fixtures.codes(r).stream().anyMatch(c -> c.contains("amendmentTermEndBefore")), Fixtures.codes(r).toString());
        // an after-value equal to what the case holds changes nothing
        assertEquals(List.of("RULE:AMENDMENT_UNCHANGED:amendmentValue"), Fixtures.codes(Fixtures.refused(
                wf.decide(running(Category.KSDD), admin, propose(Facts.empty().with(Fact.AMENDMENT_VALUE,
                        new BigDecimal("1000000000.00")), false, false), NOW), Refusal.GateFailed.class)));
        // and a reason and at least one change are asked for
        assertEquals(List.of("INPUT:NOTE", "INPUT:AMENDMENT_CHANGES"), Fixtures.codes(Fixtures.refused(wf.decide(
                running(Category.KSDD), admin, Command.of(PROPOSE_AMENDMENT).withFact(Fact.AMENDMENT_BURDENS_PUBLIC,
                        false).withFact(Fact.AMENDMENT_FUNDING_UNBUDGETED, false), NOW), Refusal.GateFailed.class)));
    }

    @Test
    void theNewTermKeepsTheTermRules() {
        // 1 January 2026 + 61 months: over the five-year cap
        assertEquals(List.of("RULE:TERM_MAX"), Fixtures.codes(Fixtures.refused(wf.decide(running(Category.KSDD), admin,
                propose(termEnd(date(2031, 1, 31)), false, false), NOW), Refusal.GateFailed.class)));
        // not the last day of a whole number of months
        assertEquals(List.of("RULE:AMENDMENT_TERM_END_MONTHS"), Fixtures.codes(Fixtures.refused(wf.decide(
                running(Category.KSDD), admin, propose(termEnd(date(2029, 12, 15)), false, false), NOW),
                Refusal.GateFailed.class)));
        // already passed
        assertEquals(List.of("RULE:AMENDMENT_TERM_END_PAST"), Fixtures.codes(Fixtures.refused(wf.decide(
                running(Category.KSDD), admin, propose(termEnd(date(2026, 5, 31)), false, false), NOW),
                Refusal.GateFailed.class)));
        // 60 months exactly is allowed
        Fixtures.accepted(wf.decide(running(Category.KSDD), admin, propose(termEnd(date(2030, 12, 31)), false, false), NOW));
    }

    @Test
    void aChangeThatBurdensThePublicGoesToTheDprdWithItsFortyFiveWorkingDays() {
        CaseState s = act(running(Category.KSDPK), admin, propose(Facts.empty().with(Fact.AMENDMENT_VALUE,
                new BigDecimal("1500000000")), true, false), NOW);
        s = act(s, tkksd, Command.of(RECORD_AMENDMENT_TKKSD_REVIEW).withFact(Fact.AMENDMENT_TKKSD_REVIEWED_ON,
                date(2026, 6, 10)).withDocument(upload(KAJIAN_TKKSD)), NOW);
        s = act(s, admin, Command.of(FINALIZE_AMENDMENT_DRAFT).withDocument(upload(ADENDUM_DRAFT)), NOW);
        assertEquals(Optional.of(AmendmentStatus.DPRD), s.fact(Fact.AMENDMENT_STATUS));
        Fixtures.refused(wf.decide(s, admin, Command.of(SIGN_AMENDMENT), NOW), Refusal.NotApplicable.class);

        s = act(s, admin, Command.of(SUBMIT_AMENDMENT_TO_DPRD).withFact(Fact.AMENDMENT_DPRD_RECEIVED_ON,
                date(2026, 6, 10)).withDocument(upload(DPRD_REQUEST)), NOW);
        List<LocalDate> due = dates(s, DueDateKind.AMENDMENT_DPRD_RESPONSE);
        assertEquals(1, due.size(), s.dueDates().toString());
        assertEquals(wf.deadlines().dprdResponseDue(date(2026, 6, 10)), due.get(0));
        assertEquals(List.of("RULE:DPRD_PERIOD_RUNNING"), Fixtures.codes(Fixtures.refused(
                wf.decide(s, admin, Command.of(AMENDMENT_DPRD_DEEMED_APPROVE), NOW), Refusal.GateFailed.class)));
        Instant after = at(due.get(0).plusDays(1));
        CaseState deemed = act(s, admin, Command.of(AMENDMENT_DPRD_DEEMED_APPROVE), after);
        assertEquals(Optional.of(AmendmentStatus.SIGNING), deemed.fact(Fact.AMENDMENT_STATUS));
        assertTrue(dates(deemed, DueDateKind.AMENDMENT_DPRD_RESPONSE).isEmpty());
        CaseState signed = act(deemed, admin, Command.of(SIGN_AMENDMENT).withFact(Fact.AMENDMENT_SIGNED_ON,
                due.get(0).plusDays(1)).withDocument(upload(ADENDUM_SIGNED)), after);
        assertEquals(Optional.of(new BigDecimal("1500000000")), signed.fact(Fact.AGREEMENT_VALUE));

        // refused by the DPRD: the agreement stays as it was
        CaseState rejected = act(s, admin, Command.of(AMENDMENT_DPRD_REJECT).withFact(Fact.AMENDMENT_DPRD_DECIDED_ON,
                date(2026, 6, 10)).withDocument(upload(DPRD_DECISION)).withNote("Tidak disetujui"), NOW);
        assertFalse(rejected.facts().has(Fact.AMENDMENT_STATUS));
        assertEquals(Optional.of(new BigDecimal("1000000000")), rejected.fact(Fact.AGREEMENT_VALUE));
        assertEquals(Stage.PELAKSANAAN, rejected.stage());
    }

    @Test
    void departmentsAndTextsChangeWhenSigned() {
        CaseState s = act(running(Category.KSDD), admin, propose(Facts.empty()
                .with(Fact.AMENDMENT_DEPARTMENTS, "DINAS-A,DINAS-B").with(Fact.AMENDMENT_SCOPE, "Lingkup baru"),
                false, false), NOW);
        assertEquals(Optional.of("DINAS-A"), s.fact(Fact.AMENDMENT_DEPARTMENTS_BEFORE));
        s = act(s, admin, Command.of(FINALIZE_AMENDMENT_DRAFT).withDocument(upload(ADENDUM_DRAFT)), NOW);
        s = act(s, admin, Command.of(SIGN_AMENDMENT).withFact(Fact.AMENDMENT_SIGNED_ON, date(2026, 6, 9))
                .withDocument(upload(ADENDUM_SIGNED)), NOW);
        assertEquals(List.of("DINAS-A", "DINAS-B"), s.departments());
        assertEquals(Optional.of("Lingkup baru"), s.fact(Fact.AGREEMENT_SCOPE));
    }

    @Test
    void whoMayActOnAnAmendment() {
        CaseState s = running(Category.KSDD);
        Command c = propose(termEnd(date(2029, 12, 31)), false, false);
        Fixtures.accepted(wf.decide(s, admin, c, NOW));
        Fixtures.accepted(wf.decide(s, opd, c, NOW));
        for (Role role : List.of(Role.TKKSD, Role.PIMPINAN, Role.PARTNER)) {
            Fixtures.refused(wf.decide(s, Fixtures.actorFor(role, s.id()), c, NOW), Refusal.Forbidden.class);
        }
        CaseState open = act(s, admin, c, NOW);
        Command review = Command.of(RECORD_AMENDMENT_TKKSD_REVIEW).withFact(Fact.AMENDMENT_TKKSD_REVIEWED_ON,
                date(2026, 6, 10)).withDocument(upload(KAJIAN_TKKSD));
        Fixtures.accepted(wf.decide(open, tkksd, review, NOW));
        Fixtures.refused(wf.decide(open, opd, review, NOW), Refusal.Forbidden.class);
        Fixtures.refused(wf.decide(open, opd, Command.of(CANCEL_AMENDMENT).withNote("x"), NOW),
                Refusal.Forbidden.class);
        // not before implementation
        Fixtures.refused(wf.decide(Fixtures.bare("P", Category.KSDD, Stage.PENYUSUNAN_PKS, Origin.DEPARTMENT), admin,
                c, NOW), Refusal.NotApplicable.class);
    }

    @Test
    void endingEarlyTakesItsDocumentAndClearsTheDueDates() {
        CaseState s = running(Category.KSDPK);
        s = s.withDueDates(wf.deadlines().dueDates(s, date(2026, 6, 10)));
        // a berita acara of an earlier stage does not end the agreement
        s = s.withDocuments(s.documents().register(upload(BERITA_ACARA), at(2026, 5, 1), admin));
        Command end = Command.of(END).withEndReason(EndReason.MITRA_PAILIT).withNote("Mitra pailit");
        Refusal.GateFailed r = Fixtures.refused(wf.decide(s, admin, end, NOW), Refusal.GateFailed.class);
        assertEquals(List.of("DOC:BERITA_ACARA|SURAT_PENGAKHIRAN"), Fixtures.codes(r));
        assertTrue(r.unmet().get(0).message().id().startsWith("Berita acara atau surat pengakhiran kerja sama belum diunggah"),
                r.unmet().get(0).message().id());

        CaseState ended = act(s, admin, end.withDocument(upload(SURAT_PENGAKHIRAN)), NOW);
        assertEquals(Stage.PENATAUSAHAAN, ended.stage());
        assertEquals(Optional.of(EndReason.MITRA_PAILIT), ended.endReason());
        assertEquals(Optional.of(date(2026, 6, 10)), ended.fact(Fact.ENDED_ON));
        assertEquals(List.of(), ended.dueDates());
        // a letter uploaded beforehand, during implementation, counts too
        CaseState uploaded = s.withDocuments(s.documents().register(upload(SURAT_PENGAKHIRAN), at(2026, 6, 9), admin));
        act(uploaded, admin, end, NOW);
    }
}
