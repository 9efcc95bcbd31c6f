package id.sikerja.core.reads;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SearchTextTest {

    @Test
    void foldsCaseAndAccentsAndSplitsOnPunctuation() {
        assertEquals(List.of("pelayanan", "kesehatan", "dan", "cafe", "kota", "bontang"),
                SearchText.words("Pelayanan KESEHATAN, dan Café — kota-Bontang"));
    }

    @Test
    void queryWordsMatchAsPrefixesOfAnyWord() {
        List<String> words = SearchText.words("Pelayanan Kesehatan Ibu dan Anak", "RSUD Aji Batara");
        assertTrue(SearchText.matches(SearchText.words("kesehat"), words));
        assertTrue(SearchText.matches(SearchText.words("KESEHÁT ibu"), words));
        assertTrue(SearchText.matches(SearchText.words("rsud"), words));
        assertFalse(SearchText.matches(SearchText.words("sehat"), words), "prefixes, not substrings");
        assertFalse(SearchText.matches(SearchText.words("kesehatan pendidikan"), words), "every word must match");
        assertTrue(SearchText.matches(List.of(), words));
    }

    @Test
    void keepsAtMostTheWordLimit() {
        StringBuilder long_ = new StringBuilder();
        for (int i = 0; i < SearchText.MAX_WORDS + 50; i++) {
            long_.append("w").append(i).append(' ');
        }
        assertEquals(SearchText.MAX_WORDS, SearchText.words(long_.toString()).size());
    }
}
