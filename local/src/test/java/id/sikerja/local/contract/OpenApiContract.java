package id.sikerja.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.sikerja.local.LocalRuntime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * An OpenAPI 3.1 document read for the contract tests: its operations by API Gateway route key ("GET /cooperations/{id}"),
 * and the validation of one response (status, content type, JSON body) against the operation's response schema with
 * networknt's JSON Schema 2020-12 validator (the dialect OpenAPI 3.1 uses). References such as
 * {@code #/components/schemas/Problem} resolve in the whole document.
 */
public final class OpenApiContract {

    /** Si Kerja's API document. */
    public static final Path DOCUMENT = LocalRuntime.findRepositoryRoot().resolve("functions/api/openapi.yaml");
    /** The extension that marks an operation implemented on another branch, not yet routed in template.yaml. */
    public static final String PENDING = "x-sikerja-pending";
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** Where the validator finds the document (it never goes to the network for it). */
    private static final String BASE = "https://sikerja.id/contract/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
        String text;
        try {
            text = JSON.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
        this.config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER)
                .build();
    }

    public static OpenApiContract load(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OpenApiContract parse(String yaml) {
        try {
            return new OpenApiContract(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** Every operation by route key, in the document's order. */
    public Map<String, JsonNode> operations() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                out.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), op.getValue());
            }
        }));
        return out;
    }

    /** The node a local reference ("#/components/schemas/Problem") points at, if any. */
    public Optional<JsonNode> resolve(String ref) {
        if (!ref.startsWith("#")) {
            return Optional.empty();
        }
        JsonNode node = document.at(ref.substring(1));
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** Follows a {@code $ref} object to what it names (one level at a time, until a node without {@code $ref}). */
    public JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int i = 0; i < 10 && current.has("$ref") && current.size() == 1; i++) {
            String ref = current.get("$ref").asText();
            current = resolve(ref).orElseThrow(() -> new IllegalStateException("unresolved " + ref));
        }
        return current;
    }

    /** One failed expectation of an exchange. */
    public record Violation(String routeKey, int status, String where, String message) {
        @Override
        public String toString() {
            return routeKey + " → " + status + "  " + where + ": " + message;
        }
    }

    /**
     * Checks one response: the operation exists, documents the status and the content type, and the body is valid by
     * the schema of that response's media type (JSON bodies only; other media types are checked by type alone).
     *
     * @param body the parsed JSON body, or null for none (or not JSON)
     */
    public List<Violation> validate(String routeKey, int status, String contentType, JsonNode body) {
        List<Violation> out = new ArrayList<>();
        JsonNode operation = operations().get(routeKey);
        if (operation == null) {
            out.add(new Violation(routeKey, status, "route", "not in the document"));
            return out;
        }
        JsonNode response = operation.path("responses").get(String.valueOf(status));
        if (response == null) {
            out.add(new Violation(routeKey, status, "status", "not documented (documented: "
                    + fieldNames(operation.path("responses")) + ")"));
            return out;
        }
        response = deref(response);
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        JsonNode content = response.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (!media.isEmpty() && body != null) {
                out.add(new Violation(routeKey, status, "content", "a " + media + " body, but the document says none"));
            }
            return out;
        }
        JsonNode mediaType = content.get(media);
        if (mediaType == null) {
            out.add(new Violation(routeKey, status, "content type", "'" + contentType + "' not documented (documented: "
                    + fieldNames(content) + ")"));
            return out;
        }
        if (!isJson(media) || !mediaType.has("schema")) {
            return out;
        }
        if (body == null) {
            out.add(new Violation(routeKey, status, "body", "missing or not JSON"));
            return out;
        }
        for (ValidationMessage m : schema(mediaType.get("schema")).validate(body)) {
            String where = m.getInstanceLocation().toString();
            String message = m.getMessage();
            out.add(new Violation(routeKey, status, where,
                    message.startsWith(where + ": ") ? message.substring(where.length() + 2) : message));
        }
        out.sort(Comparator.comparing(Violation::where).thenComparing(Violation::message));
        return out;
    }

    static boolean isJson(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }

    /**
     * A schema node of the document compiled, with its local references made absolute so that they resolve in the
     * whole document wherever the node sits.
     */
    JsonSchema schema(JsonNode node) {
        JsonNode absolute = absolute(node.deepCopy());
        String key = absolute.toString();
        return compiled.computeIfAbsent(key, k -> factory.getSchema(
                SchemaLocation.of(BASE.replace(".json", "") + "/schema/" + Integer.toHexString(k.hashCode())), absolute,
                config));
    }

    /** The compiled schema of {@code components/schemas/<name>}. */
    public JsonSchema componentSchema(String name) {
        JsonNode node = document.path("components").path("schemas").path(name);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("no schema " + name);
        }
        return schema(node);
    }

    /** The JSON Schema 2020-12 meta-schema, as the validator ships it. */
    public JsonSchema metaSchema() {
        return factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), config);
    }

    private static JsonNode absolute(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#")) {
                object.set("$ref", TextNode.valueOf(BASE + ref.asText()));
            }
            object.fields().forEachRemaining(e -> absolute(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(OpenApiContract::absolute);
        }
        return node;
    }

    /** Visits every node of the document with its JSON pointer. */
    public void walk(BiConsumer<String, JsonNode> visitor) {
        walk("", document, visitor);
    }

    private static void walk(String pointer, JsonNode node, BiConsumer<String, JsonNode> visitor) {
        visitor.accept(pointer, node);
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                walk(pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), e.getValue(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(pointer + "/" + i, node.get(i), visitor);
            }
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
