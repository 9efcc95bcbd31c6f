package id.sikerja.core.documents;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The object storage behind the documents (one private, versioned S3 bucket in AWS). {@code versionId} names one
 * version of an object when the storage event carried it; without it the current version is meant.
 */
public interface ObjectStore {

    /**
     * A PUT of exactly the declared file to {@code key}: the content type, the length and the SHA-256 are part of
     * the signature, so that storage refuses any other bytes.
     */
    PresignedRequest presignUpload(String key, FileKind kind, long size, String sha256Hex, Duration validity);

    /** A GET of {@code key} that downloads as {@code fileName}. */
    PresignedRequest presignDownload(String key, String fileName, Duration validity);

    /** Size and content type of the object, if it exists. */
    Optional<ObjectInfo> head(String key, Optional<String> versionId);

    /** The malware scan's verdict tagged on the object ({@code GuardDutyMalwareScanStatus}), if any. */
    Optional<String> scanStatus(String key, Optional<String> versionId);

    /** Reads the whole object once: its size, its SHA-256 and its first {@code headBytes} bytes. */
    Contents read(String key, Optional<String> versionId, int headBytes);

    /** Copies the object to another key; returns the copy's version id, if the bucket is versioned. */
    Optional<String> copy(String fromKey, Optional<String> versionId, String toKey);

    /** Deletes the object (that version of it, when named). Deleting what is gone is not an error. */
    void delete(String key, Optional<String> versionId);

    /**
     * A request a client makes directly to storage.
     *
     * @param headers what the client must send with it (they are signed)
     */
    record PresignedRequest(String method, URI url, Map<String, String> headers, Instant expiresAt) {
        public PresignedRequest {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(url, "url");
            headers = Map.copyOf(headers);
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    record ObjectInfo(long size, String contentType) {
    }

    /**
     * @param sha256 hex
     * @param head   the first bytes (fewer when the object is shorter)
     */
    record Contents(long size, String sha256, byte[] head) {
    }
}
