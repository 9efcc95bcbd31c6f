package id.sikerja.adapters.dynamo;

import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyClaims;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.security.Secrets;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.sikerja.adapters.dynamo.Attr.*;

/**
 * {@link IdempotencyClaims} on the table's one idempotency item ({@link IdempotencyItems}): a claim is the item with
 * the fingerprint and no {@code sealedResponse} (which {@link IdempotencyItems#find} does not count as an answer),
 * put on condition that no unexpired item holds the key; the answer is added to it on condition that it is still
 * this request's claim.
 */
public final class DynamoIdempotencyClaims implements IdempotencyClaims {

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoIdempotencyClaims(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Claim claim(Idempotency idempotency, Instant now) {
        Map<String, AttributeValue> item = new HashMap<>(IdempotencyItems.key(idempotency.keyHash()));
        item.put("type", s("IDEMPOTENT_RESPONSE"));
        item.put("fingerprint", s(idempotency.fingerprint()));
        item.put("expiresAt", n(now.plus(Idempotency.REMEMBER).getEpochSecond()));
        try {
            dynamo.putItem(r -> r.tableName(table).item(item)
                    .conditionExpression("attribute_not_exists(PK) OR expiresAt <= :now")
                    .expressionAttributeValues(Map.of(":now", n(now.getEpochSecond()))));
            return new Claim.New();
        } catch (ConditionalCheckFailedException taken) {
            Map<String, AttributeValue> existing = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(IdempotencyItems.key(idempotency.keyHash()))).item();
            if (existing == null || existing.isEmpty()) {
                return claim(idempotency, now); // it expired and was removed in between
            }
            if (!idempotency.fingerprint().equals(str(existing, "fingerprint"))) {
                throw new InvalidInput(List.of(FieldError.of(IdempotencyKey.HEADER, "idempotency_key_reused")));
            }
            String sealed = str(existing, "sealedResponse");
            // the claim was made REMEMBER before it expires
            return sealed == null ? new Claim.Unfinished(Instant.ofEpochSecond(num(existing, "expiresAt"))
                    .minus(Idempotency.REMEMBER))
                    : new Claim.Answered(Secrets.unseal(sealed, idempotency.key().value(), idempotency.scope()));
        }
    }

    @Override
    public void release(Idempotency idempotency) {
        try {
            dynamo.deleteItem(d -> d.tableName(table).key(IdempotencyItems.key(idempotency.keyHash()))
                    .conditionExpression("fingerprint = :fingerprint AND attribute_not_exists(sealedResponse)")
                    .expressionAttributeValues(Map.of(":fingerprint", s(idempotency.fingerprint()))));
        } catch (ConditionalCheckFailedException answered) {
            // a concurrent attempt answered it: that answer stays
        }
    }

    @Override
    public void answer(Idempotency idempotency, String response, Instant now) {
        Remembered r = idempotency.remember(response, now);
        try {
            dynamo.updateItem(u -> u.tableName(table).key(IdempotencyItems.key(r.keyHash()))
                    .updateExpression("SET sealedResponse = :sealed, expiresAt = :expires")
                    .conditionExpression("fingerprint = :fingerprint AND attribute_not_exists(sealedResponse)")
                    .expressionAttributeValues(Map.of(":sealed", s(r.sealedResponse()),
                            ":expires", n(r.expiresAt().getEpochSecond()), ":fingerprint", s(r.fingerprint()))));
        } catch (ConditionalCheckFailedException answeredConcurrently) {
            // a concurrent attempt of the same request remembered its answer first: that one stays the answer
        }
    }
}
