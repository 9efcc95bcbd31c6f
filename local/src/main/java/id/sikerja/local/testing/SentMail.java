package id.sikerja.local.testing;

import java.util.List;

/** An e-mail the functions sent through the local SES. */
public record SentMail(String messageId, String from, List<String> to, List<String> cc, String subject, String text,
        String html) {

    public SentMail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }
}
