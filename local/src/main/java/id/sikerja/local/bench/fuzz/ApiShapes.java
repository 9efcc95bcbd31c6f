package id.sikerja.local.bench.fuzz;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The request shapes of {@code functions/api/openapi.yaml}: each operation's parameters and request body schema, and
 * a valid-looking instance of a schema, which the fuzzer then makes hostile. Read from the document, so a route added
 * there (and to template.yaml) is fuzzed without a change here.
 */
final class ApiShapes {

    record Param(String name, String in, Map<String, Object> schema, boolean required) {
    }

    /**
     * @param contentTypes the request body's media types (empty: no body)
     * @param bodySchema   the first media type's schema, or null
     */
    record Operation(String method, String path, List<Param> parameters, List<String> contentTypes,
                     Map<String, Object> bodySchema) {

        boolean jsonBody() {
            return !contentTypes.isEmpty() && contentTypes.get(0).contains("json");
        }

        boolean hasBody() {
            return !contentTypes.isEmpty();
        }

        boolean takes(String in, String name) {
            return parameters.stream().anyMatch(p -> p.in().equals(in) && p.name().equalsIgnoreCase(name));
        }

        List<Param> in(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }
    }

    private final Map<String, Object> document;

    private ApiShapes(Map<String, Object> document) {
        this.document = document;
    }

    static ApiShapes load(Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new ApiShapes(map(new Yaml(new SafeConstructor(options)).load(reader)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The operation of a template route, if the document has it. */
    Optional<Operation> operation(String method, String path) {
        Map<String, Object> item = map(map(document.get("paths")).get(path));
        Map<String, Object> op = map(item.get(method.toLowerCase(Locale.ROOT)));
        if (op.isEmpty()) {
            return Optional.empty();
        }
        List<Param> parameters = new ArrayList<>();
        for (Object p : list(item.get("parameters"))) {
            parameters.add(param(p));
        }
        for (Object p : list(op.get("parameters"))) {
            parameters.add(param(p));
        }
        Map<String, Object> content = map(resolve(map(op.get("requestBody"))).get("content"));
        List<String> types = new ArrayList<>(content.keySet());
        Map<String, Object> schema = types.isEmpty() ? null : resolve(map(map(content.get(types.get(0))).get("schema")));
        return Optional.of(new Operation(method, path, parameters, types, schema));
    }

    private Param param(Object raw) {
        Map<String, Object> p = resolve(map(raw));
        return new Param(String.valueOf(p.get("name")), String.valueOf(p.get("in")), resolve(map(p.get("schema"))),
                Boolean.TRUE.equals(p.get("required")));
    }

    /** The schema a {@code $ref} points at (within this document), else the schema itself. */
    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> current = schema;
        for (int hops = 0; hops < 20 && current.get("$ref") instanceof String ref && ref.startsWith("#/"); hops++) {
            Object target = document;
            for (String part : ref.substring(2).split("/")) {
                target = map(target).get(part.replace("~1", "/").replace("~0", "~"));
            }
            current = map(target);
        }
        return current;
    }

    /** The schema's type: the first non-null one named, else what its members imply. */
    String type(Map<String, Object> schema) {
        Map<String, Object> s = flatten(schema);
        Object type = s.get("type");
        if (type instanceof List<?> types) {
            Object first = "null";
            for (Object t : types) {
                if (!"null".equals(t)) {
                    first = t;
                    break;
                }
            }
            type = first;
        }
        if (type != null) {
            return String.valueOf(type);
        }
        if (s.containsKey("properties")) {
            return "object";
        }
        if (s.containsKey("items")) {
            return "array";
        }
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0) instanceof Number ? "number" : "string";
        }
        return "string";
    }

    /** allOf merged into one schema; the first of oneOf / anyOf. */
    Map<String, Object> flatten(Map<String, Object> schema) {
        Map<String, Object> s = resolve(schema);
        if (s.get("oneOf") instanceof List<?> one && !one.isEmpty()) {
            return flatten(map(one.get(0)));
        }
        if (s.get("anyOf") instanceof List<?> any && !any.isEmpty()) {
            Object first = any.get(0);
            for (Object a : any) {
                if (!"null".equals(map(a).get("type"))) {
                    first = a;
                    break;
                }
            }
            return flatten(map(first));
        }
        if (s.get("allOf") instanceof List<?> all) {
            Map<String, Object> merged = new LinkedHashMap<>(s);
            merged.remove("allOf");
            Map<String, Object> properties = new LinkedHashMap<>(map(s.get("properties")));
            for (Object part : all) {
                Map<String, Object> p = flatten(map(part));
                properties.putAll(map(p.get("properties")));
                p.forEach(merged::putIfAbsent);
            }
            if (!properties.isEmpty()) {
                merged.put("properties", properties);
            }
            return merged;
        }
        return s;
    }

    /** A valid-looking instance of the schema: enums' first value, formats honoured, every property present. */
    Object example(Map<String, Object> schema, int depth) {
        Map<String, Object> s = flatten(schema);
        if (s.containsKey("const")) {
            return plain(s.get("const"));
        }
        if (s.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.stream().filter(v -> v != null).findFirst().map(ApiShapes::plain).orElse(null);
        }
        if (s.get("examples") instanceof List<?> examples && !examples.isEmpty() && !(examples.get(0) instanceof Map)
                && !(examples.get(0) instanceof List)) {
            return plain(examples.get(0));
        }
        switch (type(s)) {
            case "object" -> {
                Map<String, Object> out = new LinkedHashMap<>();
                if (depth < 6) {
                    map(s.get("properties")).forEach((name, property) -> out.put(name, example(map(property), depth + 1)));
                }
                return out;
            }
            case "array" -> {
                List<Object> out = new ArrayList<>();
                int n = s.get("minItems") instanceof Number min ? Math.max(1, min.intValue()) : 1;
                for (int i = 0; i < n && depth < 6; i++) {
                    out.add(example(map(s.get("items")), depth + 1));
                }
                return out;
            }
            case "integer" -> {
                return s.get("minimum") instanceof Number min ? Math.max(min.longValue(), 1L) : 1L;
            }
            case "number" -> {
                return s.get("minimum") instanceof Number min ? Math.max(min.doubleValue(), 1.0) : 1.0;
            }
            case "boolean" -> {
                return Boolean.TRUE;
            }
            case "null" -> {
                return null;
            }
            default -> {
                String format = String.valueOf(s.get("format"));
                String pattern = String.valueOf(s.get("pattern"));
                if (format.equals("date")) {
                    return "2026-03-02";
                }
                if (format.equals("date-time")) {
                    return "2026-03-02T01:00:00Z";
                }
                if (format.equals("email")) {
                    return "mitra@contoh.example.id";
                }
                if (format.equals("uuid")) {
                    return "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b";
                }
                if (pattern.contains("64")) {
                    return "a".repeat(64);
                }
                int min = s.get("minLength") instanceof Number m ? m.intValue() : 0;
                String text = "Uji ketahanan";
                return text.length() >= min ? text : text + "x".repeat(min - text.length());
            }
        }
    }

    private static Object plain(Object value) {
        return value instanceof java.util.Date date ? date.toInstant().toString().substring(0, 10) : value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
