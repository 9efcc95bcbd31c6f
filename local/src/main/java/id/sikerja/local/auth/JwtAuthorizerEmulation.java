package id.sikerja.local.auth;

import id.sikerja.local.template.HttpApiSpec;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a request's token the way an HTTP API's JWT authorizer does: the key named by {@code kid} from
 * the issuer's key set, an RS256 signature, {@code iss}, {@code aud} or {@code client_id}, {@code exp},
 * {@code nbf} and {@code iat}, and the route's authorization scopes.
 */
public final class JwtAuthorizerEmulation {

    /** What the authorizer decided. */
    public sealed interface Decision {
    }

    /**
     * The token is accepted.
     *
     * @param claims the token's claims as API Gateway passes them on (every value a string)
     * @param scopes the token's {@code scope} claim split into scopes, or null when it has none
     */
    public record Allowed(Map<String, String> claims, List<String> scopes) implements Decision {
    }

    /** No valid token: API Gateway answers 401. */
    public record Unauthorized(String reason) implements Decision {
    }

    /** A valid token without any of the route's scopes: API Gateway answers 403. */
    public record Forbidden(String reason) implements Decision {
    }

    private final HttpApiSpec.JwtAuthorizer configuration;
    private final Function<String, Optional<RSAPublicKey>> keys;
    private final Clock clock;

    public JwtAuthorizerEmulation(HttpApiSpec.JwtAuthorizer configuration,
            Function<String, Optional<RSAPublicKey>> keys, Clock clock) {
        this.configuration = configuration;
        this.keys = keys;
        this.clock = clock;
    }

    public HttpApiSpec.JwtAuthorizer configuration() {
        return configuration;
    }

    /**
     * @param identity       the value of the identity source header, or null when the request has none
     * @param requiredScopes the route's AuthorizationScopes (the token needs one of them), or empty
     */
    public Decision authorize(String identity, List<String> requiredScopes) {
        if (identity == null || identity.isBlank()) {
            return new Unauthorized("no " + configuration.identityHeader() + " header");
        }
        String token = identity.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        Jwt.Parsed parsed;
        try {
            parsed = Jwt.parse(token);
        } catch (IllegalArgumentException e) {
            return new Unauthorized("malformed token");
        }
        if (!Jwt.RS256.equals(parsed.header().get("alg"))) {
            return new Unauthorized("alg is not RS256");
        }
        Optional<RSAPublicKey> key = keys.apply(String.valueOf(parsed.header().get("kid")));
        if (key.isEmpty()) {
            return new Unauthorized("unknown kid");
        }
        if (!parsed.verifies(key.get())) {
            return new Unauthorized("bad signature");
        }
        Map<String, Object> claims = parsed.claims();
        if (!configuration.issuer().equals(claims.get("iss"))) {
            return new Unauthorized("wrong issuer");
        }
        if (!hasAudience(claims)) {
            return new Unauthorized("wrong audience");
        }
        long now = clock.instant().getEpochSecond();
        if (!(claims.get("exp") instanceof Number exp) || exp.longValue() <= now) {
            return new Unauthorized("expired or no exp");
        }
        if (claims.containsKey("nbf") && !(claims.get("nbf") instanceof Number nbf && nbf.longValue() <= now)) {
            return new Unauthorized("not valid yet (nbf)");
        }
        if (claims.containsKey("iat") && !(claims.get("iat") instanceof Number iat && iat.longValue() <= now)) {
            return new Unauthorized("issued in the future (iat)");
        }
        List<String> scopes = claims.get("scope") instanceof String scope
                ? Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).toList()
                : null;
        if (!requiredScopes.isEmpty() && (scopes == null || requiredScopes.stream().noneMatch(scopes::contains))) {
            return new Forbidden("none of the scopes " + requiredScopes);
        }
        return new Allowed(ClaimStrings.render(claims), scopes);
    }

    private boolean hasAudience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        List<?> audiences = aud instanceof List<?> list ? list : aud == null ? List.of() : List.of(aud);
        for (Object audience : audiences) {
            if (configuration.audiences().contains(String.valueOf(audience))) {
                return true;
            }
        }
        Object clientId = claims.get("client_id");
        return clientId != null && configuration.audiences().contains(String.valueOf(clientId));
    }
}
