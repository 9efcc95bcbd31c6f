package id.sikerja.adapters.ses;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sesv2.model.Attachment;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentDisposition;
import software.amazon.awssdk.services.sesv2.model.AttachmentContentTransferEncoding;

import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Content;

/** Sends Si Kerja's e-mail through SES v2 (simple content: text and HTML, UTF-8, and any attached files). */
public final class SesMailer implements Mailer {

    private final SesV2Client ses;

    public SesMailer(SesV2Client ses) {
        this.ses = ses;
    }

    @Override
    public void send(String from, MailMessage message) {
        try {
            ses.sendEmail(r -> r.fromEmailAddress(from)
                    .destination(d -> d.toAddresses(message.to()))
                    .content(c -> c.simple(m -> {
                        m.subject(utf8(message.subject()))
                                .body(b -> b.text(utf8(message.text())).html(utf8(message.html())));
                        // issue 17: files (the signing's .ics) as SES v2 simple-message attachments, base64
                        if (!message.attachments().isEmpty()) {
                            m.attachments(message.attachments().stream().map(a -> Attachment.builder()
                                    .fileName(a.fileName()).contentType(a.contentType())
                                    .contentDisposition(AttachmentContentDisposition.ATTACHMENT)
                                    .contentTransferEncoding(AttachmentContentTransferEncoding.BASE64)
                                    .rawContent(SdkBytes.fromByteArray(a.content())).build()).toList());
                        }
                    })));
        } catch (SdkException e) {
            throw new MailFailed("SES did not accept the message", e);
        }
    }

    private static Content utf8(String s) {
        return Content.builder().data(s).charset("UTF-8").build();
    }
}
