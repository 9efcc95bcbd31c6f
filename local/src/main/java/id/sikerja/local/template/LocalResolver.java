package id.sikerja.local.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the intrinsic functions of a template with local values: parameters take their
 * {@code Default} unless overridden, pseudo parameters are those of {@link LocalNames}, and resources
 * are named by {@link #physicalId}: the name the template gives them, else {@link LocalNames#physicalId}.
 */
public final class LocalResolver {

    /** What {@code AWS::NoValue} resolves to; removed from the enclosing map or list. */
    private static final Object NO_VALUE = new Object();
    /** The property in which a resource of the type may declare its own name, as CloudFormation honours it. */
    private static final Map<String, String> NAME_PROPERTIES = Map.of(
            "AWS::S3::Bucket", "BucketName",
            "AWS::DynamoDB::Table", "TableName",
            "AWS::Events::EventBus", "Name");

    private final Template template;
    private final Map<String, String> parameterOverrides;
    private final Map<String, Boolean> conditions = new HashMap<>();

    public LocalResolver(Template template, Map<String, String> parameterOverrides) {
        this.template = template;
        this.parameterOverrides = Map.copyOf(parameterOverrides);
        for (String name : parameterOverrides.keySet()) {
            if (!template.parameters().containsKey(name)) {
                throw new TemplateException("no parameter " + name + " in the template");
            }
        }
    }

    public Template template() {
        return template;
    }

    /**
     * What {@code !Ref} gives for a resource: the name it declares ({@code BucketName}, {@code TableName}), resolved,
     * or else the local default name.
     */
    public String physicalId(String logicalId) {
        String nameProperty = NAME_PROPERTIES.get(template.resourceType(logicalId));
        Object declared = nameProperty == null ? null
                : Maps.mapOrEmpty(template.resource(logicalId).get("Properties"), logicalId + ".Properties")
                        .get(nameProperty);
        return declared == null ? LocalNames.physicalId(logicalId) : string(declared, logicalId + "." + nameProperty);
    }

    /** The value with every intrinsic function evaluated; maps and lists are copied. */
    public Object resolve(Object value) {
        Object resolved = evaluate(value);
        return resolved == NO_VALUE ? null : resolved;
    }

    /** The value resolved to a string (numbers and booleans as CloudFormation renders them). */
    public String string(Object value, String where) {
        return Maps.scalar(resolve(value), where);
    }

    public boolean condition(String name) {
        Boolean known = conditions.get(name);
        if (known == null) {
            Object definition = template.conditions().get(name);
            if (definition == null) {
                throw new TemplateException("no condition " + name + " in the template");
            }
            known = truth(definition, "condition " + name);
            conditions.put(name, known);
        }
        return known;
    }

    private Object evaluate(Object value) {
        if (value instanceof Map<?, ?> raw) {
            Map<String, Object> map = Maps.map(raw, "value");
            if (map.size() == 1) {
                Map.Entry<String, Object> only = map.entrySet().iterator().next();
                if (only.getKey().equals("Ref") || only.getKey().startsWith("Fn::")) {
                    return function(only.getKey(), only.getValue());
                }
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                Object resolved = evaluate(item);
                if (resolved != NO_VALUE) {
                    copy.put(key, resolved);
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                Object resolved = evaluate(item);
                if (resolved != NO_VALUE) {
                    copy.add(resolved);
                }
            }
            return copy;
        }
        return value;
    }

    private Object function(String name, Object argument) {
        return switch (name) {
            case "Ref" -> ref(Maps.scalar(argument, "Ref"));
            case "Fn::GetAtt" -> getAtt(argument);
            case "Fn::Sub" -> sub(argument);
            case "Fn::Join" -> join(argument);
            case "Fn::Select" -> select(argument);
            case "Fn::Split" -> split(argument);
            case "Fn::If" -> ifThenElse(argument);
            case "Fn::FindInMap" -> findInMap(argument);
            case "Fn::Base64" -> Base64.getEncoder()
                    .encodeToString(text(argument, "Fn::Base64").getBytes(StandardCharsets.UTF_8));
            case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or" -> truth(Map.of(name, argument), name);
            default -> throw new TemplateException(name + " cannot be evaluated locally");
        };
    }

    private Object ref(String name) {
        switch (name) {
            case "AWS::Region":
                return LocalNames.REGION;
            case "AWS::AccountId":
                return LocalNames.ACCOUNT_ID;
            case "AWS::Partition":
                return LocalNames.PARTITION;
            case "AWS::URLSuffix":
                return LocalNames.URL_SUFFIX;
            case "AWS::StackName":
                return LocalNames.STACK_NAME;
            case "AWS::StackId":
                return "arn:" + LocalNames.PARTITION + ":cloudformation:" + LocalNames.REGION + ":"
                        + LocalNames.ACCOUNT_ID + ":stack/" + LocalNames.STACK_NAME + "/local";
            case "AWS::NoValue":
                return NO_VALUE;
            case "AWS::NotificationARNs":
                return List.of();
            default:
                break;
        }
        Object parameter = template.parameters().get(name);
        if (parameter != null) {
            return parameter(name, Maps.map(parameter, "Parameters." + name));
        }
        if (template.hasResource(name)) {
            return physicalId(name);
        }
        throw new TemplateException("!Ref " + name + " names no parameter or resource");
    }

    private Object parameter(String name, Map<String, Object> definition) {
        String value = parameterOverrides.get(name);
        if (value == null) {
            Object fallback = definition.get("Default");
            if (fallback == null) {
                throw new TemplateException("parameter " + name + " has no Default and no local value");
            }
            value = Maps.scalar(fallback, "Parameters." + name + ".Default");
        }
        String type = String.valueOf(definition.get("Type"));
        if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
            return Arrays.stream(value.split(",")).map(String::trim).toList();
        }
        return value;
    }

    private Object getAtt(Object argument) {
        List<Object> parts = Maps.list(argument, "Fn::GetAtt");
        if (parts.size() != 2) {
            throw new TemplateException("Fn::GetAtt needs [resource, attribute], got: " + parts);
        }
        String logicalId = Maps.scalar(parts.get(0), "Fn::GetAtt resource");
        String attribute = text(parts.get(1), "Fn::GetAtt attribute");
        return LocalNames.attribute(logicalId, physicalId(logicalId), template.resourceType(logicalId), attribute);
    }

    private String sub(Object argument) {
        String pattern;
        Map<String, Object> variables;
        if (argument instanceof List<?> list) {
            if (list.size() != 2) {
                throw new TemplateException("Fn::Sub needs a string or [string, variables], got: " + list);
            }
            pattern = Maps.scalar(list.get(0), "Fn::Sub");
            variables = Maps.map(list.get(1), "Fn::Sub variables");
        } else {
            pattern = Maps.scalar(argument, "Fn::Sub");
            variables = Map.of();
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int start = pattern.indexOf("${", at);
            if (start < 0) {
                return out.append(pattern, at, pattern.length()).toString();
            }
            int end = pattern.indexOf('}', start);
            if (end < 0) {
                throw new TemplateException("unclosed ${ in Fn::Sub: " + pattern);
            }
            out.append(pattern, at, start);
            String expression = pattern.substring(start + 2, end);
            if (expression.startsWith("!")) {
                out.append("${").append(expression, 1, expression.length()).append('}');
            } else if (variables.containsKey(expression)) {
                out.append(text(variables.get(expression), "Fn::Sub variable " + expression));
            } else if (expression.contains(".") && !expression.startsWith("AWS::")) {
                int dot = expression.indexOf('.');
                out.append(text(Map.of("Fn::GetAtt",
                        List.of(expression.substring(0, dot), expression.substring(dot + 1))), expression));
            } else {
                out.append(text(Map.of("Ref", expression), expression));
            }
            at = end + 1;
        }
    }

    private String join(Object argument) {
        List<Object> parts = Maps.list(argument, "Fn::Join");
        if (parts.size() != 2) {
            throw new TemplateException("Fn::Join needs [delimiter, list], got: " + parts);
        }
        String delimiter = Maps.scalar(parts.get(0), "Fn::Join delimiter");
        List<String> items = new ArrayList<>();
        for (Object item : Maps.list(evaluate(parts.get(1)), "Fn::Join list")) {
            items.add(Maps.scalar(item, "Fn::Join item"));
        }
        return String.join(delimiter, items);
    }

    private Object select(Object argument) {
        List<Object> parts = Maps.list(argument, "Fn::Select");
        if (parts.size() != 2) {
            throw new TemplateException("Fn::Select needs [index, list], got: " + parts);
        }
        int index = Integer.parseInt(text(parts.get(0), "Fn::Select index"));
        List<Object> items = Maps.list(evaluate(parts.get(1)), "Fn::Select list");
        if (index < 0 || index >= items.size()) {
            throw new TemplateException("Fn::Select index " + index + " is outside " + items);
        }
        return items.get(index);
    }

    private List<String> split(Object argument) {
        List<Object> parts = Maps.list(argument, "Fn::Split");
        if (parts.size() != 2) {
            throw new TemplateException("Fn::Split needs [delimiter, string], got: " + parts);
        }
        String delimiter = Maps.scalar(parts.get(0), "Fn::Split delimiter");
        String source = text(parts.get(1), "Fn::Split string");
        List<String> items = new ArrayList<>();
        int at = 0;
        for (int next = source.indexOf(delimiter); next >= 0 && !delimiter.isEmpty();
                next = source.indexOf(delimiter, at)) {
            items.add(source.substring(at, next));
            at = next + delimiter.length();
        }
        items.add(source.substring(at));
        return items;
    }

    private Object ifThenElse(Object argument) {
        List<Object> parts = Maps.list(argument, "Fn::If");
        if (parts.size() != 3) {
            throw new TemplateException("Fn::If needs [condition, then, else], got: " + parts);
        }
        return evaluate(condition(Maps.scalar(parts.get(0), "Fn::If condition")) ? parts.get(1) : parts.get(2));
    }

    private Object findInMap(Object argument) {
        List<Object> parts = Maps.list(argument, "Fn::FindInMap");
        if (parts.size() != 3) {
            throw new TemplateException("Fn::FindInMap needs [map, key, key], got: " + parts);
        }
        String mapName = text(parts.get(0), "Fn::FindInMap map");
        String top = text(parts.get(1), "Fn::FindInMap key");
        String second = text(parts.get(2), "Fn::FindInMap key");
        Map<String, Object> level = Maps.map(template.mappings().get(mapName), "Mappings." + mapName);
        Object value = Maps.map(level.get(top), "Mappings." + mapName + "." + top).get(second);
        if (value == null) {
            throw new TemplateException("Mappings." + mapName + "." + top + "." + second + " is missing");
        }
        return evaluate(value);
    }

    private boolean truth(Object definition, String where) {
        Map<String, Object> map = Maps.map(definition, where);
        if (map.size() != 1) {
            throw new TemplateException(where + " must be one condition function, got: " + map);
        }
        Map.Entry<String, Object> only = map.entrySet().iterator().next();
        Object argument = only.getValue();
        return switch (only.getKey()) {
            case "Condition" -> condition(Maps.scalar(argument, where));
            case "Fn::Equals" -> {
                List<Object> pair = Maps.list(argument, where);
                if (pair.size() != 2) {
                    throw new TemplateException("Fn::Equals needs two values, got: " + pair);
                }
                yield text(pair.get(0), where).equals(text(pair.get(1), where));
            }
            case "Fn::Not" -> !truth(Maps.list(argument, where).get(0), where);
            case "Fn::And" -> Maps.list(argument, where).stream().allMatch(item -> truth(item, where));
            case "Fn::Or" -> Maps.list(argument, where).stream().anyMatch(item -> truth(item, where));
            default -> throw new TemplateException(where + ": " + only.getKey() + " is not a condition function");
        };
    }

    private String text(Object value, String where) {
        return Maps.scalar(evaluate(value), where);
    }
}
