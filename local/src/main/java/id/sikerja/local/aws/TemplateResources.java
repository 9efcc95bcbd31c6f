package id.sikerja.local.aws;

import id.sikerja.local.JsonLog;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.Maps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.CORSRule;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Creates the template's DynamoDB tables and S3 buckets, from their definitions in the template, under
 * their local names ({@link LocalResolver#physicalId}). Creating what exists already is not an error, so a
 * long-lived LocalStack can be reused.
 *
 * <p>Emulated: a table's keys, attributes, secondary indexes, billing mode, stream and time to live; a
 * bucket's versioning and CORS. Not emulated (no effect on how the application behaves locally):
 * encryption, point-in-time recovery, deletion protection, public access block, ownership controls, tags.
 * S3Mock takes no bucket CORS rules (it allows every origin), which is logged as a warning.
 */
public final class TemplateResources {

    private TemplateResources() {
    }

    /** Creates every {@code AWS::DynamoDB::Table}; returns their local names. */
    public static List<String> createTables(LocalResolver resolver, DynamoDbClient dynamoDb) {
        List<String> names = new ArrayList<>();
        resolver.template().resourcesOfType("AWS::DynamoDB::Table").forEach((id, raw) -> {
            Map<String, Object> properties = Maps.map(resolver.resolve(raw), id + ".Properties");
            String name = resolver.physicalId(id);
            try {
                dynamoDb.createTable(createTable(id, name, properties));
            } catch (ResourceInUseException alreadyThere) {
                names.add(name);
                return;
            }
            Map<String, Object> ttl = Maps.mapOrEmpty(properties.get("TimeToLiveSpecification"),
                    id + ".TimeToLiveSpecification");
            if (Boolean.parseBoolean(String.valueOf(ttl.get("Enabled")))) {
                dynamoDb.updateTimeToLive(request -> request.tableName(name).timeToLiveSpecification(spec -> spec
                        .enabled(true)
                        .attributeName(Maps.string(ttl, "AttributeName", id + ".TimeToLiveSpecification"))));
            }
            names.add(name);
        });
        return names;
    }

    /** Creates every {@code AWS::S3::Bucket}; returns their local names. */
    public static List<String> createBuckets(LocalResolver resolver, S3Client s3) {
        List<String> names = new ArrayList<>();
        resolver.template().resourcesOfType("AWS::S3::Bucket").forEach((id, raw) -> {
            Map<String, Object> properties = Maps.map(resolver.resolve(raw), id + ".Properties");
            String name = resolver.physicalId(id);
            try {
                s3.createBucket(request -> request.bucket(name));
            } catch (BucketAlreadyOwnedByYouException alreadyThere) {
                // created by an earlier run against the same endpoint
            } catch (S3Exception e) {
                if (e.statusCode() != 409) {
                    throw e;
                }
            }
            Map<String, Object> versioning = Maps.mapOrEmpty(properties.get("VersioningConfiguration"),
                    id + ".VersioningConfiguration");
            if (versioning.containsKey("Status")) {
                String status = Maps.string(versioning, "Status", id + ".VersioningConfiguration");
                s3.putBucketVersioning(request -> request.bucket(name)
                        .versioningConfiguration(configuration -> configuration.status(status)));
            }
            List<CORSRule> rules = corsRules(id, properties);
            if (!rules.isEmpty()) {
                try {
                    s3.putBucketCors(request -> request.bucket(name).corsConfiguration(cors -> cors.corsRules(rules)));
                } catch (S3Exception e) {
                    // S3Mock has no bucket CORS configuration (it answers 409); it allows every origin itself
                    JsonLog.warn("local-runtime", "the S3 endpoint does not take the bucket's CORS rules; "
                            + "its own CORS handling applies", Map.of("bucket", name, "status", e.statusCode()));
                }
            }
            names.add(name);
        });
        return names;
    }

    static CreateTableRequest createTable(String id, String name, Map<String, Object> properties) {
        CreateTableRequest.Builder table = CreateTableRequest.builder()
                .tableName(name)
                .attributeDefinitions(attributeDefinitions(id, properties))
                .keySchema(keySchema(properties.get("KeySchema"), id + ".KeySchema"));
        String billing = String.valueOf(properties.getOrDefault("BillingMode", "PROVISIONED"));
        table.billingMode(BillingMode.fromValue(billing));
        if (billing.equals("PROVISIONED")) {
            table.provisionedThroughput(throughput(properties.get("ProvisionedThroughput"), id));
        }
        List<GlobalSecondaryIndex> globalIndexes = new ArrayList<>();
        for (Object raw : Maps.listOrEmpty(properties.get("GlobalSecondaryIndexes"), id + ".GlobalSecondaryIndexes")) {
            Map<String, Object> index = Maps.map(raw, id + ".GlobalSecondaryIndexes");
            String where = id + ".GlobalSecondaryIndexes." + index.get("IndexName");
            GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder()
                    .indexName(Maps.string(index, "IndexName", where))
                    .keySchema(keySchema(index.get("KeySchema"), where + ".KeySchema"))
                    .projection(projection(index.get("Projection"), where));
            if (billing.equals("PROVISIONED")) {
                gsi.provisionedThroughput(throughput(index.get("ProvisionedThroughput"), where));
            }
            globalIndexes.add(gsi.build());
        }
        if (!globalIndexes.isEmpty()) {
            table.globalSecondaryIndexes(globalIndexes);
        }
        List<LocalSecondaryIndex> localIndexes = new ArrayList<>();
        for (Object raw : Maps.listOrEmpty(properties.get("LocalSecondaryIndexes"), id + ".LocalSecondaryIndexes")) {
            Map<String, Object> index = Maps.map(raw, id + ".LocalSecondaryIndexes");
            String where = id + ".LocalSecondaryIndexes." + index.get("IndexName");
            localIndexes.add(LocalSecondaryIndex.builder()
                    .indexName(Maps.string(index, "IndexName", where))
                    .keySchema(keySchema(index.get("KeySchema"), where + ".KeySchema"))
                    .projection(projection(index.get("Projection"), where))
                    .build());
        }
        if (!localIndexes.isEmpty()) {
            table.localSecondaryIndexes(localIndexes);
        }
        Map<String, Object> stream = Maps.mapOrEmpty(properties.get("StreamSpecification"), id + ".StreamSpecification");
        if (stream.containsKey("StreamViewType")) {
            table.streamSpecification(StreamSpecification.builder().streamEnabled(true)
                    .streamViewType(Maps.string(stream, "StreamViewType", id + ".StreamSpecification")).build());
        }
        return table.build();
    }

    private static List<AttributeDefinition> attributeDefinitions(String id, Map<String, Object> properties) {
        List<AttributeDefinition> definitions = new ArrayList<>();
        for (Object raw : Maps.list(properties.get("AttributeDefinitions"), id + ".AttributeDefinitions")) {
            Map<String, Object> attribute = Maps.map(raw, id + ".AttributeDefinitions");
            definitions.add(AttributeDefinition.builder()
                    .attributeName(Maps.string(attribute, "AttributeName", id + ".AttributeDefinitions"))
                    .attributeType(Maps.string(attribute, "AttributeType", id + ".AttributeDefinitions"))
                    .build());
        }
        return definitions;
    }

    private static List<KeySchemaElement> keySchema(Object value, String where) {
        List<KeySchemaElement> keys = new ArrayList<>();
        for (Object raw : Maps.list(value, where)) {
            Map<String, Object> key = Maps.map(raw, where);
            keys.add(KeySchemaElement.builder()
                    .attributeName(Maps.string(key, "AttributeName", where))
                    .keyType(Maps.string(key, "KeyType", where))
                    .build());
        }
        return keys;
    }

    private static Projection projection(Object value, String where) {
        Map<String, Object> projection = Maps.map(value, where + ".Projection");
        Projection.Builder builder = Projection.builder()
                .projectionType(String.valueOf(projection.getOrDefault("ProjectionType", "KEYS_ONLY")));
        List<Object> nonKey = Maps.listOrEmpty(projection.get("NonKeyAttributes"), where + ".Projection.NonKeyAttributes");
        if (!nonKey.isEmpty()) {
            builder.nonKeyAttributes(nonKey.stream().map(String::valueOf).toList());
        }
        return builder.build();
    }

    private static ProvisionedThroughput throughput(Object value, String where) {
        Map<String, Object> throughput = Maps.map(value, where + ".ProvisionedThroughput");
        return ProvisionedThroughput.builder()
                .readCapacityUnits(Long.valueOf(Maps.string(throughput, "ReadCapacityUnits", where)))
                .writeCapacityUnits(Long.valueOf(Maps.string(throughput, "WriteCapacityUnits", where)))
                .build();
    }

    private static List<CORSRule> corsRules(String id, Map<String, Object> properties) {
        Map<String, Object> cors = Maps.mapOrEmpty(properties.get("CorsConfiguration"), id + ".CorsConfiguration");
        List<CORSRule> rules = new ArrayList<>();
        for (Object raw : Maps.listOrEmpty(cors.get("CorsRules"), id + ".CorsConfiguration.CorsRules")) {
            Map<String, Object> rule = Maps.map(raw, id + ".CorsConfiguration.CorsRules");
            String where = id + ".CorsConfiguration.CorsRules";
            CORSRule.Builder builder = CORSRule.builder()
                    .allowedOrigins(strings(rule.get("AllowedOrigins"), where))
                    .allowedMethods(strings(rule.get("AllowedMethods"), where))
                    .allowedHeaders(strings(rule.get("AllowedHeaders"), where))
                    .exposeHeaders(strings(rule.get("ExposedHeaders"), where));
            if (rule.containsKey("MaxAge")) {
                builder.maxAgeSeconds(Integer.valueOf(Maps.string(rule, "MaxAge", where)));
            }
            if (rule.containsKey("Id")) {
                builder.id(Maps.string(rule, "Id", where));
            }
            rules.add(builder.build());
        }
        return rules;
    }

    private static List<String> strings(Object value, String where) {
        return Maps.listOrEmpty(value, where).stream().map(item -> Maps.scalar(item, where)).toList();
    }
}
