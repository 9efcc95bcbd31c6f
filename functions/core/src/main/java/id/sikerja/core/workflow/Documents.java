package id.sikerja.core.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered documents of a case: every version of every type, append only. Immutable. */
public final class Documents {

    private static final Documents EMPTY = new Documents(new EnumMap<>(DocumentType.class));

    private final Map<DocumentType, List<DocumentVersion>> byType;

    private Documents(EnumMap<DocumentType, List<DocumentVersion>> byType) {
        this.byType = Collections.unmodifiableMap(byType);
    }

    public static Documents empty() {
        return EMPTY;
    }

    /** Rebuilds from stored versions (any order); version numbers must be unique per type. */
    public static Documents of(List<DocumentVersion> versions) {
        EnumMap<DocumentType, List<DocumentVersion>> map = new EnumMap<>(DocumentType.class);
        for (DocumentVersion v : versions) {
            map.computeIfAbsent(v.type(), t -> new ArrayList<>()).add(v);
        }
        map.replaceAll((t, list) -> {
            list.sort((a, b) -> Integer.compare(a.version(), b.version()));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).version() == list.get(i - 1).version()) {
                    throw new IllegalArgumentException("duplicate version " + list.get(i).version() + " of " + t);
                }
            }
            return List.copyOf(list);
        });
        return new Documents(map);
    }

    public boolean has(DocumentType type) {
        return byType.containsKey(type);
    }

    public List<DocumentVersion> versions(DocumentType type) {
        return byType.getOrDefault(type, List.of());
    }

    public Optional<DocumentVersion> latest(DocumentType type) {
        List<DocumentVersion> v = versions(type);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    public Optional<DocumentVersion> find(DocumentRef ref) {
        return versions(ref.type()).stream().filter(v -> v.version() == ref.version()).findFirst();
    }

    /**
     * The version already registered from this upload: same type, storage key and SHA-256. Uploads are registered
     * when their bytes arrive, so a command naming one attaches that version instead of adding another.
     */
    public Optional<DocumentVersion> stored(DocumentUpload upload) {
        return versions(upload.type()).stream()
                .filter(v -> v.storageKey().equals(upload.storageKey()) && v.sha256().equalsIgnoreCase(upload.sha256()))
                .findFirst();
    }

    /** Every version, grouped by type in {@link DocumentType} order. */
    public List<DocumentVersion> all() {
        List<DocumentVersion> out = new ArrayList<>();
        byType.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    /** A copy with the upload registered as the next version of its type. */
    public Documents register(DocumentUpload upload, Instant at, Actor actor) {
        int next = versions(upload.type()).size() + 1;
        DocumentVersion v = new DocumentVersion(upload.type(), next, upload.storageKey(), upload.sha256(),
                upload.fileName(), at, actor.id(), actor.role());
        EnumMap<DocumentType, List<DocumentVersion>> copy = new EnumMap<>(DocumentType.class);
        copy.putAll(byType);
        List<DocumentVersion> list = new ArrayList<>(versions(upload.type()));
        list.add(v);
        copy.put(upload.type(), List.copyOf(list));
        return new Documents(copy);
    }

    public Map<DocumentType, List<DocumentVersion>> asMap() {
        return byType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Documents d && d.byType.equals(byType);
    }

    @Override
    public int hashCode() {
        return byType.hashCode();
    }

    @Override
    public String toString() {
        return byType.toString();
    }
}
