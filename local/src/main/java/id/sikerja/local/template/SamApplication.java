package id.sikerja.local.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a SAM template the local gateway serves: the functions (with SAM's Globals applied) and
 * the one HTTP API their {@code HttpApi} events belong to.
 */
public record SamApplication(List<FunctionSpec> functions, HttpApiSpec httpApi) {

    /** The logical id SAM gives the HTTP API it creates for events without an ApiId. */
    public static final String IMPLICIT_HTTP_API = "ServerlessHttpApi";

    private static final String FUNCTION_TYPE = "AWS::Serverless::Function";
    private static final String HTTP_API_TYPE = "AWS::Serverless::HttpApi";
    private static final String IDENTITY_HEADER_PREFIX = "$request.header.";
    private static final Set<String> RESERVED_VARIABLES = Set.of("_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION",
            "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    public SamApplication {
        functions = List.copyOf(functions);
    }

    public static SamApplication read(LocalResolver resolver) {
        Template template = resolver.template();
        Map<String, Object> globals = template.globals();
        Map<String, Map<String, Object>> functionProperties = new LinkedHashMap<>();
        Set<String> apiIds = new LinkedHashSet<>();
        template.resourcesOfType(FUNCTION_TYPE).forEach((id, properties) -> {
            Map<String, Object> merged = merge(Maps.mapOrEmpty(globals.get("Function"), "Globals.Function"), properties);
            functionProperties.put(id, merged);
            httpApiEvents(id, merged).forEach((eventId, event) -> apiIds.add(apiId(id + ".Events." + eventId, event)));
        });
        if (apiIds.size() > 1) {
            throw new TemplateException("the local gateway serves one HTTP API, but routes use " + apiIds);
        }
        String apiId = apiIds.isEmpty() ? IMPLICIT_HTTP_API : apiIds.iterator().next();
        Map<String, Object> apiGlobals = Maps.mapOrEmpty(globals.get("HttpApi"), "Globals.HttpApi");
        Map<String, Object> apiProperties = Maps.map(resolver.resolve(apiId.equals(IMPLICIT_HTTP_API)
                ? apiGlobals
                : merge(apiGlobals, properties(template, apiId, HTTP_API_TYPE))), apiId + ".Properties");
        HttpApiSpec api = httpApi(apiId, apiProperties);
        Map<String, Object> auth = Maps.mapOrEmpty(apiProperties.get("Auth"), apiId + ".Auth");
        String defaultAuthorizer = auth.containsKey("DefaultAuthorizer")
                ? Maps.scalar(auth.get("DefaultAuthorizer"), apiId + ".Auth.DefaultAuthorizer")
                : null;
        List<FunctionSpec> functions = new ArrayList<>();
        functionProperties.forEach((id, properties) ->
                functions.add(function(id, properties, resolver, defaultAuthorizer)));
        SamApplication application = new SamApplication(functions, api);
        application.checkAuthorizers();
        return application;
    }

    /**
     * The environment variables of all functions together: locally they share one JVM, so two functions
     * that set one variable to different values cannot both be served (and neither may set a variable
     * Lambda reserves).
     */
    public Map<String, String> sharedEnvironment() {
        Map<String, String> shared = new LinkedHashMap<>();
        Map<String, String> setBy = new LinkedHashMap<>();
        for (FunctionSpec function : functions) {
            function.environment().forEach((name, value) -> {
                if (RESERVED_VARIABLES.contains(name) || name.startsWith("AWS_LAMBDA_")) {
                    throw new TemplateException(function.logicalId() + " sets " + name + ", which Lambda reserves");
                }
                String previous = shared.putIfAbsent(name, value);
                if (previous != null && !previous.equals(value)) {
                    throw new TemplateException(setBy.get(name) + " and " + function.logicalId() + " set " + name
                            + " to different values ('" + previous + "' and '" + value
                            + "'); the local gateway runs all functions in one JVM with one environment");
                }
                setBy.putIfAbsent(name, function.logicalId());
            });
        }
        return shared;
    }

    public List<RouteSpec> routes() {
        return functions.stream().flatMap(function -> function.routes().stream()).toList();
    }

    private void checkAuthorizers() {
        for (RouteSpec route : routes()) {
            if (route.authorizer() != null && !httpApi.authorizers().containsKey(route.authorizer())) {
                throw new TemplateException(route.functionId() + "." + route.eventId() + " uses authorizer "
                        + route.authorizer() + ", which is not a JWT authorizer of " + httpApi.logicalId());
            }
        }
    }

    private static FunctionSpec function(String id, Map<String, Object> properties, LocalResolver resolver,
            String defaultAuthorizer) {
        String handler = resolver.string(required(properties, "Handler", id), id + ".Handler");
        int timeout = Integer.parseInt(resolver.string(properties.getOrDefault("Timeout", 3), id + ".Timeout"));
        int memory = Integer.parseInt(resolver.string(properties.getOrDefault("MemorySize", 128), id + ".MemorySize"));
        Map<String, Object> environment = Maps.mapOrEmpty(properties.get("Environment"), id + ".Environment");
        Map<String, String> variables = new LinkedHashMap<>();
        Maps.mapOrEmpty(environment.get("Variables"), id + ".Environment.Variables").forEach((name, value) ->
                variables.put(name, resolver.string(value, id + ".Environment.Variables." + name)));
        List<RouteSpec> routes = new ArrayList<>();
        httpApiEvents(id, properties).forEach((eventId, event) ->
                routes.add(route(id, eventId, event, resolver, defaultAuthorizer)));
        List<ScheduleSpec> schedules = new ArrayList<>();
        Maps.mapOrEmpty(properties.get("Events"), id + ".Events").forEach((eventId, definition) -> {
            Map<String, Object> event = Maps.map(definition, id + ".Events." + eventId);
            if ("ScheduleV2".equals(event.get("Type"))) {
                String where = id + ".Events." + eventId;
                Map<String, Object> p = Maps.mapOrEmpty(event.get("Properties"), where);
                schedules.add(new ScheduleSpec(id, eventId, resolver.string(required(p, "ScheduleExpression", where), where),
                        p.containsKey("ScheduleExpressionTimezone")
                                ? resolver.string(p.get("ScheduleExpressionTimezone"), where) : "UTC",
                        p.containsKey("Input") ? resolver.string(p.get("Input"), where) : "{}"));
            }
        });
        List<S3EventSpec> s3Events = new ArrayList<>();
        Maps.mapOrEmpty(properties.get("Events"), id + ".Events").forEach((eventId, definition) -> {
            Map<String, Object> event = Maps.map(definition, id + ".Events." + eventId);
            if ("S3".equals(event.get("Type"))) {
                s3Events.add(s3Event(id, eventId, Maps.mapOrEmpty(event.get("Properties"), id + ".Events." + eventId),
                        resolver));
            }
        });
        return new FunctionSpec(id, handler, timeout, memory, variables, routes, schedules, s3Events);
    }

    /**
     * An S3 event: {@code Bucket} must be {@code !Ref} to a bucket of the template (as SAM requires), {@code Events}
     * one type or a list, {@code Filter.S3Key.Rules} prefix and suffix rules.
     */
    private static S3EventSpec s3Event(String functionId, String eventId, Map<String, Object> properties,
            LocalResolver resolver) {
        String where = functionId + ".Events." + eventId;
        String bucketId = Maps.scalar(Maps.map(required(properties, "Bucket", where), where + ".Bucket").get("Ref"),
                where + ".Bucket (must be !Ref to a bucket of this template)");
        if (!resolver.template().hasResource(bucketId)
                || !"AWS::S3::Bucket".equals(resolver.template().resourceType(bucketId))) {
            throw new TemplateException(where + ".Bucket must !Ref an AWS::S3::Bucket of this template, not " + bucketId);
        }
        Object types = resolver.resolve(required(properties, "Events", where));
        List<String> events = types instanceof List<?> list
                ? list.stream().map(t -> Maps.scalar(t, where + ".Events")).toList()
                : List.of(Maps.scalar(types, where + ".Events"));
        String prefix = "";
        String suffix = "";
        Map<String, Object> filter = Maps.mapOrEmpty(resolver.resolve(properties.get("Filter")), where + ".Filter");
        Map<String, Object> s3Key = Maps.mapOrEmpty(filter.get("S3Key"), where + ".Filter.S3Key");
        for (Object raw : Maps.listOrEmpty(s3Key.get("Rules"), where + ".Filter.S3Key.Rules")) {
            Map<String, Object> rule = Maps.map(raw, where + ".Filter.S3Key.Rules");
            String name = Maps.string(rule, "Name", where + ".Filter.S3Key.Rules");
            String value = Maps.string(rule, "Value", where + ".Filter.S3Key.Rules");
            if (name.equalsIgnoreCase("prefix")) {
                prefix = value;
            } else if (name.equalsIgnoreCase("suffix")) {
                suffix = value;
            } else {
                throw new TemplateException(where + ".Filter.S3Key.Rules: a rule is prefix or suffix, not " + name);
            }
        }
        return new S3EventSpec(functionId, eventId, resolver.physicalId(bucketId), events, prefix, suffix);
    }

    /** Properties of the function's events of Type HttpApi, by event name. */
    private static Map<String, Map<String, Object>> httpApiEvents(String id, Map<String, Object> properties) {
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        Maps.mapOrEmpty(properties.get("Events"), id + ".Events").forEach((eventId, definition) -> {
            Map<String, Object> event = Maps.map(definition, id + ".Events." + eventId);
            if ("HttpApi".equals(event.get("Type"))) {
                events.put(eventId, Maps.mapOrEmpty(event.get("Properties"), id + ".Events." + eventId));
            }
        });
        return events;
    }

    private static String apiId(String where, Map<String, Object> event) {
        Object apiId = event.get("ApiId");
        if (apiId == null) {
            return IMPLICIT_HTTP_API;
        }
        return Maps.scalar(Maps.map(apiId, where + ".ApiId").get("Ref"), where + ".ApiId (must be !Ref to an HttpApi)");
    }

    private static RouteSpec route(String functionId, String eventId, Map<String, Object> properties,
            LocalResolver resolver, String defaultAuthorizer) {
        String where = functionId + ".Events." + eventId;
        String version = resolver.string(properties.getOrDefault("PayloadFormatVersion", "2.0"), where);
        if (!version.equals("2.0")) {
            throw new TemplateException(where + ": the local gateway sends payload format 2.0 only, not " + version);
        }
        Object pathValue = properties.get("Path");
        String path = pathValue == null ? RouteSpec.DEFAULT_ROUTE : resolver.string(pathValue, where + ".Path");
        Object methodValue = properties.get("Method");
        String method = methodValue == null ? "ANY" : resolver.string(methodValue, where + ".Method")
                .toUpperCase(Locale.ROOT);
        Map<String, Object> auth = Maps.map(resolver.resolve(
                properties.getOrDefault("Auth", Map.of())), where + ".Auth");
        String authorizer = auth.containsKey("Authorizer")
                ? Maps.scalar(auth.get("Authorizer"), where + ".Auth.Authorizer")
                : null;
        List<String> scopes = Maps.listOrEmpty(auth.get("AuthorizationScopes"), where + ".Auth.AuthorizationScopes")
                .stream().map(scope -> Maps.scalar(scope, where + ".Auth.AuthorizationScopes")).toList();
        if (authorizer == null) {
            authorizer = defaultAuthorizer;
        }
        return new RouteSpec(functionId, eventId, method, path, "NONE".equals(authorizer) ? null : authorizer, scopes);
    }

    private static HttpApiSpec httpApi(String id, Map<String, Object> properties) {
        Map<String, Object> auth = Maps.mapOrEmpty(properties.get("Auth"), id + ".Auth");
        Map<String, HttpApiSpec.JwtAuthorizer> authorizers = new LinkedHashMap<>();
        Maps.mapOrEmpty(auth.get("Authorizers"), id + ".Auth.Authorizers").forEach((name, definition) -> {
            Map<String, Object> authorizer = Maps.map(definition, id + ".Auth.Authorizers." + name);
            if (authorizer.containsKey("JwtConfiguration")) {
                authorizers.put(name, jwtAuthorizer(id, name, authorizer));
            }
        });
        return new HttpApiSpec(id, cors(id, properties.get("CorsConfiguration")), authorizers);
    }

    private static HttpApiSpec.JwtAuthorizer jwtAuthorizer(String api, String name, Map<String, Object> definition) {
        String where = api + ".Auth.Authorizers." + name;
        Map<String, Object> jwt = Maps.map(definition.get("JwtConfiguration"), where + ".JwtConfiguration");
        String source = Maps.scalar(definition.getOrDefault("IdentitySource", "$request.header.Authorization"),
                where + ".IdentitySource");
        if (!source.startsWith(IDENTITY_HEADER_PREFIX)) {
            throw new TemplateException(where + ".IdentitySource: only $request.header.* is emulated, got " + source);
        }
        List<String> audiences = Maps.listOrEmpty(jwt.get("audience"), where + ".JwtConfiguration.audience")
                .stream().map(audience -> Maps.scalar(audience, where + ".JwtConfiguration.audience")).toList();
        return new HttpApiSpec.JwtAuthorizer(name,
                source.substring(IDENTITY_HEADER_PREFIX.length()).toLowerCase(Locale.ROOT),
                Maps.string(jwt, "issuer", where + ".JwtConfiguration"), audiences);
    }

    private static HttpApiSpec.Cors cors(String api, Object configuration) {
        if (configuration == null || Boolean.FALSE.equals(configuration)) {
            return null;
        }
        if (Boolean.TRUE.equals(configuration)) {
            return new HttpApiSpec.Cors(List.of("*"), List.of("*"), List.of("*"), List.of(), null, false);
        }
        Map<String, Object> cors = Maps.map(configuration, api + ".CorsConfiguration");
        Object maxAge = cors.get("MaxAge");
        return new HttpApiSpec.Cors(
                strings(cors.get("AllowOrigins"), api + ".CorsConfiguration.AllowOrigins"),
                strings(cors.get("AllowMethods"), api + ".CorsConfiguration.AllowMethods"),
                strings(cors.get("AllowHeaders"), api + ".CorsConfiguration.AllowHeaders"),
                strings(cors.get("ExposeHeaders"), api + ".CorsConfiguration.ExposeHeaders"),
                maxAge == null ? null : Integer.valueOf(Maps.scalar(maxAge, api + ".CorsConfiguration.MaxAge")),
                Boolean.parseBoolean(String.valueOf(cors.getOrDefault("AllowCredentials", false))));
    }

    private static List<String> strings(Object value, String where) {
        return Maps.listOrEmpty(value, where).stream().map(item -> Maps.scalar(item, where)).toList();
    }

    private static Map<String, Object> properties(Template template, String logicalId, String type) {
        if (!template.hasResource(logicalId) || !type.equals(template.resourceType(logicalId))) {
            throw new TemplateException("ApiId !Ref " + logicalId + " must name an " + type);
        }
        return Maps.mapOrEmpty(template.resource(logicalId).get("Properties"), logicalId + ".Properties");
    }

    private static Object required(Map<String, Object> properties, String key, String id) {
        Object value = properties.get(key);
        if (value == null) {
            throw new TemplateException(id + "." + key + " is missing (and not set in Globals)");
        }
        return value;
    }

    /**
     * SAM's Globals rule: the resource's own value wins for scalars, maps are merged key by key, lists are
     * joined (global entries first).
     */
    static Map<String, Object> merge(Map<String, Object> globals, Map<String, Object> own) {
        Map<String, Object> merged = new LinkedHashMap<>(globals);
        own.forEach((key, value) -> merged.merge(key, value, SamApplication::mergeValue));
        return merged;
    }

    private static Object mergeValue(Object global, Object own) {
        if (global instanceof Map<?, ?> globalMap && own instanceof Map<?, ?> ownMap && !isIntrinsic(ownMap)) {
            return merge(Maps.map(globalMap, "Globals"), Maps.map(ownMap, "Properties"));
        }
        if (global instanceof List<?> globalList && own instanceof List<?> ownList) {
            List<Object> joined = new ArrayList<>(globalList);
            joined.addAll(ownList);
            return joined;
        }
        return own;
    }

    private static boolean isIntrinsic(Map<?, ?> map) {
        return map.size() == 1 && map.keySet().iterator().next() instanceof String key
                && (key.equals("Ref") || key.startsWith("Fn::"));
    }
}
