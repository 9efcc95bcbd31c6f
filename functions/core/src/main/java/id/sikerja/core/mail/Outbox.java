package id.sikerja.core.mail;

import java.time.Instant;

/** The e-mails owed, written with the change that owes them (see {@code CaseStore.Commit#outbox}). */
public interface Outbox {

    /** The entry's e-mail went out: it is no longer pending. */
    void markSent(String outboxId, Instant at);

    /** At most {@code limit} entries still pending, oldest first (a query of the pending index, never a scan). */
    default java.util.List<OutboxEntry> pending(int limit) {
        return java.util.List.of();
    }

    /**
     * Takes a pending entry for one sender until {@code until}: false when it was sent, or another sender holds it
     * (its lease not yet run out). Only the sender that took it sends it, so two runs never send one mail twice.
     */
    default boolean claim(String outboxId, Instant now, Instant until) {
        return false;
    }
}
