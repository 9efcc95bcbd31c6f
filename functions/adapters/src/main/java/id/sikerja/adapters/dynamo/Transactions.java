package id.sikerja.adapters.dynamo;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every store of the single table does with transactions: conditional puts, and retries on conflicts. */
final class Transactions {

    static final int CONFLICT_RETRIES = 5;
    private static final Pattern NAME = Pattern.compile("#(\\w+)");

    private Transactions() {
    }

    /** A put, conditional when {@code condition} is given; each {@code #name} in it stands for attribute {@code name}. */
    static TransactWriteItem put(String table, Map<String, AttributeValue> item, String condition,
                                 Map<String, AttributeValue> values) {
        Put.Builder put = Put.builder().tableName(table).item(item);
        if (condition != null) {
            put.conditionExpression(condition);
            Map<String, String> names = new HashMap<>();
            Matcher m = NAME.matcher(condition);
            while (m.find()) {
                names.put(m.group(), m.group(1));
            }
            if (!names.isEmpty()) {
                put.expressionAttributeNames(names);
            }
            if (!values.isEmpty()) {
                put.expressionAttributeValues(values);
            }
        }
        return TransactWriteItem.builder().put(put.build()).build();
    }

    /**
     * Runs the transaction, retrying a few times when it collided with another one. When a condition failed,
     * {@code onConditionFailed} names what that means for the caller (null: the cancellation itself is thrown).
     */
    static void write(DynamoDbClient dynamo, List<TransactWriteItem> writes,
                      Function<List<CancellationReason>, RuntimeException> onConditionFailed) {
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.transactWriteItems(r -> r.transactItems(writes));
                return;
            } catch (TransactionCanceledException e) {
                List<CancellationReason> reasons = e.cancellationReasons();
                if (reasons.stream().anyMatch(r -> "ConditionalCheckFailed".equals(r.code()))) {
                    RuntimeException meaning = onConditionFailed.apply(reasons);
                    throw meaning != null ? meaning : e;
                }
                boolean conflict = reasons.stream().anyMatch(r -> "TransactionConflict".equals(r.code()));
                if (!conflict || attempt == CONFLICT_RETRIES) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Whether the write at {@code index} is the one whose condition failed. */
    static boolean failed(List<CancellationReason> reasons, int index) {
        return index >= 0 && index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt + (long) (Math.random() * 20));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }
}
