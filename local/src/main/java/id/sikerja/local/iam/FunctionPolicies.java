package id.sikerja.local.iam;

import id.sikerja.local.template.LocalNames;
import id.sikerja.local.template.LocalResolver;
import id.sikerja.local.template.Maps;
import id.sikerja.local.template.TemplateException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Each function's IAM policy as the template gives it to the function's role: the inline statements of its
 * {@code Policies} ({@code - Statement: [...]}), the SAM policy templates among them expanded as SAM expands them
 * ({@link SamPolicyTemplates}), and the statements of an {@code AWS::IAM::Role} named by its {@code Role}. Intrinsic
 * functions resolve with the local runtime's values ({@code !GetAtt CasesTable.Arn} is the local table's ARN).
 * Managed policies named by ARN or name (e.g. {@code AWSLambdaBasicExecutionRole}) grant nothing here: they concern
 * no service the stand-ins serve.
 *
 * <p>Locally each function calls AWS with its own access key id, {@link #accessKeyId(String)}; the enforcing
 * endpoints find the function, and so its policy, from the key in the request's SigV4 credential. The stand-ins'
 * own key ({@link #ADMIN_ACCESS_KEY_ID}: the runtime's seeding, the tests' clients) is not restricted.
 */
public final class FunctionPolicies {

    /** The access key id of the local runtime and the tests: all actions allowed, as an administrator's. */
    public static final String ADMIN_ACCESS_KEY_ID = "local";
    private static final String KEY_PREFIX = "LOCAL";

    private final Map<String, Policy> byFunction;

    public FunctionPolicies(Map<String, Policy> byFunction) {
        this.byFunction = Map.copyOf(byFunction);
    }

    public static FunctionPolicies read(LocalResolver resolver) {
        Map<String, Policy> policies = new LinkedHashMap<>();
        resolver.template().resourcesOfType("AWS::Serverless::Function").forEach((logicalId, properties) -> {
            List<Statement> statements = new ArrayList<>();
            Object declared = properties.get("Policies");
            List<Object> items = declared instanceof List<?> list ? List.copyOf(list)
                    : declared == null ? List.of() : List.of(declared);
            for (Object item : items) {
                statements.addAll(policyItem(resolver, logicalId, item));
            }
            Object role = properties.get("Role");
            if (role != null) {
                statements.addAll(roleStatements(resolver, logicalId, role));
            }
            policies.put(logicalId, new Policy(statements));
        });
        return new FunctionPolicies(policies);
    }

    /** The access key id the function's SDK clients sign with locally: one per function, naming it. */
    public static String accessKeyId(String functionLogicalId) {
        return KEY_PREFIX + functionLogicalId;
    }

    /** The function whose key this is, if it is one of the template's functions. */
    public Optional<String> function(String accessKeyId) {
        if (accessKeyId == null || !accessKeyId.startsWith(KEY_PREFIX)) {
            return Optional.empty();
        }
        String logicalId = accessKeyId.substring(KEY_PREFIX.length());
        return byFunction.containsKey(logicalId) ? Optional.of(logicalId) : Optional.empty();
    }

    public Policy policy(String functionLogicalId) {
        Policy policy = byFunction.get(functionLogicalId);
        if (policy == null) {
            throw new IllegalArgumentException("no function " + functionLogicalId);
        }
        return policy;
    }

    public Map<String, Policy> all() {
        return byFunction;
    }

    /** The caller as AWS names it in an AccessDenied message: the session of the function's role. */
    public static String principalArn(String functionLogicalId) {
        return "arn:" + LocalNames.PARTITION + ":sts::" + LocalNames.ACCOUNT_ID + ":assumed-role/"
                + LocalNames.STACK_NAME + "-" + functionLogicalId + "Role-local/"
                + LocalNames.physicalId(functionLogicalId);
    }

    private static List<Statement> policyItem(LocalResolver resolver, String function, Object item) {
        if (item instanceof String) {
            return List.of(); // a managed policy: CloudWatch Logs, X-Ray and the like, nothing a stand-in serves
        }
        Map<String, Object> map = Maps.map(item, function + ".Policies[]");
        if (map.containsKey("Statement")) {
            return statements(resolver, function, map.get("Statement"));
        }
        if (map.size() == 1) {
            Map.Entry<String, Object> template = map.entrySet().iterator().next();
            if (!template.getKey().startsWith("Fn::") && !template.getKey().equals("Ref")) {
                Map<String, Object> parameters = Maps.mapOrEmpty(resolver.resolve(template.getValue()),
                        function + ".Policies." + template.getKey());
                return statements(resolver, function, SamPolicyTemplates.expand(template.getKey(), parameters));
            }
        }
        return List.of(); // a managed policy's ARN (!Sub/!Ref)
    }

    private static List<Statement> roleStatements(LocalResolver resolver, String function, Object role) {
        Map<String, Object> reference = Maps.map(role, function + ".Role");
        Object target = reference.containsKey("Fn::GetAtt") ? Maps.list(reference.get("Fn::GetAtt"), "Role").get(0)
                : reference.get("Ref");
        if (target == null || !resolver.template().hasResource(String.valueOf(target))) {
            throw new TemplateException(function + ".Role must name a role of the template, got " + role);
        }
        Map<String, Object> properties = Maps.mapOrEmpty(resolver.template().resource(String.valueOf(target))
                .get("Properties"), target + ".Properties");
        List<Statement> statements = new ArrayList<>();
        for (Object policy : Maps.listOrEmpty(properties.get("Policies"), target + ".Policies")) {
            Map<String, Object> document = Maps.map(Maps.map(policy, target + ".Policies[]").get("PolicyDocument"),
                    target + ".PolicyDocument");
            statements.addAll(statements(resolver, String.valueOf(target), document.get("Statement")));
        }
        return statements;
    }

    private static List<Statement> statements(LocalResolver resolver, String where, Object declared) {
        Object resolved = resolver.resolve(declared);
        List<Object> list = resolved instanceof List<?> l ? List.copyOf(l) : List.of(resolved);
        List<Statement> statements = new ArrayList<>();
        for (Object entry : list) {
            Map<String, Object> s = Maps.map(entry, where + ".Statement[]");
            boolean notAction = s.containsKey("NotAction");
            boolean notResource = s.containsKey("NotResource");
            Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
            Maps.mapOrEmpty(s.get("Condition"), where + ".Condition").forEach((operator, keys) -> {
                Map<String, List<String>> values = new LinkedHashMap<>();
                Maps.map(keys, where + ".Condition." + operator)
                        .forEach((key, value) -> values.put(key.toLowerCase(Locale.ROOT), strings(value)));
                conditions.put(operator, values);
            });
            statements.add(new Statement(String.valueOf(s.getOrDefault("Sid", "")),
                    "Allow".equals(s.get("Effect")), strings(s.get(notAction ? "NotAction" : "Action")), notAction,
                    strings(s.get(notResource ? "NotResource" : "Resource")), notResource, conditions));
        }
        return statements;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
