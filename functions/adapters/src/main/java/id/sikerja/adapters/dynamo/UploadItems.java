package id.sikerja.adapters.dynamo;

import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.StorageKeys;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Text;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * Uploads as items of the single table: an upload for a case in the case's partition
 * ({@code CASE#<caseId> / UPLOAD#<documentId>}, listed with the case), one for a case not created yet on its own
 * ({@code UPLOAD#<documentId> / UPLOAD}). A pending upload expires (TTL) a week after it was requested; a decided
 * one is kept.
 */
final class UploadItems {

    static final String CASE_UPLOAD_PREFIX = "UPLOAD#";
    /** How long an upload whose bytes never arrived is kept. */
    static final Duration PENDING_TTL = Duration.ofDays(7);

    private UploadItems() {
    }

    static Map<String, AttributeValue> key(StorageKeys.UploadId id) {
        return id.caseId()
                .map(c -> Map.of(Keys.PK, s(Keys.casePk(c)), Keys.SK, s(CASE_UPLOAD_PREFIX + id.documentId())))
                .orElseGet(() -> Map.of(Keys.PK, s(CASE_UPLOAD_PREFIX + id.documentId()), Keys.SK, s("UPLOAD")));
    }

    static Map<String, AttributeValue> key(Upload u) {
        return key(new StorageKeys.UploadId(u.caseId(), u.documentId()));
    }

    static Map<String, AttributeValue> toItem(Upload u) {
        Map<String, AttributeValue> item = new HashMap<>(key(u));
        item.put("type", s("UPLOAD"));
        item.put("documentId", s(u.documentId()));
        u.caseId().ifPresent(c -> item.put("caseId", s(c)));
        item.put("documentType", s(u.type().name()));
        item.put("fileName", s(u.fileName()));
        item.put("kind", s(u.kind().name()));
        item.put("size", n(u.size()));
        item.put("sha256", s(u.sha256()));
        item.put("uploaderId", s(u.uploader().id()));
        item.put("uploaderRole", s(u.uploader().role().name()));
        u.uploader().department().ifPresent(d -> item.put("uploaderDepartment", s(d)));
        item.put("requestedAt", s(u.requestedAt().toString()));
        item.put("status", s(u.status().name()));
        if (u.status() == Upload.Status.PENDING) {
            item.put("expiresAt", n(u.requestedAt().plus(PENDING_TTL).getEpochSecond()));
        }
        u.decidedAt().ifPresent(at -> item.put("decidedAt", s(at.toString())));
        u.version().ifPresent(v -> item.put("documentVersion", n(v)));
        u.rejection().ifPresent(r -> {
            item.put("rejectionCode", s(r.code()));
            item.put("rejectionId", s(r.message().id()));
            item.put("rejectionEn", s(r.message().en()));
        });
        return item;
    }

    static Upload fromItem(Map<String, AttributeValue> item) {
        Actor uploader = new Actor(Role.valueOf(str(item, "uploaderRole")), str(item, "uploaderId"),
                Optional.ofNullable(str(item, "uploaderDepartment")));
        Optional<Upload.Rejection> rejection = Optional.ofNullable(str(item, "rejectionCode"))
                .map(code -> new Upload.Rejection(code, Text.of(str(item, "rejectionId"), str(item, "rejectionEn"))));
        return new Upload(str(item, "documentId"), Optional.ofNullable(str(item, "caseId")),
                DocumentType.valueOf(str(item, "documentType")), str(item, "fileName"),
                FileKind.valueOf(str(item, "kind")), num(item, "size"), str(item, "sha256"), uploader,
                instant(item, "requestedAt"), Upload.Status.valueOf(str(item, "status")),
                Optional.ofNullable(instant(item, "decidedAt")),
                Optional.ofNullable(item.get("documentVersion")).map(v -> Integer.valueOf(v.n())), rejection);
    }
}
