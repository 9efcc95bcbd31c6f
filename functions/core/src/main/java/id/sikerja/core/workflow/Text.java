package id.sikerja.core.workflow;

import id.sikerja.core.validation.Language;

import java.util.Objects;

/**
 * A message or label in Indonesian (shown to officers) and English (for logs, developers, foreign partners).
 *
 * @param id Bahasa Indonesia
 * @param en English
 */
public record Text(String id, String en) {

    public Text {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String id, String en) {
        return new Text(id, en);
    }

    /** The side the reader's language asks for. */
    public String in(Language language) {
        return language.pick(id, en);
    }

    @Override
    public String toString() {
        return id + " / " + en;
    }
}
