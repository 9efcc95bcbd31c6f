package id.sikerja.core.documents;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.documents.ObjectStore.Contents;
import id.sikerja.core.documents.ObjectStore.ObjectInfo;
import id.sikerja.core.documents.StorageKeys.UploadId;
import id.sikerja.core.documents.Upload.Rejection;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.Decision;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Refusal;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What happens when an object arrives under {@code incoming/}: the file is checked against what its uploader
 * declared, then registered on the case or rejected, and the incoming object is removed. Nothing the client says
 * about the bytes is trusted: the size and content type come from storage, the SHA-256 and the file signature from
 * reading the bytes.
 *
 * <p>Checks, in order: a malware scan's verdict (when required), the size (declared, and within the type's limit),
 * the content type, the file signature ({@code %PDF-}, ZIP for Word, PNG, JPEG), the SHA-256.
 *
 * <p>A file that passes is copied to its permanent key under {@code documents/} (keyed by its document id, so
 * nothing is ever overwritten) and registered by the workflow's {@code UPLOAD_DOCUMENT} action in the uploader's
 * name: the next version of its type, a timeline event, the case's version + 1, written in one transaction with the
 * upload's move from PENDING to REGISTERED. If the workflow refuses (the case moved to a stage where this upload is
 * not accepted, or ended), the upload is rejected with the workflow's reason.
 *
 * <p>Storage events may come twice, late or out of order: an upload is decided once (every change is conditional on
 * PENDING), and an event for a decided upload only removes what is left under {@code incoming/}.
 */
public final class DocumentReception {

    /** The tag GuardDuty Malware Protection for S3 sets on a scanned object. */
    public static final String SCAN_TAG = "GuardDutyMalwareScanStatus";
    static final String NO_THREATS = "NO_THREATS_FOUND";
    static final String THREATS = "THREATS_FOUND";
    private static final int ATTEMPTS = 5;

    private final CaseStore cases;
    private final DocumentStore store;
    private final ObjectStore objects;
    private final Supplier<Workflow> workflow;
    private final Clock clock;
    private final boolean requireScan;

    /**
     * @param requireScan whether a file counts as received only after a clean malware scan (the object's
     *                    {@value #SCAN_TAG} tag is {@code NO_THREATS_FOUND})
     */
    public DocumentReception(CaseStore cases, DocumentStore store, ObjectStore objects, Supplier<Workflow> workflow,
                             Clock clock, boolean requireScan) {
        this.cases = cases;
        this.store = store;
        this.objects = objects;
        this.workflow = workflow;
        this.clock = clock;
        this.requireScan = requireScan;
    }

    /** issue 17: told of each change a registration committed (notifications), after the commit */
    private java.util.function.Consumer<id.sikerja.core.cases.CaseOutcome.Change> committed = change -> { };

    /**
     * Issue 17: {@code afterCommit} is told of the case's change each registration on a case committed (the same
     * change a transition through the API reports), so that an upload arriving through storage notifies as one
     * registered through the API does. It runs after the commit: what it throws is its own to log (the file stays
     * registered).
     */
    public DocumentReception afterRegistering(java.util.function.Consumer<id.sikerja.core.cases.CaseOutcome.Change> afterCommit) {
        this.committed = afterCommit;
        return this;
    }

    /** What became of an event. */
    public sealed interface Outcome {
        /** Checked and registered: on the case as {@code upload.version()}, or ready for a new case. */
        record Registered(Upload upload) implements Outcome {
        }

        /** Checked and refused, with the reason its uploader sees. */
        record Rejected(Upload upload) implements Outcome {
        }

        /** Left pending until the malware scan tags the object (its tagging event brings it back). */
        record AwaitingScan(Upload upload) implements Outcome {
        }

        /** Decided before (a duplicated or late event): nothing changed. */
        record AlreadyDecided(Upload upload) implements Outcome {
        }

        /** Not an upload Si Kerja knows, or its object is gone: nothing done. */
        record Ignored(String reason) implements Outcome {
        }
    }

    /**
     * Handles the creation (or tagging) of an object.
     *
     * @param versionId the object version the event names, if the bucket is versioned
     */
    public Outcome receive(String key, Optional<String> versionId) {
        Optional<UploadId> id = StorageKeys.ofIncoming(key);
        if (id.isEmpty()) {
            return new Outcome.Ignored("not an upload key");
        }
        Optional<Upload> found = store.find(id.get());
        if (found.isEmpty()) {
            return new Outcome.Ignored("no upload was requested for this key");
        }
        Upload upload = found.get();
        if (upload.status() != Upload.Status.PENDING) {
            objects.delete(key, versionId);
            return new Outcome.AlreadyDecided(upload);
        }
        if (requireScan) {
            Optional<String> verdict = objects.scanStatus(key, versionId);
            if (verdict.isEmpty()) {
                return new Outcome.AwaitingScan(upload);
            }
            if (!verdict.get().equals(NO_THREATS)) {
                return reject(upload, key, versionId, scanRejection(verdict.get()));
            }
        }
        Optional<ObjectInfo> info = objects.head(key, versionId);
        if (info.isEmpty()) {
            return new Outcome.Ignored("the object is gone");
        }
        Optional<Rejection> wrong = checkDeclared(upload, info.get());
        if (wrong.isEmpty()) {
            wrong = checkContents(upload, objects.read(key, versionId, FileKind.SIGNATURE_BYTES));
        }
        if (wrong.isPresent()) {
            return reject(upload, key, versionId, wrong.get());
        }
        Optional<String> copy = objects.copy(key, versionId, upload.storedKey());
        Outcome outcome = upload.caseId().isPresent() ? registerOnCase(upload) : registerForNewCase(upload);
        // a copy nothing was registered from goes again (only its own version, when a duplicate registered one)
        if (outcome instanceof Outcome.Rejected || outcome instanceof Outcome.AlreadyDecided && copy.isPresent()) {
            objects.delete(upload.storedKey(), copy);
        }
        objects.delete(key, versionId);
        return outcome;
    }

