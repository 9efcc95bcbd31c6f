package id.sikerja.core.documents;

import id.sikerja.core.cases.DocumentRegistry;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentUpload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The document references a command may carry: registered uploads only ({@link DocumentReception} checked their
 * bytes), with the same type, storage key and SHA-256. On an existing case, uploads of that case; when a case is
 * created, uploads its creator made for a new case.
 */
public final class RegisteredUploads implements DocumentRegistry {

    private final DocumentStore store;

    public RegisteredUploads(DocumentStore store) {
        this.store = store;
    }

    @Override
    public List<FieldError> verify(Optional<String> caseId, Actor actor, List<DocumentUpload> documents) {
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentUpload d = documents.get(i);
            boolean registered = StorageKeys.ofStored(d.storageKey()).flatMap(store::find)
                    .filter(u -> u.status() == Upload.Status.REGISTERED && u.type() == d.type()
                            && u.storedKey().equals(d.storageKey()) && u.sha256().equalsIgnoreCase(d.sha256()))
                    .filter(u -> caseId.isPresent() ? u.caseId().equals(caseId)
                            : u.caseId().isEmpty() && u.uploader().id().equals(actor.id()))
                    .isPresent();
            if (!registered) {
                problems.add(FieldError.of("documents[" + i + "]", "not_registered"));
            }
        }
        return problems;
    }
}
