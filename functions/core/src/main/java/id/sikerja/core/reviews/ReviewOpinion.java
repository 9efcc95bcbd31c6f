package id.sikerja.core.reviews;

import id.sikerja.core.workflow.Text;

/** A TKKSD member's own opinion on a proposal or a draft (issue 17). */
public enum ReviewOpinion {
    SETUJU("Setuju", "Agree"),
    PERLU_PERBAIKAN("Perlu perbaikan", "Needs revision"),
    TIDAK_SETUJU("Tidak setuju", "Disagree");

    private final Text label;

    ReviewOpinion(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
