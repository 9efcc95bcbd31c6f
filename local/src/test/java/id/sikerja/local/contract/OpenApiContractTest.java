package id.sikerja.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import id.sikerja.local.TestFiles;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.RouteSpec;
import id.sikerja.local.template.SamApplication;
import id.sikerja.local.template.Template;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * functions/api/openapi.yaml describes exactly the HTTP API of template.yaml: the same (method, path) pairs, officer
 * routes behind the JWT scheme and public routes ({@code Authorizer: NONE}) without it; and it is a well-formed
 * OpenAPI 3.1 document as far as these checks go: every schema valid by the JSON Schema 2020-12 meta-schema, every
 * reference resolving, every path parameter declared, every response described.
 *
 * <p>An operation marked {@code x-sikerja-pending: <branch>} is implemented on that branch and not yet routed by this
 * template; once the template routes it, the marker must go (so the document never claims a route is pending that
 * exists, nor lists one that does not).
 */
class OpenApiContractTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.load(OpenApiContract.DOCUMENT);
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String JWT_SCHEME = "cognitoJwt";
    /** JSON Schema 2020-12's keywords and OpenAPI 3.1's additions: anything else in a schema is a mistake. */
    private static final Set<String> SCHEMA_KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs", "$anchor",
            "$dynamicRef", "$dynamicAnchor", "$comment", "$vocabulary", "type", "enum", "const", "multipleOf", "maximum",
            "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems",
            "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required",
            "dependentRequired", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas",
            "prefixItems", "items", "contains", "properties", "patternProperties", "additionalProperties",
            "propertyNames", "unevaluatedItems", "unevaluatedProperties", "format", "contentEncoding",
            "contentMediaType", "contentSchema", "title", "description", "default", "deprecated", "readOnly",
            "writeOnly", "examples", "discriminator", "xml", "externalDocs", "example");

    private static Map<String, RouteSpec> templateRoutes() {
        SamApplication application = SamApplication.read(new LocalResolver(Template.load(TestFiles.projectTemplate()),
                Map.of()));
        Map<String, RouteSpec> routes = new LinkedHashMap<>();
        application.routes().forEach(r -> routes.put(r.routeKey(), r));
        assertFalse(routes.isEmpty());
        return routes;
    }

    @Test
    void listsExactlyTheTemplatesRoutes() {
        Map<String, RouteSpec> template = templateRoutes();
        Set<String> documented = new TreeSet<>();
        Set<String> pendingButRouted = new TreeSet<>();
        CONTRACT.operations().forEach((key, op) -> {
            if (!op.has(OpenApiContract.PENDING)) {
                documented.add(key);
            } else if (template.containsKey(key)) {
                pendingButRouted.add(key + " (" + op.get(OpenApiContract.PENDING).asText() + ")");
            }
        });
        Set<String> missing = new TreeSet<>(template.keySet());
        missing.removeAll(documented);
        missing.removeAll(pendingButRouted.stream().map(s -> s.substring(0, s.indexOf(" ("))).toList());
        Set<String> extra = new TreeSet<>(documented);
        extra.removeAll(template.keySet());
        assertAll(
                () -> assertEquals(Set.of(), missing, "routes of template.yaml that openapi.yaml does not describe"),
                () -> assertEquals(Set.of(), extra, "operations of openapi.yaml that template.yaml does not route"),
                () -> assertEquals(Set.of(), pendingButRouted,
                        "template.yaml routes these now: remove their " + OpenApiContract.PENDING + " marker"));
    }

    @Test
    void securityMirrorsTheAuthorizers() {
        Map<String, RouteSpec> template = templateRoutes();
        JsonNode rootSecurity = CONTRACT.document().path("security");
        List<String> wrong = new ArrayList<>();
        CONTRACT.operations().forEach((key, op) -> {
            JsonNode security = op.has("security") ? op.get("security") : rootSecurity;
            Set<String> schemes = new HashSet<>();
            security.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
            RouteSpec route = template.get(key);
            boolean officer = route != null ? route.authorizer() != null : schemes.contains(JWT_SCHEME);
            if (officer && !(security.size() == 1 && schemes.equals(Set.of(JWT_SCHEME)))) {
                wrong.add(key + ": behind the JWT authorizer, but security is " + security);
            }
            if (!officer && schemes.contains(JWT_SCHEME)) {
                wrong.add(key + ": Authorizer NONE, but security names " + JWT_SCHEME);
            }
            schemes.forEach(s -> {
                if (!CONTRACT.document().path("components").path("securitySchemes").has(s)) {
                    wrong.add(key + ": undefined security scheme " + s);
                }
            });
        });
        assertEquals(List.of(), wrong);
        assertEquals("bearer", CONTRACT.document().at("/components/securitySchemes/cognitoJwt/scheme").asText());
        assertEquals("X-Access-Token", CONTRACT.document().at("/components/securitySchemes/partnerAccessToken/name")
                .asText());
    }

    @Test
    void isAnOpenApi31Document() {
        JsonNode doc = CONTRACT.document();
        List<String> wrong = new ArrayList<>();
        if (!doc.path("openapi").asText().startsWith("3.1.")) {
            wrong.add("openapi: " + doc.path("openapi"));
        }
        if (!doc.path("info").path("title").isTextual() || !doc.path("info").path("version").isTextual()) {
            wrong.add("info needs title and version");
        }
        Set<String> tags = new HashSet<>();
        doc.path("tags").forEach(t -> tags.add(t.path("name").asText()));
        Set<String> operationIds = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/")) {
                wrong.add(path.getKey() + ": a path starts with /");
            }
            path.getValue().fields().forEachRemaining(entry -> {
                if (!OpenApiContract.METHODS.contains(entry.getKey())) {
                    if (!Set.of("summary", "description", "parameters", "servers").contains(entry.getKey())) {
                        wrong.add(path.getKey() + ": unknown member " + entry.getKey());
                    }
                    return;
                }
                String where = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = entry.getValue();
                if (!operationIds.add(op.path("operationId").asText(""))) {
                    wrong.add(where + ": operationId missing or not unique");
                }
                op.path("tags").forEach(t -> {
                    if (!tags.contains(t.asText())) {
                        wrong.add(where + ": undeclared tag " + t.asText());
                    }
                });
                Set<String> declared = new HashSet<>();
                op.path("parameters").forEach(p -> {
                    JsonNode param = CONTRACT.deref(p);
                    if (!param.has("name") || !Set.of("path", "query", "header", "cookie").contains(param.path("in")
                            .asText()) || !param.has("schema")) {
                        wrong.add(where + ": parameter needs name, in and schema: " + p);
                    }
                    if (param.path("in").asText().equals("path")) {
                        declared.add(param.path("name").asText());
                        if (!param.path("required").asBoolean(false)) {
                            wrong.add(where + ": path parameter " + param.path("name").asText() + " must be required");
                        }
                    }
                });
                Matcher m = PATH_PARAMETER.matcher(path.getKey());
                Set<String> inPath = new HashSet<>();
                while (m.find()) {
                    inPath.add(m.group(1));
                }
                if (!inPath.equals(declared)) {
                    wrong.add(where + ": path parameters " + inPath + " but declared " + declared);
                }
                JsonNode responses = op.path("responses");
                if (!responses.isObject() || responses.isEmpty()) {
                    wrong.add(where + ": no responses");
                }
                responses.fields().forEachRemaining(r -> {
                    if (!r.getKey().matches("[1-5][0-9][0-9]|[1-5]XX|default")) {
                        wrong.add(where + ": response key " + r.getKey());
                    }
                    if (!CONTRACT.deref(r.getValue()).path("description").isTextual()) {
                        wrong.add(where + " " + r.getKey() + ": a response needs a description");
                    }
                });
            });
        });
        CONTRACT.walk((pointer, node) -> {
            JsonNode ref = node.get("$ref");
            if (node.isObject() && ref != null && (!ref.isTextual() || CONTRACT.resolve(ref.asText()).isEmpty())) {
                wrong.add(pointer + ": unresolved $ref " + ref);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySchemaIsValidJsonSchema202012() {
        JsonSchema meta = CONTRACT.metaSchema();
        List<String> wrong = new ArrayList<>();
        int[] checked = {0};
        CONTRACT.walk((pointer, node) -> {
            if (isSchemaPosition(pointer)) {
                checked[0]++;
                for (ValidationMessage m : meta.validate(node)) {
                    wrong.add(pointer + ": " + m.getMessage());
                }
                unknownKeywords(pointer, node, wrong);
                try {
                    CONTRACT.schema(node);
                } catch (RuntimeException e) {
                    wrong.add(pointer + ": does not compile: " + e.getMessage());
                }
            }
        });
        assertTrue(checked[0] > 100, "schemas found: " + checked[0]);
        assertEquals(List.of(), wrong);
    }

    /** A keyword no dialect knows is a typo, or YAML splitting an unquoted text at a comma. */
    private static void unknownKeywords(String pointer, JsonNode schema, List<String> wrong) {
        if (!schema.isObject()) {
            return;
        }
        schema.fields().forEachRemaining(e -> {
            String key = e.getKey();
            if (!SCHEMA_KEYWORDS.contains(key) && !key.startsWith("x-")) {
                wrong.add(pointer + ": unknown keyword '" + key + "'");
            }
            JsonNode value = e.getValue();
            switch (key) {
                case "properties", "patternProperties", "$defs", "dependentSchemas" -> value.fields().forEachRemaining(
                        p -> unknownKeywords(pointer + "/" + key + "/" + p.getKey(), p.getValue(), wrong));
                case "allOf", "anyOf", "oneOf", "prefixItems" -> {
                    for (int i = 0; i < value.size(); i++) {
                        unknownKeywords(pointer + "/" + key + "/" + i, value.get(i), wrong);
                    }
                }
                case "items", "not", "if", "then", "else", "contains", "additionalProperties", "propertyNames",
                        "unevaluatedItems", "unevaluatedProperties", "contentSchema" ->
                        unknownKeywords(pointer + "/" + key, value, wrong);
                default -> {
                }
            }
        });
    }

    /** Component schemas, and the schema of every parameter, request body, header and response media type. */
    private static boolean isSchemaPosition(String pointer) {
        return pointer.matches("/components/schemas/[^/]+")
                || (pointer.endsWith("/schema") && !pointer.contains("/schema/") && !pointer.startsWith("/components/schemas/"));
    }
}
