package id.sikerja.core.cases;

import id.sikerja.core.reminders.ReminderRules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** The due-date index over a list, partitioned as the DynamoDB one is (by {@link ReminderRules#indexing}). */
public final class InMemoryDueIndex implements DueDateIndex {

    private static final ReminderRules RULES = ReminderRules.DEFAULTS;
    private final Supplier<List<Entry>> entries;

    public InMemoryDueIndex(Supplier<List<Entry>> entries) {
        this.entries = entries;
    }

    @Override
    public List<Entry> started(LocalDate day) {
        return entries.get().stream()
                .filter(e -> RULES.indexing(e.kind()) == ReminderRules.Indexing.FROM)
                .filter(e -> !RULES.indexDate(e.kind(), e.date()).isAfter(day))
                .sorted(Comparator.comparing((Entry e) -> RULES.indexDate(e.kind(), e.date())).thenComparing(Entry::caseId))
                .toList();
    }

    @Override
    public List<Entry> onDays(LocalDate from, LocalDate to) {
        return entries.get().stream()
                .filter(e -> RULES.indexing(e.kind()) == ReminderRules.Indexing.ON_DAY)
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to))
                .sorted(Comparator.comparing(Entry::date).thenComparing(Entry::caseId))
                .toList();
    }
}
