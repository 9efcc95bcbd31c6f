package id.sikerja.core.workflow;

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

    @Override
    public String toString() {
        return id + " / " + en;
    }
}
