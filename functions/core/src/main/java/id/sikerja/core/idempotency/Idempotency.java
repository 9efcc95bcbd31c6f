package id.sikerja.core.idempotency;

import id.sikerja.core.security.Secrets;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request made with an Idempotency-Key, in its scope: the operation, what it acts on, and who asks. The same key
 * from another caller, or on another case, is another request. With it the request's fingerprint (a digest of the
 * body), which tells a retry from a different request reusing the key.
 *
 * <p>The model, the same for every idempotent request: look for a {@link Remembered} answer first ({@link #replay});
 * otherwise do the work and write its effect together with the answer ({@link #remember}) in one conditional
 * transaction that fails when the key is remembered already; when it fails, the concurrent retry that won has
 * remembered its answer, which is then the answer.
 */
public record Idempotency(IdempotencyKey key, String scope, String fingerprint) {

    /** How long an answer is remembered. */
    public static final Duration REMEMBER = Duration.ofHours(24);
    /** The caller of public requests (no sign-in): the key alone tells requests apart. */
    public static final String ANYONE = "anyone";

    public Idempotency {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * @param operation the route, e.g. {@code "POST /cooperations/{id}/transitions"}
     * @param target    what it acts on (a case id), or "" for a creation
     * @param caller    who asks: an officer's {@code sub}, {@code "partner:" + caseId}, or {@link #ANYONE}
     */
    public static Idempotency of(IdempotencyKey key, String operation, String target, String caller,
                                 String fingerprint) {
        return new Idempotency(key, operation + "\n" + target + "\n" + caller, fingerprint);
    }

    /** The storage key: the client's key hashed with the scope. */
    public String keyHash() {
        return key.hash(scope);
    }

    /** The answer to remember, sealed under the client's key. */
    public Remembered remember(String response, Instant now) {
        return new Remembered(keyHash(), fingerprint, Secrets.seal(response, key.value(), scope), now.plus(REMEMBER));
    }

    /**
     * The answer remembered for this key, when there is one.
     *
     * @throws InvalidInput when the key was remembered for a different request
     */
    public Optional<String> replay(RememberedAnswers answers) {
        Optional<Remembered> found = answers.remembered(keyHash());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (!found.get().fingerprint().equals(fingerprint)) {
            throw new InvalidInput(List.of(FieldError.of(IdempotencyKey.HEADER, "idempotency_key_reused")));
        }
        return Optional.of(Secrets.unseal(found.get().sealedResponse(), key.value(), scope));
    }

    /** {@link #replay} of an optional idempotency. */
    public static Optional<String> replay(Optional<Idempotency> idempotency, RememberedAnswers answers) {
        return idempotency.flatMap(i -> i.replay(answers));
    }
}
