package id.sikerja.core.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The one reader of numbers from parsed JSON (and from the text of stored or imported values): it takes only JSON
 * numbers as numbers (a string "0" is text, not a number), and decides whether a number is within reach by its
 * precision and scale alone, never by expanding it: {@code 1e150000} is one digit and an exponent, and its plain form
 * would cost time quadratic in the exponent to build and parse.
 */
public final class Numbers {

    /** The longest text read as a number: no Si Kerja number needs more characters. */
    public static final int MAX_TEXT = 64;
    /** The most digits a number read here may have before, and after, its decimal point. */
    public static final int MAX_DIGITS = 20;

    private Numbers() {
    }

    /**
     * A JSON number as an exact decimal, or null when the value is not one (text, a boolean, or a binary floating
     * point number, which cannot say exactly what was sent).
     */
    public static BigDecimal exact(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        return null;
    }

    /** Whether a decimal has at most {@link #MAX_DIGITS} digits before and after its point: cheap for any value. */
    public static boolean modest(BigDecimal d) {
        return d.scale() <= MAX_DIGITS && (long) d.precision() - d.scale() <= MAX_DIGITS;
    }

    /** A JSON number that is a whole number within the range of a long, or null. */
    public static Long whole(Object v) {
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (long) d : null;
        }
        BigDecimal d = exact(v);
        if (d == null || !modest(d)) {
            return null;
        }
        try {
            return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** A decimal read from text (a stored or imported value), or null when it is not one or is longer than allowed. */
    public static BigDecimal parse(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(text.strip());
            return modest(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
