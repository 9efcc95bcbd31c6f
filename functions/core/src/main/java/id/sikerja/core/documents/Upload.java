package id.sikerja.core.documents;

import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Text;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file someone declared and was given a pre-signed URL for, and what became of it. It moves once, from PENDING to
 * REGISTERED (the bytes arrived, passed every check and are the case's document {@code version}) or to REJECTED
 * (with the reason the uploader sees).
 *
 * <p>An upload still PENDING after its URL expired ({@link #expiresAt}) will never get its bytes (S3 refused the PUT,
 * or it was never sent): {@link #seenAt} shows it as EXPIRED, with what to do next. EXPIRED is derived from the clock
 * when an upload is shown, never stored: no job moves it, and bytes that still arrive register it as before.
 *
 * @param caseId    empty for an upload made for a case not created yet (it may be referenced when creating one)
 * @param size      the declared size in bytes; a registered file has exactly this size
 * @param sha256    the declared SHA-256 (hex); a registered file has exactly this digest
 * @param uploader  who asked for the URL: the registered version is theirs
 * @param version   the document version a registered upload became (uploads for a new case have none)
 */
public record Upload(
        String documentId,
        Optional<String> caseId,
        DocumentType type,
        String fileName,
        FileKind kind,
        long size,
        String sha256,
        Actor uploader,
        Instant requestedAt,
        Status status,
        Optional<Instant> decidedAt,
        Optional<Integer> version,
        Optional<Rejection> rejection) {

    /** PENDING, REGISTERED and REJECTED are stored; EXPIRED is only shown ({@link #seenAt}). */
    public enum Status { PENDING, REGISTERED, REJECTED, EXPIRED }

    /** The code of an expired upload's reason. */
    public static final String EXPIRED_CODE = "UPLOAD_EXPIRED";
    /** What an expired upload's uploader reads: why, and what to do next. */
    public static final Text EXPIRED_MESSAGE = Text.of(
            "Tautan unggah sudah kedaluwarsa sebelum berkas diterima, sehingga berkas tidak tercatat. "
                    + "Unggah berkas ini sekali lagi untuk mendapatkan tautan baru.",
            "The upload link expired before the file arrived, so the file was not registered. "
                    + "Upload the file once more to get a new link.");

    /**
     * Why a file was not registered.
     *
     * @param code    stable, e.g. {@code CHECKSUM_MISMATCH}
     * @param message for the uploader, Indonesian and English
     */
    public record Rejection(String code, Text message) {
        public Rejection {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }

    public Upload {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(uploader, "uploader");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(rejection, "rejection");
    }

    /** A declared upload, waiting for its bytes. */
    public static Upload pending(String documentId, Optional<String> caseId, UploadRequest request, Actor uploader,
                                 Instant at) {
        return new Upload(documentId, caseId, request.type(), request.fileName(), request.kind(), request.size(),
                request.sha256(), uploader, at, Status.PENDING, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** When the pre-signed URL of this upload expires ({@link DocumentService#UPLOAD_VALIDITY} after the request). */
    public Instant expiresAt() {
        return requestedAt.plus(DocumentService.UPLOAD_VALIDITY);
    }

    /**
     * The upload as shown at {@code now}: one still PENDING once its URL expired is EXPIRED, with the reason and the
     * next step as its {@link #rejection()} ({@link #EXPIRED_CODE}); any other is itself.
     */
    public Upload seenAt(Instant now) {
        if (status != Status.PENDING || now.isBefore(expiresAt())) {
            return this;
        }
        return new Upload(documentId, caseId, type, fileName, kind, size, sha256, uploader, requestedAt,
                Status.EXPIRED, decidedAt, version, Optional.of(new Rejection(EXPIRED_CODE, EXPIRED_MESSAGE)));
    }

    /** Where the client PUTs the bytes. */
    public String incomingKey() {
        return StorageKeys.incoming(caseId, documentId);
    }

    /** Where the registered file is kept. */
    public String storedKey() {
        return StorageKeys.stored(caseId, documentId);
    }

    /** The reference a command names to attach this (registered) upload. */
    public DocumentUpload reference() {
        return new DocumentUpload(type, storedKey(), sha256, fileName);
    }

    public Upload registered(Optional<Integer> asVersion, Instant at) {
        return new Upload(documentId, caseId, type, fileName, kind, size, sha256, uploader, requestedAt,
                Status.REGISTERED, Optional.of(at), asVersion, Optional.empty());
    }

    public Upload rejected(Rejection why, Instant at) {
        return new Upload(documentId, caseId, type, fileName, kind, size, sha256, uploader, requestedAt,
                Status.REJECTED, Optional.of(at), Optional.empty(), Optional.of(why));
    }
}
