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
    public static final String CASE_META = "META";

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
}
