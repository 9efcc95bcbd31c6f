package id.sikerja.api;

import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A creating request's body as read by its route, with the client's Idempotency-Key (if any) and the body's
 * fingerprint (SHA-256 of the bytes), which tells a retry from a different request under the same key. Every route
 * that honours the key reads it here.
 *
 * <p>A header that cannot be a key (not printable ASCII, or longer than {@value IdempotencyKey#MAX_LENGTH}) is a
 * malformed request: 400 problem+json naming the header, before the body is looked at.
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
        return read(request, request.bodyBytes(), () -> reader.apply(body));
    }

    /**
     * Reads the body with {@code reader} (any format: the import's spreadsheet) and the optional Idempotency-Key.
     *
     * @param bytes the body as sent, whose digest is the fingerprint
     */
    public static <T> IdempotentBody<T> read(HttpRequest request, byte[] bytes, java.util.function.Supplier<T> reader) {
        List<FieldError> errors = new ArrayList<>();
        Optional<IdempotencyKey> key = key(request, errors);
        T value = null;
        try {
            value = reader.get();
        } catch (InvalidInput bad) {
            errors.addAll(bad.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new IdempotentBody<>(value, key, HexFormat.of().formatHex(Secrets.sha256(bytes)));
    }

    /**
     * The optional Idempotency-Key alone; a key that breaks the rules is added to {@code errors}.
     *
     * @throws Problem 400 when the header is malformed
     */
    public static Optional<IdempotencyKey> key(HttpRequest request, List<FieldError> errors) {
        try {
            return request.header(IdempotencyKey.HEADER).map(IdempotencyKey::new);
        } catch (IdempotencyKey.Malformed malformed) {
            Language lang = request.language();
            throw Problem.invalid(400, "invalid-header", lang.pick("Header tidak valid", "Invalid header"),
                    lang.pick("Idempotency-Key harus berupa karakter ASCII yang dapat dicetak, paling banyak "
                                    + IdempotencyKey.MAX_LENGTH + " karakter.",
                            "An Idempotency-Key is printable ASCII of at most " + IdempotencyKey.MAX_LENGTH
                                    + " characters."), malformed.errors());
        } catch (InvalidInput bad) {
            errors.addAll(bad.errors());
            return Optional.empty();
        }
    }

    /**
     * The key in its scope: the operation, what it acts on ("" for a creation) and who asks (an officer's
     * {@code sub}, {@code "partner:" + caseId}, {@link Idempotency#ANYONE}): another caller's reuse of a key is a new
     * request.
     */
    public Optional<Idempotency> idempotency(String operation, String target, String caller) {
        return key.map(k -> Idempotency.of(k, operation, target, caller, fingerprint));
    }
}
