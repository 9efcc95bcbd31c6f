package id.sikerja.core.workflow;

import id.sikerja.core.model.KsdpkInitiative;

import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A property of a case that decides whether a stage, an action or a gate applies, e.g. "the DPRD must approve".
 *
 * @param needs facts that must be recorded before the property can be decided
 */
public record When(String code, Text label, List<Fact<?>> needs, BiPredicate<CaseState, WorkflowSettings> test) {

    public When {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        needs = List.copyOf(needs);
        Objects.requireNonNull(test, "test");
    }

    /**
     * PP 28/2018 Ps 6(2): the DPRD approves a KSDD/KSDPK when the plan burdens the public and the region and/or
     * its funding is not in the current year's APBD.
     */
    public static final When DPRD_REQUIRED = new When("DPRD_REQUIRED",
            Text.of("membebani masyarakat dan daerah dan/atau pendanaan belum teranggarkan dalam APBD tahun berjalan",
                    "it burdens the public and the region and/or its funding is not in the current APBD"),
            List.of(Fact.DPRD_BURDENS_PUBLIC, Fact.DPRD_FUNDING_UNBUDGETED),
            (s, cfg) -> s.fact(Fact.DPRD_BURDENS_PUBLIC).orElse(false)
                    || s.fact(Fact.DPRD_FUNDING_UNBUDGETED).orElse(false));

    /** The region is a kabupaten/kota (its foreign files go to the Minister through the Gubernur). */
    public static final When KAB_KOTA = new When("KAB_KOTA",
            Text.of("daerah adalah kabupaten/kota", "the region is a regency/city"), List.of(),
            (s, cfg) -> cfg.regionLevel() == RegionLevel.KABUPATEN_KOTA);

    /** The region is a province (its foreign files and annual reports go to the Minister directly). */
    public static final When PROVINSI = new When("PROVINSI",
            Text.of("daerah adalah provinsi", "the region is a province"), List.of(),
            (s, cfg) -> cfg.regionLevel() == RegionLevel.PROVINSI);

    /** A KSDPK initiated by the third party, which writes the studi kelayakan itself (PP 28/2018 Ps 18). */
    public static final When THIRD_PARTY_INITIATIVE = new When("THIRD_PARTY_INITIATIVE",
            Text.of("prakarsa pihak ketiga", "initiated by the third party"), List.of(),
            (s, cfg) -> s.ksdpkInitiative().filter(i -> i == KsdpkInitiative.PIHAK_KETIGA).isPresent());

    /** The PKS is signed by a department official (who needs a surat kuasa). */
    public static final When SIGNED_BY_OFFICIAL = new When("SIGNED_BY_OFFICIAL",
            Text.of("PKS ditandatangani pejabat OPD", "the PKS is signed by a department official"),
            List.of(Fact.SIGNATORY),
            (s, cfg) -> s.fact(Fact.SIGNATORY).filter(x -> x == Signatory.PEJABAT_OPD).isPresent());

    /** The case is not itself a PKS under a KB. */
    public static final When NOT_CHILD_PKS = new When("NOT_CHILD_PKS",
            Text.of("bukan PKS turunan KB", "not a PKS under a KB"), List.of(),
            (s, cfg) -> !s.isChildPks());

    /**
     * Issue 13 item 7: a mandatory KSDD (bordering regions, cross-border externalities; PP 28/2018 Ps 3 [V]): an
     * obligation, refused only with a written reason and a document (domain.md §2.1 [I]).
     */
    public static final When KSDD_WAJIB = new When("KSDD_WAJIB",
            Text.of("KSDD wajib", "a mandatory KSDD"), List.of(),
            (s, cfg) -> s.category() == id.sikerja.core.model.Category.KSDD
                    && s.ksddKind().filter(k -> k == id.sikerja.core.model.KsddKind.WAJIB).isPresent());

    /** Issue 13 item 6: the KB is not signed yet, so the proposer may still withdraw (domain.md §2.1 [I]). */
    public static final When KB_NOT_SIGNED = new When("KB_NOT_SIGNED",
            Text.of("KB belum ditandatangani", "the KB is not signed yet"), List.of(),
            (s, cfg) -> !s.facts().has(Fact.KB_SIGNED_ON));

