package id.sikerja.core.mail;

import java.util.List;
import java.util.Objects;

/**
 * An e-mail: plain text and HTML alternatives of the same content, and (issue 17) files attached to it, such as the
 * iCalendar invitation to a signing ({@code text/calendar; method=REQUEST}).
 */
public record MailMessage(List<String> to, String subject, String text, String html, List<Attachment> attachments) {

    public MailMessage {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }

    /** A message without attachments. */
    public MailMessage(List<String> to, String subject, String text, String html) {
        this(to, subject, text, html, List.of());
    }

    /** A file attached to a message: its name, its MIME type (with parameters) and its bytes. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
