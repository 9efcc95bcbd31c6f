package id.sikerja.core.reads;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.time.Periods;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Fact;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Derives a case's {@link CaseSummary}: a pure function of the stored case, so a summary can always be rebuilt. */
public final class Summaries {

    /** The documents that are the agreement itself, signed: what the registry lists and {@code /verify} checks. */
    public static final Set<DocumentType> SIGNED_AGREEMENTS = EnumSet.of(DocumentType.KB_SIGNED,
            DocumentType.PKS_SIGNED, DocumentType.NASKAH_SIGNED,
            DocumentType.ADENDUM_SIGNED); // issue 18 (h18-amend): a signed amendment is part of the agreement

    private Summaries() {
    }

    /** The field (bidang) when the case records one: the fact named "field", where that fact exists. */
    static String field(CaseState s) {
        return Fact.byKey("field").flatMap(f -> s.facts().get(f)).map(String::valueOf).orElse(null);
    }

    public static CaseSummary of(CaseRecord r) {
        CaseState s = r.state();
        Proposal p = r.proposal();
        Optional<LocalDate> start = s.fact(Fact.TERM_START);
        Optional<LocalDate> end = start.flatMap(st -> s.fact(Fact.TERM_MONTHS).map(m -> Periods.lastDayOf(st, m)));
        // the same signing date the reports count by
        LocalDate signed = id.sikerja.core.reports.CaseRow.signedOn(s).orElse(null);
        List<CaseSummary.SignedDocument> signedDocuments = s.documents().all().stream()
                .filter(v -> SIGNED_AGREEMENTS.contains(v.type()))
                .map(v -> new CaseSummary.SignedDocument(v.type(), v.version(), v.sha256().toLowerCase(java.util.Locale.ROOT),
                        v.registeredAt()))
                .toList();
        return new CaseSummary(s.id(), s.version(), r.trackingCode(), p.title(), s.category(), s.stage(),
                p.partner().name(), p.partner().type(), p.partner().regionOrCountry(), s.departments(), field(s),
                s.createdAt(), r.updatedAt(), start.orElse(null), end.orElse(null), signed,
                s.dueDates().stream().map(d -> new CaseSummary.Due(d.kind(), d.date())).distinct().toList(),
                s.fact(Fact.IN_APBD).orElse(false), s.endReason().orElse(null), signedDocuments,
                SearchText.words(p.title(), p.partner().name(), p.purpose(), p.scope()),
                id.sikerja.core.workflow.MandatoryRefusal.isRefusedMandatory(s), // issue 13 item 7
                s.fact(Fact.RESPONSIBLE_OFFICER).orElse(null), // issue 18 (h18-owner)
                s.fact(Fact.RESPONSIBLE_OFFICER_NAME).orElse(null),
                changes(s, end.orElse(null))); // issue 18 (h18-amend)
    }

    /** Issue 18 (h18-amend): the signed amendments and the early ending of a case. */
    static CaseSummary.AgreementChanges changes(CaseState s, LocalDate termEnd) {
        List<CaseSummary.Amendment> amendments = id.sikerja.core.workflow.Amendments.signed(s).stream()
                .map(a -> new CaseSummary.Amendment(a.number(), a.signedOn(), a.changed(),
                        a.termEndBefore().orElse(null), a.termEndAfter().orElse(null), a.signedCopyVersion()))
                .toList();
        LocalDate endedOn = s.fact(Fact.ENDED_ON).orElse(null);
        boolean early = endedOn != null && s.endReason().filter(r -> r.isChosenAtEnd()).isPresent()
                && (termEnd == null || endedOn.isBefore(termEnd));
        if (amendments.isEmpty() && endedOn == null) {
            return CaseSummary.AgreementChanges.NONE;
        }
        return new CaseSummary.AgreementChanges(amendments, endedOn, early);
    }
}
