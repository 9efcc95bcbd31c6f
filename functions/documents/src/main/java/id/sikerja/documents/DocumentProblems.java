package id.sikerja.documents;

import id.sikerja.api.Problem;
import id.sikerja.core.validation.Language;

/** The problem details (RFC 9457) of the documents routes, titled in the caller's language. */
final class DocumentProblems {

    private DocumentProblems() {
    }

    static Problem caseNotFound(Language lang) {
        return Problem.of(404, "not-found", lang.pick("Kerja sama tidak ditemukan", "Cooperation not found"),
                lang.pick("Tidak ada kerja sama dengan nomor ini yang dapat Anda lihat.",
                        "There is no cooperation with this id that you can see."));
    }

    /** Exactly the answer of the tracking view to an unknown code or a wrong token. */
    static Problem trackingNotFound() {
        return Problem.of(404, "not-found", "Permohonan tidak ditemukan", "Periksa kode pelacakan dan kode akses Anda.");
    }

    static Problem documentNotFound(Language lang) {
        return Problem.of(404, "not-found", lang.pick("Dokumen tidak ditemukan", "Document not found"),
                lang.pick("Tidak ada versi dokumen ini pada kerja sama yang dapat Anda lihat.",
                        "There is no such version of this document on a cooperation you can see."));
    }

    static Problem uploadNotFound(Language lang) {
        return Problem.of(404, "not-found", lang.pick("Unggahan tidak ditemukan", "Upload not found"),
                lang.pick("Tidak ada unggahan Anda dengan nomor ini.", "You made no upload with this id."));
    }
}
