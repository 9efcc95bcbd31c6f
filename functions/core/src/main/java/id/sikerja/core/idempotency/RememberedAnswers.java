package id.sikerja.core.idempotency;

import java.util.Optional;

/** Where remembered answers are read (the single table in AWS); each store writes them with its own effects. */
public interface RememberedAnswers {

    /** The answer remembered under an idempotency key hash, unless it has expired (a strongly consistent read). */
    Optional<Remembered> remembered(String keyHash);
}
