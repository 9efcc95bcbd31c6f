package id.sikerja.workflow;

import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Text;

/** Picks the Indonesian or English side of a text for the caller's Accept-Language. */
final class Texts {

    private Texts() {
    }

    static String pick(Language language, String id, String en) {
        return language == Language.EN ? en : id;
    }

    static String pick(Language language, Text text) {
        return pick(language, text.id(), text.en());
    }
}
