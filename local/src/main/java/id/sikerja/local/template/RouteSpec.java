package id.sikerja.local.template;

import java.util.List;

/**
 * One {@code Type: HttpApi} event of a function.
 *
 * @param functionId the function's logical id
 * @param eventId    the event's name under Events
 * @param method     HTTP method in upper case, or {@code ANY}
 * @param path       the route path ({@code /track/{trackingCode}}, {@code /files/{proxy+}}), or {@code $default}
 * @param authorizer the authorizer's name, or null for a public route ({@code Authorizer: NONE})
 * @param scopes     AuthorizationScopes the token must have one of (empty: none required)
 */
public record RouteSpec(String functionId, String eventId, String method, String path, String authorizer,
        List<String> scopes) {

    public static final String DEFAULT_ROUTE = "$default";

    public RouteSpec {
        scopes = List.copyOf(scopes);
    }

    /** API Gateway's route key: {@code "POST /proposals"}, or {@code "$default"}. */
    public String routeKey() {
        return path.equals(DEFAULT_ROUTE) ? DEFAULT_ROUTE : method + " " + path;
    }
}
