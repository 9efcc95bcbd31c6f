package id.sikerja.local.template;

/** The template cannot be read, or uses something the local runtime cannot emulate. */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
