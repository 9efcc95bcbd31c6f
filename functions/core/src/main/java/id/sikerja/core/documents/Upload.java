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

    public enum Status { PENDING, REGISTERED, REJECTED }

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
