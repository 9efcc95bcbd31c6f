package id.sikerja.core.potentials;

import id.sikerja.core.workflow.Text;

/** What an entry of a department's map is (domain.md §8). */
public enum PotentialKind {
    /** What the region offers a partner: an asset, a market, a programme. */
    POTENSI(Text.of("Potensi", "Potential")),
    /** What the department seeks: funding, expertise, technology, a service. */
    KEBUTUHAN(Text.of("Kebutuhan", "Need"));

    private final Text label;

    PotentialKind(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }
}
