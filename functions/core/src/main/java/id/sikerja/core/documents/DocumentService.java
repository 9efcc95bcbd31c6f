package id.sikerja.core.documents;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.Visibility;
import id.sikerja.core.documents.ObjectStore.PresignedRequest;
import id.sikerja.core.model.Category;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.ActionAvailability;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.ProcessTable;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The documents as callers reach them: uploads declared and answered with a pre-signed PUT, the uploads of a case,
 * and downloads answered with a pre-signed GET. A case the caller may not see does not exist for it (empty, i.e.
 * 404), exactly as in the workflow.
 *
 * <p>Who may upload which document type in which stage is the workflow's {@code UPLOAD_DOCUMENT} action of the
 * case's current stage, read from the process table: the same decision that registers the file when its bytes
 * arrive ({@link DocumentReception}).
 */
public final class DocumentService {

    /** How long an upload URL is valid. */
    public static final Duration UPLOAD_VALIDITY = Duration.ofMinutes(15);
    /** How long a download URL is valid. */
    public static final Duration DOWNLOAD_VALIDITY = Duration.ofMinutes(5);

    private final CaseStore cases;
    private final DocumentStore store;
    private final ObjectStore objects;
    private final Supplier<Workflow> workflow;
    private final PartnerCases partners;
    private final Clock clock;
    private final Supplier<String> ids;

    /**
     * @param workflow the engine with the current holiday list
     * @param partners resolves a partner's tracking code and token to its case
     */
    public DocumentService(CaseStore cases, DocumentStore store, ObjectStore objects, Supplier<Workflow> workflow,
                           PartnerCases partners, Clock clock) {
        this(cases, store, objects, workflow, partners, clock, () -> UUID.randomUUID().toString());
    }

    DocumentService(CaseStore cases, DocumentStore store, ObjectStore objects, Supplier<Workflow> workflow,
                    PartnerCases partners, Clock clock, Supplier<String> ids) {
        this.cases = cases;
        this.store = store;
        this.objects = objects;
        this.workflow = workflow;
        this.partners = partners;
        this.clock = clock;
        this.ids = ids;
    }

    /** A stored pending upload and the request that uploads its bytes. */
    public record Ticket(Upload upload, PresignedRequest put) {
    }

    /** A registered version and the request that downloads it. */
    public record Download(DocumentVersion document, PresignedRequest get) {
    }

    /** The case of a partner's tracking code and access token; empty alike for unknown codes and wrong tokens. */
    public Optional<String> partnerCase(String trackingCode, String accessToken) {
        return partners.caseOf(trackingCode, accessToken);
    }

    /**
     * An upload for a case: allowed for a document type the actor may upload in the case's current stage.
     *
     * @return empty when the case is unknown or the actor may not see it
     * @throws InvalidInput naming {@code type} when the actor may not upload it now
     */
    public Optional<Ticket> requestUpload(String caseId, Actor actor, UploadRequest request) {
        Optional<CaseRecord> found = visible(caseId, actor);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        requireAllowed(request.type(), uploadable(found.get(), actor, now));
        return Optional.of(issue(Optional.of(caseId), actor, request, now));
    }

    /**
     * An upload for a case not created yet, to reference when creating it: an admin's legacy agreement (any type)
     * or a department's initiative (what its first stage accepts).
     *
     * @throws InvalidInput naming {@code type} when the actor may not upload it for a new case
     */
    public Ticket requestUploadForNewCase(Actor actor, UploadRequest request) {
        Instant now = clock.instant();
        requireAllowed(request.type(), uploadableForNewCase(actor));
        return issue(Optional.empty(), actor, request, now);
    }

    /**
     * The uploads of a case (pending, registered, rejected, and expired: pending past their URL's expiry), oldest
     * first; empty when not visible.
     */
    public Optional<List<Upload>> uploads(String caseId, Actor actor) {
        Instant now = clock.instant();
        return visible(caseId, actor).map(c -> store.ofCase(c.id()).stream().map(u -> u.seenAt(now)).toList());
    }

