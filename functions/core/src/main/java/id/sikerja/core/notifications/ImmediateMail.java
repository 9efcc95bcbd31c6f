package id.sikerja.core.notifications;

import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Stage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Immediate mail per kind (issue 17): the daily digest stays the e-mail channel; an officer who chose a kind in their
 * digest preferences also gets a short mail when a notification of that kind is created (once: only a new
 * notification is mailed). The mail names the kind, the case's title and stage and links to the case, in the
 * officer's language; never a comment's text. A mail the service refuses is only logged: the inbox has it.
 */
public final class ImmediateMail implements Consumer<Notification> {

    /** What an officer chose: the address, the kinds to mail at once, the language. */
    public record Choice(String email, Set<NotificationKind> kinds, Language language) {
    }

    /** Where the choices are kept (the digest preferences). */
    public interface Choices {
        Optional<Choice> of(String officerId);
    }

    private final PemdaSettings pemda;
    private final Mailer mailer;
    private final Choices choices;
    private final Consumer<String> warn;

    public ImmediateMail(PemdaSettings pemda, Mailer mailer, Choices choices, Consumer<String> warn) {
        this.pemda = pemda;
        this.mailer = mailer;
        this.choices = choices;
        this.warn = warn;
    }

    @Override
    public void accept(Notification n) {
        Optional<Choice> choice;
        try {
            choice = choices.of(n.recipient());
        } catch (RuntimeException e) {
            warn.accept("immediate mail preference not read: " + e.getClass().getSimpleName());
            return;
        }
        if (choice.isEmpty() || !choice.get().kinds().contains(n.kind()) || choice.get().email() == null
                || choice.get().email().isBlank()) {
            return;
        }
        try {
            mailer.send(pemda.mailFrom(), message(n, choice.get()));
        } catch (RuntimeException e) {
            // the inbox holds it; the digest of the day lists what is due anyway
            warn.accept("immediate mail not sent: " + e.getClass().getSimpleName() + " kind " + n.kind());
        }
    }

    MailMessage message(Notification n, Choice choice) {
        Language lang = choice.language();
        String kind = n.kind().label().in(lang);
        String title = n.params().getOrDefault("title", n.params().getOrDefault("trackingCode", ""));
        StringBuilder text = new StringBuilder();
        text.append(kind).append('\n').append('\n');
        text.append(lang.pick("Kerja sama: ", "Cooperation: ")).append(title).append('\n');
        String stage = n.params().get("stage");
        if (stage != null) {
            text.append(lang.pick("Tahap: ", "Stage: ")).append(Stage.valueOf(stage).label().in(lang)).append('\n');
        }
        String doc = n.params().get("documentType");
        if (doc != null) {
            text.append(lang.pick("Dokumen: ", "Document: ")).append(DocumentType.valueOf(doc).label().in(lang))
                    .append('\n');
        }
        String link = pemda.webBaseUrl() + "/kasus/" + n.caseId();
        text.append('\n').append(lang.pick("Buka: ", "Open: ")).append(link).append('\n').append('\n');
        text.append(lang.pick("Surel ini dikirim karena Anda memilih surel segera untuk jenis pemberitahuan ini di "
                        + "Pengaturan. Ringkasan harian tetap dikirim seperti biasa.",
                "You get this mail because you chose immediate mail for this kind of notification in Settings. "
                        + "The daily digest is sent as usual."));
        String subject = "[" + pemda.name() + "] " + kind + (title.isEmpty() ? "" : ": " + title);
        String html = "<p>" + escape(text.toString()).replace("\n", "<br>") + "</p>";
        return new MailMessage(List.of(choice.email()), subject, text.toString(), html);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
