package id.sikerja.core.potentials;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An entry of a department's public map of potentials and needs (domain.md §8). It belongs to one department,
 * which is its contact: the entry never carries a person's contact ({@link #createdBy} is an account id, kept for
 * the audit and never published).
 *
 * @param id              server-chosen (UUID)
 * @param kind            POTENSI or KEBUTUHAN
 * @param departmentCode  the department it belongs to (directory code, e.g. DINKES)
 * @param field           its urusan/bidang
 * @param partnerKinds    the partner kinds it suits (at least one)
 * @param location        kelurahan/kecamatan or free text; may be empty
 * @param expectedForm    the form of cooperation it expects; may be empty
 * @param inRkpd          whether it is in the RKPD
 * @param rkpdYear        the RKPD's year, present exactly when {@code inRkpd}
 * @param indicativeValue an indicative value in whole Rupiah; may be empty
 * @param titleEn         English title for foreign partners; may be empty
 * @param descriptionEn   English description; may be empty
 * @param version         1 when created, +1 on every change; updates are conditional on it
 */
public record Potential(
        String id,
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
        PotentialStatus status,
        Optional<String> titleEn,
        Optional<String> descriptionEn,
        List<PotentialAttachment> attachments,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String createdBy) {

    public Potential {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(field, "field");
        partnerKinds = partnerKinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(partnerKinds));
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(expectedForm, "expectedForm");
        Objects.requireNonNull(rkpdYear, "rkpdYear");
        Objects.requireNonNull(indicativeValue, "indicativeValue");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    /** The partner kinds in declaration order (a Set.copyOf has none). */
    public List<PartnerType> partnerKindsInOrder() {
        return EnumSet.copyOf(partnerKinds.isEmpty() ? EnumSet.noneOf(PartnerType.class) : partnerKinds)
                .stream().toList();
    }

    /**
     * The category a proposal answering this entry most likely takes: the first category (KSDD, KSDPK, KSDPL,
     * KSDLL, SINERGI) one of its partner kinds fits.
     */
    public Category suggestedCategory() {
        for (Category c : Category.values()) {
            for (PartnerType t : partnerKinds) {
                if (t.fits(c)) {
                    return c;
                }
            }
        }
        return Category.KSDPK;
    }

    /** This entry with the fields of {@code draft}, as changed at {@code at} (version +1). */
    public Potential edited(PotentialDraft draft, Instant at) {
        return new Potential(id, draft.kind(), draft.departmentCode(), draft.title(), draft.description(),
                draft.field(), draft.partnerKinds(), draft.location(), draft.expectedForm(), draft.inRkpd(),
                draft.rkpdYear(), draft.indicativeValue(), draft.status().orElse(status), draft.titleEn(),
                draft.descriptionEn(), attachments, version + 1, createdAt, at, createdBy);
    }

    /** This entry in {@code next} status, as changed at {@code at} (version +1). */
    public Potential withStatus(PotentialStatus next, Instant at) {
        return new Potential(id, kind, departmentCode, title, description, field, partnerKinds, location,
                expectedForm, inRkpd, rkpdYear, indicativeValue, next, titleEn, descriptionEn, attachments,
                version + 1, createdAt, at, createdBy);
    }

    /** This entry with its attachments replaced, as changed at {@code at} (version +1). */
    public Potential withAttachments(List<PotentialAttachment> next, Instant at) {
        return new Potential(id, kind, departmentCode, title, description, field, partnerKinds, location,
                expectedForm, inRkpd, rkpdYear, indicativeValue, status, titleEn, descriptionEn, next,
                version + 1, createdAt, at, createdBy);
    }
}
