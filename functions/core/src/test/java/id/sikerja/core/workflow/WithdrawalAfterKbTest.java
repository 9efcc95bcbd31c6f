package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.DocumentType.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.Fixtures.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Issue 13 item 6: the proposer withdraws only until the KB is signed; afterwards the case ends only for a reason of
 * domain.md §2.3, with its explanation and document.
 */
class WithdrawalAfterKbTest {

    private final Workflow wf = Fixtures.WORKFLOW;
    private final Actor admin = Actor.admin("admin-1");

    private static CaseState at(Stage s, Facts f) {
        CaseState b = Fixtures.bare("W-1", Category.KSDD, s, Origin.PARTNER_APPLICATION);
        return b.withFacts(b.facts().withAll(f));
    }

    private static final Facts KB_SIGNED_FACTS = Facts.empty().with(Fact.KB_SIGNED_ON, date(2026, 5, 4))
            .with(Fact.DPRD_BURDENS_PUBLIC, false).with(Fact.DPRD_FUNDING_UNBUDGETED, false);

    @Test
    void theProposerWithdrawsUntilTheKbIsSigned() {
        CaseState beforeSigning = at(Stage.PENANDATANGANAN_KB, Facts.empty());
        Transition t = Fixtures.accepted(wf.decide(beforeSigning, Actor.partner("W-1"), Command.of(WITHDRAW),
                Fixtures.at(2026, 5, 5)));
        assertEquals(Stage.DIBATALKAN, t.state().stage());
        assertEquals(Optional.of(EndReason.DITARIK_PEMOHON), t.state().endReason());

        for (Stage s : List.of(Stage.PENYUSUNAN_PKS, Stage.PENANDATANGANAN_PKS)) {
            CaseState signed = at(s, KB_SIGNED_FACTS);
            assertInstanceOf(Refusal.class, wf.decide(signed, Actor.partner("W-1"), Command.of(WITHDRAW),
                    Fixtures.at(2026, 6, 1)), s.name());
            Refusal r = assertInstanceOf(Refusal.class, wf.decide(signed, admin, Command.of(WITHDRAW),
                    Fixtures.at(2026, 6, 1)), s.name());
            assertInstanceOf(Refusal.NotApplicable.class, r, s.name() + ": " + r);
        }
    }

    @Test
    void afterTheKbIsSignedTheCaseEndsOnlyForALegalReasonWithItsDocument() {
        CaseState signed = at(Stage.PENYUSUNAN_PKS, KB_SIGNED_FACTS);
        Refusal.GateFailed bare = Fixtures.refused(wf.decide(signed, admin, Command.of(END), Fixtures.at(2026, 6, 1)),
                Refusal.GateFailed.class);
        assertEquals(List.of("INPUT:END_REASON", "INPUT:NOTE", "ATTACH:ANY"), Fixtures.codes(bare));

        assertInstanceOf(Refusal.InvalidCommand.class, wf.decide(signed, admin, Command.of(END)
                .withEndReason(EndReason.DITARIK_PEMOHON).withNote("ditarik").withDocument(upload(BERITA_ACARA)),
                Fixtures.at(2026, 6, 1)), "withdrawal is not a §2.3 reason");

        Transition t = Fixtures.accepted(wf.decide(signed, admin, Command.of(END)
                .withEndReason(EndReason.KESEPAKATAN_PARA_PIHAK).withNote("Para pihak sepakat mengakhiri")
                .withDocument(upload(BERITA_ACARA)), Fixtures.at(2026, 6, 1)));
        assertEquals(Stage.DIBATALKAN, t.state().stage());
        assertEquals(Optional.of(EndReason.KESEPAKATAN_PARA_PIHAK), t.state().endReason());

        assertInstanceOf(Refusal.NotApplicable.class, wf.decide(at(Stage.PENANDATANGANAN_KB, Facts.empty()), admin,
                Command.of(END).withEndReason(EndReason.KESEPAKATAN_PARA_PIHAK).withNote("x")
                        .withDocument(upload(BERITA_ACARA)), Fixtures.at(2026, 6, 1)),
                "before the KB is signed the proposer withdraws instead");
    }
}
