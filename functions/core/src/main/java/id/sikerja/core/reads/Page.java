package id.sikerja.core.reads;

import java.util.List;

/** One page of a list: its items, the cursor of the next page (null on the last), and how many match in all. */
public record Page<T>(List<T> items, String nextCursor, int total) {
    public Page {
        items = List.copyOf(items);
    }
}
