package id.sikerja.core.cases;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.workflow.DocumentUpload;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether the document references a request carries name files that were really uploaded, before the
 * workflow registers them as document versions. The request readers have already checked their shape (type,
 * storage key, SHA-256).
 *
 * <p>This is the seam for the document uploads (S3 pre-signed uploads, a later issue): that implementation checks
 * each storage key against a finished upload of this case (or of this caller, for a case not created yet) with the
 * same SHA-256. Until then {@link #unverified()} accepts every well-formed reference.
 */
@FunctionalInterface
public interface DocumentRegistry {

    /**
     * Problems with the references, one per bad reference, named {@code documents[i]} (or a member of it).
     *
     * @param caseId the case the documents are attached to; empty while the case is being created
     */
    List<FieldError> verify(Optional<String> caseId, List<DocumentUpload> documents);

    /** Accepts every well-formed reference: uploads are not registered yet. */
    static DocumentRegistry unverified() {
        return (caseId, documents) -> List.of();
    }
}
