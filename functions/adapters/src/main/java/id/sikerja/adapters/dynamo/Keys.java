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

    /** One year's holiday list under {@link #HOLIDAYS_PK}: {@code YEAR#<yyyy>}. */
    public static String holidayYearSk(int year) {
        return "YEAR#" + year;
    }
}
