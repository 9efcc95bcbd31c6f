package id.sikerja.core.mail;

import java.util.List;

/** An e-mail: plain text and HTML alternatives of the same content. */
public record MailMessage(List<String> to, String subject, String text, String html) {

    public MailMessage {
        to = List.copyOf(to);
    }
}
