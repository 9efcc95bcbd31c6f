package id.sikerja.core.reads;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words for search: lower case, accents removed ("Kesehatan", "KESEHATAN" and "kesehatán" are one word), split on
 * anything that is not a letter or a digit. A query matches when each of its words begins some word of the text:
 * "kesehat" finds "Pelayanan Kesehatan", "pel kes" too.
 */
public final class SearchText {

    /** Search words kept per case: enough for a title, a partner and a paragraph or two of purpose and scope. */
    public static final int MAX_WORDS = 400;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** The text folded: lower case, without accents. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The distinct words of the texts, in order of first appearance, at most {@link #MAX_WORDS}. */
    public static List<String> words(String... texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            for (String w : SEPARATORS.split(fold(t))) {
                if (!w.isEmpty()) {
                    out.add(w);
                    if (out.size() == MAX_WORDS) {
                        return List.copyOf(out);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether every query word begins one of the words (an empty query matches everything). */
    public static boolean matches(List<String> query, List<String> words) {
        for (String q : query) {
            boolean found = false;
            for (String w : words) {
                if (w.startsWith(q)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Query words of several texts, for one match. */
    public static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
