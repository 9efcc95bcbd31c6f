package id.sikerja.core.validation;

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

    /** Picks the language from an HTTP Accept-Language value; Indonesian unless English is preferred. */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ID;
        }
        for (String part : header.split(",")) {
            String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (tag.startsWith("id") || tag.startsWith("in")) {
                return ID;
            }
            if (tag.startsWith("en")) {
                return EN;
            }
        }
        return ID;
    }
}
