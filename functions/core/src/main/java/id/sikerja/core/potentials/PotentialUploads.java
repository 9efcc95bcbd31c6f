package id.sikerja.core.potentials;

import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.ObjectStore;
import id.sikerja.core.documents.ObjectStore.Contents;
import id.sikerja.core.documents.ObjectStore.ObjectInfo;
import id.sikerja.core.documents.ObjectStore.PresignedRequest;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An entry's files (a profile PDF, photos) through the same pre-signed upload and check as a case's documents:
 * the owner department (or an admin) declares a file and gets a PUT under {@code incoming/potential/<id>/<docId>}
 * whose content type, length and SHA-256 are signed; when the object arrives, its size and content type (from
 * storage), its file signature and its SHA-256 (from reading the bytes) are checked against the declaration, the
 * file is copied to {@code potentials/<id>/<docId>} and attached to the entry by a version-conditional write. A
 * duplicated or late storage event attaches nothing twice (the attachment is keyed by its document id).
 */
public final class PotentialUploads {

    public static final Duration UPLOAD_VALIDITY = Duration.ofMinutes(15);
    public static final Duration DOWNLOAD_VALIDITY = Duration.ofMinutes(5);
    static final int MAX_FILE_NAME = 200;
    private static final Set<String> MEMBERS = Set.of("fileName", "contentType", "size", "sha256");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern UNSAFE_NAME = Pattern.compile("[/\\\\\\p{Cntrl}]");

    /** A file declared for an entry and not attached yet (kept until it arrives; the key is server-chosen). */
    public record Declared(String potentialId, String documentId, String fileName, FileKind kind, long size,
                           String sha256, Instant requestedAt) {
        public Declared {
            Objects.requireNonNull(potentialId, "potentialId");
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(requestedAt, "requestedAt");
        }
    }

    /** Where declarations are kept (an item beside the entry in the single table). */
    public interface Declarations {
        void declare(Declared declared);

        Optional<Declared> find(String potentialId, String documentId);
    }

    /** What a declaration got. */
    public sealed interface Ticket {
        record Issued(Declared declared, PresignedRequest put) implements Ticket {
        }

        /** No such entry, or another department's (for an OPD user). */
        record NotFound() implements Ticket {
        }

        /** The role may not change entries. */
        record Forbidden() implements Ticket {
        }
    }

    /** What became of a storage event. */
    public sealed interface Reception {
        record Attached(Potential potential, PotentialAttachment attachment) implements Reception {
        }

        /** The bytes are not what was declared (or not a PDF/JPEG/PNG): nothing attached, the object removed. */
        record Rejected(String potentialId, String documentId, String code) implements Reception {
        }

        /** Attached before (a duplicated event): nothing changed. */
        record AlreadyAttached(String potentialId, String documentId) implements Reception {
        }

        record Ignored(String reason) implements Reception {
        }
    }

    private final PotentialService potentials;
    private final Declarations declarations;
    private final ObjectStore objects;
    private final Clock clock;
    private final Supplier<String> ids;

    public PotentialUploads(PotentialService potentials, Declarations declarations, ObjectStore objects, Clock clock,
                            Supplier<String> ids) {
        this.potentials = Objects.requireNonNull(potentials, "potentials");
        this.declarations = Objects.requireNonNull(declarations, "declarations");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * {@code POST /potentials/{id}/attachments}: declares a file, answers the pre-signed PUT.
     *
     * @throws InvalidInput naming each bad member (type not PDF/JPEG/PNG, too large, too many files, ...)
     */
    public Ticket request(Actor actor, String potentialId, Map<String, Object> body) {
        if (!PotentialService.maintains(actor)) {
            return new Ticket.Forbidden();
        }
        Optional<Potential> found = potentials.findFor(actor, potentialId);
        if (found.isEmpty()) {
            return new Ticket.NotFound();
        }
        Fields f = Fields.of(body);
        body.keySet().stream().filter(k -> !MEMBERS.contains(k)).sorted()
                .forEach(k -> f.reject(k, "unknown_field", Map.of()));
        String fileName = f.text("fileName", 1, MAX_FILE_NAME);
        if (fileName != null && UNSAFE_NAME.matcher(fileName).find()) {
            f.reject("fileName", "file_name", Map.of());
            fileName = null;
        }
        FileKind kind = null;
        String mediaType = f.text("contentType", 1, 255);
        if (mediaType != null) {
            kind = FileKind.ofMediaType(mediaType).filter(PotentialFiles.ALLOWED::contains).orElse(null);
            if (kind == null) {
                f.reject("contentType", "content_type", Map.of("allowed", PotentialFiles.ALLOWED.stream()
                        .map(FileKind::name).sorted().collect(Collectors.joining(", "))));
            }
        }
        if (kind != null && fileName != null && !kind.named(fileName)) {
            f.reject("fileName", "file_extension", Map.of("allowed", String.join(", ", kind.extensions())));
        }
        Integer size = f.integer("size", 1, (int) PotentialFiles.MAX_BYTES);
        String sha256 = f.text("sha256", 64, 64);
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            f.reject("sha256", "sha256", Map.of());
        }
        f.throwIfInvalid();
        if (found.get().attachments().size() >= PotentialFiles.MAX_FILES) {
            throw new InvalidInput(List.of(FieldError.of("fileName", "too_many_files")));
        }
        Instant now = clock.instant();
        Declared declared = new Declared(potentialId, ids.get(), fileName, kind, size,
                sha256.toLowerCase(Locale.ROOT), now);
        declarations.declare(declared);
        PresignedRequest put = objects.presignUpload(PotentialFiles.incoming(potentialId, declared.documentId()),
                kind, size, declared.sha256(), UPLOAD_VALIDITY);
        return new Ticket.Issued(declared, put);
    }

