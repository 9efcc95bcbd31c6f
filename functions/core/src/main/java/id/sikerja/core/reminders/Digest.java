package id.sikerja.core.reminders;

import java.util.List;

/**
 * What one recipient is told in one period. {@code key} identifies it ("OFFICER#<sub>#2026-11-22"), so the
 * ledger can send it exactly once.
 */
public record Digest(String key, String recipientId, String email, String periodKey, List<ReminderItem> items) {

    public Digest {
        items = List.copyOf(items);
    }
}
