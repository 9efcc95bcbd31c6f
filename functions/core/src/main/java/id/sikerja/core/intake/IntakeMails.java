package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.settings.PemdaSettings;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The e-mails intake owes: the partner's confirmation and the Bagian Kerja Sama's notification. */
public final class IntakeMails {

    public static final String PARTNER_CONFIRMATION = "PARTNER_CONFIRMATION";
    public static final String ADMIN_NEW_PROPOSAL = "ADMIN_NEW_PROPOSAL";
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z", Locale.forLanguageTag("id-ID"));

    private IntakeMails() {
    }

    /**
     * @param accessToken the partner's token, known only while answering the submission; null when a pending
     *                    e-mail is sent later, in which case the link asks for the token shown at submission
     */
    public static MailMessage render(OutboxEntry entry, CaseRecord record, String accessToken, PemdaSettings pemda) {
        return switch (entry.kind()) {
            case PARTNER_CONFIRMATION -> confirmation(entry, record, accessToken, pemda);
            case ADMIN_NEW_PROPOSAL -> adminNotice(entry, record, pemda);
            default -> throw new IllegalArgumentException("unknown mail kind " + entry.kind());
        };
    }

    /** The partner's page: the token travels in the fragment, which browsers never send to a server. */
    public static String trackingLink(PemdaSettings pemda, String code, String accessToken) {
        String page = pemda.webBaseUrl() + "/lacak/" + code;
        return accessToken == null ? page : page + "#token=" + accessToken;
    }

    /**
     * The partner's confirmation. {@code POST /proposals} is anonymous and this mail goes from the Pemda's verified
     * domain to whatever address the request names, so it carries no free text of the request except the partner's
     * name: no title, no contact person, nothing an abuser could use to send a message of their own in the Pemda's
     * name. The title and the rest are on the tracking page.
     */
    private static MailMessage confirmation(OutboxEntry entry, CaseRecord record, String token, PemdaSettings pemda) {
        Proposal p = record.proposal();
        String link = trackingLink(pemda, record.trackingCode(), token);
        String when = DATE_TIME.format(record.state().createdAt().atZone(pemda.zone()));
        String tokenNote = token == null
                ? "Buka tautan di atas dan masukkan kode akses yang ditampilkan saat Anda mengajukan permohonan."
                : "Simpan e-mail ini: tautan di atas berisi kode akses rahasia permohonan Anda. Jangan bagikan.";
        String subject = "[Si Kerja] Permohonan kerja sama diterima — " + record.trackingCode();
        String text = """
                Yth. Bapak/Ibu,

                Permohonan kerja sama dari %s telah kami terima pada %s.
                Judul dan rincian permohonan dapat dilihat pada halaman pelacakan.

                Kode pelacakan: %s
                Pantau dan tanggapi permohonan Anda di:
                %s

                %s

                Tahap berikutnya: Bagian Kerja Sama %s memeriksa kelengkapan permohonan.
                Bila Anda tidak mengajukan permohonan ini, abaikan e-mail ini.

                Hormat kami,
                Bagian Kerja Sama — %s

                ---
                Your cooperation proposal has been received. Tracking code: %s. Follow it at the link above.
                If you did not submit it, ignore this e-mail.
                """.formatted(p.partner().name(), when, record.trackingCode(), link, tokenNote, pemda.name(),
                pemda.name(), record.trackingCode());
        String html = """
                <!doctype html><html lang="id"><body style="font-family:sans-serif;line-height:1.5">
                <p>Yth. Bapak/Ibu,</p>
                <p>Permohonan kerja sama dari %s telah kami terima pada %s.
                Judul dan rincian permohonan dapat dilihat pada halaman pelacakan.</p>
                <p>Kode pelacakan: <strong style="font-size:1.2em">%s</strong></p>
                <p><a href="%s">Pantau dan tanggapi permohonan Anda</a></p>
                <p>%s</p>
                <p>Tahap berikutnya: Bagian Kerja Sama %s memeriksa kelengkapan permohonan.
                Bila Anda tidak mengajukan permohonan ini, abaikan e-mail ini.</p>
                <p>Hormat kami,<br>Bagian Kerja Sama — %s</p>
                <hr><p lang="en" style="color:#555">Your cooperation proposal has been received. Tracking code: %s.
                If you did not submit it, ignore this e-mail.</p>
                </body></html>
                """.formatted(esc(p.partner().name()), esc(when), record.trackingCode(), esc(link), esc(tokenNote),
                esc(pemda.name()), esc(pemda.name()), record.trackingCode());
        return new MailMessage(entry.recipients(), subject, text, html);
    }

    private static MailMessage adminNotice(OutboxEntry entry, CaseRecord record, PemdaSettings pemda) {
        Proposal p = record.proposal();
        String link = pemda.webBaseUrl() + "/kasus/" + record.id();
        String subject = "[Si Kerja] Permohonan baru " + p.category() + " — " + record.trackingCode();
        String text = """
                Permohonan kerja sama baru menunggu pemeriksaan kelengkapan.

                Kode: %s
                Kategori: %s
                Judul: %s
                Mitra: %s (%s)
                Jangka waktu usulan: %d bulan

                Buka: %s
                """.formatted(record.trackingCode(), p.category(), p.title(), p.partner().name(),
                p.partner().regionOrCountry(), p.durationMonths(), link);
        String html = """
                <!doctype html><html lang="id"><body style="font-family:sans-serif;line-height:1.5">
                <p>Permohonan kerja sama baru menunggu pemeriksaan kelengkapan.</p>
                <table><tr><th align="left">Kode</th><td>%s</td></tr>
                <tr><th align="left">Kategori</th><td>%s</td></tr>
                <tr><th align="left">Judul</th><td>%s</td></tr>
                <tr><th align="left">Mitra</th><td>%s (%s)</td></tr>
                <tr><th align="left">Jangka waktu usulan</th><td>%d bulan</td></tr></table>
                <p><a href="%s">Buka permohonan</a></p></body></html>
                """.formatted(record.trackingCode(), p.category(), esc(p.title()), esc(p.partner().name()),
                esc(p.partner().regionOrCountry()), p.durationMonths(), esc(link));
        return new MailMessage(entry.recipients(), subject, text, html);
    }

    public static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
