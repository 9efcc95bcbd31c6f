package id.sikerja.core.cases;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Human-friendly tracking codes such as {@code KS-2026-7K3QZP}: the year of submission and six characters of
 * Crockford's base 32 (no I, L, O or U, so a code read over the phone is not misheard): about a billion
 * codes a year. Uniqueness is enforced by the store; a collision draws a new code.
 */
public final class TrackingCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("^KS-\\d{4}-[0-9A-HJKMNP-TV-Z]{6}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    public static String next(int year) {
        StringBuilder sb = new StringBuilder("KS-").append(year).append('-');
        for (int i = 0; i < 6; i++) {
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** Normalises what a person typed (case, look-alike letters) and says whether it can be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip().toUpperCase(java.util.Locale.ROOT);
        String prefix = t.length() > 8 ? t.substring(0, 8) : t;
        String tail = t.length() > 8 ? t.substring(8).replace('O', '0').replace('I', '1').replace('L', '1') : "";
        String code = prefix + tail;
        return FORMAT.matcher(code).matches() ? code : null;
    }
}
