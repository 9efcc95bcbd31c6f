package id.sikerja.core.letters;

/** Writes a generated document's bytes to its permanent key (the documents bucket in AWS). */
@FunctionalInterface
public interface LetterFiles {

    void put(String key, byte[] bytes, String contentType);
}
