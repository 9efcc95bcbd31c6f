package id.sikerja.api;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Business and API metrics as CloudWatch Embedded Metric Format: one JSON line on standard output per data point,
 * which CloudWatch Logs turns into a metric in the namespace {@code METRICS_NAMESPACE} (the template sets it to
 * {@code SiKerja/<stack name>}); no SDK call, no latency on the request. The names are {@link Metric}'s: the
 * template's alarms and dashboard use the same ones (a test compares them).
 *
 * <pre>{"_aws":{"Timestamp":1765000000000,"CloudWatchMetrics":[{"Namespace":"SiKerja/sikerja-dev",
 *   "Dimensions":[["Action"]],"Metrics":[{"Name":"Transitions","Unit":"Count"}]}]},"Action":"APPROVE","Transitions":1}</pre>
 */
public final class Metrics {

    /** The metrics the code emits, with their only dimension (null: none). */
    public enum Metric {
        ProposalsReceived(null),
        Transitions("Action"),
        UploadsRegistered(null),
        UploadsRejected(null),
        DigestsSent(null),
        DigestsFailed(null),
        DigestsUnconfirmed(null),
        SystemEndings(null),
        ReminderRunCompleted(null),
        ClientErrors("Route"),
        ServerErrors("Route");

        private final String dimension;

        Metric(String dimension) {
            this.dimension = dimension;
        }

        public String dimension() {
            return dimension;
        }
    }

    public static final String NAMESPACE_VARIABLE = "METRICS_NAMESPACE";
    private static final String DEFAULT_NAMESPACE = "SiKerja";
    private static volatile PrintStream out = System.out;
    private static volatile long fixedTime = -1;

    private Metrics() {
    }

    /** One occurrence of a metric without a dimension. */
    public static void count(Metric metric) {
        count(metric, null, 1);
    }

    /**
     * {@code value} occurrences (a count, unit Count).
     *
     * @param dimensionValue the value of the metric's dimension (e.g. the action, the route key), or null when it
     *                       has none
     */
    public static void count(Metric metric, String dimensionValue, long value) {
        Objects.requireNonNull(metric, "metric");
        if ((metric.dimension() == null) != (dimensionValue == null)) {
            throw new IllegalArgumentException(metric + " takes " + (metric.dimension() == null ? "no dimension"
                    : "the dimension " + metric.dimension()));
        }
        out.println(Json.write(document(namespace(), metric, dimensionValue, value,
                fixedTime >= 0 ? fixedTime : System.currentTimeMillis())));
    }

    /** The EMF document of one data point. */
    static Map<String, Object> document(String namespace, Metric metric, String dimensionValue, long value,
            long epochMillis) {
        List<List<String>> dimensions = new ArrayList<>();
        dimensions.add(metric.dimension() == null ? List.of() : List.of(metric.dimension()));
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", namespace);
        directive.put("Dimensions", dimensions);
        Map<String, Object> definition = new LinkedHashMap<>(); // Name before Unit, as CloudWatch documents it
        definition.put("Name", metric.name());
        definition.put("Unit", "Count");
        directive.put("Metrics", List.of(definition));
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("Timestamp", epochMillis);
        aws.put("CloudWatchMetrics", List.of(directive));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("_aws", aws);
        if (metric.dimension() != null) {
            document.put(metric.dimension(), dimensionValue);
        }
        document.put(metric.name(), value);
        return document;
    }

    static String namespace() {
        String namespace = System.getenv(NAMESPACE_VARIABLE);
        return namespace == null || namespace.isBlank() ? DEFAULT_NAMESPACE : namespace;
    }

    /** Where lines go, and a fixed timestamp (negative: the clock's): tests. */
    static void output(PrintStream stream, long epochMillis) {
        out = stream;
        fixedTime = epochMillis;
    }
}
