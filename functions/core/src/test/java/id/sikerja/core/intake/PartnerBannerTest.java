package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 14: the tracking answer carries one banner, in the caller's language, that asks what the page asks: a new
 * application without its letter asks the partner for it (never "we will tell you" above an upload box).
 */
class PartnerBannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void aNewApplicationAsksForItsDocumentsInBothLanguages() {
        InMemoryCaseStore store = new InMemoryCaseStore(CLOCK);
        PemdaSettings pemda = new PemdaSettings("Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"),
                "https://sikerja.example.go.id", "no-reply@sikerja.example.go.id", List.of());
        Submission s = new IntakeService(new CaseService(store, Workflow::withDefaults, (c, a, d) -> List.of(), CLOCK),
                store, (f, m) -> { }, CLOCK, pemda, w -> { }).submit(ProposalReader.read(Proposals.validKsdpk()), null,
                "fp");
        TrackingService tracking = new TrackingService(store, caseId -> List.of(), CLOCK, Workflow::withDefaults);

        PartnerBanner id = tracking.view(s.trackingCode(), s.accessToken(), Language.ID).orElseThrow().banner();
        assertEquals("PARTNER", id.holder());
        assertTrue(id.partnerMustAct());
        assertEquals("UPLOAD", id.situation());
        assertTrue(id.next().startsWith("Unggah surat permohonan"), id.next());
        assertFalse(id.next().contains("mengabari"), "no 'we will tell you' while a document is asked for");
        assertEquals(List.of("SURAT_PERMOHONAN"), id.asks().stream().map(PartnerBanner.Ask::type).toList()
                .subList(0, 1));
        assertEquals(LocalDate.of(2026, 3, 9), id.dueDate(), "intake validation: 5 working days, Pemda calendar");

        PartnerBanner en = tracking.view(s.trackingCode(), s.accessToken(), Language.EN).orElseThrow().banner();
        assertEquals("You (the applicant)", en.holderLabel());
        assertTrue(en.next().startsWith("Upload the application letter"), en.next());
        assertEquals("Intake validation due", en.dueWhat());
        assertEquals("The application letter", en.asks().get(0).typeLabel());
    }
}
