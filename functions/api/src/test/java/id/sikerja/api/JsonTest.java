package id.sikerja.api;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every number of a request body is bounded as the JSON is read, before any route or permission check. */
class JsonTest {

    @Test
    void anExponentBeyondWhatADecimalHoldsIsMalformedNotAFailure() {
        // BigDecimal cannot hold it: Jackson threw a NumberFormatException the reader did not catch (a 500)
        assertThrows(Json.Malformed.class, () -> Json.readObject("{\"durationMonths\":1e9999999999}"));
        assertThrows(Json.Malformed.class, () -> Json.readObject("{\"durationMonths\":-1E-9999999999}"));
    }

    @Test
    void aShortTextNamingAHugeNumberIsMalformedAndNamesItsField() {
        for (String number : List.of("1e150000", "1e450000", "0e-999999", "1e65", "1e-65", "0e999999")) {
            Json.Malformed e = assertThrows(Json.Malformed.class,
                    () -> Json.readObject("{\"facts\":{\"budgetAmount\":" + number + "}}"), number);
            assertEquals(Optional.of("facts.budgetAmount"), e.field(), number);
        }
        Json.Malformed inList = assertThrows(Json.Malformed.class,
                () -> Json.readObject("{\"items\":[1, {\"n\": 2.5}, {\"n\": 1e99}]}"));
        assertEquals(Optional.of("items[2].n"), inList.field());
    }

    @Test
    void aLongNumberIsMalformed() {
        assertThrows(Json.Malformed.class, () -> Json.readObject("{\"n\":1" + "0".repeat(Json.MAX_NUMBER_CHARS) + "}"));
        assertThrows(Json.Malformed.class, () -> Json.readObject("{\"n\":0." + "1".repeat(Json.MAX_NUMBER_CHARS + 1) + "}"));
    }

    @Test
    void deepNestingIsMalformed() {
        String deep = "{\"a\":" + "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1) + "}";
        assertThrows(Json.Malformed.class, () -> Json.readObject(deep));
    }

    @Test
    void ordinaryNumbersAreReadExactly() {
        Map<String, Object> m = Json.readObject("{\"a\":1500000.50,\"b\":48,\"c\":1e15,\"d\":1.0e-2,\"e\":"
                + "9".repeat(40) + "}");
        assertEquals(new BigDecimal("1500000.50"), m.get("a"));
        assertEquals(48, m.get("b"));
        assertEquals(new BigDecimal("1e15"), m.get("c"));
        assertEquals(new BigDecimal("0.010"), m.get("d"));
        assertEquals(new java.math.BigInteger("9".repeat(40)), m.get("e"));
    }
}
