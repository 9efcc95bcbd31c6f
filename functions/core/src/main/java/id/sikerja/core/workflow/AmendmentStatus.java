package id.sikerja.core.workflow;

/**
 * Issue 18 (h18-amend): the step an open amendment (addendum) of a running agreement stands at. Its short path is
 * declared in {@link ProcessDefinitions} (the {@code amendments()} group of Pelaksanaan); {@link Amendments} moves it.
 */
public enum AmendmentStatus {
    /** Proposed: the draft addendum is written (and the TKKSD reviews a change of term or value). */
    DRAFT("Rancangan adendum", "Drafting the amendment"),
    /** The change needs the DPRD's approval (PP 28/2018 Ps 6(2)): 45 working days, silence counts as approval. */
    DPRD("Persetujuan DPRD atas adendum", "DPRD approval of the amendment"),
    /** Ready to sign: the signed addendum is uploaded and its date recorded. */
    SIGNING("Penandatanganan adendum", "Signing the amendment");

    private final Text label;

    AmendmentStatus(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
