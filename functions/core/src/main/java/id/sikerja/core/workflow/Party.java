package id.sikerja.core.workflow;

/**
 * Who holds a case, as a partner reads it (issue 14): the party whose step comes next. Derived from the process
 * table by {@link CaseHolder}, never declared per stage.
 */
public enum Party {
    /** The partner itself: a document to upload, a revision to send, a report due. */
    PARTNER("Anda (pemohon)", "You (the applicant)"),
    /** The Pemda's Bagian Kerja Sama (the admins). */
    BAGIAN_KERJA_SAMA("Bagian Kerja Sama Pemerintah Daerah", "The regional government's cooperation office"),
    /** The department (perangkat daerah) responsible for the cooperation. */
    DEPARTMENT("Perangkat daerah pengampu", "The responsible regional department"),
    /** The Tim Koordinasi Kerja Sama Daerah. */
    TKKSD("Tim Koordinasi Kerja Sama Daerah (TKKSD)", "The regional cooperation coordination team (TKKSD)"),
    /** The regional parliament, whose approval is awaited. */
    DPRD("DPRD (Dewan Perwakilan Rakyat Daerah)", "The regional parliament (DPRD)"),
    /** The Minister of Home Affairs. */
    MENTERI("Kementerian Dalam Negeri", "The Ministry of Home Affairs"),
    /** The Foreign Ministry. */
    KEMLU("Kementerian Luar Negeri", "The Ministry of Foreign Affairs"),
    /** Nobody: the cooperation runs, or the case has ended. */
    NONE("Tidak ada", "Nobody");

    private final Text label;

    Party(String id, String en) {
        this.label = Text.of(id, en);
    }

    public Text label() {
        return label;
    }
}
