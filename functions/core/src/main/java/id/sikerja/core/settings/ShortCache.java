package id.sikerja.core.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value read from storage and kept for a short while per container (admin-edited settings): read again once
 * {@code keepFor} has passed, or at once after {@link #put} or {@link #forget} by a change made through this
 * container.
 */
final class ShortCache<T> {

    private final Supplier<T> load;
    private final Clock clock;
    private final Duration keepFor;
    private volatile Kept<T> kept;

    private record Kept<T>(T value, Instant until) {
    }

    ShortCache(Supplier<T> load, Clock clock, Duration keepFor) {
        this.load = Objects.requireNonNull(load, "load");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keepFor = Objects.requireNonNull(keepFor, "keepFor");
    }

    /** The kept value, read again when it has expired. */
    T get() {
        Kept<T> k = kept;
        return k != null && clock.instant().isBefore(k.until()) ? k.value() : reload();
    }

    /** The value as stored now, read again and kept. */
    T reload() {
        T value = load.get();
        put(value);
        return value;
    }

    /** Keeps a value this container just stored. */
    void put(T value) {
        kept = new Kept<>(value, clock.instant().plus(keepFor));
    }

    /** Drops the kept value: the next {@link #get} reads again. */
    void forget() {
        kept = null;
    }
}
