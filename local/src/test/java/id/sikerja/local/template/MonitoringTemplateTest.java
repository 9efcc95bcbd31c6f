package id.sikerja.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sikerja.api.Metrics;
import id.sikerja.local.LocalRuntime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The template's alarms watch what can go wrong unseen (every function's errors and throttles, both dead-letter
 * queues, the API's 5xx, the daily reminder run), they all notify the alarm topic, and every alarm or dashboard
 * metric in the application's namespace is one the code writes ({@link Metrics.Metric}, EMF), with its dimension.
 */
class MonitoringTemplateTest {

    private final Template template = Template.load(LocalRuntime.findRepositoryRoot().resolve("template.yaml"));
    private final Map<String, Map<String, Object>> alarms = template.resourcesOfType("AWS::CloudWatch::Alarm");

    private List<Map<String, Object>> alarmsOn(Object namespace, String metric) {
        return alarms.values().stream().filter(a -> Objects.equals(namespace, a.get("Namespace"))
                && Objects.equals(metric, a.get("MetricName"))).toList();
    }

    @Test
    void everyFunctionsErrorsAndThrottlesRaiseAnAlarm() {
        Set<String> functions = template.resourcesOfType("AWS::Serverless::Function").keySet();
        assertFalse(functions.isEmpty());
        for (String metric : List.of("Errors", "Throttles")) {
            Set<Object> watched = alarmsOn("AWS/Lambda", metric).stream()
                    .map(a -> dimension(a, "FunctionName")).collect(Collectors.toSet());
            for (String function : functions) {
                assertTrue(watched.contains(Map.of("Ref", function)), function + "'s " + metric + " have no alarm");
            }
        }
    }

    @Test
    void bothDeadLetterQueuesRaiseAnAlarmAndNoneIsLeftToSam() {
        List<String> queues = new ArrayList<>();
        template.resourcesOfType("AWS::Serverless::Function").forEach((id, function) -> {
            Maps.mapOrEmpty(function.get("Events"), id).values().forEach(event -> {
                Map<String, Object> dlq = Maps.mapOrEmpty(Maps.mapOrEmpty(Maps.map(event, id).get("Properties"), id)
                        .get("DeadLetterConfig"), id);
                assertFalse(dlq.containsKey("Type"), id + ": a queue SAM generates cannot be watched by name");
                if (dlq.containsKey("Arn")) {
                    queues.add(queueOf(id, dlq.get("Arn")));
                }
            });
            Map<String, Object> onFailure = Maps.mapOrEmpty(Maps.mapOrEmpty(Maps.mapOrEmpty(
                    function.get("EventInvokeConfig"), id).get("DestinationConfig"), id).get("OnFailure"), id);
            if (!onFailure.isEmpty()) {
                assertTrue(onFailure.containsKey("Destination"), id + ": the failure queue must be the template's");
                queues.add(queueOf(id, onFailure.get("Destination")));
            }
        });
        assertEquals(List.of("ReminderScheduleDeadLetterQueue", "UploadEventsDeadLetterQueue"),
                queues.stream().sorted().toList(), "the schedule's and the upload notifications' queues");
        Set<Object> watched = alarmsOn("AWS/SQS", "ApproximateNumberOfMessagesVisible").stream()
                .filter(a -> a.get("ComparisonOperator").equals("GreaterThanThreshold")
                        && ((Number) a.get("Threshold")).intValue() == 0)
                .map(a -> dimension(a, "QueueName")).collect(Collectors.toSet());
        for (String queue : queues) {
            assertEquals("AWS::SQS::Queue", template.resourceType(queue));
            assertTrue(watched.contains(Map.of("Fn::GetAtt", List.of(queue, "QueueName"))), queue + " has no alarm");
        }
    }

    @Test
    void everyAlarmNotifiesTheTopicWhichMailsTheOperatorWhenOneIsGiven() {
        alarms.forEach((id, alarm) -> assertTrue(Maps.listOrEmpty(alarm.get("AlarmActions"), id)
                .contains(Map.of("Ref", "AlarmTopic")), id + " notifies nobody"));
        Map<String, Object> subscription = template.resource("AlarmEmailSubscription");
        assertEquals("HasAlarmEmail", subscription.get("Condition"));
        assertEquals(Map.of("Ref", "AlarmEmail"), Maps.map(subscription.get("Properties"), "").get("Endpoint"));
    }

    @Test
    void theApisFiveHundredsAreAlarmedAsAShareOfItsRequests() {
        Map<String, Object> alarm = alarms.get("Api5xxRateAlarm");
        List<Object> metrics = Maps.list(alarm.get("Metrics"), "Api5xxRateAlarm.Metrics");
        Set<String> names = new LinkedHashSet<>();
        for (Object m : metrics) {
            Map<String, Object> stat = Maps.mapOrEmpty(Maps.map(m, "").get("MetricStat"), "");
            if (!stat.isEmpty()) {
                Map<String, Object> metric = Maps.map(stat.get("Metric"), "");
                assertEquals("AWS/ApiGateway", metric.get("Namespace"));
                assertTrue(Maps.list(metric.get("Dimensions"), "").contains(Map.of("Name", "ApiId",
                        "Value", Map.of("Ref", "HttpApi"))));
                names.add(String.valueOf(metric.get("MetricName")));
            }
        }
        assertEquals(Set.of("5xx", "Count"), names);
    }

