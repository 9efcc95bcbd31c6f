package id.sikerja.core.intake;

import java.time.Instant;

/**
 * The remembered outcome of an idempotent request. {@code sealedResult} is the result sealed under the
 * caller's Idempotency-Key (see {@link id.sikerja.core.security.Secrets#seal}), so the access token it
 * contains cannot be read from storage alone. {@code sealedResult} is null while the request is running.
 */
public record IdempotencyRecord(String keyHash, String fingerprint, String owner, Instant lockedUntil,
                                String sealedResult, Instant expiresAt) {

    public boolean completed() {
        return sealedResult != null;
    }
}
