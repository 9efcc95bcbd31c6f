package id.sikerja.core.reminders;

import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.settings.PemdaSettings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The digest e-mail: Indonesian first, English below; every line with its case link and its date. */
public final class DigestMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    private DigestMails() {
    }

    public static MailMessage render(Digest digest, PemdaSettings pemda) {
        boolean partner = digest.recipientId().startsWith(ReminderRun.PARTNER_PREFIX);
        long overdue = digest.items().stream().filter(i -> i.urgency() == ReminderItem.Urgency.OVERDUE).count();
        String subject = (partner ? "[Si Kerja] Permohonan Anda memerlukan tindakan" : "[Si Kerja] Ringkasan tenggat "
                + digest.periodKey()) + " — " + digest.items().size() + " butir" + (overdue > 0 ? ", " + overdue + " terlambat" : "");
        StringBuilder text = new StringBuilder(partner
                ? "Yth. Mitra,\n\nBerikut hal yang perlu Anda lakukan:\n\n"
                : "Berikut hal yang menunggu tindakan Anda di Si Kerja:\n\n");
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"id\"><body style=\"font-family:sans-serif;line-height:1.5\">")
                .append(partner ? "<p>Yth. Mitra,</p><p>Berikut hal yang perlu Anda lakukan:</p>"
                        : "<p>Berikut hal yang menunggu tindakan Anda di Si Kerja:</p>")
                .append("<table cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><th align=\"left\">Status</th>")
                .append("<th align=\"left\">Tenggat</th><th align=\"left\">Perihal</th><th align=\"left\">Kasus</th></tr>");
        for (ReminderItem item : digest.items()) {
            String link = partner
                    ? pemda.webBaseUrl() + "/lacak/" + digest.recipientId().substring(ReminderRun.PARTNER_PREFIX.length())
                    : pemda.webBaseUrl() + "/kasus/" + item.caseId();
            String what = item.kind().label().id() + (item.note().id().isBlank() ? "" : " — " + item.note().id());
            String when = DATE.format(item.date());
            text.append("- [").append(label(item.urgency())).append("] ").append(when).append(": ").append(what)
                    .append("\n  ").append(link).append('\n');
            html.append("<tr><td>").append(label(item.urgency())).append("</td><td>").append(esc(when))
                    .append("</td><td>").append(esc(what)).append("</td><td><a href=\"").append(esc(link))
                    .append("\">Buka</a></td></tr>");
        }
        String footer = partner ? "" : "\nAtur frekuensi ringkasan (harian, mingguan, atau tidak sama sekali) di Si Kerja: "
                + pemda.webBaseUrl() + "/pengaturan\n";
        text.append(footer).append("\nBagian Kerja Sama — ").append(pemda.name())
                .append("\n\n---\n").append(partner ? "Your cooperation case needs your action (see above)."
                        : "Your Si Kerja digest: deadlines waiting for your action (see above).").append('\n');
        html.append("</table>");
        if (!partner) {
            html.append("<p style=\"color:#555\">Atur frekuensi ringkasan di <a href=\"").append(esc(pemda.webBaseUrl()))
                    .append("/pengaturan\">Si Kerja</a>.</p>");
        }
        html.append("<p>Bagian Kerja Sama — ").append(esc(pemda.name())).append("</p><hr><p lang=\"en\" style=\"color:#555\">")
                .append(partner ? "Your cooperation case needs your action." : "Your Si Kerja digest of deadlines.")
                .append("</p></body></html>");
        return new MailMessage(List.of(digest.email()), subject, text.toString(), html.toString());
    }

    static String label(ReminderItem.Urgency urgency) {
        return switch (urgency) {
            case OVERDUE -> "TERLAMBAT";
            case TODAY -> "HARI INI";
            case UPCOMING -> "SEGERA";
            case NOTICE -> "PENGINGAT";
        };
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
