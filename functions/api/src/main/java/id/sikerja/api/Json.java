package id.sikerja.api;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON mapper of request and response bodies, built once per container.
 *
 * <p>Every number a request carries is bounded as it is read, before any route sees it: at most
 * {@value #MAX_NUMBER_CHARS} digits as written (Jackson's {@link StreamReadConstraints}), and, since a short text
 * such as {@code 1e150000} or {@code 0e-999999} names a number whose plain form is huge, at most
 * {@value #MAX_DIGITS} digits before and after the decimal point. No Si Kerja field needs more (money is at most
 * 10^15 Rupiah with two decimals); a number beyond that is a malformed body (400), refused in microseconds, and
 * never reaches code that would expand it (quadratic in its exponent) or store it. An exponent beyond what a
 * decimal holds ({@code 1e9999999999}) is malformed too, not a failure.
 */
public final class Json {

    /** The most digits of a number literal (Jackson counts the digits of its integer and fraction parts). */
    public static final int MAX_NUMBER_CHARS = 64;
    /** The most digits a number may have before, and after, its decimal point. */
    public static final int MAX_DIGITS = 64;
    /** The deepest nesting of objects and arrays; request bodies nest a few levels. */
    public static final int MAX_DEPTH = 32;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNumberLength(MAX_NUMBER_CHARS)
                            .maxNestingDepth(MAX_DEPTH)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /**
     * Parses a request body that must be a JSON object.
     *
     * @throws Malformed when it is not well-formed JSON, not an object, or holds a number beyond the bounds
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(String body) {
        Object value;
        try {
            value = MAPPER.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new Malformed(e.getOriginalMessage());
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond what BigDecimal holds (1e9999999999): Jackson lets these through unwrapped
            throw new Malformed("a number is out of the range Si Kerja reads");
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new Malformed("the body must be a JSON object");
        }
        unboundedNumber(value, "").ifPresent(field -> {
            throw new Malformed("the number at " + field + " has more than " + MAX_DIGITS
                    + " digits before or after its decimal point", field);
        });
        return (Map<String, Object>) value;
    }

    /** The field (as "facts.budgetAmount", "items[2]") of the first number beyond the bounds, if any. */
    private static Optional<String> unboundedNumber(Object value, String path) {
        if (value instanceof BigDecimal d) {
            return withinBounds(d) ? Optional.empty() : Optional.of(path);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Optional<String> found = unboundedNumber(e.getValue(), path.isEmpty() ? String.valueOf(e.getKey())
                        : path + "." + e.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Optional<String> found = unboundedNumber(list.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty(); // integers are bounded by their length
    }

    /** Cheap for any value: precision and scale are read, never the plain digits. */
    static boolean withinBounds(BigDecimal d) {
        return d.scale() <= MAX_DIGITS && (long) d.precision() - d.scale() <= MAX_DIGITS;
    }

    /** A body that is not the JSON the route expects. */
    public static final class Malformed extends RuntimeException {
        private final String field;

        public Malformed(String message) {
            this(message, null);
        }

        public Malformed(String message, String field) {
            super(message);
            this.field = field;
        }

        /** The field at fault, when one can be named. */
        public Optional<String> field() {
            return Optional.ofNullable(field);
        }
    }
}
