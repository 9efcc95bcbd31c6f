package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.documents.StorageKeys;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.documents.UploadRequest;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Uploads in the single table: decided once, registered in the case's transaction, listed with the case. */
class DynamoDocumentStoreTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T02:00:00Z");
    private static final Workflow WORKFLOW = Workflow.withDefaults();
    private static LocalTable local;
    private static DynamoDocumentStore documents;
    private static DynamoCaseStore cases;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
        Clock clock = Clock.fixed(MONDAY, ZoneOffset.UTC);
        documents = new DynamoDocumentStore(local.client(), LocalTable.TABLE, clock);
        cases = new DynamoCaseStore(local.client(), LocalTable.TABLE, clock);
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    @Test
    void aRegistrationWritesTheUploadAndTheCaseTogetherAndOnlyOnce() {
        CaseRecord c = createCase("case-reg");
        Upload pending = pending("doc-1", Optional.of(c.id()), Actor.partner(c.id()));
        documents.create(pending);
        assertEquals(Optional.of(pending), documents.find(new StorageKeys.UploadId(Optional.of(c.id()), "doc-1")));
        assertTrue(item(pending).containsKey("expiresAt"), "a pending upload expires");

        Instant arrived = MONDAY.plusSeconds(600);
        Transition t = (Transition) WORKFLOW.decide(c.state(), Actor.partner(c.id()),
                Command.of(Action.UPLOAD_DOCUMENT).withDocument(pending.reference()), arrived);
        CaseRecord next = new CaseRecord(c.trackingCode(), c.proposal(), t.state(), arrived);
        Upload registered = pending.registered(Optional.of(1), arrived);
        CaseStore.CaseWrite write = new CaseStore.CaseWrite(next, c.version(), c.state().dueDates(), t.events());
        documents.register(registered, write);

        assertEquals(Upload.Status.REGISTERED, documents.find(new StorageKeys.UploadId(Optional.of(c.id()), "doc-1"))
                .orElseThrow().status());
        assertFalse(item(registered).containsKey("expiresAt"), "a decided upload is kept");
        assertEquals(c.version() + 1, cases.find(c.id()).orElseThrow().version());
        assertThrows(CaseStore.Conflict.class, () -> documents.register(registered, write), "decided once");
        assertThrows(CaseStore.Conflict.class, () -> documents.reject(registered.rejected(
                new Upload.Rejection("X", Text.of("x", "x")), MONDAY)));
        assertEquals(c.version() + 1, cases.find(c.id()).orElseThrow().version());
        assertEquals(List.of(registered), documents.ofCase(c.id()));
    }

    @Test
    void aRejectionAndAnUploadForANewCase() {
        Upload pending = pending("doc-2", Optional.of("case-x"), Actor.admin("a"));
        documents.create(pending);
        Upload rejected = pending.rejected(new Upload.Rejection("CHECKSUM_MISMATCH", Text.of("beda", "differs")), MONDAY);
        documents.reject(rejected);
        assertEquals(Optional.of(rejected), documents.find(new StorageKeys.UploadId(Optional.of("case-x"), "doc-2")));

        Upload forNew = pending("doc-3", Optional.empty(), Actor.opd("o", "DINKES"));
        documents.create(forNew);
        documents.registerForNewCase(forNew.registered(Optional.empty(), MONDAY));
        Upload stored = documents.find(new StorageKeys.UploadId(Optional.empty(), "doc-3")).orElseThrow();
        assertEquals(Upload.Status.REGISTERED, stored.status());
        assertEquals(Optional.of("DINKES"), stored.uploader().department());
        assertThrows(CaseStore.Conflict.class, () -> documents.registerForNewCase(stored));
    }

    @Test
    void aDownloadIsATimelineEventBesideTheTransitions() {
        CaseRecord c = createCase("case-dl");
        TimelineEvent download = new TimelineEvent(MONDAY, "a", Role.ADMIN,
                Action.DOWNLOAD_DOCUMENT, Optional.of(c.stage()), c.stage(), "", Map.of(),
                List.of(new DocumentRef(DocumentType.SURAT_PERMOHONAN, 1)), Optional.empty());
        documents.record(c.id(), download);
        documents.record(c.id(), download);
        List<TimelineEvent> timeline = cases.timeline(c.id());
        assertEquals(3, timeline.size(), "the opening and two downloads at the same instant");
        assertEquals(download, timeline.get(2));
    }

    private static Upload pending(String id, Optional<String> caseId, Actor who) {
        UploadRequest request = UploadRequest.read(Map.of("type", "KB_SIGNED", "fileName", "kb.pdf",
                "contentType", "application/pdf", "size", 1234, "sha256", "ab".repeat(32)));
        return Upload.pending(id, caseId, request, who, MONDAY);
    }

    private static Map<String, AttributeValue> item(Upload u) {
        return local.client().getItem(r -> r.tableName(LocalTable.TABLE).key(UploadItems.key(u))).item();
    }

    /** A KSDD application at intake, moved to KB signing, where the partner may upload the signed KB. */
    private static CaseRecord createCase(String id) {
        Transition t = (Transition) WORKFLOW.openFromIntake(NewCase.ksdd(id, KsddKind.SUKARELA, List.of("DINKES")),
                List.of(new DocumentUpload(DocumentType.SURAT_PERMOHONAN, "u/" + id + ".pdf", "d".repeat(64), "")),
                Actor.partner(id), MONDAY);
        CaseRecord c = new CaseRecord("KS-2026-" + id, CaseItemsTest.fullCase(id).proposal(),
                t.state().withStage(Stage.PENANDATANGANAN_KB, MONDAY), MONDAY);
        cases.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(c, 0, List.of(), t.events())), List.of(),
                Optional.empty()));
        return c;
    }
}
