package id.sikerja.core.idempotency;

import java.time.Instant;

/**
 * Idempotency for an effect outside the table (an account in the user pool), which cannot be written in one
 * transaction with its answer. The key is claimed first (its item without an answer, with the request's fingerprint),
 * then the effect happens, then the answer is remembered under the claim. A retry that finds the claim without an
 * answer is the same request whose first attempt may or may not have had its effect: it does the effect again, and
 * an effect that exists already counts as its own (the caller looks it up) rather than as a conflict.
 */
public interface IdempotencyClaims {

    /** What {@link #claim} found. */
    sealed interface Claim {
        /** The key was free and is now claimed by this request. */
        record New() implements Claim {
        }

        /**
         * An earlier attempt of this request claimed the key (at {@code claimedAt}) and did not remember an answer: an
         * effect it had happened after that instant.
         */
        record Unfinished(java.time.Instant claimedAt) implements Claim {
        }

        /** The request was answered: this is the answer. */
        record Answered(String response) implements Claim {
        }
    }

    /**
     * Claims the key for the request.
     *
     * @throws id.sikerja.core.validation.InvalidInput when the key was used for a different request
     */
    Claim claim(Idempotency idempotency, Instant now);

    /**
     * Gives up this request's unanswered claim (a refusal that changed nothing, such as an account that exists): a
     * refused request leaves nothing in the table, and a retry is decided afresh.
     */
    void release(Idempotency idempotency);

    /** Remembers the request's answer under its claim. */
    void answer(Idempotency idempotency, String response, Instant now);
}
