package id.sikerja.core.reminders;

import java.util.List;

/**
 * What one recipient is told in one period. {@code key} identifies it ("OFFICER#<sub>#2026-11-22"), so the
 * ledger can send it exactly once. {@code entries} is the department's section about its potentials/needs entries
 * (issue 16), apart from the deadline lines.
 */
public record Digest(String key, String recipientId, String email, String periodKey, List<ReminderItem> items,
                     List<EntryLine> entries) {

    public Digest {
        items = List.copyOf(items);
        entries = List.copyOf(entries);
    }

    /** A digest of deadlines only. */
    public Digest(String key, String recipientId, String email, String periodKey, List<ReminderItem> items) {
        this(key, recipientId, email, periodKey, items, List.of());
    }
}
