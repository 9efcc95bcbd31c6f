package id.sikerja.documents;

import id.sikerja.core.documents.DocumentService;
import id.sikerja.core.documents.ObjectStore.PresignedRequest;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.Text;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON answers of the documents routes, labels and reasons in the caller's language. */
final class DocumentJson {

    private final Language lang;

    DocumentJson(Language lang) {
        this.lang = lang;
    }

    /**
     * A new upload: what was declared, the request that uploads the bytes (valid until {@code expiresAt}), and the
     * {@code reference} that attaches the document once it is REGISTERED.
     */
    Map<String, Object> ticket(DocumentService.Ticket t) {
        Map<String, Object> out = upload(t.upload());
        out.put("upload", request(t.put()));
        out.put("reference", reference(t.upload().reference()));
        return out;
    }

    /**
     * An upload and what became of it; once REGISTERED, {@code reference} is what a transition's (or a new case's)
     * {@code documents} names to attach it.
     */
    Map<String, Object> upload(Upload u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documentId", u.documentId());
        u.caseId().ifPresent(c -> out.put("caseId", c));
        out.put("type", u.type().name());
        out.put("label", t(u.type().label()));
        out.put("fileName", u.fileName());
        out.put("contentType", u.kind().mediaType());
        out.put("size", u.size());
        out.put("sha256", u.sha256());
        out.put("status", u.status().name());
        out.put("requestedAt", u.requestedAt().toString());
        out.put("uploadedBy", Map.of("id", u.uploader().id(), "role", u.uploader().role().name()));
        u.decidedAt().ifPresent(at -> out.put("decidedAt", at.toString()));
        u.version().ifPresent(v -> out.put("version", v));
        if (u.status() == Upload.Status.REGISTERED) {
            out.put("reference", reference(u.reference()));
        }
        u.rejection().ifPresent(r -> out.put("rejection", Map.of("code", r.code(), "message", t(r.message()))));
        return out;
    }

    /** A download: the URL (valid until {@code expiresAt}) and the version it fetches. */
    Map<String, Object> download(DocumentService.Download d) {
        Map<String, Object> out = request(d.get());
        DocumentVersion v = d.document();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", v.type().name());
        document.put("label", t(v.type().label()));
        document.put("version", v.version());
        document.put("fileName", v.fileName());
        document.put("sha256", v.sha256());
        document.put("registeredAt", v.registeredAt().toString());
        out.put("document", document);
        return out;
    }

    static Map<String, Object> request(PresignedRequest r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", r.method());
        out.put("url", r.url().toString());
        out.put("headers", r.headers());
        out.put("expiresAt", r.expiresAt().toString());
        return out;
    }

    private static Map<String, Object> reference(DocumentUpload d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", d.type().name());
        out.put("storageKey", d.storageKey());
        out.put("sha256", d.sha256());
        out.put("fileName", d.fileName());
        return out;
    }

    private String t(Text text) {
        return lang == Language.EN ? text.en() : text.id();
    }
}
