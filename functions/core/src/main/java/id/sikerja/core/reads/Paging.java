package id.sikerja.core.reads;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Sorts what matched and cuts the page that follows the cursor. */
final class Paging {

    private Paging() {
    }

    private record Keyed(String key, CaseSummary summary) {
    }

    static <T> Page<T> page(List<CaseSummary> matching, Sort sort, ZoneId zone, int limit, Cursor cursor,
                            Function<CaseSummary, T> render) {
        // each key computed once, not at every comparison
        int n = matching.size();
        Keyed[] keyed = new Keyed[n];
        for (int i = 0; i < n; i++) {
            CaseSummary s = matching.get(i);
            keyed[i] = new Keyed(sort.key(s, zone), s);
        }
        java.util.Arrays.sort(keyed, (a, b) -> sort.compare(a.key, a.summary.id(), b.key, b.summary.id()));
        List<CaseSummary> sorted = new ArrayList<>(n);
        for (Keyed k : keyed) {
            sorted.add(k.summary);
        }
        int from = 0;
        if (cursor != null) {
            // the first item after the cursor's position (binary search: the list is sorted in the same order)
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sort.compare(keyed[mid].key, keyed[mid].summary.id(), cursor.key(), cursor.id()) <= 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            from = lo;
        }
        int to = Math.min(sorted.size(), from + limit);
        List<T> items = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            items.add(render.apply(sorted.get(i)));
        }
        String next = null;
        if (to < sorted.size() && to > from) {
            CaseSummary last = sorted.get(to - 1);
            next = new Cursor(sort, keyed[to - 1].key, last.id()).encode();
        }
        return new Page<>(items, next, sorted.size());
    }
}
