package id.sikerja.core.reminders;

import java.time.Instant;
import java.util.List;

/**
 * The record of digests owed and sent: a digest is recorded (with a conditional write) before it is sent and
 * marked sent only once the mail service accepted it. A digest that could not be sent stays pending and goes
 * out on a later run; a digest already recorded for its recipient and period is never recorded again.
 */
public interface DigestLedger {

    /** Records {@code digest} as owed unless its key is recorded already; true when recorded now. */
    boolean record(Digest digest, Instant at);

    /** Every recorded digest not yet sent, of any period, oldest first. */
    List<Digest> pending();

    /**
     * Takes the right to send a pending digest until {@code until}, so that overlapping runs (a retry racing
     * the original) never both send it; false when another run holds it or it was sent.
     */
    boolean claim(String key, String runId, Instant now, Instant until);

    /** Gives a claimed digest back as pending (the mail service refused it); a later run sends it. */
    void release(String key, String runId);

    void markSent(String key, Instant at);

    /** The last day a run recorded its digests, if any run has. */
    java.util.Optional<java.time.LocalDate> lastRunDay();

    /** Notes that the run of {@code day} recorded its digests; never moves the day back. */
    void ranOn(java.time.LocalDate day);
}
