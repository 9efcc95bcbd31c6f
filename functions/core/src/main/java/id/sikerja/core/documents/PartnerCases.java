package id.sikerja.core.documents;

import java.util.Optional;

/** The case a partner's tracking code and access token open ({@link id.sikerja.core.cases.CaseService#partnerCase}). */
@FunctionalInterface
public interface PartnerCases {

    /** Empty for an unknown code, a missing token and a wrong one alike. */
    Optional<String> caseOf(String trackingCode, String accessToken);
}
