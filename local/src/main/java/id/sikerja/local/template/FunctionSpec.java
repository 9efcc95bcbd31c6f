package id.sikerja.local.template;

import java.util.List;
import java.util.Map;

/**
 * An {@code AWS::Serverless::Function} as the local runtime runs it: Globals applied, intrinsics resolved.
 *
 * @param logicalId      the resource's logical id, also its local function name
 * @param handler        {@code package.Class::method}
 * @param timeoutSeconds Lambda timeout
 * @param memoryMb       Lambda memory size (reported by the context only)
 * @param environment    Environment.Variables
 * @param routes         its HttpApi events
 * @param schedules      its ScheduleV2 events
 * @param s3Events       its S3 events
 */
public record FunctionSpec(
        String logicalId,
        String handler,
        int timeoutSeconds,
        int memoryMb,
        Map<String, String> environment,
        List<RouteSpec> routes,
        List<ScheduleSpec> schedules,
        List<S3EventSpec> s3Events) {

    public FunctionSpec {
        environment = Map.copyOf(environment);
        routes = List.copyOf(routes);
        schedules = List.copyOf(schedules);
        s3Events = List.copyOf(s3Events);
        if (!handler.contains("::")) {
            throw new TemplateException(logicalId + ".Handler must be package.Class::method, got: " + handler);
        }
    }

    public String handlerClass() {
        return handler.substring(0, handler.indexOf("::"));
    }

    public String handlerMethod() {
        return handler.substring(handler.indexOf("::") + 2);
    }
}
