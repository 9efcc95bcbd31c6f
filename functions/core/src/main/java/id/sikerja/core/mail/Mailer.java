package id.sikerja.core.mail;

/** Sends e-mail (SES in AWS, the SES emulator locally). */
public interface Mailer {

    /** Sends the message; throws {@link MailFailed} when the mail service did not accept it. */
    void send(String from, MailMessage message);

    final class MailFailed extends RuntimeException {
        public MailFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
