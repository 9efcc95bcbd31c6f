package id.sikerja.core.documents;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.documents.DocumentReception.Outcome;
import id.sikerja.core.documents.DocumentService.Ticket;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.Decision;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Uploads from the declaration to the registered version: who may upload what, the checks on the bytes that
 * arrive, the case change, duplicated events, the malware scan, the references a command may carry, downloads.
 */
class DocumentsTest {

    private static final Instant NOW = Instant.parse("2026-06-02T02:00:00Z");
    private static final Workflow WORKFLOW = Workflow.withDefaults();
    private static final byte[] PDF = "%PDF-1.7\nthe signed KB\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryStores stores = new InMemoryStores();
    private final InMemoryObjects objects = new InMemoryObjects(clock);
    private final Actor admin = Actor.admin("admin-sub");
    private final Actor partner = Actor.partner("case-1");
    private int ids;
    private DocumentService service;
    private DocumentReception reception;

    @BeforeEach
    void setUp() {
        stores.put(caseAt("case-1", Stage.PENANDATANGANAN_KB));
        service = new DocumentService(stores, stores, objects, () -> WORKFLOW,
                (code, token) -> "KS-1".equals(code) && "secret".equals(token) ? Optional.of("case-1") : Optional.empty(),
                clock, () -> "doc-" + (++ids));
        reception = new DocumentReception(stores, stores, objects, () -> WORKFLOW, clock, false);
    }

    // ------------------------------------------------------------------ requesting an upload

