package id.sikerja.workflow;

import id.sikerja.api.Problem;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Refusal;

import java.util.Map;

/**
 * The problem details (RFC 9457) of the workflow routes, titled in the caller's language. Refusals list every
 * reason under {@code unmet} ({@code kind}, {@code code}, {@code field}: the request member to fix, {@code message});
 * conflicts carry the case as it is now under {@code current}.
 */
final class Problems {

    private Problems() {
    }

    static Problem caseNotFound(Language lang) {
        return Problem.of(404, "not-found", lang.pick("Kerja sama tidak ditemukan", "Cooperation not found"),
                lang.pick("Tidak ada kerja sama dengan nomor ini yang dapat Anda lihat.",
                        "There is no cooperation with this id that you can see."));
    }

    /** Exactly the answer of the intake function's tracking view to an unknown code or a wrong token. */
    static Problem trackingNotFound() {
        return Problem.of(404, "not-found", "Permohonan tidak ditemukan", "Periksa kode pelacakan dan kode akses Anda.");
    }

    static Problem stale(Language lang, Map<String, Object> current) {
        return Problem.of(409, "version-conflict", lang.pick("Kasus sudah berubah", "The case has changed"),
                lang.pick("Kasus ini sudah diubah sejak versi yang Anda lihat. Periksa keadaannya sekarang, "
                                + "lalu ulangi bila masih perlu.",
                        "The case changed after the version you saw. Check how it stands now, then try again if "
                                + "still needed."))
                .with("current", current);
    }

    static Problem refused(Language lang, Refusal refusal, CaseJson json, Map<String, Object> current) {
        Problem p;
        if (refusal instanceof Refusal.NotApplicable) {
            p = Problem.of(409, "action-not-applicable", lang.pick("Aksi tidak berlaku sekarang",
                    "The action does not apply now"), lang.pick("Aksi ini tidak tersedia pada tahap kasus saat ini.",
                    "This action is not available in the case's current stage."));
        } else if (refusal instanceof Refusal.Forbidden) {
            p = Problem.of(403, "forbidden", lang.pick("Tidak berwenang", "Not permitted"),
                    lang.pick("Peran Anda tidak dapat melakukan aksi ini pada kasus ini.",
                            "Your role may not perform this action on this case."));
        } else if (refusal instanceof Refusal.InvalidCommand) {
            p = Problem.of(422, "invalid-command", lang.pick("Permintaan tidak sesuai aksi",
                    "The request does not fit the action"), lang.pick("Perbaiki isian yang disebutkan.",
                    "Correct the members named below."));
        } else {
            p = Problem.of(422, "conditions-unmet", lang.pick("Syarat belum terpenuhi", "Conditions not met"),
                    lang.pick("Lengkapi semua syarat berikut, lalu ulangi.",
                            "Meet every condition below, then try again."));
        }
        p = p.with("unmet", json.unmet(refusal.reasons()));
        return current == null ? p : p.with("current", current);
    }

    static Problem adminOnly(Language lang) {
        return Problem.of(403, "forbidden", lang.pick("Tidak berwenang", "Not permitted"),
                lang.pick("Hanya admin Bagian Kerja Sama yang dapat mengubah daftar hari libur.",
                        "Only the cooperation office's admins may change the holiday list."));
    }

    static Problem holidaysChanged(Language lang, Map<String, Object> current) {
        return Problem.of(409, "version-conflict", lang.pick("Daftar hari libur sudah berubah",
                        "The holiday list has changed"),
                lang.pick("Daftar tahun ini sudah diubah sejak versi yang Anda lihat. Periksa daftar terbaru, "
                                + "lalu ulangi.",
                        "This year's list changed after the version you saw. Check the latest list, then try again."))
                .with("current", current);
    }

    static Problem adminOnlyDepartments(Language lang) {
        return Problem.of(403, "forbidden", lang.pick("Tidak berwenang", "Not permitted"),
                lang.pick("Hanya admin Bagian Kerja Sama yang dapat mengubah daftar OPD.",
                        "Only the cooperation office's admins may change the department directory."));
    }

    static Problem departmentsChanged(Language lang, Map<String, Object> current) {
        return Problem.of(409, "version-conflict", lang.pick("Daftar OPD sudah berubah",
                        "The department directory has changed"),
                lang.pick("Daftar OPD sudah diubah sejak versi yang Anda lihat. Periksa daftar terbaru, "
                                + "lalu ulangi.",
                        "The directory changed after the version you saw. Check the latest list, then try again."))
                .with("current", current);
    }
}
