package id.sikerja.core.notifications;

import id.sikerja.core.security.Secrets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * THE PORT other code calls to tell an officer something (issue 17; issue 18's work may call it too):
 * {@code notifications.notify(recipient, kind, caseId, sourceId, occurredAt, params)}. The id is derived from the
 * recipient, the kind, the case and {@code sourceId} (a domain event's id, a comment's id, a reminder's
 * day-and-deadline): the same cause delivered twice makes one notification (a conditional put). A notification that
 * was new goes to {@code created} (immediate mail, for officers who asked for it).
 */
public final class Notifications {

    /** How long an inbox keeps an item (the table's TTL removes it afterwards). */
    public static final Duration RETENTION = Duration.ofDays(180);
    public static final int MAX_PAGE = 100;
    public static final int DEFAULT_PAGE = 25;

    private final NotificationStore store;
    private final Clock clock;
    private final Consumer<Notification> created;

    public Notifications(NotificationStore store, Clock clock, Consumer<Notification> created) {
        this.store = store;
        this.clock = clock;
        this.created = created;
    }

    public Notifications(NotificationStore store, Clock clock) {
        this(store, clock, n -> { });
    }

    /** The deterministic id of a notification: the same cause for the same officer is the same notification. */
    public static String idOf(String recipient, NotificationKind kind, String caseId, String sourceId) {
        return Secrets.sha256Hex(recipient + "\n" + kind.name() + "\n" + caseId + "\n" + sourceId).substring(0, 32);
    }

    /**
     * Tells {@code recipient} about {@code caseId}; returns whether it is new (false: the same cause was notified
     * before).
     */
    public boolean notify(String recipient, NotificationKind kind, String caseId, String sourceId, Instant occurredAt,
                          Map<String, String> params) {
        Notification n = new Notification(idOf(recipient, kind, caseId, sourceId), recipient, kind, caseId, occurredAt,
                params, Optional.empty(), clock.instant().plus(RETENTION));
        boolean added = store.add(n);
        if (added) {
            created.accept(n);
        }
        return added;
    }

    /** A page of the inbox: unread first, then the newest; with the number unread. */
    public record Inbox(List<Notification> items, int unread, int total, Optional<String> nextCursor) {
    }

    public Inbox inbox(String recipient, int limit, Optional<String> cursor) {
        Instant now = clock.instant();
        List<Notification> all = new ArrayList<>(store.of(recipient).stream()
                .filter(n -> n.expiresAt().isAfter(now)).toList());
        all.sort(Comparator.comparing((Notification n) -> n.unread() ? 0 : 1)
                .thenComparing(Notification::occurredAt, Comparator.reverseOrder())
                .thenComparing(Notification::id));
        int from = cursor.map(Notifications::offset).orElse(0);
        int to = Math.min(all.size(), from + limit);
        List<Notification> page = from >= all.size() ? List.of() : all.subList(from, to);
        int unread = (int) all.stream().filter(Notification::unread).count();
        return new Inbox(List.copyOf(page), unread, all.size(),
                to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
    }

    /** Whether a cursor this inbox handed out can be read. */
    public static boolean validCursor(String cursor) {
        return cursor.matches("[0-9]{1,6}");
    }

    private static int offset(String cursor) {
        return Integer.parseInt(cursor);
    }

    /** Marks read the given ones (empty: every one); idempotent. */
    public int markRead(String recipient, Optional<Set<String>> ids) {
        return store.markRead(recipient, ids, clock.instant());
    }

    /**
     * Issue 17 (a hand-over's step): moves {@code from}'s unread notifications to {@code successor}, still unread:
     * each is put in the successor's inbox if absent (a conditional put; skipped when the successor already has the
     * same one: the same kind, case, time and details) and then removed from {@code from}'s (a conditional delete).
     * Returns the ids this call removed from {@code from}: a re-run finds nothing unread left and moves nothing; a run
     * interrupted between the put and the delete is completed by the next without a second copy. Read ones stay.
     */
    public List<String> moveUnread(String from, String successor) {
        Instant now = clock.instant();
        List<Notification> theirs = store.of(successor);
        List<String> moved = new ArrayList<>();
        for (Notification n : store.of(from)) {
            if (!n.unread() || !n.expiresAt().isAfter(now)) {
                continue;
            }
            boolean duplicate = theirs.stream().anyMatch(t -> t.kind() == n.kind() && t.caseId().equals(n.caseId())
                    && t.occurredAt().equals(n.occurredAt()) && t.params().equals(n.params()));
            if (!duplicate) {
                store.add(new Notification(n.id(), successor, n.kind(), n.caseId(), n.occurredAt(), n.params(),
                        Optional.empty(), n.expiresAt()));
            }
            if (store.remove(n)) {
                moved.add(n.id());
            }
        }
        return moved;
    }
}
