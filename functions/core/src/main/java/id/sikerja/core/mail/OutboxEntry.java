package id.sikerja.core.mail;

import java.time.Instant;
import java.util.List;

/**
 * A record that an e-mail is owed, written in the same transaction as the change that owes it and marked
 * sent once the mail service accepted it. It holds no secrets (never an access token), so that a later
 * run can send what is still pending without anything sensitive at rest.
 */
public record OutboxEntry(String id, String caseId, String kind, List<String> recipients, Instant createdAt) {

    public OutboxEntry {
        recipients = List.copyOf(recipients);
    }
}
