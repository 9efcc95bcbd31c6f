package id.sikerja.core.activities;

import id.sikerja.core.workflow.Text;

/** Where an activity stands: only {@link #VERIFIED} activities count (monev, reports, the flag). */
public enum ActivityStatus {
    SUBMITTED("Menunggu verifikasi", "Awaiting verification"),
    VERIFIED("Terverifikasi", "Verified"),
    RETURNED("Dikembalikan untuk diperbaiki", "Returned for correction");

    private final Text label;

    ActivityStatus(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
