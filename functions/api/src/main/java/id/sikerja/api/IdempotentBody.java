package id.sikerja.api;

import id.sikerja.core.intake.IdempotencyKey;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A creating request's body as read by its route, with the client's Idempotency-Key (if any) and the body's
 * fingerprint (SHA-256 of the bytes), which tells a retry from a different request under the same key.
 */
public record IdempotentBody<T>(T value, Optional<IdempotencyKey> key, String fingerprint) {

    /**
     * Reads the body with {@code reader} and the optional Idempotency-Key, naming the bad fields of both in one
     * answer.
     *
     * @param body the parsed JSON object of the request
     */
    public static <T> IdempotentBody<T> read(HttpRequest request, Map<String, Object> body,
                                             Function<Map<String, Object>, T> reader) {
        List<FieldError> errors = new ArrayList<>();
        IdempotencyKey key = null;
        try {
            key = request.header("Idempotency-Key").map(IdempotencyKey::new).orElse(null);
        } catch (InvalidInput bad) {
            errors.addAll(bad.errors());
        }
        T value = null;
        try {
            value = reader.apply(body);
        } catch (InvalidInput bad) {
            errors.addAll(bad.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new IdempotentBody<>(value, Optional.ofNullable(key),
                HexFormat.of().formatHex(Secrets.sha256(request.bodyBytes())));
    }
}