    /** Issue 13 item 6: the KB is signed; the case now ends only for a reason of domain.md §2.3, with its document. */
    public static final When KB_SIGNED = new When("KB_SIGNED",
            Text.of("KB sudah ditandatangani", "the KB is signed"), List.of(),
            (s, cfg) -> s.facts().has(Fact.KB_SIGNED_ON));

    /** The DPRD's silence has been recorded as approval (issue 13 item 3): that approval is final. */
    public static final When DPRD_DEEMED_APPROVED = new When("DPRD_DEEMED_APPROVED",
            Text.of("DPRD dianggap menyetujui", "the DPRD is deemed to have approved"), List.of(),
            (s, cfg) -> s.fact(Fact.DPRD_OUTCOME).filter(o -> o == DprdOutcome.DIANGGAP_DISETUJUI).isPresent());

    // ---- issue 13 item 2: the DPRD test per agreement and budget year (PP 28/2018 Ps 6(2) [V]; domain.md §2.1)

    /** The case is a PKS under a KB: it records its own DPRD facts. */
    public static final When CHILD_PKS = new When("CHILD_PKS",
            Text.of("PKS turunan KB", "a PKS under a KB"), List.of(), (s, cfg) -> s.isChildPks());

    /**
     * The PKS's own facts require the DPRD for the budget year it is signed in and no approval covers it yet
     * ({@link PksDprd#outstanding}): it goes to the DPRD (or cites an approval that covers it).
     */
    public static final When PKS_DPRD_OUTSTANDING = new When("PKS_DPRD_OUTSTANDING",
            Text.of("PKS memerlukan persetujuan DPRD untuk tahun anggarannya yang belum ada",
                    "the PKS needs a DPRD approval for its budget year that it does not have"),
            List.of(), (s, cfg) -> PksDprd.outstanding(s));

    /**
     * When the Persetujuan DPRD stage applies on the domestic path: the KB's facts require it (PP 28/2018 Ps 6(2)),
     * or a PKS — a child PKS by its own facts only — needs an approval for its budget year.
     */
    public static final When DPRD_REQUIRED_FOR_AGREEMENT = new When("DPRD_REQUIRED",
            DPRD_REQUIRED.label(), DPRD_REQUIRED.needs(),
            (s, cfg) -> PksDprd.outstanding(s) || (!s.isChildPks() && DPRD_REQUIRED.test(s, cfg)));

    // ---- issue 16 (h16-link): proposals that answer a potential or need (domain.md §8 [S])

    /** The case answers a department's potential or need. */
    public static final When ANSWERS_POTENTIAL = new When("ANSWERS_POTENTIAL",
            Text.of("menjawab peluang/kebutuhan", "it answers a potential or need"), List.of(),
            (s, cfg) -> s.facts().has(Fact.POTENTIAL_ID));

    /** The case answers an entry that no officer has marked fulfilled from it yet. */
    public static final When POTENTIAL_NOT_MARKED_FULFILLED = new When("POTENTIAL_NOT_MARKED_FULFILLED",
            Text.of("peluang/kebutuhan yang dijawab belum ditandai terpenuhi",
                    "the entry it answers is not marked fulfilled yet"), List.of(),
            (s, cfg) -> s.facts().has(Fact.POTENTIAL_ID) && !s.fact(Fact.POTENTIAL_FULFILLED).orElse(false));

    public boolean test(CaseState state, WorkflowSettings settings) {
        return test.test(state, settings);
    }

    /** The needed facts not yet recorded. */
    public List<Fact<?>> missing(CaseState state) {
        if (this == DPRD_REQUIRED_FOR_AGREEMENT && PksDprd.outstanding(state)) {
            return List.of(); // issue 13 item 2: the PKS's own test decides; a child may lack the KB's facts
        }
        return needs.stream().filter(f -> !state.facts().has(f)).toList();
    }
}
