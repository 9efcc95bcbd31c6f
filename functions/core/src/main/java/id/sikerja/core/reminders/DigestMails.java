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
                + digest.periodKey()) + " — " + (entriesOnly(digest) ? digest.entries().size() + " kabar potensi/kebutuhan"
                : digest.items().size() + " butir" + (overdue > 0 ? ", " + overdue + " terlambat" : "")
                + (digest.entries().isEmpty() ? "" : ", " + digest.entries().size() + " kabar potensi/kebutuhan"));
        StringBuilder text = new StringBuilder(partner
                ? "Yth. Mitra,\n\nBerikut hal yang perlu Anda lakukan:\n\n"
                : entriesOnly(digest) ? "" : "Berikut hal yang menunggu tindakan Anda di Si Kerja:\n\n");
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"id\"><body style=\"font-family:sans-serif;line-height:1.5\">")
                .append(partner ? "<p>Yth. Mitra,</p><p>Berikut hal yang perlu Anda lakukan:</p>"
                        : entriesOnly(digest) ? "" : "<p>Berikut hal yang menunggu tindakan Anda di Si Kerja:</p>");
        if (!entriesOnly(digest)) {
            html.append("<table cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><th align=\"left\">Status</th>")
                    .append("<th align=\"left\">Tenggat</th><th align=\"left\">Perihal</th><th align=\"left\">Kasus</th></tr>");
        }
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
        if (!entriesOnly(digest)) {
            html.append("</table>");
        }
        entrySection(digest, pemda, text, html);
        String footer = partner ? "" : "\nAtur frekuensi ringkasan (harian, mingguan, atau tidak sama sekali) di Si Kerja: "
                + pemda.webBaseUrl() + "/pengaturan\n";
        text.append(footer).append("\nBagian Kerja Sama — ").append(pemda.name())
                .append("\n\n---\n").append(partner ? "Your cooperation case needs your action (see above)."
                        : "Your Si Kerja digest: deadlines waiting for your action (see above).").append('\n');
        englishEntrySection(digest, pemda, text, html);
        if (!partner) {
            html.append("<p style=\"color:#555\">Atur frekuensi ringkasan di <a href=\"").append(esc(pemda.webBaseUrl()))
                    .append("/pengaturan\">Si Kerja</a>.</p>");
        }
        html.append("<p>Bagian Kerja Sama — ").append(esc(pemda.name())).append("</p><hr><p lang=\"en\" style=\"color:#555\">")
                .append(partner ? "Your cooperation case needs your action." : "Your Si Kerja digest of deadlines.")
                .append("</p>");
        englishEntryHtml(digest, pemda, html);
        html.append("</body></html>");
        return new MailMessage(List.of(digest.email()), subject, text.toString(), html.toString());
    }

    /** A digest with nothing due, only its department's entry section: no empty deadline table. */
    private static boolean entriesOnly(Digest digest) {
        return digest.items().isEmpty() && !digest.entries().isEmpty();
    }

    /** Issue 16: the department's potentials/needs section, in Indonesian (titles and links, no codes). */
    private static void entrySection(Digest digest, PemdaSettings pemda, StringBuilder text, StringBuilder html) {
        if (digest.entries().isEmpty()) {
            return;
        }
        text.append("\nPotensi dan kebutuhan perangkat daerah Anda:\n\n");
        html.append("<h3>Potensi dan kebutuhan perangkat daerah Anda</h3><ul>");
        for (EntryLine line : digest.entries()) {
            String what = switch (line.kind()) {
                case NEW_PROPOSAL -> "Usulan baru \u201c" + line.proposalTitle() + "\u201d menjawab \u201c"
                        + line.entryTitle() + "\u201d (" + DATE.format(line.date()) + ")";
                case UNANSWERED -> "\u201c" + line.entryTitle() + "\u201d terbuka lebih dari setahun tanpa usulan (sejak "
                        + DATE.format(line.date()) + ")";
            };
            String link = link(line, pemda);
            text.append("- ").append(what).append("\n  ").append(link).append('\n');
            html.append("<li>").append(esc(what)).append(" — <a href=\"").append(esc(link)).append("\">Buka</a></li>");
        }
        html.append("</ul>");
    }

    private static void englishEntrySection(Digest digest, PemdaSettings pemda, StringBuilder text, StringBuilder html) {
        if (digest.entries().isEmpty()) {
            return;
        }
        text.append("\nYour department's potentials and needs:\n");
        for (EntryLine line : digest.entries()) {
            text.append("- ").append(english(line)).append("\n  ").append(link(line, pemda)).append('\n');
        }
    }

    private static void englishEntryHtml(Digest digest, PemdaSettings pemda, StringBuilder html) {
        if (digest.entries().isEmpty()) {
            return;
        }
        html.append("<div lang=\"en\" style=\"color:#555\"><p>Your department's potentials and needs:</p><ul>");
        for (EntryLine line : digest.entries()) {
            html.append("<li>").append(esc(english(line))).append(" — <a href=\"").append(esc(link(line, pemda)))
                    .append("\">Open</a></li>");
        }
        html.append("</ul></div>");
    }

    private static String english(EntryLine line) {
        String title = line.entryTitleEn().isBlank() ? line.entryTitle() : line.entryTitleEn();
        String when = EN_DATE.format(line.date());
        return switch (line.kind()) {
            case NEW_PROPOSAL -> "New proposal \u201c" + line.proposalTitle() + "\u201d answers \u201c" + title
                    + "\u201d (" + when + ")";
            case UNANSWERED -> "\u201c" + title + "\u201d has been open for over a year without a proposal (since "
                    + when + ")";
        };
    }

    private static String link(EntryLine line, PemdaSettings pemda) {
        return line.kind() == EntryLine.Kind.NEW_PROPOSAL ? pemda.webBaseUrl() + "/kasus/" + line.caseId()
                : pemda.webBaseUrl() + "/peluang/" + line.potentialId();
    }

    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

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
