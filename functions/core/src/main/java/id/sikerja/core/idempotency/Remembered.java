package id.sikerja.core.idempotency;

import java.time.Instant;
import java.util.Objects;

/**
 * The one record of an idempotent request: the answer it got, remembered so that a retry gets it again. It is
 * written in the same transaction as the request's effect (the case, the import's completion), so an answer is
 * remembered exactly when the effect happened.
 *
 * @param keyHash        the client's key hashed with its scope ({@link Idempotency#keyHash})
 * @param fingerprint    a digest of the request, to tell a retry from a different request reusing the key
 * @param sealedResponse the response body as first sent, sealed under the client's key: what it contains (a
 *                       partner's access token) cannot be read from storage alone
 */
public record Remembered(String keyHash, String fingerprint, String sealedResponse, Instant expiresAt) {
    public Remembered {
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(sealedResponse, "sealedResponse");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
