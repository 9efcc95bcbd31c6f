package id.sikerja.core.notifications;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an officer's inbox.
 *
 * @param id         deterministic: derived from the recipient, the kind and what caused it ({@link Notifications#idOf}),
 *                   so that the same cause (a re-delivered event, a re-run) never makes a second one
 * @param recipient  the officer's {@code sub}
 * @param caseId     the case it is about
 * @param occurredAt when its cause happened (UTC), the inbox's order
 * @param params     what the inbox shows beside the kind: {@code title}, {@code trackingCode}, {@code stage},
 *                   {@code commentId}, {@code documentType}, {@code dueKind}, {@code dueDate}; never personal data
 *                   nor a comment's text
 * @param readAt     when the officer marked it read
 * @param expiresAt  when storage forgets it (TTL, {@link Notifications#RETENTION})
 */
public record Notification(String id, String recipient, NotificationKind kind, String caseId, Instant occurredAt,
                           Map<String, String> params, Optional<Instant> readAt, Instant expiresAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        params = Map.copyOf(params);
        Objects.requireNonNull(readAt, "readAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean unread() {
        return readAt.isEmpty();
    }
}
