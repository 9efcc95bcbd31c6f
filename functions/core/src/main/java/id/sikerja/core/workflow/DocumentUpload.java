package id.sikerja.core.workflow;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file already stored (e.g. in S3) that a command registers as a new version of a document. The engine assigns
 * the version number and records who registered it and when.
 *
 * @param type       what the document is
 * @param storageKey where the bytes are, e.g. the S3 object key
 * @param sha256     the SHA-256 of the bytes, 64 hex digits
 * @param fileName   the original file name, for display
 */
public record DocumentUpload(DocumentType type, String storageKey, String sha256, String fileName) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    public DocumentUpload {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(sha256, "sha256");
        fileName = fileName == null ? "" : fileName;
    }

    /** Whether the storage key is present and the hash looks like a SHA-256. */
    public boolean isWellFormed() {
        return !storageKey.isBlank() && SHA256.matcher(sha256).matches();
    }
}
