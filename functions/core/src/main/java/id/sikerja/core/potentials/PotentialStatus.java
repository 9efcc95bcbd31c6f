package id.sikerja.core.potentials;

import id.sikerja.core.workflow.Text;

/**
 * Where an entry stands. OPEN invites proposals; IN_PROGRESS once a case answering it is accepted; FULFILLED once
 * an agreement answering it is signed (an officer's choice); CLOSED is the archive: withdrawn by its department.
 */
public enum PotentialStatus {
    OPEN(Text.of("Terbuka", "Open")),
    IN_PROGRESS(Text.of("Sedang diproses", "In progress")),
    FULFILLED(Text.of("Terpenuhi", "Fulfilled")),
    CLOSED(Text.of("Diarsipkan", "Archived"));

    private final Text label;

    PotentialStatus(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** Whether the public catalogue lists it without being asked for this status (the archive is not). */
    public boolean listedByDefault() {
        return this != CLOSED;
    }
}
