package id.sikerja.core.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a party says it did: a title and description, the day (or the first and last day of a period, business
 * dates in the Pemda's zone), the party, its outputs, an optional indicator and the evidence (ids of the case's
 * EVIDENCE uploads).
 */
public record ActivityDraft(String title, String description, LocalDate startDate, LocalDate endDate,
                            ActivityParty party, String outputs, Optional<Indicator> indicator,
                            List<String> evidence) {

    public ActivityDraft {
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(party, "party");
        outputs = outputs == null ? "" : outputs;
        Objects.requireNonNull(indicator, "indicator");
        evidence = List.copyOf(evidence);
    }
}
