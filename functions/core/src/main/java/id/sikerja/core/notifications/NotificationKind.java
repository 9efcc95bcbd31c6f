package id.sikerja.core.notifications;

import id.sikerja.core.workflow.Text;

/** Why an officer is told something (issue 17). Each kind has a label in both languages. */
public enum NotificationKind {
    /** Someone named the officer in a comment. */
    MENTION("Anda disebut dalam diskusi", "You were mentioned in a discussion"),
    /** The partner wrote on a shared thread the officer takes part in. */
    SHARED_REPLY("Balasan mitra dalam diskusi", "The partner replied in a discussion"),
    /** A case of the officer's scope entered a stage the officer acts in. */
    STAGE_ENTERED("Kasus menunggu tindakan Anda", "A case awaits your action"),
    /** A document a partner or department registered waits for the Bagian Kerja Sama's check. */
    DOCUMENT_TO_CHECK("Dokumen perlu diperiksa", "A document to check"),
    /** A deadline the officer meets entered its 7-day window. */
    DEADLINE_SOON("Tenggat dalam 7 hari", "A deadline within 7 days");

    private final Text label;

    NotificationKind(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
