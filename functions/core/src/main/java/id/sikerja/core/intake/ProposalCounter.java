package id.sikerja.core.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Daily counters of anonymous proposals (DynamoDB in AWS): a conditional counter per key, so that concurrent
 * submissions never pass a cap together.
 */
public interface ProposalCounter {

    /**
     * Counts one proposal on every counter, all or none, unless a proposal was counted already under
     * {@code once} (the Idempotency-Key's hash: a retry is not a new proposal).
     *
     * @param counters  each counter's key (already hashed: no address in clear) and the cap it may reach
     * @param once      a marker that this request was counted, kept until {@code onceUntil}; empty without a key
     * @param expiresAt when the counters may be deleted (after the day they count)
     * @return true when counted (or counted before under {@code once}); false when a counter had reached its cap,
     *         in which case nothing was counted
     */
    boolean count(List<Counter> counters, Optional<String> once, Instant onceUntil, Instant expiresAt);

    /** One counter: its key and the most proposals it admits. */
    record Counter(String key, int cap) {
    }

    /** No counting: every proposal is admitted (unit tests of other behaviour). */
    ProposalCounter UNLIMITED = (counters, once, onceUntil, expiresAt) -> true;
}
