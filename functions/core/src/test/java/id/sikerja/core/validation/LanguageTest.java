package id.sikerja.core.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language of messages follows the caller's Accept-Language weights, Indonesian first. */
class LanguageTest {

    @Test
    void weightsDecideNotOrder() {
        assertEquals(Language.ID, Language.fromAcceptLanguage("en;q=0.1, id;q=0.9"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("id;q=0.2, en-GB;q=0.8"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("id;q=0, en;q=0.1"), "id is not acceptable");
        assertEquals(Language.ID, Language.fromAcceptLanguage("fr, en;q=0.5, *;q=0.7"), "the wildcard covers id");
        assertEquals(Language.EN, Language.fromAcceptLanguage("*;q=0.5, id;q=0.1, en"));
    }

    @Test
    void browsersUsualValues() {
        assertEquals(Language.EN, Language.fromAcceptLanguage("en"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("en-US,en;q=0.9"));
        assertEquals(Language.ID, Language.fromAcceptLanguage("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7"));
        assertEquals(Language.ID, Language.fromAcceptLanguage("in"), "the old code of Indonesian");
        assertEquals(Language.EN, Language.fromAcceptLanguage("fr, en;q=0.5"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("en, id"), "a tie: the one named first");
        assertEquals(Language.ID, Language.fromAcceptLanguage("id, en"));
    }

    @Test
    void absentOrUnreadableIsIndonesian() {
        assertEquals(Language.ID, Language.fromAcceptLanguage(null));
        assertEquals(Language.ID, Language.fromAcceptLanguage(""));
        assertEquals(Language.ID, Language.fromAcceptLanguage("fr-FR"));
        assertEquals(Language.ID, Language.fromAcceptLanguage("en;q=2, ;;;"));
        assertEquals(Language.ID, Language.fromAcceptLanguage("*"));
    }
}
