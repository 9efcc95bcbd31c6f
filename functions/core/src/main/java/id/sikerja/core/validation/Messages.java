package id.sikerja.core.validation;

import java.util.Map;

/** Texts of the field errors, Indonesian and English. Placeholders are {name}. */
final class Messages {

    private static final Map<String, String[]> FIELD = Map.ofEntries(
            Map.entry("required", new String[] {"wajib diisi", "is required"}),
            Map.entry("not_text", new String[] {"harus berupa teks", "must be a string"}),
            Map.entry("not_integer", new String[] {"harus berupa bilangan bulat", "must be a whole number"}),
            Map.entry("not_object", new String[] {"harus berupa objek", "must be an object"}),
            Map.entry("not_list", new String[] {"harus berupa daftar", "must be a list"}),
            Map.entry("too_long", new String[] {"paling banyak {max} karakter", "must be at most {max} characters"}),
            Map.entry("too_short", new String[] {"paling sedikit {min} karakter", "must be at least {min} characters"}),
            Map.entry("one_of", new String[] {"harus salah satu dari: {allowed}", "must be one of: {allowed}"}),
            Map.entry("range", new String[] {"harus antara {min} dan {max}", "must be between {min} and {max}"}),
            Map.entry("email", new String[] {"bukan alamat email yang sah", "is not a valid e-mail address"}),
            Map.entry("phone", new String[] {"bukan nomor telepon yang sah (angka, boleh diawali +)",
                    "is not a valid phone number (digits, optionally starting with +)"}),
            Map.entry("only_for", new String[] {"hanya berlaku untuk kategori {category}",
                    "applies only to category {category}"}),
            Map.entry("partner_type_mismatch", new String[] {"jenis mitra {type} tidak sesuai dengan kategori {category}",
                    "partner type {type} does not fit category {category}"}),
            // issue 13 item 8 (h-legal-c)
            Map.entry("partner_type_use_sinergi", new String[] {
                    "kementerian/lembaga bukan pihak ketiga (PP 28/2018 Ps 46): ajukan dengan kategori SINERGI, bukan KSDPK",
                    "a ministry or national agency is not a third party (PP 28/2018 Ps 46): use category SINERGI, not KSDPK"}),
            Map.entry("too_many", new String[] {"paling banyak {max} butir", "must have at most {max} items"}),
            Map.entry("duplicate", new String[] {"berisi butir ganda: {value}", "contains a duplicate: {value}"}),
            Map.entry("idempotency_key", new String[] {"harus 8–200 karakter ASCII tanpa spasi",
                    "must be 8–200 visible ASCII characters"}),
            Map.entry("idempotency_key_reused", new String[] {
                    "sudah dipakai untuk permintaan lain; gunakan kunci baru untuk permintaan baru",
                    "was already used for a different request; use a new key for a new request"}),
            Map.entry("department_code", new String[] {"kode OPD hanya huruf besar, angka, - atau _ (2–32 karakter)",
                    "a department code is 2–32 upper-case letters, digits, - or _"}),
            // workflow requests (transitions, document references, holiday lists)
            Map.entry("unknown_field", new String[] {"tidak dikenal", "is not a known field"}),
            Map.entry("unknown_fact", new String[] {"bukan data yang dikenal Si Kerja", "is not a fact Si Kerja knows"}),
            Map.entry("date", new String[] {"harus tanggal dengan format YYYY-MM-DD", "must be a date as YYYY-MM-DD"}),
            Map.entry("not_boolean", new String[] {"harus true atau false", "must be true or false"}),
            Map.entry("not_number", new String[] {"harus berupa angka", "must be a number"}),
            Map.entry("out_of_range", new String[] {"di luar rentang yang diizinkan", "is out of the allowed range"}),
            Map.entry("number_bounds", new String[] {
                    "angka terlalu besar atau terlalu rinci (paling banyak {max} digit sebelum dan sesudah koma)",
                    "is a number too large or too fine (at most {max} digits before and after the decimal point)"}),
            Map.entry("money", new String[] {"harus antara {min} dan {max} rupiah, paling banyak {scale} angka desimal",
                    "must be between {min} and {max} rupiah, with at most {scale} decimals"}),
            Map.entry("forbidden_character", new String[] {
                    "berisi karakter kendali atau pengubah arah teks yang tidak diizinkan",
                    "contains a control or text-direction character that is not allowed"}),
            Map.entry("sha256", new String[] {"harus SHA-256: 64 digit heksadesimal",
                    "must be a SHA-256: 64 hexadecimal digits"}),
            Map.entry("storage_key", new String[] {
                    "bukan kunci penyimpanan yang sah (tidak diawali '/', tanpa segmen '.' atau '..', tanpa '\\' "
                            + "atau karakter kendali)",
                    "is not a valid storage key (no leading '/', no '.' or '..' segment, no backslash or control "
                            + "characters)"}),
            Map.entry("directory_code", new String[] {"kode OPD hanya huruf besar, angka atau _ (2–20 karakter)",
                    "a department code is 2–20 upper-case letters, digits or _"}),
            Map.entry("not_in_year", new String[] {"harus jatuh pada tahun {year}", "must fall in {year}"}),
            // document uploads
            Map.entry("file_name", new String[] {
                    "bukan nama berkas yang sah (1–200 karakter, tanpa '/', '\\' atau karakter kendali)",
                    "is not a valid file name (1–200 characters, no '/', '\\' or control characters)"}),
            Map.entry("file_extension", new String[] {"harus berakhiran {allowed} untuk jenis konten ini",
                    "must end with {allowed} for this content type"}),
            Map.entry("content_type", new String[] {"tidak diterima untuk dokumen ini: hanya file {allowed}",
                    "is not accepted for this document: only {allowed} files"}),
            Map.entry("not_uploadable_now", new String[] {
                    "tidak dapat Anda unggah pada tahap ini; yang dapat diunggah: {allowedLabels}",
                    "is not a document you may upload in this stage; you may upload: {allowedLabels}"}),
            // issue 17: letters from templates
            Map.entry("unknown_template", new String[] {"bukan templat yang dikenal; templat: {allowed}",
                    "is not a known template; templates: {allowed}"}),
            Map.entry("template_not_available_now", new String[] {
                    "tidak dapat Anda buat pada tahap ini; yang dapat dibuat: {allowedLabels}",
                    "is not a document you may generate in this stage; you may generate: {allowedLabels}"}),
            Map.entry("not_a_docx_template", new String[] {"bukan berkas DOCX yang dapat dibaca sebagai templat",
                    "is not a DOCX file that can be read as a template"}),
            Map.entry("unknown_placeholder", new String[] {
                    "memuat isian {{{placeholder}}} yang tidak dikenal; lihat daftar isian templat",
                    "contains the unknown placeholder {{{placeholder}}}; see the list of template placeholders"}),
            Map.entry("template_too_large", new String[] {"lebih besar dari {max} bita", "is larger than {max} bytes"}),
            // officers' accounts (GET/POST/PUT /users)
            Map.entry("unknown_department", new String[] {"bukan OPD dalam daftar OPD", "is not a department of the list"}),
            Map.entry("department_required", new String[] {"wajib diisi untuk grup {group}",
                    "is required for group {group}"}),
            Map.entry("department_not_for_group", new String[] {"tidak berlaku untuk grup {group} (tanpa OPD)",
                    "does not apply to group {group} (no department)"}),
            Map.entry("own_account", new String[] {
                    "tidak dapat diubah untuk akun Anda sendiri (admin lain yang dapat melakukannya)",
                    "cannot be changed on your own account (another admin can do it)"}),
            Map.entry("nothing_to_change", new String[] {"isi group, department atau enabled",
                    "give group, department or enabled"}),
            // issue 18 (h18-owner): the responsible officer and the hand-over
            Map.entry("unknown_officer", new String[] {"bukan petugas dalam daftar pengguna",
                    "is not an officer of the users directory"}),
            Map.entry("officer_disabled", new String[] {"akun petugas ini dinonaktifkan",
                    "this officer's account is disabled"}),
            Map.entry("officer_not_eligible", new String[] {
                    "hanya admin atau petugas OPD yang dapat menjadi penanggung jawab",
                    "only an admin or a department officer can be responsible"}),
            Map.entry("officer_wrong_department", new String[] {
                    "petugas OPD ini bukan dari OPD kerja sama {case}",
                    "this department officer is not of a department of the cooperation {case}"}),
            Map.entry("same_officer", new String[] {"harus petugas lain", "must be another officer"}),
            // lists
            Map.entry("cursor", new String[] {"bukan kursor halaman dari daftar ini dengan urutan ini; mulai dari halaman pertama",
                    "is not a page cursor of this list in this order; start from the first page"}),
            // issue 16 (h16-link): a proposal answering a potential or need
            Map.entry("potential_unknown", new String[] {"bukan peluang/kebutuhan yang terdaftar",
                    "is not a published potential or need"}),
            Map.entry("potential_closed", new String[] {"sudah ditutup: peluang/kebutuhan ini tidak menerima usulan lagi",
                    "is closed: this potential or need takes no more proposals"}),
            Map.entry("not_registered", new String[] {
                    "bukan unggahan yang sudah diterima dan diperiksa untuk kasus ini",
                    "is not an upload received and checked for this case"}),
            // issue 17 (h17-talk): the discussion of a case
            Map.entry("username", new String[] {"bukan nama pengguna petugas", "is not an officer's user name"}),
            Map.entry("unknown_mention", new String[] {
                    "bukan petugas yang dikenal Si Kerja (petugas terdaftar setelah masuk pertama kali)",
                    "is not an officer Si Kerja knows (officers are known once they have signed in)"}),
            Map.entry("officer_cannot_see_case", new String[] {"petugas ini tidak dapat melihat kasus ini",
                    "this officer cannot see this case"}),
            Map.entry("visibility_not_allowed", new String[] {
                    "tidak dapat Anda pakai pada tahap ini; yang dapat: {allowed}",
                    "is not one you may use in this stage; you may use: {allowed}"}),
            Map.entry("document_not_on_case", new String[] {"bukan versi dokumen yang ada pada kasus ini",
                    "is not a document version of this case"}),
            // issue 17 (h17-sign): TKKSD members' opinions
            Map.entry("review_subject_closed", new String[] {"tidak dinilai pada tahap ini; yang dinilai: {allowed}",
                    "is not reviewed in this stage; this stage reviews: {allowed}"}),
            Map.entry("review_no_draft", new String[] {"belum ada rancangan yang terunggah untuk dinilai",
                    "no draft has been uploaded to review yet"}),
            Map.entry("review_unknown_version", new String[] {"versi ini tidak ada; versi terakhir: {latest}",
                    "there is no such version; the latest is {latest}"}),
            // issue 17 (h17-sign): the signing schedule
            Map.entry("signing_in_past", new String[] {"sudah lewat; pilih tanggal dan jam yang akan datang",
                    "is in the past; choose a date and time to come"}),
            Map.entry("signing_party_missing", new String[] {"sebutkan penanda tangan tiap pihak: {missing}",
                    "name who signs for each party: {missing}"}),
            Map.entry("time_format", new String[] {"harus jam JJ:MM", "must be a time HH:MM"}),
            // issue 18 (h18-activities): implementation activities
            Map.entry("not_before_start", new String[] {"tidak boleh sebelum tanggal mulai",
                    "must not be before the start date"}),
            Map.entry("in_future", new String[] {"tidak boleh setelah hari ini", "must not be after today"}),
            // issue 18 (f18): what an admin evaluation's criterion cites
            Map.entry("not_activity", new String[] {"bukan pengenal kegiatan pelaksanaan",
                    "is not an implementation activity's id"}),
            Map.entry("not_evidence", new String[] {
                    "bukan bukti dukung (foto atau PDF) yang diunggah untuk kerja sama ini",
                    "is not a piece of evidence (a photo or PDF) uploaded for this cooperation"}),
            Map.entry("not_decimal", new String[] {"harus berupa angka 0 atau lebih",
                    "must be a number, 0 or more"}),
            Map.entry("not_verified_activity", new String[] {
                    "bukan kegiatan terverifikasi dari kerja sama ini",
                    "is not a verified activity of this cooperation"}),
            // issue 17: the signing calendar's month
            Map.entry("month", new String[] {"harus bulan dengan format YYYY-MM", "must be a month as YYYY-MM"}));

    private Messages() {
    }

    static String fieldMessage(String code, Map<String, Object> params, Language language) {
        String[] texts = FIELD.get(code);
        String text = texts == null ? code : texts[language == Language.ID ? 0 : 1];
        // a parameter named key@id / key@en is the value of {key} in that language
        String suffix = language == Language.ID ? "@id" : "@en";
        for (Map.Entry<String, Object> p : params.entrySet()) {
            if (p.getKey().endsWith(suffix)) {
                String key = p.getKey().substring(0, p.getKey().length() - suffix.length());
                text = text.replace("{" + key + "}", String.valueOf(p.getValue()));
            }
        }
        for (Map.Entry<String, Object> p : params.entrySet()) {
            text = text.replace("{" + p.getKey() + "}", String.valueOf(p.getValue()));
        }
        return text;
    }
}
