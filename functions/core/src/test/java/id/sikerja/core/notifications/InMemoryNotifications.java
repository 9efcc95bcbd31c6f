package id.sikerja.core.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An inbox store and a roster in memory, with the conditional put's semantics (one item per id). */
public final class InMemoryNotifications implements NotificationStore, OfficerRoster {

    public final Map<String, Notification> items = new LinkedHashMap<>();
    public final Map<String, Recipient> officers = new LinkedHashMap<>();

    public InMemoryNotifications with(Recipient r) {
        officers.put(r.id(), r);
        return this;
    }

    @Override
    public synchronized boolean add(Notification n) {
        return items.putIfAbsent(n.recipient() + "/" + n.id(), n) == null;
    }

    @Override
    public synchronized List<Notification> of(String recipient) {
        return items.values().stream().filter(n -> n.recipient().equals(recipient)).toList();
    }

    @Override
    public synchronized int markRead(String recipient, Optional<Set<String>> ids, Instant at) {
        int marked = 0;
        for (Notification n : new ArrayList<>(of(recipient))) {
            if (n.unread() && ids.map(s -> s.contains(n.id())).orElse(true)) {
                items.put(recipient + "/" + n.id(), new Notification(n.id(), n.recipient(), n.kind(), n.caseId(),
                        n.occurredAt(), n.params(), Optional.of(at), n.expiresAt()));
                marked++;
            }
        }
        return marked;
    }

    @Override
    public synchronized boolean remove(Notification n) {
        return items.remove(n.recipient() + "/" + n.id()) != null;
    }

    @Override
    public Optional<Recipient> find(String username) {
        return Optional.ofNullable(officers.get(username));
    }

    @Override
    public List<Recipient> all() {
        return List.copyOf(officers.values());
    }
}
