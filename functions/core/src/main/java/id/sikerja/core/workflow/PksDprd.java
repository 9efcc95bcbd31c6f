package id.sikerja.core.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 13 item 2: the DPRD test is made per agreement, for its budget year (PP 28/2018 Ps 6(2) [V]: "pendanaan
 * belum teranggarkan dalam APBD tahun anggaran <em>berjalan</em>"; domain.md §2.1). Each PKS — one under a KB too —
 * records whether it burdens the public and whether its funding is in the APBD of the year it is signed in
 * ({@link Fact#PKS_BURDENS_PUBLIC}, {@link Fact#PKS_FUNDING_UNBUDGETED}, {@link Fact#PKS_BUDGET_YEAR}). When they
 * require the DPRD, the PKS is signed only under an approval that covers its budget year: its case's own (the DPRD
 * stage, with its 45 working days and deemed approval) or one it cites (number, date, budget year and the
 * {@link DocumentType#DPRD_DECISION}).
 *
 * <p>A PKS in the KB's own case that records none of its own facts is assessed on the facts Persiapan recorded
 * for the KB [I]; a child PKS never is: it records its own. Its budget year is the recorded one, else the year of
 * its signing date. An approval covers the budget year it was given in ({@link Fact#DPRD_APPROVAL_YEAR}) [I]; a
 * PKS signed in a later budget year needs a new one.
 */
public final class PksDprd {

    private PksDprd() {
    }

    /** The facts a PKS records for its own DPRD test. */
    public static final List<Fact<?>> PKS_DPRD_FACTS = List.of(Fact.PKS_BURDENS_PUBLIC, Fact.PKS_FUNDING_UNBUDGETED,
            Fact.PKS_BUDGET_YEAR);

    /** The facts naming an approval the PKS cites. */
    public static final List<Fact<?>> CITATION_FACTS = List.of(Fact.COVERING_DPRD_DECISION_NUMBER,
            Fact.COVERING_DPRD_DECIDED_ON, Fact.COVERING_DPRD_BUDGET_YEAR);

    /** The PKS's budget year: recorded, else the year of its signing. */
    public static Optional<Integer> budgetYear(CaseState s) {
        return s.fact(Fact.PKS_BUDGET_YEAR).or(() -> s.fact(Fact.PKS_SIGNED_ON).map(LocalDate::getYear));
    }

    /** Whether the PKS's own facts require the DPRD; empty while they are not recorded. */
    public static Optional<Boolean> requiresDprd(CaseState s) {
        Optional<Boolean> burdens = s.fact(Fact.PKS_BURDENS_PUBLIC);
        Optional<Boolean> unbudgeted = s.fact(Fact.PKS_FUNDING_UNBUDGETED);
        if (!s.isChildPks() && burdens.isEmpty() && unbudgeted.isEmpty()) {
            burdens = s.fact(Fact.DPRD_BURDENS_PUBLIC);
            unbudgeted = s.fact(Fact.DPRD_FUNDING_UNBUDGETED);
        }
        if (burdens.orElse(false) || unbudgeted.orElse(false)) {
            return Optional.of(true);
        }
        return burdens.isPresent() && unbudgeted.isPresent() ? Optional.of(false) : Optional.empty();
    }

    /**
     * The budget year this case's own DPRD approval covers. Cases approved before issue 13 item 2 have no
     * {@link Fact#DPRD_APPROVAL_YEAR}: the year of the decision (deemed approval: of the DPRD's receipt).
     */
    public static Optional<Integer> ownApprovalYear(CaseState s) {
        Optional<DprdOutcome> outcome = s.fact(Fact.DPRD_OUTCOME);
        if (outcome.isEmpty() || outcome.get() == DprdOutcome.DITOLAK) {
            return Optional.empty();
        }
        return s.fact(Fact.DPRD_APPROVAL_YEAR).or(() -> (outcome.get() == DprdOutcome.DISETUJUI
                ? s.fact(Fact.DPRD_DECIDED_ON) : s.fact(Fact.DPRD_REQUEST_RECEIVED_ON)).map(LocalDate::getYear));
    }

    /** Whether a complete citation (number, date, budget year and the DPRD decision document) is recorded. */
    public static boolean cites(CaseState s) {
        return CITATION_FACTS.stream().allMatch(f -> s.facts().has(f)) && s.documents().has(DocumentType.DPRD_DECISION);
    }

    /** Whether the PKS still needs a DPRD approval for its budget year: its facts require one and none covers it. */
    public static boolean outstanding(CaseState s) {
        return requiresDprd(s).orElse(false) && problem(s).isPresent();
    }

    /** Why the approval is missing, when the facts require one. */
    private static Optional<UnmetCondition> problem(CaseState s) {
        Optional<Integer> year = budgetYear(s);
        Optional<Integer> own = ownApprovalYear(s);
        if (own.isPresent() && (year.isEmpty() || year.get() <= own.get())) {
            return Optional.empty();
        }
        Optional<Integer> cited = cites(s) ? s.fact(Fact.COVERING_DPRD_BUDGET_YEAR) : Optional.empty();
        if (cited.isPresent() && (year.isEmpty() || year.get().equals(cited.get()))) {
            return Optional.empty();
        }
        if (cited.isPresent()) {
            return Optional.of(new UnmetCondition(UnmetCondition.Kind.RULE, "RULE:PKS_DPRD_CITED_YEAR", Text.of(
                    "Keputusan DPRD yang dikutip mencakup tahun anggaran " + cited.get() + ", bukan " + year.get()
                            + " (tahun anggaran penandatanganan PKS); PP 28/2018 Pasal 6 ayat (2)",
                    "The cited DPRD decision covers budget year " + cited.get() + ", not " + year.get()
                            + " (the budget year the PKS is signed in); PP 28/2018 Art. 6(2)")));
        }
        if (own.isPresent()) {
            return Optional.of(new UnmetCondition(UnmetCondition.Kind.RULE, "RULE:PKS_DPRD_LATER_YEAR", Text.of(
                    "Persetujuan DPRD tahun anggaran " + own.get() + " tidak mencakup PKS tahun anggaran " + year.get()
                            + ": catat tahun anggaran PKS, lalu ajukan lagi ke DPRD atau catat keputusan DPRD yang"
                            + " mencakupnya (PP 28/2018 Pasal 6"
                            + " ayat (2))",
                    "The DPRD approval of budget year " + own.get() + " does not cover a PKS of budget year "
                            + year.get() + ": record the PKS's budget year, then go to the DPRD again or cite a DPRD"
                            + " decision that covers it"
                            + " (PP 28/2018 Art. 6(2))")));
        }
        return Optional.of(new UnmetCondition(UnmetCondition.Kind.RULE, "RULE:PKS_DPRD_APPROVAL", Text.of(
                "PKS ini membebani masyarakat dan daerah dan/atau pendanaannya belum teranggarkan: perlu persetujuan"
                        + " DPRD (ajukan ke DPRD) atau keputusan DPRD yang mencakupnya (PP 28/2018 Pasal 6 ayat (2))",
                "This PKS burdens the public and the region and/or its funding is not budgeted: it needs the DPRD's"
                        + " approval (go to the DPRD) or a DPRD decision that covers it (PP 28/2018 Art. 6(2))")));
    }

    // ------------------------------------------------------------------ gates declared in ProcessDefinitions

    /** Gate: when its facts require the DPRD, an approval covers the PKS's budget year (its case's own, or cited). */
    public static Condition approvalCoversPks() {
        return condition(Text.of("persetujuan DPRD mencakup PKS pada tahun anggarannya bila diperlukan",
                        "a DPRD approval covers the PKS in its budget year where one is needed"),
                Set.of(Fact.PKS_BURDENS_PUBLIC, Fact.PKS_FUNDING_UNBUDGETED, Fact.PKS_BUDGET_YEAR),
                ctx -> requiresDprd(ctx.state()).orElse(false) ? problem(ctx.state()).map(List::of).orElse(List.of())
                        : List.of());
    }

    /** Gate: the recorded budget year is the year of the PKS's signing date. */
    public static Condition budgetYearIsSigningYear() {
        return condition(Text.of("tahun anggaran PKS adalah tahun penandatanganannya",
                        "the PKS's budget year is the year it is signed in"),
                Set.of(Fact.PKS_BUDGET_YEAR, Fact.PKS_SIGNED_ON), ctx -> {
                    Optional<Integer> year = ctx.state().fact(Fact.PKS_BUDGET_YEAR);
                    Optional<LocalDate> signed = ctx.state().fact(Fact.PKS_SIGNED_ON);
                    if (year.isEmpty() || signed.isEmpty() || year.get() == signed.get().getYear()) {
                        return List.of();
                    }
                    return List.of(new UnmetCondition(UnmetCondition.Kind.RULE, "RULE:PKS_BUDGET_YEAR", Text.of(
                            "Tahun anggaran PKS (" + year.get() + ") bukan tahun penandatanganannya ("
                                    + Gates.id(signed.get()) + ")",
                            "The PKS's budget year (" + year.get() + ") is not the year it is signed in ("
                                    + Gates.en(signed.get()) + ")")));
                });
    }

    /** Effect of a DPRD approval (given or deemed): the budget year it covers, the year it took effect in [I]. */
    static Effect recordsApprovalYear(boolean deemed) {
        return Effect.computesFact(Fact.DPRD_APPROVAL_YEAR, Text.of("mencatat tahun anggaran persetujuan DPRD",
                "records the budget year of the DPRD approval"), (s, ctx) -> (deemed
                ? s.fact(Fact.DPRD_REQUEST_RECEIVED_ON).map(r -> ctx.deadlines().dprdResponseDue(r).plusDays(1))
                : s.fact(Fact.DPRD_DECIDED_ON)).map(LocalDate::getYear));
    }

    private static Condition condition(Text description, Set<Fact<?>> reads,
                                       java.util.function.Function<GateContext, List<UnmetCondition>> check) {
        return Gates.simple(UnmetCondition.Kind.RULE, description, reads, check);
    }
}
