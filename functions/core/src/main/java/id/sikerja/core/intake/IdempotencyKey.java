package id.sikerja.core.intake;

import id.sikerja.core.security.Secrets;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A client's Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field"): 8 to 255 visible ASCII
 * characters. Stored only as a hash scoped to the operation.
 */
public record IdempotencyKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[\\x21-\\x7E]{8,255}$");

    public IdempotencyKey {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput(List.of(FieldError.of("Idempotency-Key", "idempotency_key")));
        }
    }

    /** The storage key: the operation and the client's key, hashed. */
    public String hash(String operation) {
        return Secrets.sha256Hex(operation + "\n" + value);
    }
}
