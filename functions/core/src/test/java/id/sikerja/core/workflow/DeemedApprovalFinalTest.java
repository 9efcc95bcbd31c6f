package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 item 3: once the DPRD's silence counts as approval, a late refusal cannot undo it (domain.md §2.1). */
class DeemedApprovalFinalTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");
    private final Actor tkksd = Actor.tkksd("tkksd-1");
    private final Actor opd = Actor.opd("opd-1", "DPMPTSP");

    private LocalDate deemedOn;

    /** A KSDPL whose DPRD stayed silent: deemed approval recorded, the case is at Verifikasi Menteri. */
    private Fixtures.WalkBase deemedApproved() {
        Fixtures.WalkBase w = new Fixtures.WalkBase(wf.openByDepartment(
                NewCase.foreign("F-9", Category.KSDPL, List.of("DPMPTSP")), List.of(upload(KAK)), admin,
                Fixtures.at(2026, 1, 5)));
        w.act(opd, Command.of(COMPLETE_INITIATIVE), date(2026, 1, 6));
        w.act(opd, Command.of(COMPLETE_EXPLORATION), date(2026, 1, 20));
        w.act(tkksd, Command.of(RECORD_TKKSD_ASSESSMENT).withDocument(upload(KAJIAN_TKKSD))
                .withFact(Fact.TKKSD_ASSESSED_ON, date(2026, 1, 22))
                .withFact(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU), date(2026, 1, 22));
        w.act(admin, Command.of(SIGN_LOI).withDocument(upload(LOI))
                .withFact(Fact.CONSULTED_KEMENDAGRI_ON, date(2026, 1, 26))
                .withFact(Fact.CONSULTED_KEMLU_ON, date(2026, 1, 27))
                .withFact(Fact.LOI_SIGNED_ON, date(2026, 2, 2)), date(2026, 2, 3));
        w.act(opd, Command.of(COMPLETE_RKS).withDocument(upload(RKS)), date(2026, 2, 10));
        w.act(admin, Command.of(SUBMIT_TO_DPRD).withDocument(upload(DPRD_REQUEST))
                .withFact(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 2, 11)), date(2026, 2, 11));
        LocalDate due = w.state.dueDates().get(0).date();
        deemedOn = due.plusDays(1);
        w.act(Actor.system(), Command.of(DPRD_DEEMED_APPROVE), deemedOn);
        assertEquals(Stage.VERIFIKASI_MENTERI, w.state.stage());
        return w;
    }

    @Test
    void aLateDprdRefusalIsRefusedWithTheReason() {
        Fixtures.WalkBase w = deemedApproved();
        Refusal r = Fixtures.refused(w.attempt(admin, Command.of(DPRD_REJECT).withDocument(upload(DPRD_DECISION))
                .withFact(Fact.DPRD_DECIDED_ON, deemedOn.plusDays(2)).withNote("ditolak"), deemedOn.plusDays(3)),
                Refusal.GateFailed.class);
        assertEquals(List.of("RULE:DPRD_DEEMED_APPROVAL_FINAL"), Fixtures.codes(r));
        assertTrue(r.reasons().get(0).message().en().contains("cannot undo"), r.reasons().toString());
        assertEquals(Optional.of(DprdOutcome.DIANGGAP_DISETUJUI), w.state.fact(Fact.DPRD_OUTCOME));
    }

    @Test
    void theLateLetterIsRecordedAsANoteWithItsDocumentAndChangesNothingElse() {
        Fixtures.WalkBase w = deemedApproved();
        Refusal missing = Fixtures.refused(w.attempt(admin, Command.of(RECORD_DPRD_LATE_LETTER), deemedOn.plusDays(3)),
                Refusal.GateFailed.class);
        assertTrue(Fixtures.codes(missing).contains("INPUT:NOTE"), Fixtures.codes(missing).toString());
        assertTrue(Fixtures.codes(missing).stream().anyMatch(c -> c.contains("DPRD_DECISION")),
                Fixtures.codes(missing).toString());

        w.act(admin, Command.of(RECORD_DPRD_LATE_LETTER).withDocument(upload(DPRD_DECISION))
                .withNote("DPRD menolak (surat terlambat)"), deemedOn.plusDays(3));
        assertEquals(Stage.VERIFIKASI_MENTERI, w.state.stage(), "the case goes on");
        assertEquals(Optional.of(DprdOutcome.DIANGGAP_DISETUJUI), w.state.fact(Fact.DPRD_OUTCOME));
        assertTrue(w.state.documents().latest(DPRD_DECISION).isPresent(), "the letter is kept as a document");
        TimelineEvent last = w.events.get(w.events.size() - 1);
        assertEquals(RECORD_DPRD_LATE_LETTER, last.action());
        assertEquals("DPRD menolak (surat terlambat)", last.note());
    }

    @Test
    void theLateLetterActionDoesNotExistWithoutDeemedApproval() {
        Fixtures.WalkBase w = new Fixtures.WalkBase(wf.openByDepartment(
                NewCase.foreign("F-8", Category.KSDPL, List.of("DPMPTSP")), List.of(upload(KAK)), admin,
                Fixtures.at(2026, 1, 5)));
        Fixtures.refused(w.attempt(admin, Command.of(RECORD_DPRD_LATE_LETTER).withDocument(upload(DPRD_DECISION))
                .withNote("x"), date(2026, 1, 6)), Refusal.class);
    }
}
