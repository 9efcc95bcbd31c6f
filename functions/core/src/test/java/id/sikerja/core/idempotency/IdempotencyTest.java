package id.sikerja.core.idempotency;

import id.sikerja.core.validation.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class IdempotencyTest {

    private static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");

    @Test
    void idempotencyKeysAreVisibleAsciiOfEightTo200Characters() {
        assertThrows(InvalidInput.class, () -> new IdempotencyKey("short"));
        assertThrows(InvalidInput.class, () -> new IdempotencyKey("has a space in it"));
        assertThrows(IdempotencyKey.Malformed.class, () -> new IdempotencyKey("x".repeat(256)));
        assertNotEquals(new IdempotencyKey("abcdefgh").hash("A"), new IdempotencyKey("abcdefgh").hash("B"));
        assertEquals(200, new IdempotencyKey("x".repeat(200)).value().length());
    }

    @Test
    void aHeaderThatCannotBeAKeyIsMalformedNamingTheHeader() {
        for (String bad : new String[] {"x".repeat(201), "tab\there-0001", "kunci-dengan-é-0001", "nul\u0000-key-0001",
                "del\u007f-key-0001"}) {
            IdempotencyKey.Malformed m = assertThrows(IdempotencyKey.Malformed.class, () -> new IdempotencyKey(bad),
                    bad);
            assertEquals("Idempotency-Key", m.errors().get(0).field());
        }
    }

    @Test
    void theSameKeyFromAnotherCallerOrOnAnotherCaseIsAnotherRequest() {
        IdempotencyKey key = new IdempotencyKey("same-key-0001");
        String mine = Idempotency.of(key, "POST /cooperations/{id}/transitions", "C-1", "officer-a", "fp").keyHash();
        assertNotEquals(mine, Idempotency.of(key, "POST /cooperations/{id}/transitions", "C-1", "officer-b", "fp")
                .keyHash());
        assertNotEquals(mine, Idempotency.of(key, "POST /cooperations/{id}/transitions", "C-2", "officer-a", "fp")
                .keyHash());
        assertEquals(mine, Idempotency.of(key, "POST /cooperations/{id}/transitions", "C-1", "officer-a", "fp")
                .keyHash());
    }

    @Test
    void theRememberedAnswerIsSealedAndOpensOnlyForTheSameRequest() {
        Idempotency first = Idempotency.of(new IdempotencyKey("sealed-key-0001"), "POST /proposals", "",
                Idempotency.ANYONE, "fp-1");
        Map<String, Remembered> table = new HashMap<>();
        Remembered r = first.remember("{\"accessToken\":\"rahasia-token\"}", NOW);
        table.put(r.keyHash(), r);
        assertFalse(r.sealedResponse().contains("rahasia-token"), "the table does not show the answer");
        assertEquals(NOW.plus(Idempotency.REMEMBER), r.expiresAt());
        RememberedAnswers answers = hash -> Optional.ofNullable(table.get(hash));

        assertEquals(Optional.of("{\"accessToken\":\"rahasia-token\"}"), first.replay(answers));
        Idempotency otherBody = Idempotency.of(new IdempotencyKey("sealed-key-0001"), "POST /proposals", "",
                Idempotency.ANYONE, "fp-2");
        InvalidInput reused = assertThrows(InvalidInput.class, () -> otherBody.replay(answers));
        assertEquals("idempotency_key_reused", reused.errors().get(0).code());
        assertEquals(Optional.empty(), Idempotency.of(new IdempotencyKey("other-key-0001"), "POST /proposals", "",
                Idempotency.ANYONE, "fp-1").replay(answers));
    }
}
