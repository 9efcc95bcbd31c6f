package id.sikerja.core.cases;

import id.sikerja.core.intake.IdempotencyKey;

import java.util.Objects;

/**
 * A request made with an Idempotency-Key: the key hashed with its scope (the operation and the case it acts on,
 * so the same key on another case is another request) and a fingerprint of the request.
 */
public record Idempotency(String keyHash, String fingerprint) {

    public Idempotency {
        Objects.requireNonNull(keyHash, "keyHash");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** @param scope the operation and what it acts on, e.g. {@code "POST /cooperations/{id}/transitions\n" + caseId} */
    public static Idempotency of(IdempotencyKey key, String scope, String fingerprint) {
        return new Idempotency(key.hash(scope), fingerprint);
    }
}
