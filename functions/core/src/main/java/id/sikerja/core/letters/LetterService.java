package id.sikerja.core.letters;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.Visibility;
import id.sikerja.core.documents.DocumentStore;
import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.StorageKeys;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.letters.LetterTemplateStore.TemplateVersion;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.ActionAvailability;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.Decision;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.LetterRule;
import id.sikerja.core.workflow.LetterTemplate;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Refusal;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Issue 17: letters and drafts generated from DOCX templates with a case's data, registered as the case's next
 * version of their document type, and the templates admins keep.
 *
 * <p><b>Who may generate what</b>: {@link ProcessDefinitions#LETTERS} (template, categories, stages, roles), and the
 * stage must accept the document type from the caller now (the workflow's {@code UPLOAD_DOCUMENT}: an OPD only on its
 * own department's case). The file is registered exactly as an upload is ({@link Upload} REGISTERED, the workflow's
 * {@code UPLOAD_DOCUMENT} in the caller's name, one transaction conditional on the case's version), so it is a draft
 * version like any other: listed, downloadable, replaced by the next upload.
 *
 * <p><b>Retries</b>: with an Idempotency-Key, the upload's id is derived from the key in its scope (route, case,
 * caller), so a retry finds the upload the first attempt made: registered → the same answer, nothing new; still
 * pending (the first attempt died) → finished now. The rendering is reproducible, so the bytes a retry writes are the
 * bytes the first attempt declared.
 */
public final class LetterService {

    public static final String GENERATE_ROUTE = "POST /cooperations/{id}/letters";
    private static final int ATTEMPTS = 5;
    /** The largest template an admin may upload. */
    public static final int MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

    private final CaseStore cases;
    private final DocumentStore documents;
    private final LetterFiles files;
    private final LetterTemplateStore templates;
    private final LetterRenderer renderer;
    private final Function<LetterTemplate, byte[]> shipped;
    private final Supplier<Workflow> workflow;
    private final String pemdaName;
    private final ZoneId zone;
    private final Clock clock;

