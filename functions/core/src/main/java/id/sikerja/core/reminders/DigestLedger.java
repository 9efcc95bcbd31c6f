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

    void markSent(String key, Instant at);
}
