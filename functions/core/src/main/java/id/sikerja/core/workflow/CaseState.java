package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the workflow needs to know about a case. Immutable: every accepted command yields a new state with
 * {@code version + 1} (for optimistic locking when stored).
 *
 * @param stageEnteredAt      when the current stage was entered (internal SLAs count from it)
 * @param departments         codes of the departments (OPD) responsible; OPD users act only on these cases
 * @param dueDates            the due dates as of the last transition; {@link Workflow#dueDates} recomputes them
 * @param parentId            for a PKS under a KB: the KB's case
 * @param previousAgreementId for an extension: the agreement it extends
 * @param endReason           set when the case reached SELESAI, DITOLAK or DIBATALKAN, or entered Penatausahaan
 */
public record CaseState(
        String id,
        Category category,
        Optional<KsddKind> ksddKind,
        Optional<KsdpkInitiative> ksdpkInitiative,
        Origin origin,
        Stage stage,
        Instant stageEnteredAt,
        List<String> departments,
        long version,
        Facts facts,
        Documents documents,
        List<MonevEntry> monev,
        List<DueDate> dueDates,
        Optional<String> parentId,
        Optional<String> previousAgreementId,
        Optional<EndReason> endReason,
        Instant createdAt) {

    public CaseState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ksddKind, "ksddKind");
        Objects.requireNonNull(ksdpkInitiative, "ksdpkInitiative");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(stageEnteredAt, "stageEnteredAt");
        departments = List.copyOf(departments);
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(documents, "documents");
        monev = List.copyOf(monev);
        dueDates = List.copyOf(dueDates);
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(previousAgreementId, "previousAgreementId");
        Objects.requireNonNull(endReason, "endReason");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isChildPks() {
        return parentId.isPresent();
    }

    public <T> Optional<T> fact(Fact<T> fact) {
        return facts.get(fact);
    }

    public CaseState withStage(Stage newStage, Instant at) {
        return new CaseState(id, category, ksddKind, ksdpkInitiative, origin, newStage,
                newStage == stage ? stageEnteredAt : at, departments, version, facts, documents, monev, dueDates,
                parentId, previousAgreementId, endReason, createdAt);
    }

    public CaseState withFacts(Facts newFacts) {
        return new CaseState(id, category, ksddKind, ksdpkInitiative, origin, stage, stageEnteredAt, departments,
                version, newFacts, documents, monev, dueDates, parentId, previousAgreementId, endReason, createdAt);
    }

    public CaseState withDocuments(Documents newDocuments) {
        return new CaseState(id, category, ksddKind, ksdpkInitiative, origin, stage, stageEnteredAt, departments,
                version, facts, newDocuments, monev, dueDates, parentId, previousAgreementId, endReason, createdAt);
    }

    public CaseState withDepartments(List<String> newDepartments) {
        return new CaseState(id, category, ksddKind, ksdpkInitiative, origin, stage, stageEnteredAt, newDepartments,
                version, facts, documents, monev, dueDates, parentId, previousAgreementId, endReason, createdAt);
    }

    public CaseState withMonev(List<MonevEntry> newMonev) {
        return new CaseState(id, category, ksddKind, ksdpkInitiative, origin, stage, stageEnteredAt, departments,
                version, facts, documents, newMonev, dueDates, parentId, previousAgreementId, endReason, createdAt);
    }

    public CaseState withDueDates(List<DueDate> newDueDates) {
        return new CaseState(id, category, ksddKind, ksdpkInitiative, origin, stage, stageEnteredAt, departments,
                version, facts, documents, monev, newDueDates, parentId, previousAgreementId, endReason, createdAt);
    }

    public CaseState withEndReason(EndReason reason) {
        return new CaseState(id, category, ksddKind, ksdpkInitiative, origin, stage, stageEnteredAt, departments,
                version, facts, documents, monev, dueDates, parentId, previousAgreementId, Optional.of(reason),
                createdAt);
    }

    public CaseState withVersion(long newVersion) {
        return new CaseState(id, category, ksddKind, ksdpkInitiative, origin, stage, stageEnteredAt, departments,
                newVersion, facts, documents, monev, dueDates, parentId, previousAgreementId, endReason, createdAt);
    }
}
