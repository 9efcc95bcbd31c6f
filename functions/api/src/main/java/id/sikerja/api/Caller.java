package id.sikerja.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in officer, from the claims API Gateway's JWT authorizer verified (a Cognito ID token).
 * API Gateway renders a list claim such as {@code cognito:groups} as "[admin tkksd]"; a JSON array is
 * accepted too.
 */
public record Caller(String subject, String email, Set<String> groups, Optional<String> department) {

    public static Optional<Caller> fromClaims(Map<String, String> claims) {
        if (claims == null || claims.get("sub") == null) {
            return Optional.empty();
        }
        String opd = claims.get("custom:opd");
        return Optional.of(new Caller(claims.get("sub"), claims.get("email"), groups(claims.get("cognito:groups")),
                opd == null || opd.isBlank() ? Optional.empty() : Optional.of(opd.strip())));
    }

    /**
     * Whether the claims are those of a Cognito ID token ({@code token_use} {@code id}). API Gateway's JWT
     * authorizer also accepts the pool's access tokens (same issuer, {@code client_id} instead of {@code aud}),
     * which carry {@code cognito:groups} but no {@code custom:opd}: read as a caller, a department-scoped officer
     * would become unscoped. Officer routes accept ID tokens only.
     */
    public static boolean isIdToken(Map<String, String> claims) {
        return claims != null && "id".equals(claims.get("token_use"));
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    static Set<String> groups(String claim) {
        if (claim == null || claim.isBlank()) {
            return Set.of();
        }
        String inner = claim.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        List<String> parts = Arrays.asList(inner.split("[\\s,]+"));
        return parts.stream().map(s -> s.replace("\"", "").strip()).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