    /** The S3 notification of an object under {@code incoming/potential/}. */
    public Reception receive(String key, Optional<String> versionId) {
        Optional<String[]> ids = PotentialFiles.ofIncoming(key);
        if (ids.isEmpty()) {
            return new Reception.Ignored("not an entry's upload key");
        }
        String potentialId = ids.get()[0];
        String documentId = ids.get()[1];
        Optional<Declared> found = declarations.find(potentialId, documentId);
        Optional<Potential> entry = potentials.find(potentialId);
        if (found.isEmpty() || entry.isEmpty()) {
            objects.delete(key, versionId);
            return new Reception.Ignored("no upload was requested for this key");
        }
        if (entry.get().attachments().stream().anyMatch(a -> a.documentId().equals(documentId))) {
            objects.delete(key, versionId);
            return new Reception.AlreadyAttached(potentialId, documentId);
        }
        Declared d = found.get();
        Optional<ObjectInfo> info = objects.head(key, versionId);
        if (info.isEmpty()) {
            return new Reception.Ignored("the object is gone");
        }
        Optional<String> wrong = checkDeclared(d, info.get());
        if (wrong.isEmpty()) {
            Contents contents = objects.read(key, versionId, FileKind.SIGNATURE_BYTES);
            if (!d.kind().signedBy(contents.head())) {
                wrong = Optional.of("SIGNATURE_MISMATCH");
            } else if (contents.size() != d.size() || !contents.sha256().equalsIgnoreCase(d.sha256())) {
                wrong = Optional.of("CHECKSUM_MISMATCH");
            }
        }
        if (wrong.isPresent()) {
            objects.delete(key, versionId);
            return new Reception.Rejected(potentialId, documentId, wrong.get());
        }
        String stored = PotentialFiles.stored(potentialId, documentId);
        objects.copy(key, versionId, stored);
        PotentialAttachment attachment = new PotentialAttachment(documentId, d.fileName(), d.kind(), d.size(),
                d.sha256(), clock.instant());
        PotentialService.Outcome outcome = potentials.attach(potentialId, attachment);
        objects.delete(key, versionId);
        if (outcome instanceof PotentialService.Outcome.Done done) {
            return new Reception.Attached(done.potential(), attachment);
        }
        return new Reception.Ignored("the entry is gone or changed too often: " + outcome.getClass().getSimpleName());
    }

    /**
     * {@code DELETE /potentials/{id}/attachments/{documentId}}: removes the file from the entry (conditional on the
     * version just read; a concurrent change answers Stale) and then its stored object.
     */
    public PotentialService.Outcome detach(Actor actor, String potentialId, String documentId) {
        Optional<Potential> found = potentials.findFor(actor, potentialId);
        if (found.isEmpty()) {
            return new PotentialService.Outcome.NotFound();
        }
        PotentialService.Outcome outcome = potentials.detach(actor, potentialId, documentId, found.get().version());
        if (outcome instanceof PotentialService.Outcome.Done) {
            objects.delete(PotentialFiles.stored(potentialId, documentId), Optional.empty());
        }
        return outcome;
    }

    /** {@code GET /potentials/{id}/attachments/{documentId}} (public, as the entry): a pre-signed GET. */
    public Optional<PresignedRequest> download(String potentialId, String documentId) {
        return potentials.find(potentialId).flatMap(p -> p.attachments().stream()
                        .filter(a -> a.documentId().equals(documentId)).findFirst())
                .map(a -> objects.presignDownload(a.storedKey(potentialId), a.fileName(), DOWNLOAD_VALIDITY));
    }

    private static Optional<String> checkDeclared(Declared d, ObjectInfo info) {
        if (info.size() > PotentialFiles.MAX_BYTES) {
            return Optional.of("TOO_LARGE");
        }
        if (info.size() != d.size()) {
            return Optional.of("SIZE_MISMATCH");
        }
        String type = info.contentType() == null ? ""
                : info.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals(d.kind().mediaType())) {
            return Optional.of("CONTENT_TYPE_MISMATCH");
        }
        return Optional.empty();
    }
}
