package id.sikerja.core.intake;

import java.time.Instant;

/**
 * The answer to a submitted proposal. The access token is shown to the partner once, here; only its hash is
 * stored with the case.
 *
 * @param replayed true when this is the remembered answer to an earlier request with the same key
 */
public record Submission(String caseId, String trackingCode, String accessToken, String stage, Instant submittedAt,
                         boolean replayed) {

    String encode() {
        return String.join("\n", caseId, trackingCode, accessToken, stage, submittedAt.toString());
    }

    /** This answer as the request that created the case sends it (not replayed). */
    Submission first() {
        return new Submission(caseId, trackingCode, accessToken, stage, submittedAt, false);
    }

    static Submission decode(String encoded) {
        String[] p = encoded.split("\n", -1);
        return new Submission(p[0], p[1], p[2], p[3], Instant.parse(p[4]), true);
    }
}
