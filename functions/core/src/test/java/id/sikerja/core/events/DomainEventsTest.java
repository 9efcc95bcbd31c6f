package id.sikerja.core.events;

import id.sikerja.core.cases.CaseOutcome.Applied;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.intake.IntakeService;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.intake.Submission;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.EndReason;
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

/**
 * The events a city system receives follow the case's changes, carry a stable id per change, and never name a person.
 */
class DomainEventsTest {

    private static final PemdaSettings PEMDA = new PemdaSettings("Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"),
            "https://sikerja.example.go.id", "no-reply@sikerja.example.go.id", List.of());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);

    private final InMemoryCaseStore memory = new InMemoryCaseStore(CLOCK);
    private final List<CaseStore.Commit> commits = new ArrayList<>();
    /** The store the service writes through, keeping each commit to derive its events as the table adapter does. */
    private final CaseStore store = new CaseStore() {
        @Override
        public Optional<CaseRecord> find(String caseId) {
            return memory.find(caseId);
        }

        @Override
        public List<TimelineEvent> timeline(String caseId) {
            return memory.timeline(caseId);
        }

        @Override
        public Optional<Tracking> findTracking(String trackingCode) {
            return memory.findTracking(trackingCode);
        }

        @Override
        public void commit(Commit commit) {
            memory.commit(commit);
            commits.add(commit);
        }

        @Override
        public Optional<Remembered> remembered(String keyHash) {
            return memory.remembered(keyHash);
        }
    };
    private final CaseService cases = new CaseService(store, Workflow::withDefaults, (c, a, d) -> List.of(), CLOCK);

    private List<DomainEvent> eventsOfLastCommit() {
        return commits.get(commits.size() - 1).cases().stream().flatMap(w -> DomainEvents.of(w).stream()).toList();
    }

    private Submission submitted() {
        IntakeService intake = new IntakeService(cases, memory, (from, m) -> { }, CLOCK, PEMDA, w -> { });
        return intake.submit(ProposalReader.read(Proposals.validKsdpk()), null, "fp");
    }

    @Test
    void aProposalIsSubmittedWithItsTrackingCodeAndCategoryButNoPartnerData() {
        Submission s = submitted();
        List<DomainEvent> events = eventsOfLastCommit();
        assertEquals(List.of(DomainEvents.COOPERATION_SUBMITTED), events.stream().map(DomainEvent::detailType).toList());
        String detail = events.get(0).detail();
        assertTrue(detail.contains("\"trackingCode\":\"" + s.trackingCode() + "\""), detail);
        assertTrue(detail.contains("\"category\":\"KSDPK\""), detail);
        assertTrue(detail.contains("\"stage\":\"INTAKE\""), detail);
        assertTrue(detail.contains("\"eventId\":\"" + events.get(0).eventId() + "\""), detail);
        assertTrue(detail.contains("\"occurredAt\":\"2026-03-02T02:00:00Z\""), detail);
        for (String personal : List.of("PT Air Bersih", "budi@airbersih", "Budi")) {
            assertFalse(detail.contains(personal), "no personal data: " + personal + " in " + detail);
        }
    }

    @Test
    void aDocumentAndAStageChangeEachGiveAnEventWithTheDocumentsHash() {
        Submission s = submitted();
        assertInstanceOf(Applied.class, cases.transition(s.caseId(), Actor.partner(s.caseId()), 1,
                Command.of(Action.UPLOAD_DOCUMENT).withDocument(new DocumentUpload(DocumentType.SURAT_PERMOHONAN,
                        "uploads/a.pdf", "a".repeat(64), "a.pdf")), Optional.empty(), c -> "ok"));
        List<DomainEvent> upload = eventsOfLastCommit();
        assertEquals(List.of(DomainEvents.DOCUMENT_REGISTERED), upload.stream().map(DomainEvent::detailType).toList(),
                "an upload within a stage is no stage change");
        assertTrue(upload.get(0).detail().contains("\"documentType\":\"SURAT_PERMOHONAN\",\"documentVersion\":1,"
                + "\"sha256\":\"" + "a".repeat(64) + "\""), upload.get(0).detail());

        assertInstanceOf(Applied.class, cases.transition(s.caseId(), Actor.partner(s.caseId()), 2,
                Command.of(Action.UPLOAD_DOCUMENT).withDocument(new DocumentUpload(DocumentType.STUDI_KELAYAKAN,
                        "uploads/b.pdf", "b".repeat(64), "b.pdf")), Optional.empty(), c -> "ok"));
        assertInstanceOf(Applied.class, cases.transition(s.caseId(), Actor.admin("admin-sub"), 3,
                Command.of(Action.ACCEPT).withDepartments(List.of("DINKES")), Optional.empty(), c -> "ok"));
        List<DomainEvent> accepted = eventsOfLastCommit();
        assertEquals(DomainEvents.STAGE_CHANGED, accepted.get(0).detailType());
        assertTrue(accepted.get(0).detail().contains("\"action\":\"ACCEPT\""), accepted.get(0).detail());
        assertTrue(accepted.get(0).detail().contains("\"stageFrom\":\"INTAKE\",\"stageTo\":\"PERSIAPAN\""),
                accepted.get(0).detail());
        assertFalse(accepted.get(0).detail().contains("admin-sub"), "no officer's id");
    }

    @Test
    void theSameWriteAlwaysGivesTheSameIdsAndDifferentChangesDifferentOnes() {
        Submission s = submitted();
        CaseStore.CaseWrite created = commits.get(0).cases().get(0);
        assertEquals(DomainEvents.of(created), DomainEvents.of(created), "derived from the write alone");
        cases.transition(s.caseId(), Actor.partner(s.caseId()), 1, Command.of(Action.UPLOAD_DOCUMENT)
                .withDocument(new DocumentUpload(DocumentType.SURAT_PERMOHONAN, "uploads/a.pdf", "a".repeat(64),
                        "a.pdf")), Optional.empty(), c -> "ok");
        assertNotEquals(DomainEvents.of(created).get(0).eventId(), eventsOfLastCommit().get(0).eventId());
    }

    @Test
    void signingAndEndingAnAgreementAreTheirOwnEvents() {
        Submission s = submitted();
        CaseRecord record = memory.find(s.caseId()).orElseThrow();
        Instant at = CLOCK.instant();
        TimelineEvent signed = new TimelineEvent(at, "admin-sub", Role.ADMIN, Action.SIGN_KB,
                Optional.of(Stage.PENANDATANGANAN_KB), Stage.PENYUSUNAN_PKS, "catatan pribadi", Map.of(), List.of(),
                Optional.empty());
        TimelineEvent ended = new TimelineEvent(at, "admin-sub", Role.ADMIN, Action.END,
                Optional.of(Stage.PELAKSANAAN), Stage.PENATAUSAHAAN, "", Map.of(), List.of(),
                Optional.of(EndReason.MITRA_PAILIT));
        List<DomainEvent> events = DomainEvents.of(new CaseStore.CaseWrite(record, 1, List.of(), List.of(signed, ended)));
        assertEquals(List.of(DomainEvents.STAGE_CHANGED, DomainEvents.AGREEMENT_SIGNED, DomainEvents.STAGE_CHANGED,
                DomainEvents.AGREEMENT_ENDED), events.stream().map(DomainEvent::detailType).toList());
        assertTrue(events.get(3).detail().contains("\"endReason\":\"MITRA_PAILIT\""), events.get(3).detail());
        assertFalse(events.get(1).detail().contains("catatan pribadi"), "no note: free text may name people");
        assertEquals(4, events.stream().map(DomainEvent::eventId).distinct().count());
    }
}
