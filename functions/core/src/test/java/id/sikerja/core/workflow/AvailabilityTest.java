package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static id.sikerja.core.workflow.Action.*;
import static id.sikerja.core.workflow.Fixtures.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What GET /cooperations/{id} shows: every action of the stage, allowed or not and why. */
class AvailabilityTest {

    private final Workflow wf = Fixtures.WORKFLOW;

    private Map<Action, ActionAvailability> view(CaseState s, Actor a) {
        return wf.available(s, a, Fixtures.at(2026, 6, 2)).stream()
                .collect(Collectors.toMap(ActionAvailability::action, Function.identity()));
    }

    @Test
    void adminSeesWhatIsMissingAndWhatTheFormAsks() {
        CaseState s = Fixtures.bare("A-1", Category.KSDPK, Stage.PENANDATANGANAN_PKS, Origin.DEPARTMENT);
        Map<Action, ActionAvailability> v = view(s, Actor.admin("a"));
        assertEquals(Set.of(SIGN_PKS, WITHDRAW, UPLOAD_DOCUMENT, RECORD_FACTS, ASSIGN_DEPARTMENTS,
                SET_RESPONSIBLE_OFFICER, CONFIRM_SIGNED_COPY, RETURN_SIGNED_COPY), v.keySet()); // issue 18 (h18-owner), issue 17
        ActionAvailability sign = v.get(SIGN_PKS);
        assertTrue(sign.permitted());
        assertFalse(sign.allowed());
        assertEquals(List.of("DOC:PKS_SIGNED"), sign.reasons().stream().map(UnmetCondition::code).toList(),
                "facts the action records are form fields, not reasons");
        assertTrue(sign.asks().containsAll(List.of(Fact.PKS_SIGNED_ON, Fact.SIGNATORY, Fact.TERM_MONTHS,
                Fact.PKS_CLAUSE_SANCTIONS)));
        assertEquals(Optional.of(Stage.PELAKSANAAN), sign.target());
        assertTrue(v.get(WITHDRAW).allowed());
        assertEquals(Optional.of(Stage.DIBATALKAN), v.get(WITHDRAW).target());
        assertTrue(v.get(UPLOAD_DOCUMENT).allowed());
        assertEquals(1, v.get(UPLOAD_DOCUMENT).inputs().size(), "the attachment is a form input");
        assertTrue(v.get(UPLOAD_DOCUMENT).documentTypes().contains(DocumentType.KAK), "admins may add earlier documents");
    }

    @Test
    void recordedFactsAreCheckedOnceRecorded() {
        CaseState s = Fixtures.bare("A-2", Category.KSDD, Stage.PENANDATANGANAN_PKS, Origin.DEPARTMENT);
        s = s.withFacts(s.facts().with(Fact.SIGNATORY, Signatory.PEJABAT_OPD).with(Fact.TERM_MONTHS, 84));
        List<String> reasons = view(s, Actor.admin("a")).get(SIGN_PKS).reasons().stream()
                .map(UnmetCondition::code).toList();
        assertEquals(List.of("DOC:PKS_SIGNED", "DOC:SURAT_KUASA", "RULE:TERM_MAX"), reasons);
    }

    @Test
    void othersSeeWhatTheyMayDo() {
        CaseState s = Fixtures.bare("A-3", Category.KSDPK, Stage.PENANDATANGANAN_PKS, Origin.PARTNER_APPLICATION);
        Map<Action, ActionAvailability> partner = view(s, Actor.partner("A-3"));
        assertFalse(partner.get(SIGN_PKS).permitted());
        assertEquals(UnmetCondition.Kind.PERMISSION, partner.get(SIGN_PKS).reasons().get(0).kind());
        assertTrue(partner.get(UPLOAD_DOCUMENT).permitted());
        assertEquals(Set.of(DocumentType.PKS_SIGNED), partner.get(UPLOAD_DOCUMENT).documentTypes());
        assertTrue(partner.get(WITHDRAW).allowed(), "the partner proposed this case");

        Map<Action, ActionAvailability> opd = view(s, Actor.opd("o", Fixtures.DEPT));
        assertEquals(Set.of(DocumentType.PKS_SIGNED, DocumentType.SURAT_KUASA, DocumentType.DASAR_JANGKA_WAKTU),
                opd.get(UPLOAD_DOCUMENT).documentTypes()); // issue 13 item 9: the basis of a longer term
        assertFalse(opd.get(WITHDRAW).permitted());

        assertTrue(view(s, Actor.pimpinan("p")).values().stream().noneMatch(ActionAvailability::permitted));
    }

    @Test
    void inputsAreListedForTheForm() {
        CaseState s = Fixtures.bare("A-4", Category.KSDD, Stage.INTAKE, Origin.PARTNER_APPLICATION);
        ActionAvailability ret = view(s, Actor.admin("a")).get(RETURN_FOR_REVISION);
        assertTrue(ret.allowed());
        assertEquals(List.of(Text.of("Catatan perbaikan untuk pemohon", "The revision note for the proposer")),
                ret.inputs());
    }

    @Test
    void aRunningDprdPeriodShowsWhy() {
        CaseState s = Fixtures.bare("A-5", Category.KSDD, Stage.PERSETUJUAN_DPRD, Origin.DEPARTMENT);
        s = s.withFacts(s.facts().with(Fact.DPRD_REQUEST_RECEIVED_ON, date(2026, 5, 25)));
        ActionAvailability deemed = wf.available(s, Actor.system(), Fixtures.at(2026, 6, 2)).stream()
                .filter(a -> a.action() == DPRD_DEEMED_APPROVE).findFirst().orElseThrow();
        assertTrue(deemed.permitted());
        assertEquals(List.of("DOC:DPRD_REQUEST", "RULE:DPRD_PERIOD_RUNNING"),
                deemed.reasons().stream().map(UnmetCondition::code).toList());
    }

    @Test
    void theDprdFactsDecideTheTargetOfKbSigning() {
        CaseState s = Fixtures.bare("A-6", Category.KSDD, Stage.PENANDATANGANAN_KB, Origin.DEPARTMENT);
        assertEquals(Optional.empty(), view(s, Actor.admin("a")).get(SIGN_KB).target(), "undecided without the facts");
        CaseState burdens = s.withFacts(s.facts().with(Fact.DPRD_BURDENS_PUBLIC, false)
                .with(Fact.DPRD_FUNDING_UNBUDGETED, true));
        assertEquals(Optional.of(Stage.PERSETUJUAN_DPRD), view(burdens, Actor.admin("a")).get(SIGN_KB).target());
    }
}
