package id.sikerja.core.reads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The orders of a list. Each sorts by a text key (fixed-width, so text order is the value's order) and then by
 * id, so that a cursor (the last key and id seen) resumes exactly after the last item, whatever was added since.
 */
public enum Sort {
    UPDATED_DESC("-updatedAt", true, (s, z) -> instant(s.updatedAt())),
    UPDATED_ASC("updatedAt", false, (s, z) -> instant(s.updatedAt())),
    CREATED_DESC("-createdAt", true, (s, z) -> instant(s.createdAt())),
    CREATED_ASC("createdAt", false, (s, z) -> instant(s.createdAt())),
    TITLE("title", false, (s, z) -> SearchText.fold(s.title()).strip()),
    /** Soonest end first; cases without an end date last. */
    END_ASC("endDate", false, (s, z) -> s.endDate() == null ? "~" : s.endDate().toString()),
    /** Latest end first; cases without an end date last. */
    END_DESC("-endDate", true, (s, z) -> s.endDate() == null ? "" : s.endDate().toString()),
    /** The registry's order: the latest signed first. */
    REGISTRY("-signedOn", true, (s, z) -> s.registryDate(z).toString()),
    /**
     * "My tasks": most urgent first. The key is the task's, not the case's ({@link OfficerTasks#key}): this order
     * only names the cursors of that list.
     */
    TASKS("urgency", false, (s, z) -> {
        throw new UnsupportedOperationException("a task's key depends on the officer: OfficerTasks.key");
    });

    /** The orders an officer's list accepts ({@code sort=}). */
    public static final Sort[] LIST = {UPDATED_DESC, UPDATED_ASC, CREATED_ASC, CREATED_DESC, TITLE, END_ASC, END_DESC};

    private final String param;
    private final boolean descending;
    private final BiFunction<CaseSummary, ZoneId, String> key;

    Sort(String param, boolean descending, BiFunction<CaseSummary, ZoneId, String> key) {
        this.param = param;
        this.descending = descending;
        this.key = key;
    }

    public String param() {
        return param;
    }

    public static Optional<Sort> ofList(String param) {
        return Arrays.stream(LIST).filter(s -> s.param.equals(param)).findFirst();
    }

    public String key(CaseSummary s, ZoneId zone) {
        return key.apply(s, zone);
    }

    /** Compares two (key, id) positions in this order. */
    public int compare(String keyA, String idA, String keyB, String idB) {
        int c = keyA.compareTo(keyB);
        if (c != 0) {
            return descending ? -c : c;
        }
        return idA.compareTo(idB);
    }

    public Comparator<CaseSummary> comparator(ZoneId zone) {
        return (a, b) -> compare(key(a, zone), a.id(), key(b, zone), b.id());
    }

    private static String instant(Instant i) {
        StringBuilder b = new StringBuilder(28);
        pad(b, Long.toString(i.getEpochSecond()), 19);
        pad(b, Integer.toString(i.getNano()), 9);
        return b.toString();
    }

    private static void pad(StringBuilder b, String digits, int width) {
        for (int k = digits.length(); k < width; k++) {
            b.append('0');
        }
        b.append(digits);
    }

    static String date(LocalDate d) {
        return d.toString();
    }
}