    @Test
    void aDailyRunThatDidNotHappenOrFailedRaisesAnAlarm() {
        List<Map<String, Object>> found = alarmsOn(metricsNamespace(), Metrics.Metric.ReminderRunCompleted.name());
        assertEquals(1, found.size());
        Map<String, Object> alarm = found.get(0);
        assertEquals("breaching", alarm.get("TreatMissingData"), "no run writes no datapoint: that is the alarm");
        int period = ((Number) alarm.get("Period")).intValue();
        int periods = ((Number) alarm.get("EvaluationPeriods")).intValue();
        assertEquals(periods, ((Number) alarm.get("DatapointsToAlarm")).intValue(), "alarm when every period lacks it");
        assertTrue(period * periods > 86_400, "more than a day, or a late run alarms");
        assertTrue(period >= 3600 && period * periods <= 604_800, "CloudWatch's limits for the evaluation range");
        assertEquals("LessThanThreshold", alarm.get("ComparisonOperator"));
    }

    @Test
    void everyApplicationMetricAlarmedOrChartedIsOneTheCodeWrites() {
        Object namespace = metricsNamespace();
        Set<String> emitted = Arrays.stream(Metrics.Metric.values()).map(Enum::name).collect(Collectors.toSet());
        List<Map<String, Object>> own = alarms.values().stream()
                .filter(a -> a.containsKey("Namespace") && !String.valueOf(a.get("Namespace")).startsWith("AWS/"))
                .toList();
        assertFalse(own.isEmpty());
        for (Map<String, Object> alarm : own) {
            assertEquals(namespace, alarm.get("Namespace"), "the namespace the functions write to");
            Metrics.Metric metric = Metrics.Metric.valueOf(String.valueOf(alarm.get("MetricName")));
            List<Object> dimensions = Maps.listOrEmpty(alarm.get("Dimensions"), "Dimensions");
            assertEquals(metric.dimension() == null ? 0 : 1, dimensions.size(), metric + ": the code's dimensions");
        }
        Map<String, Object> dashboard = template.resourcesOfType("AWS::CloudWatch::Dashboard").get("Dashboard");
        String body = String.valueOf(Maps.map(dashboard.get("DashboardBody"), "DashboardBody").get("Fn::Sub"));
        String prefix = String.valueOf(Maps.map(namespace, "namespace").get("Fn::Sub"));
        Set<String> charted = new LinkedHashSet<>();
        Matcher plain = Pattern.compile("\"" + Pattern.quote(prefix) + "\",\\s*\"(\\w+)\"").matcher(body);
        while (plain.find()) {
            charted.add(plain.group(1));
        }
        Matcher search = Pattern.compile("MetricName=\\\\\"(\\w+)\\\\\"").matcher(body);
        while (search.find()) {
            charted.add(search.group(1));
        }
        assertTrue(emitted.containsAll(charted), "charted but never written: " + charted);
        assertEquals(emitted, charted, "every metric the code writes is on the dashboard");
    }

    /** METRICS_NAMESPACE of the functions' environment, as the template writes it. */
    private Object metricsNamespace() {
        Map<String, Object> function = Maps.map(template.globals().get("Function"), "Globals.Function");
        Map<String, Object> variables = Maps.map(Maps.map(function.get("Environment"), "").get("Variables"), "");
        Object namespace = variables.get(Metrics.NAMESPACE_VARIABLE);
        assertTrue(namespace != null, "the template sets " + Metrics.NAMESPACE_VARIABLE);
        return namespace;
    }

    private static Object dimension(Map<String, Object> alarm, String name) {
        for (Object d : Maps.listOrEmpty(alarm.get("Dimensions"), "Dimensions")) {
            Map<String, Object> dimension = Maps.map(d, "Dimension");
            if (name.equals(dimension.get("Name"))) {
                return dimension.get("Value");
            }
        }
        return null;
    }

    /**
     * The template's queue an ARN names: by {@code !GetAtt Queue.Arn}, or by {@code !Sub arn:...:<QueueName>} with
     * the QueueName the queue gives itself (the functions name their queues so the local runtime can resolve them).
     */
    private String queueOf(String function, Object arn) {
        Map<String, Object> value = Maps.map(arn, function);
        if (value.containsKey("Fn::GetAtt")) {
            return String.valueOf(Maps.list(value.get("Fn::GetAtt"), "Fn::GetAtt").get(0));
        }
        String sub = String.valueOf(value.get("Fn::Sub"));
        String prefix = "arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:";
        assertTrue(sub.startsWith(prefix), function + ": " + sub);
        String name = sub.substring(prefix.length());
        List<String> named = template.resourcesOfType("AWS::SQS::Queue").entrySet().stream()
                .filter(q -> Map.of("Fn::Sub", name).equals(q.getValue().get("QueueName"))).map(Map.Entry::getKey)
                .toList();
        assertEquals(1, named.size(), function + ": no queue of the template is named " + name);
        assertTrue(Maps.listOrEmpty(template.resource(function).get("DependsOn") instanceof String d ? List.of(d)
                : template.resource(function).get("DependsOn"), function).contains(named.get(0)),
                function + " must depend on " + named.get(0) + " (it names it without a reference)");
        return named.get(0);
    }
}
