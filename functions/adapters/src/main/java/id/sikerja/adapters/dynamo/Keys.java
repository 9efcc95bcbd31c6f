package id.sikerja.adapters.dynamo;

/**
 * The single table's key layout (documented next to the table in template.yaml). Instants in keys are
 * ISO-8601 UTC so that they sort as text.
 */
public final class Keys {

    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";
    public static final String GSI2PK = "GSI2PK";
    public static final String GSI2SK = "GSI2SK";
    public static final String GSI2 = "GSI2";
    public static final String CASE_META = "META";
    public static final String IDEMPOTENCY_SK = "IDEMP";
    public static final String HOLIDAYS_PK = "SETTINGS#HOLIDAYS";
    /** The department directory: one item {@code SETTINGS#DEPARTMENTS / LIST}. */
    public static final String DEPARTMENTS_PK = "SETTINGS#DEPARTMENTS";
    public static final String DEPARTMENTS_SK = "LIST";
    public static final String GSI1 = "GSI1";
    /** A case's summary item, beside its META item. */
    public static final String CASE_SUMMARY = "SUMMARY";
    /** The GSI1 partition of every case's summary (lists, search, registry). */
    public static final String SUMMARIES_PK = "CASES";

    private Keys() {
    }

    public static String casePk(String caseId) {
        return "CASE#" + caseId;
    }

    public static String eventSk(java.time.Instant at, String discriminator) {
        return "EVENT#" + at + "#" + discriminator;
    }

    public static String trackPk(String code) {
        return "TRACK#" + code;
    }

    public static String idempotencyPk(String keyHash) {
        return "IDEMP#" + keyHash;
    }

    public static String outboxPk(String id) {
        return "OUTBOX#" + id;
    }

    public static String stagePk(String stage) {
        return "STAGE#" + stage;
    }

    public static final String OUTBOX_PENDING = "OUTBOX#PENDING";

    /** A due date of a case, in the case's partition: {@code DUE#<kind>#<yyyy-MM-dd>}. */
    public static String dueSk(String kind, java.time.LocalDate date) {
        return "DUE#" + kind + "#" + date;
    }

    /**
     * The due-date index partition (GSI2) of deadlines, sorted by the day reminding starts:
     * {@code GSI2SK = <yyyy-MM-dd>#<caseId>#<kind>#<date>}.
     */
    public static final String REMIND_FROM_PK = "REMIND#FROM";

    /** The due-date index partition (GSI2) of the point reminders of one day: {@code REMIND#<yyyy-MM-dd>}. */
    public static String remindOnDayPk(java.time.LocalDate day) {
        return "REMIND#" + day;
    }

    /**
     * An instant as fixed-width text ({@code <epoch seconds, 19 digits>.<nanoseconds, 9 digits>}), so that text
     * order is time order ({@link java.time.Instant#toString} drops zero fractions and does not sort).
     */
    public static String sortableInstant(java.time.Instant at) {
        return String.format("%019d.%09d", at.getEpochSecond(), at.getNano());
    }

    /** The summary index sort key (GSI1, partition {@link #SUMMARIES_PK}): {@code <sortable updatedAt>#<caseId>}. */
    public static String summarySk(java.time.Instant updatedAt, String caseId) {
        return sortableInstant(updatedAt) + "#" + caseId;
    }

    /** One year's holiday list under {@link #HOLIDAYS_PK}: {@code YEAR#<yyyy>}. */
    public static String holidayYearSk(int year) {
        return "YEAR#" + year;
    }
}
