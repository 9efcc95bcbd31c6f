package id.sikerja.core.letters;

import java.util.Map;
import java.util.Set;

/** Fills a DOCX template's placeholders ({@code {{name}}}); the DOCX templating library lives behind it. */
public interface LetterRenderer {

    /**
     * The placeholder names the template uses.
     *
     * @throws UnreadableTemplate when the bytes are not a DOCX the library can read
     */
    Set<String> placeholders(byte[] docx);

    /**
     * The filled document: each placeholder with its value, or {@link LetterFields#MISSING} when {@code values} has
     * none. The output is reproducible: the same template and values give the same bytes.
     */
    byte[] render(byte[] docx, Map<String, String> values);

    /** The bytes are not a DOCX template the library can read. */
    final class UnreadableTemplate extends RuntimeException {
        public UnreadableTemplate(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
