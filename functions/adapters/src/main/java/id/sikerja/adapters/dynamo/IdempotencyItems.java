package id.sikerja.adapters.dynamo;

import id.sikerja.core.idempotency.Remembered;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * The one idempotency item of the table, whoever writes it (a case change, a proposal, an import):
 * {@code IDEMP#<key hash> / IDEMP}, type {@code IDEMPOTENT_RESPONSE}, with the request's fingerprint, the answer
 * sealed under the client's key ({@code sealedResponse}) and {@code expiresAt} (TTL). Always put in the transaction
 * of the effect it answers, on condition that the key is not remembered yet.
 */
final class IdempotencyItems {

    private IdempotencyItems() {
    }

    static Map<String, AttributeValue> key(String keyHash) {
        return Map.of(Keys.PK, s(Keys.idempotencyPk(keyHash)), Keys.SK, s(Keys.IDEMPOTENCY_SK));
    }

    /** The put of a remembered answer, failing the transaction when an unexpired one holds the key. */
    static TransactWriteItem put(String table, Remembered r, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(key(r.keyHash()));
        item.put("type", s("IDEMPOTENT_RESPONSE"));
        item.put("fingerprint", s(r.fingerprint()));
        item.put("sealedResponse", s(r.sealedResponse()));
        item.put("expiresAt", n(r.expiresAt().getEpochSecond()));
        return Transactions.put(table, item, "attribute_not_exists(PK) OR expiresAt <= :now",
                Map.of(":now", n(now.getEpochSecond())));
    }

    static Optional<Remembered> find(DynamoDbClient dynamo, String table, String keyHash, Instant now) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(keyHash))).item();
        if (item == null || item.isEmpty() || item.get("sealedResponse") == null) {
            return Optional.empty();
        }
        long expires = num(item, "expiresAt");
        if (expires <= now.getEpochSecond()) {
            return Optional.empty(); // TTL deletion lags; an expired answer is forgotten
        }
        return Optional.of(new Remembered(keyHash, str(item, "fingerprint"), str(item, "sealedResponse"),
                Instant.ofEpochSecond(expires)));
    }
}
