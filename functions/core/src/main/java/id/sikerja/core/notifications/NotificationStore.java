package id.sikerja.core.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where each officer's inbox is kept: per recipient, never scanned. */
public interface NotificationStore {

    /** Adds it unless one with its id exists (a conditional put); whether it was added. */
    boolean add(Notification notification);

    /** The recipient's notifications that have not expired, in any order. */
    List<Notification> of(String recipient);

    /**
     * Marks read those of {@code ids} (all, when empty) the recipient has and has not read yet; returns how many
     * it marked. Marking an item read twice changes nothing.
     */
    int markRead(String recipient, Optional<Set<String>> ids, Instant at);

    /**
     * Issue 17 (hand-over): removes this notification from its recipient's inbox if it is still there (a conditional
     * delete); whether this call removed it.
     */
    boolean remove(Notification notification);
}
