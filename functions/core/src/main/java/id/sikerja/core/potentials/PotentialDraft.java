package id.sikerja.core.potentials;

import id.sikerja.core.model.PartnerType;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The validated fields of a {@code POST /potentials} or {@code PUT /potentials/{id}} body
 * ({@link PotentialRequests#draft}).
 *
 * @param departmentCode null when the body named none (an OPD user's entry is its own department's)
 * @param status         a new status (PUT only; CLOSED archives); empty keeps the current one (OPEN when created)
 */
public record PotentialDraft(
        PotentialKind kind,
        String departmentCode,
        String title,
        String description,
        PotentialField field,
        Set<PartnerType> partnerKinds,
        Optional<String> location,
        Optional<ExpectedForm> expectedForm,
        boolean inRkpd,
        Optional<Integer> rkpdYear,
        Optional<Long> indicativeValue,
        Optional<PotentialStatus> status,
        Optional<String> titleEn,
        Optional<String> descriptionEn) {

    public PotentialDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(field, "field");
        partnerKinds = partnerKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(partnerKinds));
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(expectedForm, "expectedForm");
        rkpdYear = inRkpd ? Objects.requireNonNull(rkpdYear, "rkpdYear") : Optional.empty();
        Objects.requireNonNull(indicativeValue, "indicativeValue");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
    }

    /** The same draft for {@code department}. */
    public PotentialDraft forDepartment(String department) {
        return new PotentialDraft(kind, department, title, description, field, partnerKinds, location, expectedForm,
                inRkpd, rkpdYear, indicativeValue, status, titleEn, descriptionEn);
    }
}
