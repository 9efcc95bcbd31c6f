package id.sikerja.adapters.dynamo;

import id.sikerja.core.intake.ProposalCounter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sikerja.adapters.dynamo.Attr.n;
import static id.sikerja.adapters.dynamo.Attr.s;

/**
 * The daily proposal counters in the single table: {@code QUOTA#<day>#ADDRESS#<sha256>} and
 * {@code QUOTA#<day>#IP#<sha256>} / {@code QUOTA} with a number {@code proposals} and the TTL {@code expiresAt};
 * and {@code QUOTA#COUNTED#<key hash>} / {@code QUOTA}, the mark that a request with this Idempotency-Key was
 * counted (TTL 24 h). One transaction adds 1 to every counter on condition that it is below its cap and puts the
 * mark on condition that it does not exist: all or nothing, so concurrent proposals never pass a cap together.
 */
public final class DynamoProposalCounter implements ProposalCounter {

    static final String SK = "QUOTA";

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoProposalCounter(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public boolean count(List<Counter> counters, Optional<String> once, Instant onceUntil, Instant expiresAt) {
        if (once.isPresent() && counted(once.get())) {
            // a retry: no write, so concurrent retries of one request do not collide on the counters
            return true;
        }
        List<TransactWriteItem> writes = new ArrayList<>();
        once.ifPresent(mark -> writes.add(Transactions.put(table,
                Map.of(Keys.PK, s("QUOTA#" + mark), Keys.SK, s(SK), "expiresAt", n(onceUntil.getEpochSecond())),
                // TTL deletes lazily: a mark past its time is as good as gone
                "attribute_not_exists(PK) OR expiresAt < :now", Map.of(":now", n(Instant.now().getEpochSecond())))));
        for (Counter counter : counters) {
            writes.add(TransactWriteItem.builder().update(Update.builder().tableName(table)
                    .key(Map.of(Keys.PK, s("QUOTA#" + counter.key()), Keys.SK, s(SK)))
                    .updateExpression("ADD #n :one SET expiresAt = :expires")
                    .conditionExpression("attribute_not_exists(#n) OR #n < :cap")
                    .expressionAttributeNames(Map.of("#n", "proposals"))
                    .expressionAttributeValues(Map.<String, AttributeValue>of(":one", n(1), ":cap", n(counter.cap()),
                            ":expires", n(expiresAt.getEpochSecond())))
                    .build()).build());
        }
        try {
            Transactions.write(dynamo, writes, reasons -> once.isPresent() && Transactions.failed(reasons, 0)
                    ? new AlreadyCounted() : new OverCap());
            return true;
        } catch (AlreadyCounted counted) {
            return true;
        } catch (OverCap over) {
            return false;
        }
    }

    private boolean counted(String mark) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(Map.of(Keys.PK, s("QUOTA#" + mark), Keys.SK, s(SK)))).item();
        return item != null && !item.isEmpty()
                && Long.parseLong(item.get("expiresAt").n()) >= Instant.now().getEpochSecond();
    }

    private static final class AlreadyCounted extends RuntimeException {
        AlreadyCounted() {
            super(null, null, false, false);
        }
    }

    private static final class OverCap extends RuntimeException {
        OverCap() {
            super(null, null, false, false);
        }
    }
}
