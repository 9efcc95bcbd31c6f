package id.sikerja.core.cases;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentUpload;

import java.util.List;
import java.util.Optional;

/**
 * Decides whether the document references a request carries name files that were really uploaded, before the
 * workflow attaches them to the case. The request readers have already checked their shape (type, storage key,
 * SHA-256).
 *
 * <p>The uploads' implementation ({@link id.sikerja.core.documents.RegisteredUploads}) accepts only uploads whose
 * bytes arrived and were checked: of this case, or, for a case being created, the caller's own uploads made for a
 * new case.
 */
@FunctionalInterface
public interface DocumentRegistry {

    /**
     * Problems with the references, one per bad reference, named {@code documents[i]} (or a member of it).
     *
     * @param caseId the case the documents are attached to; empty while the case is being created
     * @param actor  who attaches them
     */
    List<FieldError> verify(Optional<String> caseId, Actor actor, List<DocumentUpload> documents);

    /**
     * Accepts every well-formed reference, for callers whose commands never carry documents (the scheduler); a
     * function that takes documents from requests uses the uploads' registry.
     */
    static DocumentRegistry unverified() {
        return (caseId, actor, documents) -> List.of();
    }
}
