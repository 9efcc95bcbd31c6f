package id.sikerja.core.validation;

import java.util.List;
import java.util.Locale;

/** Si Kerja speaks Indonesian first, English second. */
public enum Language {
    ID,
    EN;

    /** The text in this language: every bilingual message people read is chosen here. */
    public String pick(String indonesian, String english) {
        return this == EN ? english : indonesian;
    }

    /** English when {@code english}, else Indonesian (reports and exports choose with a flag). */
    public static Language of(boolean english) {
        return english ? EN : ID;
    }

    /**
     * Picks the language from an HTTP Accept-Language value (RFC 9110 §12.5.4): the one of Indonesian and English
     * the caller weighs highest, on a tie the one it names first; Indonesian for a wildcard, and when the value names
     * neither or cannot be read. A language weighed {@code q=0} is not acceptable.
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ID;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header); // sorted by weight, highest first; stable on ties
        } catch (IllegalArgumentException malformed) {
            return ID;
        }
        double id = weight(ranges, "id", "in");
        double en = weight(ranges, "en");
        if (en != id) {
            return en > id ? EN : ID;
        }
        // equally weighted: the one named first (the list keeps the header's order among equal weights)
        for (Locale.LanguageRange r : ranges) {
            if (r.getWeight() == en && en > 0 && names(r.getRange(), "en")) {
                return EN;
            }
            if (names(r.getRange(), "id", "in")) {
                return ID;
            }
        }
        return ID;
    }

    /**
     * The weight the caller gives a language: the highest of the ranges naming it (or a sub-tag of it, en-GB), else
     * that of the wildcard, else 0.
     */
    private static double weight(List<Locale.LanguageRange> ranges, String... tags) {
        double named = -1;
        double wildcard = 0;
        for (Locale.LanguageRange r : ranges) {
            String range = r.getRange();
            if (range.equals("*")) {
                wildcard = Math.max(wildcard, r.getWeight());
            }
            if (names(range, tags)) {
                named = Math.max(named, r.getWeight());
            }
        }
        return named >= 0 ? named : wildcard;
    }

    private static boolean names(String range, String... tags) {
        for (String tag : tags) {
            if (range.equals(tag) || range.startsWith(tag + "-")) {
                return true;
            }
        }
        return false;
    }
}
