package id.sikerja.local.iam;

import java.util.List;
import java.util.Map;

/**
 * One authorization IAM makes for a request: an action on a resource, with the request's condition keys
 * (lower-cased, e.g. {@code dynamodb:leadingkeys}). A request may need several (a transaction: one per item; a
 * copy: reading the source and writing the target); {@code alternatives} are resources any one of which suffices
 * (SES: the sending address's identity or its domain's).
 */
public record AwsCall(String action, List<String> alternatives, Map<String, List<String>> context) {

    public AwsCall {
        alternatives = List.copyOf(alternatives);
        context = Map.copyOf(context);
    }

    public AwsCall(String action, String resource) {
        this(action, List.of(resource), Map.of());
    }

    public String resource() {
        return alternatives.get(0);
    }

    boolean allowedBy(Policy policy) {
        return alternatives.stream().anyMatch(resource -> policy.allows(action, resource, context));
    }
}
