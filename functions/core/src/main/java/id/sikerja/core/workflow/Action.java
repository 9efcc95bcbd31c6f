package id.sikerja.core.workflow;

/**
 * What an actor can do to a case. Which action applies in which stage, who may do it, what it requires and where
 * it leads is declared in {@link ProcessDefinitions}, not here. The five creation actions only name the first
 * timeline event of a new case, and the record-only actions name timeline events that change nothing (a
 * download); neither kind ever appears in a stage.
 */
public enum Action {
    // creation (timeline only)
    SUBMIT_APPLICATION("Permohonan diajukan", "Application submitted", true),
    INITIATE("Kerja sama diprakarsai OPD", "Cooperation initiated by a department", true),
    ENTER_LEGACY("Kerja sama lama dicatat", "Existing agreement entered", true),
    OPEN_EXTENSION("Perpanjangan dibuka", "Extension opened", true),
    OPEN_CHILD_PKS("PKS turunan KB dibuka", "PKS under a KB opened", true),

    // record only (timeline)
    DOWNLOAD_DOCUMENT("Dokumen diunduh", "Document downloaded", false, true),

    // any open stage
    UPLOAD_DOCUMENT("Unggah dokumen", "Upload a document"),
    RECORD_FACTS("Catat data", "Record facts"),
    ASSIGN_DEPARTMENTS("Tetapkan OPD", "Assign departments"),
    WITHDRAW("Tarik permohonan", "Withdraw"),

    // intake
    ACCEPT("Terima permohonan", "Accept the application"),
    RETURN_FOR_REVISION("Kembalikan untuk perbaikan", "Return for revision"),
    REJECT("Tolak permohonan", "Reject the application"),
    RESUBMIT("Kirim perbaikan", "Send the revision"),

    // TKKSD
    RECORD_TKKSD_ASSESSMENT("Catat kajian TKKSD", "Record the TKKSD assessment"),
    REJECT_BY_TKKSD("Tolak berdasarkan kajian TKKSD", "Reject on the TKKSD's assessment"),

    // domestic
    COMPLETE_PREPARATION("Selesaikan persiapan", "Complete the preparation"),
    SEND_OFFER("Catat surat penawaran/jawaban", "Record the offer or reply letter"),
    FINALIZE_KB_DRAFT("Rancangan KB final", "Finalize the KB draft"),
    SIGN_KB("Catat penandatanganan KB", "Record the KB signing"),
    FINALIZE_PKS_DRAFT("Rancangan PKS final", "Finalize the PKS draft"),
    SET_AS_FRAMEWORK("Jadikan KB payung (PKS dalam kasus turunan)", "Run the KB as a framework (PKS in child cases)"),
    SIGN_PKS("Catat penandatanganan PKS", "Record the PKS signing"),

    // DPRD (both)
    SUBMIT_TO_DPRD("Catat permohonan persetujuan DPRD diterima", "Record the DPRD request as received"),
    DPRD_APPROVE("Catat persetujuan DPRD", "Record the DPRD approval"),
    DPRD_REJECT("Catat penolakan DPRD", "Record the DPRD rejection"),
    DPRD_DEEMED_APPROVE("Catat DPRD dianggap menyetujui", "Record deemed DPRD approval"),
    // issue 13 item 3: deemed approval is final; the DPRD's later letter is a note with its document
    RECORD_DPRD_LATE_LETTER("Catat surat DPRD yang terlambat", "Record the DPRD's late letter"),
    // issue 13 item 2: the DPRD test per PKS and budget year
    REQUEST_PKS_DPRD_APPROVAL("Ajukan PKS ke DPRD", "Take the PKS to the DPRD"),
    CITE_DPRD_APPROVAL("Catat keputusan DPRD yang mencakup PKS", "Cite the DPRD decision that covers the PKS"),
    // issue 13 item 12: RKPD/APBD inclusion per budget year
    RECORD_BUDGET_YEAR("Catat RKPD/APBD satu tahun anggaran", "Record one budget year's RKPD/APBD"),

    // foreign
    COMPLETE_INITIATIVE("Selesaikan prakarsa", "Complete the initiative"),
    COMPLETE_EXPLORATION("Selesaikan penjajakan", "Complete the exploration"),
    SIGN_LOI("Catat penandatanganan LoI", "Record the LoI signing"),
    COMPLETE_RKS("Rencana kerja sama final", "Finalize the cooperation plan"),
    SEND_TO_GUBERNUR("Catat pengiriman berkas ke Gubernur", "Record the files sent to the Governor"),
    /** Issue 13 item 11: the day the Gubernur received the files starts the relay count when recorded. */
    RECORD_GUBERNUR_RECEIPT("Catat tanggal berkas diterima Gubernur", "Record the day the Governor received the files"),
    RECORD_GUBERNUR_RELAY("Catat Gubernur meneruskan berkas ke Menteri", "Record the Governor's relay to the Minister"),
    SEND_TO_MENTERI("Catat pengiriman berkas ke Menteri", "Record the files sent to the Minister"),
    RECORD_VERIFICATION("Catat hasil verifikasi Menteri", "Record the Minister's verification"),
    REJECT_BY_MENTERI("Catat penolakan Menteri", "Record the Minister's refusal"),
    FINALIZE_NASKAH_DRAFT("Rancangan naskah final", "Finalize the draft agreement"),
    RECORD_CONFIRMATION("Catat surat konfirmasi Kemlu", "Record the Foreign Ministry's confirmation"),
    RECORD_MENTERI_APPROVAL("Catat persetujuan Menteri", "Record the Minister's approval"),
    SIGN_NASKAH("Catat penandatanganan naskah", "Record the agreement signing"),

