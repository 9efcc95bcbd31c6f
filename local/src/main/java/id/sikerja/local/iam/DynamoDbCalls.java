package id.sikerja.local.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sikerja.local.template.LocalNames;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.Maps;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What IAM authorizes for a DynamoDB request (JSON 1.0, {@code X-Amz-Target: DynamoDB_20120810.<Operation>}):
 * {@code dynamodb:<Operation>} on the table's ARN, or on {@code table/<name>/index/<IndexName>} for a Query or Scan
 * of an index. {@code TransactWriteItems} and {@code TransactGetItems} need no permission of their own: each item is
 * authorized as the operation it contains (Put: PutItem, Update: UpdateItem, Delete: DeleteItem, ConditionCheck:
 * ConditionCheckItem, Get: GetItem). Batch operations are {@code dynamodb:BatchGetItem}/{@code BatchWriteItem} on
 * each table. The condition key {@code dynamodb:LeadingKeys} is the partition key's value of the item (Key, Item)
 * or of the query's key condition ({@code pk = :v}), with the table's or the index's partition key from the template.
 */
final class DynamoDbCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEADING_KEYS = "dynamodb:leadingkeys";
    private static final Pattern EQUALS = Pattern.compile("^\\(*\\s*([#\\w.]+)\\s*=\\s*(:[\\w]+)\\s*\\)*$");

    /** Table name to (null: the table, else the index name) to its partition key attribute. */
    private final Map<String, Map<String, String>> partitionKeys;

    DynamoDbCalls(Map<String, Map<String, String>> partitionKeys) {
        this.partitionKeys = Map.copyOf(partitionKeys);
    }

    static DynamoDbCalls read(LocalResolver resolver) {
        Map<String, Map<String, String>> keys = new LinkedHashMap<>();
        resolver.template().resourcesOfType("AWS::DynamoDB::Table").forEach((logicalId, properties) -> {
            String name = resolver.physicalId(logicalId);
            Map<String, String> byIndex = new HashMap<>();
            byIndex.put("", hashKey(resolver.resolve(properties.get("KeySchema"))));
            for (Object index : Maps.listOrEmpty(resolver.resolve(properties.get("GlobalSecondaryIndexes")), "GSIs")) {
                Map<String, Object> gsi = Maps.map(index, logicalId + ".GlobalSecondaryIndexes[]");
                byIndex.put(String.valueOf(gsi.get("IndexName")), hashKey(gsi.get("KeySchema")));
            }
            for (Object index : Maps.listOrEmpty(resolver.resolve(properties.get("LocalSecondaryIndexes")), "LSIs")) {
                Map<String, Object> lsi = Maps.map(index, logicalId + ".LocalSecondaryIndexes[]");
                byIndex.put(String.valueOf(lsi.get("IndexName")), hashKey(lsi.get("KeySchema")));
            }
            keys.put(name, byIndex);
        });
        return new DynamoDbCalls(keys);
    }

    private static String hashKey(Object keySchema) {
        for (Object element : Maps.listOrEmpty(keySchema, "KeySchema")) {
            Map<String, Object> key = Maps.map(element, "KeySchema[]");
            if ("HASH".equals(key.get("KeyType"))) {
                return String.valueOf(key.get("AttributeName"));
            }
        }
        return "";
    }

    /** The authorizations the request needs; empty when it is no DynamoDB operation (nothing to authorize). */
    List<AwsCall> calls(String target, byte[] body) {
        if (target == null || !target.contains(".")) {
            return List.of();
        }
        String operation = target.substring(target.indexOf('.') + 1);
        JsonNode request;
        try {
            request = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return List.of(new AwsCall("dynamodb:" + operation, "*"));
        }
        List<AwsCall> calls = new ArrayList<>();
        switch (operation) {
            case "TransactWriteItems" -> request.path("TransactItems").forEach(item -> {
                item.fields().forEachRemaining(entry -> {
                    String action = switch (entry.getKey()) {
                        case "Put" -> "PutItem";
                        case "Update" -> "UpdateItem";
                        case "Delete" -> "DeleteItem";
                        default -> "ConditionCheckItem";
                    };
                    calls.add(item(action, entry.getValue()));
                });
            });
            case "TransactGetItems" -> request.path("TransactItems").forEach(item ->
                    calls.add(item("GetItem", item.path("Get"))));
            case "BatchGetItem", "BatchWriteItem" -> request.path("RequestItems").fieldNames().forEachRemaining(
                    table -> calls.add(new AwsCall("dynamodb:" + operation, tableArn(table, null))));
            case "Query", "Scan" -> {
                String table = request.path("TableName").asText();
                String index = request.hasNonNull("IndexName") ? request.get("IndexName").asText() : null;
                Map<String, List<String>> context = new HashMap<>();
                if (operation.equals("Query")) {
                    leadingKeyOfQuery(request, table, index).ifPresent(v -> context.put(LEADING_KEYS, List.of(v)));
                }
                calls.add(new AwsCall("dynamodb:" + operation, List.of(tableArn(table, index)), context));
            }
            case "ListTables" -> calls.add(new AwsCall("dynamodb:ListTables", "*"));
            default -> calls.add(item(operation, request));
        }
        return calls;
    }

    private AwsCall item(String action, JsonNode request) {
        String table = request.path("TableName").asText();
        Map<String, List<String>> context = new HashMap<>();
        JsonNode item = request.has("Key") ? request.get("Key") : request.get("Item");
        String partitionKey = partitionKeys.getOrDefault(table, Map.of()).get("");
        if (item != null && partitionKey != null && item.has(partitionKey)) {
            scalar(item.get(partitionKey)).ifPresent(v -> context.put(LEADING_KEYS, List.of(v)));
        }
        return new AwsCall("dynamodb:" + action, List.of(tableArn(table, null)), context);
    }

    private Optional<String> leadingKeyOfQuery(JsonNode request, String table, String index) {
        String partitionKey = partitionKeys.getOrDefault(table, Map.of()).get(index == null ? "" : index);
        String condition = request.path("KeyConditionExpression").asText("");
        if (partitionKey == null || condition.isEmpty()) {
            return Optional.empty();
        }
        for (String term : condition.split("(?i)\\s+and\\s+")) {
            Matcher m = EQUALS.matcher(term.strip());
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1);
            if (name.startsWith("#")) {
                name = request.path("ExpressionAttributeNames").path(name).asText(name);
            }
            if (name.equals(partitionKey)) {
                return scalar(request.path("ExpressionAttributeValues").path(m.group(2)));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> scalar(JsonNode attribute) {
        Iterator<Map.Entry<String, JsonNode>> fields = attribute.fields();
        if (fields.hasNext()) {
            Map.Entry<String, JsonNode> only = fields.next();
            if (only.getValue().isValueNode()) {
                return Optional.of(only.getValue().asText());
            }
        }
        return Optional.empty();
    }

    static String tableArn(String table, String index) {
        return "arn:" + LocalNames.PARTITION + ":dynamodb:" + LocalNames.REGION + ":" + LocalNames.ACCOUNT_ID
                + ":table/" + table + (index == null ? "" : "/index/" + index);
    }
}
