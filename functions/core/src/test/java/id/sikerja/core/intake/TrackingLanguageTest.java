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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The tracking answer names stages in the caller's language: an English reader sees no Indonesian stage name. */
class TrackingLanguageTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void stagesAndHistoryReadInTheCallersLanguage() {
        InMemoryCaseStore store = new InMemoryCaseStore(CLOCK);
        PemdaSettings pemda = new PemdaSettings("Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"),
                "https://sikerja.example.go.id", "no-reply@sikerja.example.go.id", List.of());
        Submission s = new IntakeService(new CaseService(store, Workflow::withDefaults, (c, a, d) -> List.of(), CLOCK),
                store, (f, m) -> { }, CLOCK, pemda, w -> { }).submit(ProposalReader.read(Proposals.validKsdpk()), null,
                "fp");
        TrackingService tracking = new TrackingService(store, caseId -> List.of(), CLOCK);

        TrackingService.PartnerView en = tracking.view(s.trackingCode(), s.accessToken(), Language.EN).orElseThrow();
        assertEquals("Intake validation", en.stageLabel());
        assertEquals(List.of("Intake validation"), en.history().stream().map(h -> h.stageLabel()).toList());

        TrackingService.PartnerView id = tracking.view(s.trackingCode(), s.accessToken(), Language.ID).orElseThrow();
        assertEquals("Validasi permohonan", id.stageLabel(), "Indonesian first, as before");
        assertEquals(id.stageLabel(), tracking.view(s.trackingCode(), s.accessToken()).orElseThrow().stageLabel());
    }
}
