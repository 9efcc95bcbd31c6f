package id.sikerja.core.workflow;

import java.time.Instant;
import java.util.Objects;

/**
 * One registered version of a document. Versions are never overwritten: a new upload adds a version.
 *
 * @param version        1, 2, ... per document type within a case
 * @param registeredBy   the actor's id
 * @param registeredByRole the actor's role
 */
public record DocumentVersion(
        DocumentType type,
        int version,
        String storageKey,
        String sha256,
        String fileName,
        Instant registeredAt,
        String registeredBy,
        Role registeredByRole) {

    public DocumentVersion {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredByRole, "registeredByRole");
        fileName = fileName == null ? "" : fileName;
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }

    public DocumentRef ref() {
        return new DocumentRef(type, version);
    }
}