    public LetterService(CaseStore cases, DocumentStore documents, LetterFiles files, LetterTemplateStore templates,
                         LetterRenderer renderer, Function<LetterTemplate, byte[]> shipped,
                         Supplier<Workflow> workflow, String pemdaName, ZoneId zone, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.files = files;
        this.templates = templates;
        this.renderer = renderer;
        this.shipped = shipped;
        this.workflow = workflow;
        this.pemdaName = pemdaName;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * A generated and registered document.
     *
     * @param missing  the placeholders the case had no data for (written as {@link LetterFields#MISSING})
     * @param replayed a retry's answer: the first attempt's document, nothing new
     */
    public record Generated(LetterTemplate template, Upload upload, int version, List<String> missing,
                            boolean replayed) {
    }

    // =====================================================================================================
    // Permissions
    // =====================================================================================================

    /** The templates {@code actor} may generate on the case now (empty when the case is not visible). */
    public Optional<List<LetterTemplate>> available(String caseId, Actor actor) {
        return visible(caseId, actor).map(c -> allowed(workflow.get(), c.state(), actor, clock.instant()));
    }

    /** What the process table and the stage allow {@code actor} to generate now, in the enum's order. */
    public static List<LetterTemplate> allowed(Workflow wf, CaseState state, Actor actor, Instant now) {
        List<LetterTemplate> byRule = ProcessDefinitions.LETTERS.stream()
                .filter(r -> r.allows(state.category(), state.stage(), actor.role()))
                .map(LetterRule::template).distinct().toList();
        if (byRule.isEmpty()) {
            return List.of();
        }
        Set<DocumentType> uploadable = wf.available(state, actor, now).stream()
                .filter(a -> a.action() == Action.UPLOAD_DOCUMENT && a.permitted())
                .findFirst().map(ActionAvailability::documentTypes).orElse(Set.of());
        return Arrays.stream(LetterTemplate.values())
                .filter(byRule::contains).filter(t -> uploadable.contains(t.documentType())).toList();
    }

    // =====================================================================================================
    // Generating
    // =====================================================================================================

    /**
     * Generates {@code templateName} on the case and registers it as the next version of its document type.
     *
     * @return empty when the case is unknown or not visible to the actor
     * @throws InvalidInput naming {@code template} when it is unknown or not available to the actor now, or the
     *                      Idempotency-Key when it was used for another template
     */
    public Optional<Generated> generate(String caseId, Actor actor, String templateName,
                                        Optional<Idempotency> idempotency) {
        Optional<CaseRecord> found = visible(caseId, actor);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LetterTemplate template = LetterTemplate.ofSlug(templateName).orElseThrow(() -> unknownTemplate(templateName));
        String documentId = idempotency.map(i -> uuidOf(i.keyHash())).orElseGet(() -> UUID.randomUUID().toString());
        StorageKeys.UploadId uploadId = new StorageKeys.UploadId(Optional.of(caseId), documentId);
        Optional<Upload> earlier = idempotency.isPresent() ? documents.find(uploadId) : Optional.empty();
        if (earlier.isPresent() && earlier.get().type() != template.documentType()) {
            throw new InvalidInput(List.of(FieldError.of("Idempotency-Key", "idempotency_key_reused")));
        }
        if (earlier.isPresent() && earlier.get().status() == Upload.Status.REGISTERED) {
            Upload u = earlier.get();
            return Optional.of(new Generated(template, u, u.version().orElseThrow(),
                    missingOf(template, found.get()), true));
        }
        Instant now = clock.instant();
        CaseRecord c = found.get();
        List<LetterTemplate> allowed = allowed(workflow.get(), c.state(), actor, now);
        if (!allowed.contains(template)) {
            throw notAvailable(allowed);
        }
        byte[] docx = templateBytes(template);
        Map<String, String> values = LetterData.of(c, pemdaName, zone, now);
        byte[] bytes = renderer.render(docx, values);
        List<String> missing = LetterData.missing(values, renderer.placeholders(docx));
        String sha256 = HexFormat.of().formatHex(Secrets.sha256(bytes));
        Upload pending = earlier.orElseGet(() -> new Upload(documentId, Optional.of(caseId), template.documentType(),
                fileName(template, c), FileKind.DOCX, bytes.length, sha256, actor, now, Upload.Status.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty()));
        if (!pending.sha256().equalsIgnoreCase(sha256)) {
            // a retry of an attempt that died after declaring, while the case's data changed: declare these bytes
            pending = new Upload(documentId, Optional.of(caseId), template.documentType(), pending.fileName(),
                    FileKind.DOCX, bytes.length, sha256, actor, pending.requestedAt(), Upload.Status.PENDING,
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        if (earlier.isEmpty()) {
            try {
                documents.create(pending);
            } catch (CaseStore.Conflict concurrent) {
                // a concurrent retry declared it first: its answer is this one
                return generate(caseId, actor, templateName, idempotency);
            }
        }
        files.put(pending.storedKey(), bytes, FileKind.DOCX.mediaType());
        return Optional.of(register(pending, template, missing));
    }

    private Generated register(Upload upload, LetterTemplate template, List<String> missing) {
        String caseId = upload.caseId().orElseThrow();
        Command command = Command.of(Action.UPLOAD_DOCUMENT).withDocument(upload.reference());
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            CaseRecord c = cases.find(caseId).orElseThrow();
            Decision decision = workflow.get().decide(c.state(), upload.uploader(), command, now);
            if (decision instanceof Refusal) {
                throw notAvailable(allowed(workflow.get(), c.state(), upload.uploader(), now));
            }
            Transition t = (Transition) decision;
            int version = t.state().documents().stored(upload.reference()).orElseThrow().version();
            Upload registered = upload.registered(Optional.of(version), now);
            CaseRecord next = new CaseRecord(c.trackingCode(), c.proposal(), t.state(), now);
            try {
                documents.register(registered, new CaseStore.CaseWrite(next, c.version(), c.state().dueDates(),
                        t.events()));
                return new Generated(template, registered, version, missing, false);
            } catch (CaseStore.Conflict conflict) {
                Upload again = documents.find(new StorageKeys.UploadId(upload.caseId(), upload.documentId()))
                        .orElseThrow();
                if (again.status() == Upload.Status.REGISTERED) {
                    return new Generated(template, again, again.version().orElseThrow(), missing, true);
                }
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private List<String> missingOf(LetterTemplate template, CaseRecord c) {
        byte[] docx = templateBytes(template);
        return LetterData.missing(LetterData.of(c, pemdaName, zone, clock.instant()), renderer.placeholders(docx));
    }

    /** The template's current DOCX: the admin's upload, else the shipped default. */
    public byte[] templateBytes(LetterTemplate template) {
        Optional<TemplateVersion> current = templates.current(template).filter(TemplateVersion::custom);
        return current.map(templates::read).orElseGet(() -> shipped.apply(template));
    }

    // =====================================================================================================
    // Templates kept by admins
    // =====================================================================================================

    /** Every template with its current version (version 0: the untouched shipped default). */
    public List<TemplateVersion> templates(Actor actor) {
        requireAdmin(actor);
        Map<LetterTemplate, TemplateVersion> stored = templates.current().stream()
                .collect(Collectors.toMap(TemplateVersion::template, v -> v));
        return Arrays.stream(LetterTemplate.values())
                .map(t -> stored.getOrDefault(t, shippedVersion(t, 0))).toList();
    }

    /** A template's current version and its DOCX. */
    public record TemplateFile(TemplateVersion version, byte[] docx) {
    }

    public TemplateFile template(Actor actor, LetterTemplate template) {
        requireAdmin(actor);
        TemplateVersion v = templates.current(template).orElse(shippedVersion(template, 0));
        return new TemplateFile(v, v.custom() ? templates.read(v) : shipped.apply(template));
    }

    /**
     * An admin's new version of a template: a DOCX the library reads, whose placeholders are all
     * {@link LetterFields} names, replacing {@code expectedVersion}.
     *
     * @throws InvalidInput naming {@code content} (not a DOCX, too large, or unknown placeholders, each named) or
     *                      {@code version}
     * @throws CaseStore.Conflict when {@code expectedVersion} is not the current one
     */
    public TemplateVersion upload(Actor actor, LetterTemplate template, long expectedVersion, String fileName,
                                  byte[] docx) {
        requireAdmin(actor);
        if (docx.length > MAX_TEMPLATE_BYTES) {
            throw new InvalidInput(List.of(new FieldError("content", "template_too_large",
                    Map.of("max", String.valueOf(MAX_TEMPLATE_BYTES)))));
        }
        Set<String> used;
        try {
            used = renderer.placeholders(docx);
        } catch (LetterRenderer.UnreadableTemplate bad) {
            throw new InvalidInput(List.of(FieldError.of("content", "not_a_docx_template")));
        }
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(LetterFields.names());
        if (!unknown.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (String name : unknown) {
                errors.add(new FieldError("content", "unknown_placeholder", Map.of("placeholder", name)));
            }
            throw new InvalidInput(errors);
        }
        TemplateVersion current = requireVersion(template, expectedVersion);
        TemplateVersion next = new TemplateVersion(template, current.version() + 1, true,
                HexFormat.of().formatHex(Secrets.sha256(docx)), fileName, Optional.of(clock.instant()),
                Optional.of(actor.id()));
        templates.save(next, Optional.of(docx));
        return next;
    }

    /** Back to the shipped default, as a new version (earlier uploads are kept). */
    public TemplateVersion reset(Actor actor, LetterTemplate template, long expectedVersion) {
        requireAdmin(actor);
        TemplateVersion current = requireVersion(template, expectedVersion);
        TemplateVersion next = new TemplateVersion(template, current.version() + 1, false, "",
                template.slug() + ".docx", Optional.of(clock.instant()), Optional.of(actor.id()));
        templates.save(next, Optional.empty());
        return next;
    }

    private TemplateVersion requireVersion(LetterTemplate template, long expectedVersion) {
        TemplateVersion current = templates.current(template).orElse(shippedVersion(template, 0));
        if (current.version() != expectedVersion) {
            throw new CaseStore.Conflict("template " + template.slug() + " is at version " + current.version());
        }
        return current;
    }

    private static TemplateVersion shippedVersion(LetterTemplate t, long version) {
        return new TemplateVersion(t, version, false, "", t.slug() + ".docx", Optional.empty(), Optional.empty());
    }

    /** Only admins keep templates. */
    public static final class NotAdmin extends RuntimeException {
        public NotAdmin() {
            super("admins only");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new NotAdmin();
        }
    }

    // =====================================================================================================

    private Optional<CaseRecord> visible(String caseId, Actor actor) {
        if (!StorageKeys.isId(caseId)) {
            return Optional.empty();
        }
        return cases.find(caseId).filter(c -> Visibility.canSee(actor, c.state()));
    }

    /** A file name of ASCII letters, digits and dashes: the template and the tracking code (or case id). */
    static String fileName(LetterTemplate template, CaseRecord c) {
        String ref = c.trackingCode() != null ? c.trackingCode() : c.id().substring(0, Math.min(8, c.id().length()));
        return template.slug() + "-" + ref.replaceAll("[^A-Za-z0-9-]", "") + ".docx";
    }

    /** A UUID-shaped id from the first 128 bits of a hex digest. */
    static String uuidOf(String hex) {
        String h = hex.substring(0, 32);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20, 32);
    }

    private static InvalidInput unknownTemplate(String name) {
        return new InvalidInput(List.of(new FieldError("template", "unknown_template", Map.of("allowed",
                Arrays.stream(LetterTemplate.values()).map(LetterTemplate::slug).collect(Collectors.joining(", "))))));
    }

    private static InvalidInput notAvailable(List<LetterTemplate> allowed) {
        String names = allowed.isEmpty() ? "—" : allowed.stream().map(LetterTemplate::slug)
                .collect(Collectors.joining(", "));
        String labelsId = allowed.isEmpty() ? "—" : allowed.stream().map(t -> t.label().id())
                .collect(Collectors.joining(", "));
        String labelsEn = allowed.isEmpty() ? "—" : allowed.stream().map(t -> t.label().en())
                .collect(Collectors.joining(", "));
        return new InvalidInput(List.of(new FieldError("template", "template_not_available_now", Map.of(
                "allowed", names, "allowedLabels@id", labelsId, "allowedLabels@en", labelsEn))));
    }
}
