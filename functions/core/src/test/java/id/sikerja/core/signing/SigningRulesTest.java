package id.sikerja.core.signing;

import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17: the signing schedule's rules (who, when, what it must hold, reschedules) and its invitation. */
class SigningRulesTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Instant NOW = LocalDateTime.of(2026, 12, 7, 10, 0).atZone(WITA).toInstant();

    private static Map<String, Object> body() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("mode", "SEREMONIAL");
        b.put("date", "2026-12-10");
        b.put("time", "09:30");
        b.put("place", "Pendopo Wali Kota, Jl. Kesuma Bangsa");
        b.put("signers", List.of(
                Map.of("party", "PEMDA", "name", "Andi Harun", "position", "Wali Kota"),
                Map.of("party", "MITRA", "name", "Edi Damansyah", "position", "Bupati Kutai Kartanegara")));
        return b;
    }

    @Test
    void aProposalIsTheTimeInThePemdasZoneThePlaceAndASignerForEachParty() {
        SigningSchedule.Proposal p = SigningRules.read(body(), WITA, NOW);
        assertEquals(Instant.parse("2026-12-10T01:30:00Z"), p.start(), "09:30 WITA");
        assertEquals(WITA, p.zone());
        assertEquals(SigningRules.DEFAULT_DURATION, p.durationMinutes());
        assertEquals(SigningSchedule.Mode.SEREMONIAL, p.mode());
        assertEquals(2, p.signers().size());
    }

    @Test
    void badInputNamesEachField() {
        Map<String, Object> b = body();
        b.put("mode", "VIRTUAL");
        b.put("date", "10-12-2026");
        b.put("time", "25:00");
        b.put("signers", List.of(Map.of("party", "PEMDA", "name", "Andi Harun")));
        b.put("extra", true);
        assertFields(b, "mode", "date", "time", "signers[0].position", "extra");

        Map<String, Object> past = body();
        past.put("date", "2026-12-07");
        past.put("time", "09:59");
        assertFields(past, "date");

        Map<String, Object> oneParty = body();
        oneParty.put("signers", List.of(Map.of("party", "PEMDA", "name", "Andi Harun", "position", "Wali Kota")));
        InvalidInput e = assertThrows(InvalidInput.class, () -> SigningRules.read(oneParty, WITA, NOW));
        assertEquals("signing_party_missing", e.errors().get(0).code());
        assertEquals("MITRA", e.errors().get(0).params().get("missing"));

        Map<String, Object> none = new HashMap<>();
        assertFields(none, "mode", "date", "time", "place", "signers");
    }

    @Test
    void theProcessTableSaysWhoProposesAndApprovesAndInWhichStages() {
        CaseState signingKb = caseIn(Stage.PENANDATANGANAN_KB);
        assertTrue(SigningRules.whyNotPropose(signingKb, Actor.admin("a")).isEmpty());
        assertTrue(SigningRules.whyNotPropose(signingKb, Actor.opd("o", "DINKES")).isEmpty());
        for (Actor other : List.of(Actor.tkksd("t"), Actor.pimpinan("p"), Actor.partner("C-1"))) {
            assertTrue(SigningRules.whyNotPropose(signingKb, other).isPresent(), other.role().name());
        }
        assertTrue(SigningRules.whyNotApprove(signingKb, Actor.admin("a")).isEmpty());
        for (Actor other : List.of(Actor.opd("o", "DINKES"), Actor.tkksd("t"), Actor.pimpinan("p"), Actor.partner("C-1"))) {
            assertTrue(SigningRules.whyNotApprove(signingKb, other).isPresent(), other.role().name());
        }
        assertTrue(SigningRules.whyNotPropose(caseIn(Stage.PENANDATANGANAN_PKS), Actor.admin("a")).isEmpty());
        assertTrue(SigningRules.whyNotPropose(caseIn(Stage.PENYUSUNAN_KB), Actor.admin("a")).isPresent(),
                "not a signing stage");
    }

    @Test
    void aRescheduleKeepsTheUidRaisesTheSequenceAndNeedsTheCurrentVersion() {
        SigningSchedule.Proposal p = SigningRules.read(body(), WITA, NOW);
        SigningSchedule first = ((SigningRules.Change.Write) SigningRules.propose("C-1", Optional.empty(),
                Optional.empty(), p, Actor.opd("o", "DINKES"), "uid-1@sikerja", NOW)).schedule();
        assertEquals(SigningSchedule.Status.PROPOSED, first.status());
        assertEquals(0, first.sequence());
        assertInstanceOf(SigningRules.Change.Unchanged.class, SigningRules.propose("C-1", Optional.of(first),
                Optional.empty(), p, Actor.opd("o", "DINKES"), "uid-2", NOW), "a retry changes nothing");

        SigningSchedule approved = ((SigningRules.Change.Write) SigningRules.approve(first, 1, Actor.admin("a"), NOW))
                .schedule();
        assertEquals(SigningSchedule.Status.APPROVED, approved.status());
        assertEquals(Optional.of("a"), approved.approvedBy());
        assertInstanceOf(SigningRules.Change.Stale.class, SigningRules.approve(approved, 1, Actor.admin("a"), NOW));

        Map<String, Object> later = body();
        later.put("time", "13:00");
        SigningSchedule.Proposal moved = SigningRules.read(later, WITA, NOW);
        assertInstanceOf(SigningRules.Change.Stale.class, SigningRules.propose("C-1", Optional.of(approved),
                Optional.of(1L), moved, Actor.admin("a"), "x", NOW), "a stale version is refused");
        SigningRules.Change.Write byAdmin = (SigningRules.Change.Write) SigningRules.propose("C-1",
                Optional.of(approved), Optional.of(2L), moved, Actor.admin("a"), "x", NOW);
        assertEquals("uid-1@sikerja", byAdmin.schedule().uid());
        assertEquals(1, byAdmin.schedule().sequence());
        assertEquals(2, byAdmin.expectedVersion());
        assertEquals(SigningSchedule.Status.APPROVED, byAdmin.schedule().status(), "an admin's reschedule stays approved");
        SigningRules.Change.Write byOpd = (SigningRules.Change.Write) SigningRules.propose("C-1",
                Optional.of(approved), Optional.of(2L), moved, Actor.opd("o", "DINKES"), "x", NOW);
        assertEquals(SigningSchedule.Status.PROPOSED, byOpd.schedule().status(), "a department's waits for approval");
    }

    @Test
    void theInvitationCarriesTheIcsInTheReadersLanguage() {
        SigningSchedule s = ((SigningRules.Change.Write) SigningRules.approve(((SigningRules.Change.Write)
                SigningRules.propose("C-1", Optional.empty(), Optional.empty(), SigningRules.read(body(), WITA, NOW),
                        Actor.admin("a"), "uid-9@sikerja", NOW)).schedule(), 1, Actor.admin("a"), NOW)).schedule();
        List<ICalendar.Attendee> to = List.of(new ICalendar.Attendee("Mitra", "mitra@example.com"));
        ICalendar.Attendee organizer = new ICalendar.Attendee("Bagian Kerja Sama", "no-reply@sikerja.example.go.id");
        MailMessage id = SigningRules.invitation(s, "Rujukan pasien", to, organizer, Language.ID, NOW);
        assertEquals("Undangan penandatanganan: Rujukan pasien", id.subject());
        assertTrue(id.text().contains("Kamis, 10 Desember 2026 pukul 09.30 (Asia/Makassar)"), id.text());
        assertTrue(id.text().contains("Penanda tangan mitra: Edi Damansyah, Bupati Kutai Kartanegara"), id.text());
        MailMessage.Attachment ics = id.attachments().get(0);
        assertEquals("text/calendar; charset=UTF-8; method=REQUEST", ics.contentType());
        String calendar = new String(ics.content(), StandardCharsets.UTF_8);
        assertTrue(calendar.contains("\r\nUID:uid-9@sikerja\r\n") && calendar.contains("\r\nSEQUENCE:0\r\n")
                && calendar.contains("\r\nDTSTART:20261210T013000Z\r\n"), calendar);
        MailMessage en = SigningRules.invitation(s, "Patient referral", to, organizer, Language.EN, NOW);
        assertTrue(en.text().contains("Thursday 10 December 2026 at 09:30 (Asia/Makassar)"), en.text());
        assertEquals(List.of("mitra@example.com"), en.to());
    }

    private static void assertFields(Map<String, Object> body, String... fields) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> SigningRules.read(body, WITA, NOW));
        assertEquals(Set.of(fields), e.errors().stream().map(FieldError::field).collect(Collectors.toSet()),
                e.errors().toString());
    }

    private static CaseState caseIn(Stage stage) {
        Transition t = (Transition) Workflow.withDefaults().openFromIntake(NewCase.ksdd("C-1", KsddKind.SUKARELA,
                        List.of("DINKES")), List.of(new DocumentUpload(DocumentType.SURAT_PERMOHONAN, "u/1", "a".repeat(64),
                        "s.pdf")), Actor.partner("C-1"), NOW);
        return t.state().withStage(stage, NOW);
    }
}