    // issue 13 item 8 (h-legal-c): SINERGI (PP 28/2018 Ps 46)
    FINALIZE_NOTA_DRAFT("Rancangan Nota Kesepakatan final", "Finalize the Nota Kesepakatan draft"),
    SIGN_NOTA("Catat penandatanganan Nota Kesepakatan", "Record the Nota Kesepakatan signing"),
    COMPLETE_RENCANA_AKSI("Rencana Aksi final", "Finalize the action plan"),

    // issue 18 (h18-owner): the responsible officer (any open stage; admin), and the hand-over of an officer's cases
    SET_RESPONSIBLE_OFFICER("Tetapkan penanggung jawab", "Set the responsible officer"),
    RECORD_YEAR_VALUE("Catat nilai kerja sama satu tahun", "Record one year's value of the agreement"),

    // implementation
    SUBMIT_PARTNER_MONEV("Laporan monev mitra", "Partner's monitoring report"),
    SUBMIT_OPD_MONEV("Laporan monev OPD", "Department's monitoring report"),
    RECORD_MONEV_EVALUATION("Evaluasi monev", "Monitoring evaluation"),
    SUBMIT_ANNUAL_PLAN("Unggah rencana kegiatan tahunan", "Submit the yearly activity plan"),
    SUBMIT_ANNUAL_REPORT("Catat laporan tahunan", "Record the annual report"),
    // issue 13 item 10 (h-legal-c): foreign extension request to the Minister (Permendagri 25/2020 Ps 33)
    REQUEST_EXTENSION("Catat permohonan perpanjangan kepada Menteri", "Record the extension request to the Minister"),
    // issue 18 (h18-amend): an amendment (addendum) of the running agreement, its own short path (Amendments)
    PROPOSE_AMENDMENT("Ajukan adendum", "Propose an amendment"),
    RECORD_AMENDMENT_TKKSD_REVIEW("Catat telaah TKKSD atas adendum", "Record the TKKSD's review of the amendment"),
    FINALIZE_AMENDMENT_DRAFT("Rancangan adendum final", "Finalize the amendment draft"),
    SUBMIT_AMENDMENT_TO_DPRD("Catat permohonan persetujuan adendum diterima DPRD",
            "Record the amendment request as received by the DPRD"),
    AMENDMENT_DPRD_APPROVE("Catat persetujuan DPRD atas adendum", "Record the DPRD's approval of the amendment"),
    AMENDMENT_DPRD_DEEMED_APPROVE("Catat DPRD dianggap menyetujui adendum",
            "Record deemed DPRD approval of the amendment"),
    AMENDMENT_DPRD_REJECT("Catat penolakan DPRD atas adendum", "Record the DPRD's rejection of the amendment"),
    SIGN_AMENDMENT("Catat penandatanganan adendum", "Record the amendment signing"),
    CANCEL_AMENDMENT("Batalkan adendum", "Drop the amendment"),
    END("Akhiri kerja sama", "End the cooperation"),
    EXPIRE("Berakhir: masa berlaku habis", "Ended: term expired"),

    // after implementation (domestic)
    COMPLETE_ADMINISTRATION("Selesaikan penatausahaan", "Complete the administration"),
    SUBMIT_FINAL_REPORT("Kirim laporan akhir", "Submit the final report"),

    // issue 16 (h16-link): the officer's choice to mark the potential/need the agreement answers as fulfilled
    MARK_POTENTIAL_FULFILLED("Tandai peluang/kebutuhan terpenuhi", "Mark the potential or need fulfilled"),

    // issue 18 (h18-activities): implementation activities (domain.md §9), recorded in the timeline; acted on
    // through the activities routes, never offered as a stage action (who may act: ProcessDefinitions.ACTIVITY_ROLES)
    RECORD_ACTIVITY("Kegiatan pelaksanaan dicatat", "Implementation activity recorded", false, true),
    CORRECT_ACTIVITY("Kegiatan pelaksanaan diperbaiki", "Implementation activity corrected", false, true),
    VERIFY_ACTIVITY("Kegiatan pelaksanaan diverifikasi", "Implementation activity verified", false, true),
    RETURN_ACTIVITY("Kegiatan pelaksanaan dikembalikan", "Implementation activity returned", false, true),

    // issue 17: the admin checks a registered signed copy (paraf on every page, meterai, cap) before the signing
    CONFIRM_SIGNED_COPY("Konfirmasi salinan bertanda tangan", "Confirm the signed copy"),
    RETURN_SIGNED_COPY("Kembalikan salinan bertanda tangan", "Send back the signed copy");

    private final Text label;
    private final boolean creation;
    private final boolean recordOnly;

    Action(String id, String en) {
        this(id, en, false, false);
    }

    Action(String id, String en, boolean creation) {
        this(id, en, creation, false);
    }

    Action(String id, String en, boolean creation, boolean recordOnly) {
        this.label = Text.of(id, en);
        this.creation = creation;
        this.recordOnly = recordOnly;
    }

    public Text label() {
        return label;
    }

    /** Names the first event of a new case; never an action of a stage. */
    public boolean isCreation() {
        return creation;
    }

    /** Names a timeline event that changes nothing (a download is recorded); never an action of a stage. */
    public boolean isRecordOnly() {
        return recordOnly;
    }

    /** An action a stage may offer: neither a creation nor a record-only event. */
    public boolean isStageAction() {
        return !creation && !recordOnly;
    }
}