    /** An upload made for a new case, to its uploader only. */
    public Optional<Upload> uploadForNewCase(String documentId, Actor actor) {
        if (!StorageKeys.isId(documentId)) {
            return Optional.empty();
        }
        return store.find(new StorageKeys.UploadId(Optional.empty(), documentId))
                .filter(u -> u.uploader().id().equals(actor.id()))
                .map(u -> u.seenAt(clock.instant()));
    }

    /**
     * A download of one registered version, recorded in the case's timeline.
     *
     * @return empty when the case or the version does not exist for the actor
     */
    public Optional<Download> download(String caseId, Actor actor, DocumentType type, int version) {
        Optional<CaseRecord> found = visible(caseId, actor);
        Optional<DocumentVersion> document = found.flatMap(c -> c.state().documents()
                .find(new DocumentRef(type, version)));
        if (document.isEmpty()) {
            return Optional.empty();
        }
        DocumentVersion d = document.get();
        PresignedRequest get = objects.presignDownload(d.storageKey(), d.fileName(), DOWNLOAD_VALIDITY);
        Instant now = clock.instant();
        CaseRecord c = found.get();
        store.record(c.id(), new TimelineEvent(now, actor.id(), actor.role(), Action.DOWNLOAD_DOCUMENT,
                Optional.of(c.stage()), c.stage(), "", Map.of(), List.of(d.ref()), Optional.empty()));
        return Optional.of(new Download(d, get));
    }

    // =====================================================================================================

    private Ticket issue(Optional<String> caseId, Actor actor, UploadRequest request, Instant now) {
        Upload pending = Upload.pending(ids.get(), caseId, request, actor, now);
        PresignedRequest put = objects.presignUpload(pending.incomingKey(), request.kind(), request.size(),
                request.sha256(), UPLOAD_VALIDITY);
        store.create(pending);
        return new Ticket(pending, put);
    }

    /** What the actor may upload now: the document types of the stage's UPLOAD_DOCUMENT action, if permitted. */
    private Set<DocumentType> uploadable(CaseRecord c, Actor actor, Instant now) {
        return workflow.get().available(c.state(), actor, now).stream()
                .filter(a -> a.action() == Action.UPLOAD_DOCUMENT && a.permitted())
                .findFirst().map(ActionAvailability::documentTypes).orElse(Set.of());
    }

    /** What a new case may start with: anything for an admin's legacy entry, a first stage's types for a department. */
    private Set<DocumentType> uploadableForNewCase(Actor actor) {
        if (actor.role() == Role.ADMIN) {
            return EnumSet.allOf(DocumentType.class);
        }
        if (actor.role() != Role.OPD) {
            return Set.of();
        }
        Workflow wf = workflow.get();
        Set<DocumentType> out = EnumSet.noneOf(DocumentType.class);
        for (Category category : Category.values()) {
            ProcessTable table = wf.table(category);
            out.addAll(table.documentTypes(table.firstStage(), Role.ADMIN));
        }
        return out;
    }

    private static void requireAllowed(DocumentType type, Set<DocumentType> allowed) {
        if (!allowed.contains(type)) {
            String names = allowed.isEmpty() ? "—"
                    : allowed.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
            // the codes for clients; the reader sees the documents' names in its language
            String labelsId = allowed.isEmpty() ? "—"
                    : allowed.stream().sorted().map(t -> t.label().id()).collect(Collectors.joining(", "));
            String labelsEn = allowed.isEmpty() ? "—"
                    : allowed.stream().sorted().map(t -> t.label().en()).collect(Collectors.joining(", "));
            throw new InvalidInput(List.of(new FieldError("type", "not_uploadable_now", Map.of("allowed", names,
                    "allowedLabels@id", labelsId, "allowedLabels@en", labelsEn))));
        }
    }

    private Optional<CaseRecord> visible(String caseId, Actor actor) {
        if (!StorageKeys.isId(caseId)) {
            return Optional.empty();
        }
        return cases.find(caseId).filter(c -> Visibility.canSee(actor, c.state()));
    }
}
