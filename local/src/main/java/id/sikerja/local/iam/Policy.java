package id.sikerja.local.iam;

import java.util.List;
import java.util.Map;

/**
 * The identity-based policy of one function (every statement of its role), evaluated as IAM does within one
 * account: an explicit Deny wins, else any matching Allow allows, else the request is implicitly denied.
 */
public record Policy(List<Statement> statements) {

    public Policy {
        statements = List.copyOf(statements);
    }

    public boolean allows(String action, String resource, Map<String, List<String>> context) {
        boolean allowed = false;
        for (Statement statement : statements) {
            if (statement.matches(action, resource, context)) {
                if (!statement.allow()) {
                    return false;
                }
                allowed = true;
            }
        }
        return allowed;
    }
}