    private Outcome registerOnCase(Upload upload) {
        String caseId = upload.caseId().orElseThrow();
        DocumentUpload reference = upload.reference();
        Command command = Command.of(Action.UPLOAD_DOCUMENT).withDocument(reference);
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            Optional<CaseRecord> current = cases.find(caseId);
            if (current.isEmpty()) {
                return decideRejected(upload, rejection("CASE_GONE", "Kasus tidak ditemukan", "The case does not exist"));
            }
            CaseRecord c = current.get();
            Decision decision = workflow.get().decide(c.state(), upload.uploader(), command, now);
            if (decision instanceof Refusal refusal) {
                Text why = refusal.reasons().get(0).message();
                return decideRejected(upload, new Rejection("NOT_ACCEPTED_NOW", Text.of(
                        "Dokumen tidak dapat didaftarkan: " + why.id(), "The document cannot be registered: " + why.en())));
            }
            Transition t = (Transition) decision;
            int version = t.state().documents().stored(reference).orElseThrow().version();
            Upload registered = upload.registered(Optional.of(version), now);
            CaseRecord next = new CaseRecord(c.trackingCode(), c.proposal(), t.state(), now);
            try {
                store.register(registered, new CaseStore.CaseWrite(next, c.version(), c.state().dueDates(), t.events()));
                committed.accept(new id.sikerja.core.cases.CaseOutcome.Change(next, t.events(), Optional.empty()));
                return new Outcome.Registered(registered);
            } catch (CaseStore.Conflict conflict) {
                // a duplicate of this event decided it, or the case changed meanwhile: look again
                Upload again = store.find(new UploadId(upload.caseId(), upload.documentId())).orElseThrow();
                if (again.status() != Upload.Status.PENDING) {
                    return new Outcome.AlreadyDecided(again);
                }
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private Outcome registerForNewCase(Upload upload) {
        Upload registered = upload.registered(Optional.empty(), clock.instant());
        try {
            store.registerForNewCase(registered);
            return new Outcome.Registered(registered);
        } catch (CaseStore.Conflict decidedMeanwhile) {
            return new Outcome.AlreadyDecided(upload);
        }
    }

    private Outcome reject(Upload upload, String key, Optional<String> versionId, Rejection why) {
        Outcome outcome = decideRejected(upload, why);
        objects.delete(key, versionId);
        return outcome;
    }

    private Outcome decideRejected(Upload upload, Rejection why) {
        Upload rejected = upload.rejected(why, clock.instant());
        try {
            store.reject(rejected);
            return new Outcome.Rejected(rejected);
        } catch (CaseStore.Conflict decidedMeanwhile) {
            return new Outcome.AlreadyDecided(upload);
        }
    }

    /** What storage says about the object against the declaration and the type's limit. */
    private static Optional<Rejection> checkDeclared(Upload upload, ObjectInfo info) {
        long limit = DocumentFormats.maxBytes(upload.type());
        if (info.size() > limit) {
            return Optional.of(rejection("TOO_LARGE",
                    "Berkas " + info.size() + " bita melebihi batas " + limit + " bita untuk dokumen ini",
                    "The file's " + info.size() + " bytes exceed this document's limit of " + limit + " bytes"));
        }
        if (info.size() != upload.size()) {
            return Optional.of(rejection("SIZE_MISMATCH",
                    "Ukuran berkas " + info.size() + " bita, padahal dinyatakan " + upload.size() + " bita",
                    "The file has " + info.size() + " bytes; " + upload.size() + " were declared"));
        }
        String type = mediaType(info.contentType());
        if (!type.equals(upload.kind().mediaType())) {
            return Optional.of(rejection("CONTENT_TYPE_MISMATCH",
                    "Jenis konten berkas '" + type + "', padahal dinyatakan '" + upload.kind().mediaType() + "'",
                    "The file was stored as '" + type + "'; '" + upload.kind().mediaType() + "' was declared"));
        }
        return Optional.empty();
    }

    /** What the bytes themselves say. */
    private static Optional<Rejection> checkContents(Upload upload, Contents contents) {
        if (!upload.kind().signedBy(contents.head())) {
            return Optional.of(rejection("SIGNATURE_MISMATCH",
                    "Isi berkas bukan " + upload.kind() + " seperti yang dinyatakan",
                    "The file's content is not a " + upload.kind() + " as declared"));
        }
        if (contents.size() != upload.size() || !contents.sha256().equalsIgnoreCase(upload.sha256())) {
            return Optional.of(rejection("CHECKSUM_MISMATCH",
                    "SHA-256 isi berkas berbeda dari yang dinyatakan: berkas rusak atau tertukar",
                    "The SHA-256 of the file's content differs from the declared one: the file is damaged or "
                            + "not the one declared"));
        }
        return Optional.empty();
    }

    private static Rejection scanRejection(String verdict) {
        if (verdict.equals(THREATS)) {
            return rejection("MALWARE", "Pemindaian malware menemukan ancaman pada berkas",
                    "The malware scan found a threat in the file");
        }
        return rejection("SCAN_FAILED", "Berkas tidak dapat dipindai malware (" + verdict + ")",
                "The file could not be scanned for malware (" + verdict + ")");
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Rejection rejection(String code, String id, String en) {
        return new Rejection(code, Text.of(id, en));
    }
}
