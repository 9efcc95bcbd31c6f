package id.sikerja.core.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of recorded {@link Fact}s. Values are type-checked on the way in, so
 * {@link #get(Fact)} never fails.
 */
public final class Facts {

    private static final Facts EMPTY = new Facts(Map.of());

    private final Map<Fact<?>, Object> values;

    private Facts(Map<Fact<?>, Object> values) {
        this.values = values;
    }

    public static Facts empty() {
        return EMPTY;
    }

    /** One fact. */
    public static <T> Facts of(Fact<T> fact, T value) {
        return EMPTY.with(fact, value);
    }

    /**
     * Facts from their stored strings ({@link #toStrings()}); unknown keys and malformed values throw
     * {@link IllegalArgumentException}; a value outside a range narrowed since it was recorded is kept.
     */
    public static Facts fromStrings(Map<String, String> stored) {
        Facts f = EMPTY;
        for (Map.Entry<String, String> e : stored.entrySet()) {
            Fact<?> fact = Fact.byKey(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown fact " + e.getKey()));
            f = f.withParsed(fact, e.getValue());
        }
        return f;
    }

    private <T> Facts withParsed(Fact<T> fact, String text) {
        // stored facts were checked when recorded: a range narrowed since must not make the case unreadable
        Map<Fact<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(fact, fact.parseStored(text));
        return new Facts(Collections.unmodifiableMap(copy));
    }

    /** The facts as key → string, for storage. */
    public Map<String, String> toStrings() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Fact<?> f : Fact.all()) {
            if (values.containsKey(f)) {
                out.put(f.key(), f.format(values.get(f)));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    public <T> Optional<T> get(Fact<T> fact) {
        return Optional.ofNullable(values.get(fact)).map(fact::cast);
    }

    public boolean has(Fact<?> fact) {
        return values.containsKey(fact);
    }

    /** A copy with the fact set; throws when the value has the wrong type or is out of range. */
    public <T> Facts with(Fact<T> fact, T value) {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(value, "value of " + fact.key());
        if (!fact.accepts(value)) {
            throw new IllegalArgumentException(fact.key() + ": invalid value " + value);
        }
        Map<Fact<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(fact, value);
        return new Facts(Collections.unmodifiableMap(copy));
    }

    /** A copy with the fact set from an untyped value (as commands carry them); throws when it does not fit. */
    public Facts withUnchecked(Fact<?> fact, Object value) {
        return withCast(fact, value);
    }

    private <T> Facts withCast(Fact<T> fact, Object value) {
        if (!fact.type().isInstance(value)) {
            throw new IllegalArgumentException(fact.key() + ": expected " + fact.type().getSimpleName());
        }
        return with(fact, fact.cast(value));
    }

    /** A copy with the other facts laid over these. */
    public Facts withAll(Facts other) {
        if (other.values.isEmpty()) {
            return this;
        }
        Map<Fact<?>, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(other.values);
        return new Facts(Collections.unmodifiableMap(copy));
    }

    /** A copy without the fact (issue 18: a request never supplies the responsible officer's name). */
    public Facts without(Fact<?> fact) {
        if (!values.containsKey(fact)) {
            return this;
        }
        Map<Fact<?>, Object> copy = new LinkedHashMap<>(values);
        copy.remove(fact);
        return new Facts(Collections.unmodifiableMap(copy));
    }

    /** The facts as an unmodifiable map. */
    public Map<Fact<?>, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facts f && f.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toStrings().toString();
    }
}
