package id.sikerja.core.activities;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.intake.IntakeMails;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.mail.Outbox;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.workflow.Role;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Issue 18 (f18): when an officer returns the partner's activity, the partner is mailed the reason, Indonesian first
 * and English below like its other notices ({@code PartnerNotices}). The mail is an {@link OutboxEntry} committed
 * with the return under an id derived from the activity's new version, so a retried request (replayed or stale)
 * owes and sends nothing again; it is sent right after the commit and marked sent. The link names the tracking page,
 * never the access token; the reason is the officer's words written for the partner (it also reads them there).
 */
public final class ActivityReturnMails {

    public static final String KIND = "PARTNER_ACTIVITY_RETURNED";

    private final PemdaSettings pemda;
    private final Mailer mailer;
    private final Outbox outbox;
    private final Clock clock;
    private final Consumer<String> warn;

    public ActivityReturnMails(PemdaSettings pemda, Mailer mailer, Outbox outbox, Clock clock, Consumer<String> warn) {
        this.pemda = pemda;
        this.mailer = mailer;
        this.outbox = outbox;
        this.clock = clock;
        this.warn = warn;
    }

    /** The mail a return owes: one, for a returned activity the partner recorded on a case with its e-mail. */
    public List<OutboxEntry> owed(CaseRecord c, Activity returned) {
        if (returned.status() != ActivityStatus.RETURNED || returned.submitterRole() != Role.PARTNER
                || c.trackingCode() == null || c.proposal() == null || c.proposal().partner() == null
                || c.proposal().partner().email() == null || c.proposal().partner().email().isBlank()) {
            return List.of();
        }
        return List.of(new OutboxEntry(c.id() + ":activity:" + returned.id() + ":v" + returned.version() + ":" + KIND,
                c.id(), KIND, List.of(c.proposal().partner().email()), clock.instant()));
    }

    /** Sends what the return owed and marks it sent; a failure leaves it pending and is logged, never an error. */
    public void deliver(CaseRecord c, Activity returned) {
        for (OutboxEntry entry : owed(c, returned)) {
            try {
                mailer.send(pemda.mailFrom(), render(entry, c, returned, pemda));
                outbox.markSent(entry.id(), clock.instant());
            } catch (RuntimeException e) {
                warn.accept("mail not sent, left pending: " + entry.kind() + " " + e.getClass().getSimpleName());
            }
        }
    }

    /** The mail as the partner reads it: the activity's title and the reason, the link to its tracking page. */
    public static MailMessage render(OutboxEntry entry, CaseRecord c, Activity returned, PemdaSettings pemda) {
        String code = c.trackingCode();
        String link = IntakeMails.trackingLink(pemda, code, null);
        String name = c.proposal().partner().name();
        String title = returned.draft().title();
        String reason = returned.returnReason().orElse("");
        String subject = "[Si Kerja] Kegiatan dikembalikan untuk diperbaiki / Activity returned for correction — " + code;
        String text = """
                Yth. %s,

                Kegiatan "%s" dikembalikan oleh Bagian Kerja Sama untuk diperbaiki.
                Alasan: %s

                Perbaiki dan kirim lagi dari halaman pelacakan (masukkan kode akses yang Anda terima saat mengajukan):
                %s
                Kode pelacakan: %s

                Hormat kami,
                Bagian Kerja Sama — %s

                ---
                The activity "%s" was returned for correction. Reason (as the officer wrote it): %s
                Correct it and send it again from the tracking page: %s (tracking code %s).
                """.formatted(name, title, reason, link, code, pemda.name(), title, reason, link, code);
        String html = """
                <!doctype html><html lang="id"><body style="font-family:sans-serif;line-height:1.5">
                <p>Yth. %s,</p>
                <p>Kegiatan <strong>%s</strong> dikembalikan oleh Bagian Kerja Sama untuk diperbaiki.</p>
                <p>Alasan: %s</p>
                <p><a href="%s">Perbaiki di halaman pelacakan</a> (masukkan kode akses yang Anda terima saat mengajukan).
                Kode pelacakan: <strong>%s</strong></p>
                <p>Hormat kami,<br>Bagian Kerja Sama — %s</p>
                <hr><p lang="en" style="color:#555">The activity <strong>%s</strong> was returned for correction.
                Reason (as the officer wrote it): %s <a href="%s">Correct it on the tracking page</a>.</p>
                </body></html>
                """.formatted(IntakeMails.esc(name), IntakeMails.esc(title), IntakeMails.esc(reason),
                IntakeMails.esc(link), code, IntakeMails.esc(pemda.name()), IntakeMails.esc(title),
                IntakeMails.esc(reason), IntakeMails.esc(link));
        return new MailMessage(entry.recipients(), subject, text, html);
    }
}
