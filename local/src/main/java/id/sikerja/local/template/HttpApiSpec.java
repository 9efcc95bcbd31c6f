package id.sikerja.local.template;

import java.util.List;
import java.util.Map;

/**
 * The HTTP API the functions' routes belong to.
 *
 * @param logicalId   the {@code AWS::Serverless::HttpApi} resource, or {@code ServerlessHttpApi} for SAM's implicit API
 * @param cors        its CorsConfiguration, or null when CORS is off
 * @param authorizers JWT authorizers by name
 */
public record HttpApiSpec(String logicalId, Cors cors, Map<String, JwtAuthorizer> authorizers) {

    public HttpApiSpec {
        authorizers = Map.copyOf(authorizers);
    }

    /** CorsConfiguration of an HTTP API. */
    public record Cors(List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders,
            List<String> exposeHeaders, Integer maxAge, boolean allowCredentials) {

        public Cors {
            allowOrigins = List.copyOf(allowOrigins);
            allowMethods = List.copyOf(allowMethods);
            allowHeaders = List.copyOf(allowHeaders);
            exposeHeaders = List.copyOf(exposeHeaders);
        }
    }

    /** A JWT authorizer: where the token is read from, and whom it must be issued by and for. */
    public record JwtAuthorizer(String name, String identityHeader, String issuer, List<String> audiences) {

        public JwtAuthorizer {
            audiences = List.copyOf(audiences);
        }
    }
}
