package id.sikerja.core.potentials;

import id.sikerja.core.idempotency.Remembered;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** A {@link PotentialStore} in memory, with the conditions and order of the DynamoDB one. */
public final class InMemoryPotentialStore implements PotentialStore {

    /** Newest change first, then by id: the order of the table's index. */
    static final Comparator<Potential> ORDER = Comparator.comparing(Potential::updatedAt).reversed()
            .thenComparing(Potential::id);

    private final Map<String, Potential> items = new ConcurrentHashMap<>();

    @Override
    public Optional<Potential> find(String id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public synchronized void create(Potential created) {
        if (items.putIfAbsent(created.id(), created) != null) {
            throw new Conflict("exists: " + created.id());
        }
    }

    private final Map<String, Remembered> answers = new ConcurrentHashMap<>();

    @Override
    public synchronized void create(Potential created, Optional<Remembered> remember) {
        if (items.containsKey(created.id()) || remember.map(r -> answers.containsKey(r.keyHash())).orElse(false)) {
            throw new Conflict("exists: " + created.id());
        }
        items.put(created.id(), created);
        remember.ifPresent(r -> answers.put(r.keyHash(), r));
    }

    @Override
    public Optional<Remembered> remembered(String keyHash) {
        return Optional.ofNullable(answers.get(keyHash));
    }

    @Override
    public synchronized void update(Potential next, long expectedVersion) {
        Potential current = items.get(next.id());
        if (current == null || current.version() != expectedVersion) {
            throw new Conflict("not at version " + expectedVersion + ": " + next.id());
        }
        items.put(next.id(), next);
    }

    @Override
    public Slice byDepartment(String departmentCode, int limit, Optional<String> after) {
        return slice(p -> p.departmentCode().equals(departmentCode), limit, after);
    }

    @Override
    public Slice byStatus(PotentialStatus status, int limit, Optional<String> after) {
        return slice(p -> p.status() == status, limit, after);
    }

    private Slice slice(Predicate<Potential> which, int limit, Optional<String> after) {
        List<Potential> all = items.values().stream().filter(which).sorted(ORDER).toList();
        int from = 0;
        if (after.isPresent()) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(after.get())) {
                    from = i + 1;
                    break;
                }
            }
        }
        int to = Math.min(all.size(), from + limit);
        return new Slice(all.subList(from, to), to < all.size() ? Optional.of(all.get(to - 1).id()) : Optional.empty());
    }

    /** Everything stored (tests only). */
    public List<Potential> all() {
        return items.values().stream().sorted(ORDER).toList();
    }
}
