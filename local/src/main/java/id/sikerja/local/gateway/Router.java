package id.sikerja.local.gateway;

import id.sikerja.local.template.RouteSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Selects the route for a request as an HTTP API does: the most specific path wins (literal segments over
 * {@code {param}} over a greedy {@code {proxy+}}), a route with the request's method over {@code ANY}, and
 * {@code $default} only when nothing else matches.
 */
public final class Router {

    /** The selected route and the values of its path variables. */
    public record Match(RouteSpec route, Map<String, String> pathParameters) {
    }

    private final List<CompiledRoute> routes;

    public Router(List<RouteSpec> routes) {
        List<CompiledRoute> compiled = new ArrayList<>();
        for (RouteSpec route : routes) {
            compiled.add(new CompiledRoute(route));
        }
        this.routes = List.copyOf(compiled);
    }

    /**
     * @param method the request method
     * @param path   the decoded request path
     */
    public Optional<Match> match(String method, String path) {
        String[] segments = segments(path);
        Match best = null;
        CompiledRoute bestRoute = null;
        for (CompiledRoute route : routes) {
            if (!route.spec.method().equals("ANY") && !route.spec.method().equals(method)) {
                continue;
            }
            Map<String, String> parameters = route.match(segments);
            if (parameters != null && (bestRoute == null || CompiledRoute.SPECIFICITY.compare(route, bestRoute) > 0)) {
                best = new Match(route.spec, parameters);
                bestRoute = route;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.split("/", -1);
    }

    private static final class CompiledRoute {

        /** Higher is more specific. */
        static final Comparator<CompiledRoute> SPECIFICITY = Comparator
                .comparing((CompiledRoute route) -> !route.isDefault)
                .thenComparing(route -> !route.greedy)
                .thenComparingInt(route -> route.literalCount)
                .thenComparingInt(route -> route.segments.length)
                .thenComparing(route -> !route.spec.method().equals("ANY"));

        final RouteSpec spec;
        final boolean isDefault;
        final String[] segments;
        final boolean greedy;
        final int literalCount;

        CompiledRoute(RouteSpec spec) {
            this.spec = spec;
            this.isDefault = spec.path().equals(RouteSpec.DEFAULT_ROUTE);
            this.segments = isDefault ? new String[0] : segments(spec.path());
            this.greedy = !isDefault && segments.length > 0 && segments[segments.length - 1].endsWith("+}");
            int literals = 0;
            for (String segment : segments) {
                if (!isVariable(segment)) {
                    literals++;
                }
            }
            this.literalCount = literals;
        }

        /** The path variables when the path matches, else null. */
        Map<String, String> match(String[] request) {
            if (isDefault) {
                return Map.of();
            }
            if (greedy ? request.length < segments.length : request.length != segments.length) {
                return null;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                if (greedy && i == segments.length - 1) {
                    String rest = String.join("/", List.of(request).subList(i, request.length));
                    if (rest.isEmpty()) {
                        return null;
                    }
                    parameters.put(segment.substring(1, segment.length() - 2), rest);
                } else if (isVariable(segment)) {
                    if (request[i].isEmpty()) {
                        return null;
                    }
                    parameters.put(segment.substring(1, segment.length() - 1), request[i]);
                } else if (!segment.equals(request[i])) {
                    return null;
                }
            }
            return parameters;
        }

        private static boolean isVariable(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }
}
