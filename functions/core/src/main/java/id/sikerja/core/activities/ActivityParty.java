package id.sikerja.core.activities;

import id.sikerja.core.workflow.Text;

/** Which party carried out an activity (domain.md §9). */
public enum ActivityParty {
    PEMDA("Pemerintah daerah (OPD)", "The regional government (department)"),
    PARTNER("Mitra", "The partner"),
    JOINT("Bersama", "Jointly");

    private final Text label;

    ActivityParty(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
