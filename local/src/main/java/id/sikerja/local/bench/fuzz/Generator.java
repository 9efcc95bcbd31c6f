package id.sikerja.local.bench.fuzz;

import id.sikerja.local.bench.fuzz.JsonText.Raw;
import id.sikerja.local.template.RouteSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile requests, deterministically from a seed: request {@code i} goes to route {@code i mod routes}
 * with the mutation family {@code (i / routes) mod families}, so that every route meets every family in turn; the
 * details (which field, which value) come from a random generator seeded with the seed and {@code i}.
 *
 * <p>A request starts from a valid-looking one (path ids of seeded cases, an officer's token, the partner's access
 * token, a fresh Idempotency-Key, a body made from the operation's schema in openapi.yaml) and is then made hostile
 * by its family.
 */
final class Generator {

    enum Family {
        WRONG_TYPES, NULLS, HUGE_JSON, DEEP_JSON, INVALID_UTF8, HUGE_NUMBERS, CONTROL_CHARS, PATH_IDS, CONTENT_TYPES,
        OVERSIZED, IDEMPOTENCY_KEYS, JWT, QUERY
    }

    /** What the run seeded and the tokens it holds. */
    record Context(String caseId, String trackingCode, String accessToken, String otherAccessToken, String documentId,
                   String adminToken, String opdToken, String otherOpdToken, String expiredToken, String accessKindToken,
                   String forgedToken, String noneAlgToken, String tamperedToken, String reusedKey) {
    }

    /** A route of the template with its shape from the OpenAPI document (null when the document lacks it). */
    record Target(RouteSpec route, ApiShapes.Operation operation) {
    }

    static final String[] NUMBERS = {"1e999999999", "-1e-999999999", "123456789012345678901234567890123456789",
            "9223372036854775808", "-9223372036854775809", "1E400", "-0", "0e0", "1.0e+2147483648", "4.9e-325",
            "2.5", "1" + "0".repeat(400), "0." + "0".repeat(500) + "1", "1e-7", "NaN", "Infinity", "0x10", "01"};
    private static final String[] CONTROL = {"\u0000", "a\u0007b", "\u001b[2J\u001b[31mmerah", "\u202eevil.pdf",
            "\ufeffbom", "\ud800", "baris\r\nX-Injected: 1", "\u0085\u2028\u2029", "tab\there", "\u0001\u0002\u0003"};
    private static final String[] PATH_IDS = {"..%2F..%2Fetc%2Fpasswd", "%2E%2E", "..", "%00", "CASE%23x%23META",
            "%F0%9F%92%A9", "%27%20OR%20%271%27%3D%271", "-1", "0", "99999999999999999999", "%20", "a%2Fb",
            "%25%30%30", "null", "undefined", "%7B%7D"};
    private static final String[] CONTENT_TYPES = {null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=zz", "application/json; charset=ISO-8859-1", "application/jsonx", "text/csv",
            "*/*", "application/json, text/plain", "image/png", "application/octet-stream", ""};
    private static final String[] UTF8_BAD = {"FF", "C328", "C0AF", "EDA080", "F888808080", "E282", "80", "FE", "F4908080"};

    /** Marks a variant whose request must be refused whatever else it holds: a 2xx answer is a finding. */
    static final String REFUSE = " (must be refused)";

    private final long seed;
    private final List<Target> targets;
    private final Context context;
    private final ApiShapes shapes;
    private final Map<String, List<String>> keysSent = new LinkedHashMap<>();

    Generator(long seed, List<Target> targets, Context context, ApiShapes shapes) {
        this.seed = seed;
        this.targets = List.copyOf(targets);
        this.context = context;
        this.shapes = shapes;
    }

    static Family family(int index, int routes) {
        return Family.values()[(index / routes) % Family.values().length];
    }

    FuzzRequest request(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        Target target = targets.get(index % targets.size());
        Family family = family(index, targets.size());
        Draft d = new Draft(target, r);
        String variant = switch (family) {
            case WRONG_TYPES -> wrongTypes(d);
            case NULLS -> nulls(d);
            case HUGE_JSON -> hugeJson(d);
            case DEEP_JSON -> deepJson(d);
            case INVALID_UTF8 -> invalidUtf8(d);
            case HUGE_NUMBERS -> numbers(d);
            case CONTROL_CHARS -> controlChars(d);
            case PATH_IDS -> pathIds(d);
            case CONTENT_TYPES -> contentTypes(d);
            case OVERSIZED -> oversized(d);
            case IDEMPOTENCY_KEYS -> idempotencyKeys(d, index);
            case JWT -> jwt(d);
            case QUERY -> query(d);
        };
        return d.build(index, family.name(), variant);
    }

    // ------------------------------------------------------------------ a request being made

    private final class Draft {
        final Target target;
        final ApiShapes.Operation op;
        final Random r;
        final Map<String, String> pathParams = new LinkedHashMap<>();
        final List<String[]> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<Map.Entry<String, String>> extraHeaders = new ArrayList<>();
        Object json;          // the JSON body as values, when the operation takes JSON
        byte[] rawBody;       // a body given as bytes (replaces json)
        String suffix = "";   // appended to the path

        Draft(Target target, Random r) {
            this.target = target;
            this.op = target.operation();
            this.r = r;
            String path = target.route().path();
            for (String segment : path.split("/")) {
                if (segment.startsWith("{")) {
                    String name = segment.substring(1, segment.length() - 1).replace("+", "");
                    pathParams.put(name, pathValue(name));
                }
            }
            if (op != null) {
                for (ApiShapes.Param p : op.in("query")) {
                    if (p.required()) {
                        query.add(new String[] {p.name(), String.valueOf(shapes.example(p.schema(), 0))});
                    }
                }
                if (op.hasBody()) {
                    headers.put("Content-Type", op.contentTypes().get(0));
                    if (op.jsonBody()) {
                        json = op.bodySchema() == null ? new LinkedHashMap<>() : shapes.example(op.bodySchema(), 0);
                    } else {
                        rawBody = ("category,title,partner.name\r\nKSDD,Uji ketahanan,Mitra\r\n").getBytes(StandardCharsets.UTF_8);
                    }
                }
                if (op.takes("header", "Idempotency-Key")) {
                    headers.put("Idempotency-Key", "fuzz-" + seed + "-" + Long.toHexString(r.nextLong()));
                }
            }
            if (target.route().authorizer() != null) {
                headers.put("Authorization", "Bearer " + context.adminToken());
            }
            if (path.startsWith("/track/")) {
                headers.put("X-Access-Token", context.accessToken());
            }
        }

        String pathValue(String name) {
            return switch (name) {
                case "id" -> context.caseId();
                case "trackingCode" -> context.trackingCode();
                case "type" -> "KAK";
                case "version" -> "1";
                case "year" -> "2026";
                case "documentId" -> context.documentId();
                case "sha256" -> "0".repeat(64);
                default -> "x";
            };
        }

        boolean hasJson() {
            return json != null && rawBody == null;
        }

        /** The operation takes a body that is not JSON (the import's CSV or workbook). */
        boolean csv() {
            return op != null && op.hasBody() && !op.jsonBody();
        }

        List<ApiShapes.Param> queryParams() {
            return op == null ? List.of() : op.in("query");
        }

        FuzzRequest build(int index, String family, String variant) {
            StringBuilder path = new StringBuilder();
            for (String segment : target.route().path().split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                path.append('/');
                if (segment.startsWith("{")) {
                    path.append(pathParams.get(segment.substring(1, segment.length() - 1).replace("+", "")));
                } else {
                    path.append(segment);
                }
            }
            path.append(suffix);
            if (!query.isEmpty()) {
                path.append('?');
                for (int i = 0; i < query.size(); i++) {
                    if (i > 0) {
                        path.append('&');
                    }
                    path.append(query.get(i)[0]).append('=').append(query.get(i)[1]);
                }
            }
            List<Map.Entry<String, String>> all = new ArrayList<>();
            headers.forEach((k, v) -> all.add(new AbstractMap.SimpleImmutableEntry<>(k, v)));
            all.addAll(extraHeaders);
            byte[] body = rawBody != null ? rawBody : json != null || op != null && op.hasBody() ? JsonText.write(json) : null;
            String method = target.route().method().equals("ANY") ? "POST" : target.route().method();
            return new FuzzRequest(index, family, variant, target.route().routeKey(), method, path.toString(), all, body);
        }

        /** A path into the JSON body (empty: the body itself), preferring leaves of the wanted kind. */
        List<Object> pick(Class<?> kind) {
            List<List<Object>> all = new ArrayList<>();
            collect(json, new ArrayList<>(), all);
            List<List<Object>> wanted = all.stream().filter(p -> kind == null || kind.isInstance(get(json, p))).toList();
            List<List<Object>> from = wanted.isEmpty() ? all : wanted;
            if (from.isEmpty() || r.nextInt(10) == 0) {
                return List.of();
            }
            return from.get(r.nextInt(from.size()));
        }

        void set(List<Object> path, Object value) {
            json = Generator.set(json, path, 0, value);
        }

        /** A query value: a declared parameter (preferring one of the kind), else a made-up one. */
        void setQuery(String preferredType, String value) {
            List<ApiShapes.Param> params = queryParams();
            List<ApiShapes.Param> typed = params.stream().filter(p -> preferredType == null
                    || shapes.type(p.schema()).equals(preferredType)).toList();
            List<ApiShapes.Param> from = typed.isEmpty() ? params : typed;
            String name = from.isEmpty() ? "q" : from.get(r.nextInt(from.size())).name();
            query.removeIf(q -> q[0].equals(name));
            query.add(new String[] {name, value});
        }

        /** A path parameter (preferring a numeric one when asked), if the route has any. */
        boolean setPath(boolean numeric, String value) {
            if (pathParams.isEmpty()) {
                return false;
            }
            List<String> names = new ArrayList<>(pathParams.keySet());
            List<String> typed = names.stream().filter(n -> !numeric || n.equals("version") || n.equals("year")).toList();
            List<String> from = typed.isEmpty() ? names : typed;
            pathParams.put(from.get(r.nextInt(from.size())), value);
            return true;
        }

        /** Hostile somewhere other than the body: a query value when the route declares some, else a path id. */
        String elsewhere(String type, String queryValue, String pathValue, String what) {
            if (queryParams().isEmpty() && pathParams.isEmpty()) {
                return noParameters(this, queryValue, what);
            }
            if (!queryParams().isEmpty() && (pathParams.isEmpty() || r.nextBoolean())) {
                setQuery(type, queryValue);
                return "query " + what;
            }
            if (setPath(type != null && !type.equals("string"), pathValue)) {
                return "path " + what;
            }
            setQuery(type, queryValue);
            return "query " + what;
        }

        <T> T any(T[] values) {
            return values[r.nextInt(values.length)];
        }
    }

    // ------------------------------------------------------------------ the families

    private String wrongTypes(Draft d) {
        if (d.hasJson()) {
            List<Object> path = d.pick(null);
            Object current = get(d.json, path);
            Object wrong = wrongType(current, d.r);
            d.set(path, wrong);
            return "body " + pointer(path) + " " + typeName(current) + "→" + typeName(wrong);
        }
        if (d.csv()) {
            d.rawBody = JsonText.write(Map.of("category", List.of(1, 2)));
            return "JSON where " + d.headers.get("Content-Type") + " is expected";
        }
        return d.elsewhere("integer", d.any(new String[] {"abc", "1.5", "true", "%5B1%5D", "%7B%7D", "satu"}),
                d.any(new String[] {"abc", "1.5", "true", "%5B%5D"}), "of a wrong type");
    }

    private String nulls(Draft d) {
        if (d.hasJson()) {
            List<Object> path = d.pick(null);
            if (path.isEmpty()) {
                int v = d.r.nextInt(4);
                d.rawBody = switch (v) {
                    case 0 -> "null".getBytes(StandardCharsets.US_ASCII);
                    case 1 -> new byte[0];
                    case 2 -> "{}".getBytes(StandardCharsets.US_ASCII);
                    default -> "[null]".getBytes(StandardCharsets.US_ASCII);
                };
                return "body " + new String(d.rawBody, StandardCharsets.US_ASCII);
            }
            d.set(path, null);
            return "body " + pointer(path) + " null";
        }
        if (d.csv()) {
            d.rawBody = new byte[0];
            return "empty body";
        }
        return d.elsewhere(null, d.any(new String[] {"", "null", "%00"}), d.any(new String[] {"null", "%00", "%20"}), "empty or null");
    }

    private String hugeJson(Draft d) {
        Object huge = switch (d.r.nextInt(4)) {
            case 0 -> "A".repeat(60_000);
            case 1 -> repeatList(20_000, 7L);
            case 2 -> manyKeys(5_000);
            default -> repeatList(3_000, "Uji ketahanan");
        };
        if (d.hasJson()) {
            List<Object> path = d.pick(null);
            d.set(path, huge);
            return "body " + pointer(path) + " " + describeHuge(huge);
        }
        if (d.csv()) {
            d.rawBody = ("category,title\r\n" + "KSDD,Judul\r\n".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
            return "CSV of 5,000 rows";
        }
        return d.elsewhere(null, "A".repeat(20_000), "A".repeat(5_000), "over-long (query 20,000, path 5,000 characters)");
    }

    private String deepJson(Draft d) {
        int depth = d.any(new Integer[] {64, 600, 2_000, 20_000});
        boolean arrays = d.r.nextBoolean();
        Raw deep = arrays ? Raw.of("[".repeat(depth) + "]".repeat(depth))
                : Raw.of("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        String what = (arrays ? "arrays" : "objects") + " nested " + depth + " deep";
        if (d.hasJson()) {
            List<Object> path = d.pick(null);
            d.set(path, deep);
            return "body " + pointer(path) + " " + what;
        }
        if (d.csv()) {
            d.rawBody = deep.bytes();
            return "body " + what;
        }
        return d.elsewhere(null, URLEncoder.encode("[".repeat(Math.min(depth, 2_000)), StandardCharsets.UTF_8),
                "%5B".repeat(Math.min(depth, 500)), what);
    }

    private String invalidUtf8(Draft d) {
        String hex = d.any(UTF8_BAD);
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        if (d.hasJson() || d.csv()) {
            byte[] text = concat("\"Uji ".getBytes(StandardCharsets.US_ASCII), bad, " ketahanan\"".getBytes(StandardCharsets.US_ASCII));
            if (d.hasJson()) {
                List<Object> path = d.pick(String.class);
                d.set(path, new Raw(text));
                return "body " + pointer(path) + " bytes " + hex;
            }
            d.rawBody = concat("category,title\r\nKSDD,".getBytes(StandardCharsets.US_ASCII), bad, "\r\n".getBytes(StandardCharsets.US_ASCII));
            return "CSV bytes " + hex;
        }
        String encoded = hex.replaceAll("(..)", "%$1");
        return d.elsewhere(null, "Uji" + encoded, "KS" + encoded, "bytes " + hex);
    }

    private String numbers(Draft d) {
        String number = d.any(NUMBERS);
        if (d.hasJson()) {
            List<Object> path = d.pick(Number.class);
            d.set(path, Raw.of(number));
            return "body " + pointer(path) + " " + number;
        }
        if (d.csv()) {
            d.rawBody = ("durationMonths\r\n" + number + "\r\n").getBytes(StandardCharsets.US_ASCII);
            return "CSV " + number;
        }
        String encoded = URLEncoder.encode(number, StandardCharsets.UTF_8);
        return d.elsewhere("integer", encoded, encoded, number);
    }

    private String controlChars(Draft d) {
        String text = d.any(CONTROL);
        String shown = FuzzRequest.printable(text);
        if (d.r.nextInt(6) == 0) {
            d.headers.put("Accept-Language", d.any(new String[] {"en;q=abc", "xx-ÿÿ", "*;q=2", "en," + "id,".repeat(500)}));
            d.headers.remove("Idempotency-Key");
            if (d.hasJson()) {
                d.set(d.pick(String.class), text);
            }
            return "Accept-Language " + FuzzRequest.truncate(d.headers.get("Accept-Language"), 16) + " and " + shown;
        }
        if (d.hasJson()) {
            List<Object> path = d.pick(String.class);
            if (d.r.nextInt(4) == 0) {
                d.set(path, Raw.latin1("\"a\u0001b\u001fc\""));
                return "body " + pointer(path) + " unescaped control characters";
            }
            d.set(path, text);
            return "body " + pointer(path) + " " + shown;
        }
        if (d.csv()) {
            d.rawBody = ("category,title\r\nKSDD," + text + "\r\n").getBytes(StandardCharsets.UTF_8);
            return "CSV " + shown;
        }
        String encoded = URLEncoder.encode("Uji" + text, StandardCharsets.UTF_8);
        return d.elsewhere(null, encoded, encoded, shown);
    }

    private String pathIds(Draft d) {
        String id = d.r.nextInt(4) == 0 ? d.any(new String[] {"a".repeat(5_000), "KS-2026-" + "Z".repeat(300),
                "%41".repeat(2_000), "1".repeat(1_100)}) : d.any(PATH_IDS);
        String shown = FuzzRequest.truncate(id, 24);
        if (!d.setPath(false, id)) {
            d.suffix = "/" + id;
            mutateBodyToo(d);
            return "suffix " + shown;
        }
        mutateBodyToo(d);
        return "id " + shown;
    }

    private String contentTypes(Draft d) {
        String type = d.any(CONTENT_TYPES);
        if (d.op != null && d.op.hasBody()) {
            if (type != null && type.equals(d.headers.get("Content-Type"))) {
                type = "text/plain";
            }
            if (type == null) {
                d.headers.remove("Content-Type");
            } else {
                d.headers.put("Content-Type", type);
            }
            if (d.rawBody != null && type != null && type.contains("json")) {
                d.rawBody = null;
                d.json = Map.of("category", "KSDD");
            }
            return String.valueOf(type);
        }
        d.headers.put("Content-Type", type == null ? "application/xml" : type);
        d.rawBody = "<xml>bukan json</xml>".getBytes(StandardCharsets.UTF_8);
        return (type == null ? "application/xml" : type) + " on a route without a body, and " + wrongTypes(d);
    }

    private String oversized(Draft d) {
        int size = d.r.nextInt(20) == 0 ? 10 * 1024 * 1024 + 1024 : d.any(new Integer[] {65 * 1024 + 1, 70_000, 256 * 1024, 1024 * 1024, 3 * 1024 * 1024});
        if (d.csv()) {
            StringBuilder csv = new StringBuilder("category,title\r\n");
            while (csv.length() < size) {
                csv.append("KSDD,").append("A".repeat(200)).append("\r\n");
            }
            d.rawBody = csv.toString().getBytes(StandardCharsets.UTF_8);
            return "CSV of " + d.rawBody.length + " bytes";
        }
        Map<String, Object> big = new LinkedHashMap<>();
        if (d.json instanceof Map<?, ?> m) {
            m.forEach((k, v) -> big.put(String.valueOf(k), v));
        }
        big.put(big.isEmpty() ? "title" : big.keySet().iterator().next(), "A".repeat(size));
        d.json = big;
        d.rawBody = null;
        if (d.op == null || !d.op.hasBody()) {
            d.headers.put("Content-Type", "application/json");
            d.rawBody = JsonText.write(big);
            return "body of " + size + " bytes on a route without a body, and " + wrongTypes(d);
        }
        return "body of " + size + " bytes";
    }

    private String idempotencyKeys(Draft d, int index) {
        String routeKey = d.target.route().routeKey();
        List<String> sent = keysSent.computeIfAbsent(routeKey, k -> new ArrayList<>());
        int v = d.r.nextInt(8);
        String variant;
        switch (v) {
            case 0 -> {
                d.headers.put("Idempotency-Key", "");
                variant = "empty key";
            }
            case 1 -> {
                d.headers.put("Idempotency-Key", "k".repeat(d.r.nextBoolean() ? 300 : 10_000));
                variant = "key of " + d.headers.get("Idempotency-Key").length() + " characters";
            }
            case 2 -> {
                d.headers.put("Idempotency-Key", "kunci-ü-ñ-漢字-" + index);
                variant = "non-ASCII key";
            }
            case 3 -> {
                d.headers.remove("Idempotency-Key");
                d.extraHeaders.add(new AbstractMap.SimpleImmutableEntry<>("Idempotency-Key", "fuzz-a-" + index));
                d.extraHeaders.add(new AbstractMap.SimpleImmutableEntry<>("Idempotency-Key", "fuzz-b-" + index));
                variant = "two keys";
            }
            case 4, 5 -> {
                // the key that created the seeded proposal, with another body
                d.headers.put("Idempotency-Key", context.reusedKey());
                variant = "the seeded proposal's key, another body";
            }
            default -> {
                d.headers.put("Idempotency-Key", sent.isEmpty() ? context.reusedKey() : sent.get(d.r.nextInt(sent.size())));
                variant = "a key this run sent before";
            }
        }
        mutateBodyToo(d);
        if (d.headers.containsKey("Idempotency-Key")) {
            sent.add(d.headers.get("Idempotency-Key"));
        }
        return variant;
    }

    private String jwt(Draft d) {
        if (d.target.route().path().startsWith("/track/")) {
            String[] tokens = {"", "x".repeat(43), "A".repeat(5_000), context.otherAccessToken(), null,
                    context.accessToken() + "x", "Bearer " + context.accessToken()};
            int v = d.r.nextInt(tokens.length);
            if (tokens[v] == null) {
                d.headers.remove("X-Access-Token");
            } else {
                d.headers.put("X-Access-Token", tokens[v]);
            }
            return new String[] {"empty access token", "a wrong access token", "a huge access token",
                    "another case's access token", "no access token", "a tampered access token", "Bearer-prefixed"}[v] + REFUSE;
        }
        String[] variants = {"forged signature", "alg none", "expired", "access token", "garbage", "huge",
                "tampered groups", "missing", "Basic", "another department"};
        int v = d.r.nextInt(variants.length);
        String value = switch (v) {
            case 0 -> "Bearer " + context.forgedToken();
            case 1 -> "Bearer " + context.noneAlgToken();
            case 2 -> "Bearer " + context.expiredToken();
            case 3 -> "Bearer " + context.accessKindToken();
            case 4 -> "Bearer abc.def.ghi";
            case 5 -> "Bearer " + "e".repeat(8_000);
            case 6 -> "Bearer " + context.tamperedToken();
            case 7 -> null;
            case 8 -> "Basic YWRtaW46YWRtaW4=";
            default -> "Bearer " + context.otherOpdToken();
        };
        if (value == null) {
            d.headers.remove("Authorization");
        } else {
            d.headers.put("Authorization", value);
        }
        // a token that must be refused is the only thing wrong: answered 2xx, the request is a finding (see Fuzzer)
        if (v == 9 || d.target.route().authorizer() == null) {
            mutateBodyToo(d);
            return variants[v];
        }
        return variants[v] + REFUSE;
    }

    private String query(Draft d) {
        List<ApiShapes.Param> params = d.queryParams();
        if (params.isEmpty()) {
            d.query.add(new String[] {"limit", "-1"});
            d.query.add(new String[] {"limit", "%00"});
            return "undeclared parameters, and " + wrongTypes(d);
        }
        ApiShapes.Param p = params.get(d.r.nextInt(params.size()));
        String type = shapes.type(p.schema());
        String value = switch (type) {
            case "integer", "number" -> d.any(new String[] {"-1", "0", "abc", "1e9", "99999999999999999999", "1.5", "%2B1", "0x10"});
            case "boolean" -> d.any(new String[] {"maybe", "2", "TRUE1", "yes%00"});
            default -> d.any(new String[] {"NOT_AN_ENUM", "%5B%5D", "*", "A".repeat(3_000), "%2E%2E%2F", "a&b=c", "%u0041"});
        };
        if (d.r.nextBoolean()) {
            d.query.add(new String[] {p.name(), "1"});
            d.query.add(new String[] {p.name(), value});
            return "repeated " + p.name() + "=" + FuzzRequest.truncate(value, 16);
        }
        d.query.removeIf(q -> q[0].equals(p.name()));
        d.query.add(new String[] {p.name(), value});
        return p.name() + "=" + FuzzRequest.truncate(value, 16);
    }

    /**
     * A family whose hostility is outside the body (ids, keys, tokens) also spoils one member of a JSON body: so that
     * what the handler rejects is hostile input, and not merely a request that would have been valid anyway.
     */
    private void mutateBodyToo(Draft d) {
        if (d.hasJson()) {
            List<Object> path = d.pick(null);
            d.set(path, wrongType(get(d.json, path), d.r));
        } else if (d.csv()) {
            d.rawBody = "category\r\n[1]\r\n".getBytes(StandardCharsets.US_ASCII);
        } else if (d.op == null || !d.op.hasBody()) {
            d.elsewhere("integer", "abc", "abc", "of a wrong type");
        }
    }

    /**
     * A route that takes no parameters and no body (GET /stats, /dashboard, ...) reads nothing but its path and the
     * caller: an officers' route gets a token it must refuse; a public one an undeclared query parameter (which it
     * may ignore: then the request is valid by accident, and counted so).
     */
    private String noParameters(Draft d, String queryValue, String what) {
        if (d.target.route().authorizer() != null) {
            String[] tokens = {context.forgedToken(), context.noneAlgToken(), context.expiredToken(),
                    context.tamperedToken(), "x." + queryValue.substring(0, Math.min(queryValue.length(), 200)) + ".y"};
            int v = d.r.nextInt(tokens.length);
            d.headers.put("Authorization", "Bearer " + tokens[v]);
            return "no parameters: " + new String[] {"forged", "alg none", "expired", "tampered", "garbage"}[v]
                    + " token (" + what + ")";
        }
        d.query.add(new String[] {"x", queryValue});
        return "no parameters: undeclared query " + what;
    }

    // ------------------------------------------------------------------ values

    static Object wrongType(Object current, Random r) {
        Object[] choices;
        if (current instanceof String) {
            choices = new Object[] {12345L, true, Map.of("x", 1), List.of("a"), 1.5};
        } else if (current instanceof Number) {
            choices = new Object[] {"satu", List.of(), Map.of(), false, "12"};
        } else if (current instanceof Boolean) {
            choices = new Object[] {"true", 1L, List.of()};
        } else if (current instanceof Map) {
            choices = new Object[] {"objek", List.of(1), 7L, List.of()};
        } else if (current instanceof List) {
            choices = new Object[] {Map.of("0", "a"), "daftar", 3L, List.of(List.of(List.of()))};
        } else {
            choices = new Object[] {Map.of(), "x", 0L};
        }
        return choices[r.nextInt(choices.length)];
    }

    private static String typeName(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        return value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String describeHuge(Object value) {
        if (value instanceof String s) {
            return "string of " + s.length();
        }
        if (value instanceof List<?> l) {
            return "array of " + l.size();
        }
        return "object of " + ((Map<?, ?>) value).size() + " members";
    }

    private static List<Object> repeatList(int n, Object item) {
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item);
        }
        return out;
    }

    private static Map<String, Object> manyKeys(int n) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put("k" + i, i);
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static String pointer(List<Object> path) {
        StringBuilder b = new StringBuilder();
        for (Object p : path) {
            b.append('/').append(p);
        }
        return b.length() == 0 ? "(whole)" : b.toString();
    }

    private static void collect(Object node, List<Object> path, List<List<Object>> out) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                List<Object> p = new ArrayList<>(path);
                p.add(String.valueOf(e.getKey()));
                out.add(p);
                collect(e.getValue(), p, out);
            }
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                List<Object> p = new ArrayList<>(path);
                p.add(i);
                out.add(p);
                collect(l.get(i), p, out);
            }
        }
    }

    private static Object get(Object node, List<Object> path) {
        Object current = node;
        for (Object p : path) {
            if (current instanceof Map<?, ?> m) {
                current = m.get(p);
            } else if (current instanceof List<?> l && p instanceof Integer i && i < l.size()) {
                current = l.get(i);
            } else {
                return null;
            }
        }
        return current;
    }

    /** A copy of {@code node} with the value at {@code path} replaced. */
    private static Object set(Object node, List<Object> path, int at, Object value) {
        if (at == path.size()) {
            return value;
        }
        Object key = path.get(at);
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), v));
            copy.put(String.valueOf(key), set(copy.get(String.valueOf(key)), path, at + 1, value));
            return copy;
        }
        if (node instanceof List<?> l && key instanceof Integer i && i < l.size()) {
            List<Object> copy = new ArrayList<>(l);
            copy.set(i, set(copy.get(i), path, at + 1, value));
            return copy;
        }
        return node;
    }
}