    @Test
    void theTicketIsAPutOfTheDeclaredFileToAServerChosenKeyUnderIncoming() {
        Ticket t = service.requestUpload("case-1", partner, declared(DocumentType.KB_SIGNED, PDF, "application/pdf"))
                .orElseThrow();
        assertEquals("incoming/case/case-1/doc-1", t.upload().incomingKey(), "from ids, never from the file name");
        assertEquals("PUT", t.put().method());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), t.put().expiresAt());
        Upload stored = stores.find(new StorageKeys.UploadId(Optional.of("case-1"), "doc-1")).orElseThrow();
        assertEquals(Upload.Status.PENDING, stored.status());
        assertEquals(partner, stored.uploader());
        assertEquals(sha256(PDF), stored.sha256());
    }

    @Test
    void anUploadStillPendingWhenItsUrlExpiredIsShownExpiredWithWhatToDoNextAndNothingStoredChanges() {
        Ticket t = service.requestUpload("case-1", partner, declared(DocumentType.KB_SIGNED, PDF, "application/pdf"))
                .orElseThrow();
        assertEquals(Upload.Status.PENDING, service.uploads("case-1", admin).orElseThrow().get(0).status());
        assertEquals(t.put().expiresAt(), t.upload().expiresAt());

        DocumentService aMomentBefore = serviceAt(t.put().expiresAt().minusSeconds(1));
        assertEquals(Upload.Status.PENDING, aMomentBefore.uploads("case-1", admin).orElseThrow().get(0).status());
        Upload shown = serviceAt(t.put().expiresAt()).uploads("case-1", admin).orElseThrow().get(0);
        assertEquals(Upload.Status.EXPIRED, shown.status());
        assertEquals("UPLOAD_EXPIRED", shown.rejection().orElseThrow().code());
        assertTrue(shown.rejection().get().message().id().contains("Unggah berkas ini sekali lagi"));
        assertTrue(shown.rejection().get().message().en().contains("Upload the file once more"));
        assertEquals(Upload.Status.PENDING, stores.find(new StorageKeys.UploadId(Optional.of("case-1"), "doc-1"))
                .orElseThrow().status(), "derived when shown, never stored");
    }

    @Test
    void aRegisteredUploadIsNeverShownExpired() {
        Ticket t = requestAndPut(partner, DocumentType.KB_SIGNED, PDF, "application/pdf", PDF);
        reception.receive(t.upload().incomingKey(), Optional.of("v1"));
        Upload shown = serviceAt(NOW.plus(Duration.ofDays(2))).uploads("case-1", admin).orElseThrow().get(0);
        assertEquals(Upload.Status.REGISTERED, shown.status());
        assertTrue(shown.rejection().isEmpty());
    }

    private DocumentService serviceAt(Instant at) {
        return new DocumentService(stores, stores, objects, () -> WORKFLOW, (code, token) -> Optional.empty(),
                Clock.fixed(at, ZoneOffset.UTC), () -> "later");
    }

    @Test
    void onlyATypeThisRoleMayUploadInThisStageGetsAUrl() {
        InvalidInput wrongType = assertThrows(InvalidInput.class, () -> service.requestUpload("case-1", partner,
                declared(DocumentType.PKS_SIGNED, PDF, "application/pdf")));
        FieldError e = wrongType.errors().get(0);
        assertEquals("type", e.field());
        assertEquals("not_uploadable_now", e.code());
        assertEquals("KB_SIGNED", e.params().get("allowed"), "the partner may upload only the signed KB here");
        // the partner reads the documents' names, not internal codes, in its language
        String inId = e.message(id.sikerja.core.validation.Language.ID);
        String inEn = e.message(id.sikerja.core.validation.Language.EN);
        assertTrue(inId.contains(DocumentType.KB_SIGNED.label().id()), inId);
        assertTrue(inEn.contains(DocumentType.KB_SIGNED.label().en()), inEn);
        assertFalse(inId.contains("KB_SIGNED") || inEn.contains("KB_SIGNED"), inId + " / " + inEn);

        InvalidInput leadership = assertThrows(InvalidInput.class, () -> service.requestUpload("case-1",
                Actor.pimpinan("boss"), declared(DocumentType.KB_SIGNED, PDF, "application/pdf")));
        assertEquals("—", leadership.errors().get(0).params().get("allowed"), "leadership reads only");
        assertTrue(stores.uploads.isEmpty());
    }

    @Test
    void aCaseTheCallerCannotSeeDoesNotExist() {
        assertTrue(service.requestUpload("case-1", Actor.partner("case-2"),
                declared(DocumentType.KB_SIGNED, PDF, "application/pdf")).isEmpty());
        assertTrue(service.requestUpload("case-1", Actor.opd("dishub-sub", "DISHUB"),
                declared(DocumentType.KB_SIGNED, PDF, "application/pdf")).isEmpty());
        assertTrue(service.requestUpload("no-such-case", admin,
                declared(DocumentType.KB_SIGNED, PDF, "application/pdf")).isEmpty());
        assertTrue(service.download("case-1", Actor.partner("case-2"), DocumentType.KB_SIGNED, 1).isEmpty());
    }

    // ------------------------------------------------------------------ receiving it

    /** Issue 17: the admin checks the registered signed KB (paraf, meterai, cap) and confirms it first. */
    private CaseState checked(CaseState s) {
        return ((Transition) WORKFLOW.decide(s, admin, Command.of(Action.CONFIRM_SIGNED_COPY)
                .withFact(Fact.SIGNED_COPY_PARAF, true).withFact(Fact.SIGNED_COPY_METERAI, true)
                .withFact(Fact.SIGNED_COPY_CAP, true), NOW)).state();
    }

    @Test
    void aFileThatMatchesItsDeclarationIsRegisteredOnTheCaseAndOpensTheGate() {
        Ticket t = requestAndPut(partner, DocumentType.KB_SIGNED, PDF, "application/pdf", PDF);

        Outcome.Registered registered = assertInstanceOf(Outcome.Registered.class,
                reception.receive(t.upload().incomingKey(), Optional.of("v1")));
        assertEquals(Optional.of(1), registered.upload().version());

        CaseRecord c = stores.find("case-1").orElseThrow();
        assertEquals(8, c.version(), "registration is a change of the case");
        var version = c.state().documents().latest(DocumentType.KB_SIGNED).orElseThrow();
        assertEquals("documents/case/case-1/doc-1", version.storageKey());
        assertEquals(sha256(PDF), version.sha256());
        assertEquals(Role.PARTNER, version.registeredByRole());
        assertEquals(NOW, version.registeredAt());
        TimelineEvent event = stores.timeline("case-1").get(0);
        assertEquals(Action.UPLOAD_DOCUMENT, event.action());
        assertEquals(List.of(new DocumentRef(DocumentType.KB_SIGNED, 1)), event.documents());
        assertArrayEquals(PDF, objects.objects.get("documents/case/case-1/doc-1").bytes(), "kept under documents/");
        assertFalse(objects.objects.containsKey(t.upload().incomingKey()), "nothing stays under incoming/");

        Decision signing = WORKFLOW.decide(checked(c.state()), admin, Command.of(Action.SIGN_KB)
                .withFact(Fact.KB_SIGNED_ON, LocalDate.of(2026, 6, 1))
                .withFact(Fact.KB_SIGNATORY, id.sikerja.core.workflow.Signatory.KEPALA_DAERAH), NOW);
        assertInstanceOf(Transition.class, signing, "the gate sees the registered signed KB: " + signing);
    }

    @Test
    void aFileThatDiffersFromItsDeclarationIsRejectedWithAReasonAndRemoved() {
        assertRejected(PDF, "application/pdf", "%PDF-1.7 other, longer bytes than declared".getBytes(StandardCharsets.US_ASCII),
                "application/pdf", "SIZE_MISMATCH");
        byte[] sameLength = PDF.clone();
        sameLength[10] = 'X';
        assertRejected(PDF, "application/pdf", sameLength, "application/pdf", "CHECKSUM_MISMATCH");
        byte[] notAPdf = PDF.clone();
        notAPdf[0] = 'X';
        assertRejected(notAPdf, "application/pdf", notAPdf, "application/pdf", "SIGNATURE_MISMATCH");
        assertRejected(PDF, "application/pdf", PDF, "image/png", "CONTENT_TYPE_MISMATCH");
        assertEquals(7, stores.find("case-1").orElseThrow().version(), "a rejection does not change the case");
        assertFalse(stores.find("case-1").orElseThrow().state().documents().has(DocumentType.KB_SIGNED),
                "and the gate stays closed");
    }

    @Test
    void aReplayedEventChangesNothing() {
        Ticket t = requestAndPut(partner, DocumentType.KB_SIGNED, PDF, "application/pdf", PDF);
        reception.receive(t.upload().incomingKey(), Optional.of("v1"));
        CaseRecord after = stores.find("case-1").orElseThrow();
        int writes = stores.writes;

        Outcome again = reception.receive(t.upload().incomingKey(), Optional.of("v1"));

        assertInstanceOf(Outcome.AlreadyDecided.class, again);
        assertEquals(after, stores.find("case-1").orElseThrow());
        assertEquals(writes, stores.writes);
        assertEquals(1, stores.timeline("case-1").size());
    }

    @Test
    void everyUploadIsANewVersionNothingIsOverwritten() {
        Ticket first = requestAndPut(partner, DocumentType.KB_SIGNED, PDF, "application/pdf", PDF);
        reception.receive(first.upload().incomingKey(), Optional.empty());
        byte[] corrected = "%PDF-1.7\nthe signed KB, corrected\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        Ticket second = requestAndPut(partner, DocumentType.KB_SIGNED, corrected, "application/pdf", corrected);
        reception.receive(second.upload().incomingKey(), Optional.empty());

        Documents docs = stores.find("case-1").orElseThrow().state().documents();
        assertEquals(2, docs.versions(DocumentType.KB_SIGNED).size());
        assertArrayEquals(PDF, objects.objects.get(docs.versions(DocumentType.KB_SIGNED).get(0).storageKey()).bytes());
        assertArrayEquals(corrected, objects.objects.get(docs.versions(DocumentType.KB_SIGNED).get(1).storageKey()).bytes());
    }

    @Test
    void anUploadTheStageNoLongerAcceptsIsRejectedWithTheWorkflowsReason() {
        Ticket t = requestAndPut(partner, DocumentType.KB_SIGNED, PDF, "application/pdf", PDF);
        CaseRecord moved = caseAt("case-1", Stage.PERSETUJUAN_DPRD);
        stores.put(moved);

        Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class,
                reception.receive(t.upload().incomingKey(), Optional.empty()));
        assertEquals("NOT_ACCEPTED_NOW", rejected.upload().rejection().orElseThrow().code());
        assertTrue(objects.objects.isEmpty(), "neither the incoming object nor its copy stays");
    }

    @Test
    void withTheMalwareScanRequiredAFileWaitsForACleanVerdict() {
        DocumentReception scanned = new DocumentReception(stores, stores, objects, () -> WORKFLOW, clock, true);
        Ticket clean = requestAndPut(partner, DocumentType.KB_SIGNED, PDF, "application/pdf", PDF);
        String key = clean.upload().incomingKey();

        assertInstanceOf(Outcome.AwaitingScan.class, scanned.receive(key, Optional.empty()));
        assertEquals(Upload.Status.PENDING, stores.uploads.values().iterator().next().status());
        objects.objects.get(key).tags().put(DocumentReception.SCAN_TAG, "NO_THREATS_FOUND");
        assertInstanceOf(Outcome.Registered.class, scanned.receive(key, Optional.empty()));

        Ticket infected = requestAndPut(partner, DocumentType.KB_SIGNED, PDF, "application/pdf", PDF);
        objects.objects.get(infected.upload().incomingKey()).tags().put(DocumentReception.SCAN_TAG, "THREATS_FOUND");
        Outcome.Rejected rejected = assertInstanceOf(Outcome.Rejected.class,
                scanned.receive(infected.upload().incomingKey(), Optional.empty()));
        assertEquals("MALWARE", rejected.upload().rejection().orElseThrow().code());
    }

    @Test
    void eventsForKeysSiKerjaDidNotIssueAreIgnored() {
        objects.put("incoming/case/case-1/unknown", PDF, "application/pdf");
        assertInstanceOf(Outcome.Ignored.class, reception.receive("incoming/case/case-1/unknown", Optional.empty()));
        assertInstanceOf(Outcome.Ignored.class, reception.receive("incoming/../etc", Optional.empty()));
        assertTrue(objects.objects.containsKey("incoming/case/case-1/unknown"));
    }

    // ------------------------------------------------------------------ referencing and downloading it

    @Test
    void commandsMayReferenceRegisteredUploadsOfTheirCaseOnly() {
        RegisteredUploads registry = new RegisteredUploads(stores);
        Ticket t = requestAndPut(partner, DocumentType.KB_SIGNED, PDF, "application/pdf", PDF);
        DocumentUpload reference = t.upload().reference();
        assertEquals(List.of(FieldError.of("documents[0]", "not_registered")),
                registry.verify(Optional.of("case-1"), admin, List.of(reference)), "pending is not registered");

        reception.receive(t.upload().incomingKey(), Optional.empty());
        assertEquals(List.of(), registry.verify(Optional.of("case-1"), admin, List.of(reference)));
        assertEquals(List.of(FieldError.of("documents[0]", "not_registered")),
                registry.verify(Optional.of("case-2"), admin, List.of(reference)), "another case's upload");
        DocumentUpload otherHash = new DocumentUpload(DocumentType.KB_SIGNED, reference.storageKey(), "0".repeat(64), "");
        DocumentUpload made = new DocumentUpload(DocumentType.KB_SIGNED, "documents/case/case-1/made-up", sha256(PDF), "");
        assertEquals(2, registry.verify(Optional.of("case-1"), admin, List.of(otherHash, made)).size());

        // attaching the registered version adds no second version
        CaseState state = stores.find("case-1").orElseThrow().state();
        Transition signed = (Transition) WORKFLOW.decide(checked(state), admin, Command.of(Action.SIGN_KB)
                .withFact(Fact.KB_SIGNED_ON, LocalDate.of(2026, 6, 1))
                .withFact(Fact.KB_SIGNATORY, id.sikerja.core.workflow.Signatory.KEPALA_DAERAH).withDocument(reference), NOW);
        assertEquals(1, signed.state().documents().versions(DocumentType.KB_SIGNED).size());
        assertEquals(List.of(new DocumentRef(DocumentType.KB_SIGNED, 1)), signed.events().get(0).documents());
    }

    @Test
    void uploadsForANewCaseAreTheirUploadersToReference() {
        Ticket t = service.requestUploadForNewCase(admin, declared(DocumentType.PKS_SIGNED, PDF, "application/pdf"));
        assertEquals("incoming/new/doc-1", t.upload().incomingKey());
        objects.put(t.upload().incomingKey(), PDF, "application/pdf");
        assertInstanceOf(Outcome.Registered.class, reception.receive(t.upload().incomingKey(), Optional.empty()));

        RegisteredUploads registry = new RegisteredUploads(stores);
        assertEquals(List.of(), registry.verify(Optional.empty(), admin, List.of(t.upload().reference())));
        assertEquals(1, registry.verify(Optional.empty(), Actor.admin("another-admin"),
                List.of(t.upload().reference())).size());
        assertTrue(service.uploadForNewCase("doc-1", admin).isPresent());
        assertTrue(service.uploadForNewCase("doc-1", Actor.admin("another-admin")).isEmpty());

        InvalidInput tkksd = assertThrows(InvalidInput.class, () -> service.requestUploadForNewCase(
                Actor.tkksd("t"), declared(DocumentType.KAK, PDF, "application/pdf")));
        assertEquals("not_uploadable_now", tkksd.errors().get(0).code());
    }

    @Test
    void aDownloadIsAShortLivedGetAndIsRecordedInTheTimeline() {
        Ticket t = requestAndPut(partner, DocumentType.KB_SIGNED, PDF, "application/pdf", PDF);
        reception.receive(t.upload().incomingKey(), Optional.empty());
        long version = stores.find("case-1").orElseThrow().version();

        DocumentService.Download d = service.download("case-1", Actor.opd("dinkes-sub", "DINKES"),
                DocumentType.KB_SIGNED, 1).orElseThrow();

        assertEquals("GET", d.get().method());
        assertEquals(NOW.plus(Duration.ofMinutes(5)), d.get().expiresAt());
        TimelineEvent recorded = stores.timeline("case-1").get(1);
        assertEquals(Action.DOWNLOAD_DOCUMENT, recorded.action());
        assertEquals("dinkes-sub", recorded.actorId());
        assertEquals(version, stores.find("case-1").orElseThrow().version(), "a download changes nothing else");
        assertTrue(service.download("case-1", admin, DocumentType.KB_SIGNED, 2).isEmpty(), "no such version");
    }

    @Test
    void thePartnersCaseComesFromItsTrackingCodeAndToken() {
        assertEquals(Optional.of("case-1"), service.partnerCase("KS-1", "secret"));
        assertEquals(Optional.empty(), service.partnerCase("KS-1", "wrong"));
    }

    // ------------------------------------------------------------------ helpers

    private void assertRejected(byte[] declared, String declaredType, byte[] sent, String storedType, String code) {
        Ticket t = requestAndPut(partner, DocumentType.KB_SIGNED, declared, declaredType, sent, storedType);
        Outcome.Rejected r = assertInstanceOf(Outcome.Rejected.class,
                reception.receive(t.upload().incomingKey(), Optional.empty()));
        assertEquals(code, r.upload().rejection().orElseThrow().code());
        assertFalse(r.upload().rejection().orElseThrow().message().id().isBlank());
        assertEquals(Upload.Status.REJECTED,
                stores.find(new StorageKeys.UploadId(Optional.of("case-1"), t.upload().documentId())).orElseThrow().status());
        assertFalse(objects.objects.containsKey(t.upload().incomingKey()), "a rejected file is removed");
    }

    private Ticket requestAndPut(Actor who, DocumentType type, byte[] declared, String contentType, byte[] sent) {
        return requestAndPut(who, type, declared, contentType, sent, contentType);
    }

    private Ticket requestAndPut(Actor who, DocumentType type, byte[] declared, String contentType, byte[] sent,
                                 String storedType) {
        Ticket t = service.requestUpload("case-1", who, declared(type, declared, contentType)).orElseThrow();
        objects.put(t.upload().incomingKey(), sent, storedType);
        return t;
    }

    private static UploadRequest declared(DocumentType type, byte[] bytes, String contentType) {
        String extension = FileKind.ofMediaType(contentType).orElseThrow().extensions().get(0);
        return UploadRequest.read(Map.of("type", type.name(), "fileName", "berkas" + extension,
                "contentType", contentType, "size", bytes.length, "sha256", sha256(bytes)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A third party's KSDPK of department DINKES at the stage, at version 7, needing no DPRD approval. */
    private static CaseRecord caseAt(String id, Stage stage) {
        Instant t = NOW.minus(Duration.ofDays(30));
        CaseState s = new CaseState(id, Category.KSDPK, Optional.empty(), Optional.of(KsdpkInitiative.PIHAK_KETIGA),
                Origin.PARTNER_APPLICATION, stage, t, List.of("DINKES"), 7,
                Facts.empty().with(Fact.DPRD_BURDENS_PUBLIC, false).with(Fact.DPRD_FUNDING_UNBUDGETED, false),
                Documents.empty(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), t);
        return new CaseRecord("KS-1", ProposalReader.read(Proposals.validKsdpk()), s, t);
    }
}
