package id.sikerja.core.reads;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page starts: the order, and the sort key and id of the last item of the previous page. Opaque to
 * clients (base64url); a cursor of another order, or not made here, is refused.
 */
public record Cursor(Sort sort, String key, String id) {

    private static final String VERSION = "c1";

    public String encode() {
        String raw = VERSION + "\n" + sort.name() + "\n" + key + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, when the text is one of ours for {@code sort}. */
    public static Optional<Cursor> decode(String text, Sort sort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = raw.split("\n", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION) || !parts[1].equals(sort.name()) || parts[3].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Cursor(sort, parts[2], parts[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
