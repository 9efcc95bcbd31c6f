package id.sikerja.core.documents;

import id.sikerja.core.validation.Fields;
import id.sikerja.core.workflow.DocumentType;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A file a client is about to upload, as it declares it:
 * <pre>
 * {"type": "KB_SIGNED", "fileName": "kb-ditandatangani.pdf", "contentType": "application/pdf",
 *  "size": 482113, "sha256": "64 hex digits"}
 * </pre>
 * The declaration is checked against the document type's formats ({@link DocumentFormats}); whether the caller may
 * upload the type now is the {@link DocumentService}'s decision.
 *
 * @param sha256 the SHA-256 of the bytes, 64 lower-case hex digits
 */
public record UploadRequest(DocumentType type, String fileName, FileKind kind, long size, String sha256) {

    static final int MAX_FILE_NAME = 200;
    private static final Set<String> MEMBERS = Set.of("type", "fileName", "contentType", "size", "sha256");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern UNSAFE_NAME = Pattern.compile("[/\\\\\\p{Cntrl}]");

    public UploadRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Reads and checks a declaration.
     *
     * @throws id.sikerja.core.validation.InvalidInput naming every bad member
     */
    public static UploadRequest read(Map<String, Object> body) {
        Fields f = Fields.of(body);
        body.keySet().stream().filter(k -> !MEMBERS.contains(k)).sorted()
                .forEach(k -> f.reject(k, "unknown_field", Map.of()));
        DocumentType type = f.choice("type", DocumentType.class);
        String fileName = f.text("fileName", 1, MAX_FILE_NAME);
        if (fileName != null && UNSAFE_NAME.matcher(fileName).find()) {
            f.reject("fileName", "file_name", Map.of());
            fileName = null;
        }
        FileKind kind = kind(f, type);
        if (kind != null && fileName != null && !kind.named(fileName)) {
            f.reject("fileName", "file_extension", Map.of("allowed", String.join(", ", kind.extensions())));
        }
        long max = type == null ? DocumentFormats.DEFAULT_MAX_BYTES : DocumentFormats.maxBytes(type);
        Integer size = f.integer("size", 1, (int) max);
        String sha256 = f.text("sha256", 64, 64);
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            f.reject("sha256", "sha256", Map.of());
        }
        f.throwIfInvalid();
        return new UploadRequest(type, fileName, kind, size, sha256.toLowerCase(Locale.ROOT));
    }

    private static FileKind kind(Fields f, DocumentType type) {
        String mediaType = f.text("contentType", 1, 255);
        if (mediaType == null || type == null) {
            return null;
        }
        Set<FileKind> accepted = DocumentFormats.kinds(type);
        FileKind kind = FileKind.ofMediaType(mediaType).filter(accepted::contains).orElse(null);
        if (kind == null) {
            f.reject("contentType", "content_type", Map.of("allowed",
                    accepted.stream().map(FileKind::name).collect(Collectors.joining(", "))));
        }
        return kind;
    }
}
