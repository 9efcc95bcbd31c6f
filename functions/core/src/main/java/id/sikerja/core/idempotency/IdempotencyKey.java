package id.sikerja.core.idempotency;

import id.sikerja.core.security.Secrets;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A client's Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field"): 8 to {@value #MAX_LENGTH}
 * visible ASCII characters. Stored only as a hash with its {@link Idempotency scope}.
 *
 * <p>A header that cannot be a key at all (a character outside printable ASCII, or longer than
 * {@value #MAX_LENGTH}) is {@link Malformed}: the HTTP layer answers it with 400. A printable one that breaks the
 * rules (too short, a space) is an invalid field like any other (422).
 */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 200;
    public static final String HEADER = "Idempotency-Key";
    private static final Pattern PRINTABLE = Pattern.compile("^[\\x20-\\x7E]*$");
    private static final Pattern FORMAT = Pattern.compile("^[\\x21-\\x7E]{8," + MAX_LENGTH + "}$");

    public IdempotencyKey {
        if (value == null) {
            throw new InvalidInput(List.of(FieldError.of(HEADER, "idempotency_key")));
        }
        if (value.length() > MAX_LENGTH || !PRINTABLE.matcher(value).matches()) {
            throw new Malformed();
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidInput(List.of(FieldError.of(HEADER, "idempotency_key")));
        }
    }

    /** The storage key: the scope and the client's key, hashed. */
    public String hash(String scope) {
        return Secrets.sha256Hex(scope + "\n" + value);
    }

    /** The header is not printable ASCII or too long to be a key: a malformed request (400), naming the header. */
    public static final class Malformed extends RuntimeException {
        public Malformed() {
            super("malformed " + HEADER);
        }

        public List<FieldError> errors() {
            return List.of(FieldError.of(HEADER, "idempotency_key"));
        }
    }
}
