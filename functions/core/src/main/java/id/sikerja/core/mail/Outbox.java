package id.sikerja.core.mail;

import java.time.Instant;

/** The e-mails owed, written with the change that owes them (see {@code CaseStore.Commit#outbox}). */
public interface Outbox {

    /** The entry's e-mail went out: it is no longer pending. */
    void markSent(String outboxId, Instant at);
}
