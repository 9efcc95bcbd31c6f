package id.sikerja.core.migrations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the migrations in order of their ids, each from where it stopped: completed ones are skipped (a second run
 * changes nothing), an interrupted one resumes at its last recorded cursor. The progress is recorded after every step,
 * so that a failure or a time budget running out loses at most one (idempotent) page.
 */
public final class MigrationRunner {

    private final List<Migration> migrations;
    private final MigrationLedger ledger;
    private final Clock clock;

    public MigrationRunner(List<Migration> migrations, MigrationLedger ledger, Clock clock) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("two migrations named " + sorted.get(i).id());
            }
        }
        this.migrations = List.copyOf(sorted);
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What one migration did in this run. */
    public record Outcome(String migrationId, String status, long changed, long read) {
    }

    /** What a run did; {@code finished} is false when the budget ran out first (run again to resume). */
    public record Report(List<Outcome> outcomes, boolean finished) {
    }

    /**
     * Runs every migration not completed yet, until done or until {@code budget} has passed (checked between steps).
     */
    public Report run(Duration budget) {
        Instant deadline = clock.instant().plus(budget);
        List<Outcome> outcomes = new ArrayList<>();
        for (Migration m : migrations) {
            Optional<MigrationLedger.Progress> progress = ledger.progress(m.id());
            if (progress.map(MigrationLedger.Progress::completed).orElse(false)) {
                outcomes.add(new Outcome(m.id(), "ALREADY_COMPLETED", 0, 0));
                continue;
            }
            Optional<String> cursor = progress.flatMap(MigrationLedger.Progress::cursor);
            long changedBefore = progress.map(MigrationLedger.Progress::changed).orElse(0L);
            long readBefore = progress.map(MigrationLedger.Progress::read).orElse(0L);
            long changed = 0;
            long read = 0;
            boolean resumed = cursor.isPresent();
            while (true) {
                if (clock.instant().isAfter(deadline)) {
                    outcomes.add(new Outcome(m.id(), "STOPPED", changed, read));
                    return new Report(outcomes, false);
                }
                Migration.Step step = m.step(cursor);
                changed += step.changed();
                read += step.read();
                if (step.next().isEmpty()) {
                    ledger.completed(m.id(), changedBefore + changed, readBefore + read, clock.instant());
                    outcomes.add(new Outcome(m.id(), resumed ? "RESUMED_AND_COMPLETED" : "COMPLETED", changed, read));
                    break;
                }
                cursor = step.next();
                ledger.advanced(m.id(), cursor, changedBefore + changed, readBefore + read, clock.instant());
            }
        }
        return new Report(outcomes, true);
    }
}
