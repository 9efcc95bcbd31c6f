package id.sikerja.core.reads;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Sorts what matched and cuts the page that follows the cursor. */
final class Paging {

    private Paging() {
    }

    static <T> Page<T> page(List<CaseSummary> matching, Sort sort, ZoneId zone, int limit, Cursor cursor,
                            Function<CaseSummary, T> render) {
        List<CaseSummary> sorted = new ArrayList<>(matching);
        sorted.sort(sort.comparator(zone));
        int from = 0;
        if (cursor != null) {
            // the first item after the cursor's position (binary search: the list is sorted in the same order)
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                CaseSummary s = sorted.get(mid);
                if (sort.compare(sort.key(s, zone), s.id(), cursor.key(), cursor.id()) <= 0) {
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
            next = new Cursor(sort, sort.key(last, zone), last.id()).encode();
        }
        return new Page<>(items, next, sorted.size());
    }
}
