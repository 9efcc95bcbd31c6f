package id.sikerja.core.potentials;

import id.sikerja.core.documents.FileKind;

import java.time.Instant;
import java.util.Objects;

/**
 * A file of an entry (its profile PDF, a photo), uploaded through a pre-signed URL and registered once its bytes
 * passed the same checks as a case's documents. It is public, as the entry is.
 *
 * @param documentId the upload's id (also the last segment of its storage key)
 * @param fileName   as the uploader named it (checked: no path, no control characters)
 * @param kind       PDF, JPEG or PNG
 * @param size       bytes
 * @param sha256     hex digest of the stored bytes
 * @param addedAt    when it was registered
 */
public record PotentialAttachment(String documentId, String fileName, FileKind kind, long size, String sha256,
                                  Instant addedAt) {

    public PotentialAttachment {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** Where the registered file is kept: {@code potentials/<potentialId>/<documentId>}. */
    public String storedKey(String potentialId) {
        return PotentialFiles.stored(potentialId, documentId);
    }
}
