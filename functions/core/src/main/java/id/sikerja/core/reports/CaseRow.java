package id.sikerja.core.reports;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.MandatoryRefusal;
import id.sikerja.core.workflow.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the grouped reports need of a case, and no more: a list item's worth. {@link ReportCases} may build it from
 * the full case item or from a compact per-case summary.
 *
 * @param signedOn the agreement's signing date (naskah, PKS or KB), if signed
 * @param field    the field of cooperation ({@code facts.field}), if recorded
 */
public record CaseRow(
        String id,
        String title,
        Category category,
        Stage stage,
        String partnerName,
        PartnerType partnerType,
        String partnerRegion,
        List<String> departments,
        Optional<String> field,
        Optional<LocalDate> signedOn,
        Instant createdAt,
        boolean refusedMandatory) {

    /** A row that is not a refused mandatory KSDD. */
    public CaseRow(String id, String title, Category category, Stage stage, String partnerName,
                   PartnerType partnerType, String partnerRegion, List<String> departments, Optional<String> field,
                   Optional<LocalDate> signedOn, Instant createdAt) {
        this(id, title, category, stage, partnerName, partnerType, partnerRegion, departments, field, signedOn,
                createdAt, false);
    }

    public CaseRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(stage, "stage");
        departments = List.copyOf(departments);
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(signedOn, "signedOn");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static CaseRow of(CaseRecord r) {
        CaseState s = r.state();
        return new CaseRow(r.id(), r.proposal().title(), s.category(), s.stage(), r.proposal().partner().name(),
                r.proposal().partner().type(), r.proposal().partner().regionOrCountry(), s.departments(),
                s.fact(Fact.FIELD).map(String::strip).filter(f -> !f.isEmpty()), signedOn(s), s.createdAt(),
                MandatoryRefusal.isRefusedMandatory(s)); // issue 13 item 7
    }

    /** The signing date of the agreement: the naskah (foreign), else the PKS, else the KB. */
    public static Optional<LocalDate> signedOn(CaseState s) {
        return Stream.of(Fact.NASKAH_SIGNED_ON, Fact.PKS_SIGNED_ON, Fact.KB_SIGNED_ON)
                .map(s::fact).flatMap(Optional::stream).findFirst();
    }

    /**
     * The year a report counts the case in: the year the agreement was signed, or, for one not signed (yet), the
     * year the case was created in the Pemda's zone. An older agreement imported today counts in its own year.
     */
    public int year(ZoneId zone) {
        return signedOn.map(LocalDate::getYear).orElseGet(() -> createdAt.atZone(zone).getYear());
    }
}
