package id.sikerja.reminders;

import id.sikerja.api.JsonLog;
import id.sikerja.core.migrations.MigrationRunner;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The migration function's events. Two shapes:
 * <ul>
 *   <li>a CloudFormation custom-resource request (the template's {@code DataMigrations}, on every deploy that changes
 *       its list of migrations): Create and Update run the migrations; Delete does nothing. CloudFormation is always
 *       answered (a PUT to the pre-signed {@code ResponseURL}): SUCCESS when every migration completed, FAILED with
 *       the reason otherwise (an error, or the time budget ran out: the progress is kept, and deploying again or
 *       invoking the function resumes it) — never left waiting for its timeout;</li>
 *   <li>any other event ({@code {}}: {@code aws lambda invoke}, or {@code local/run} at start): runs the migrations
 *       and answers the report.</li>
 * </ul>
 */
final class MigrationEvents {

    private static final JsonLog LOG = JsonLog.get(MigrationEvents.class);
    /** Lambda's limit is 15 minutes (the template's Timeout); the rest is for answering CloudFormation. */
    static final Duration BUDGET = Duration.ofMinutes(13);

    private final Supplier<MigrationRunner> runner;
    private final Function<Map<String, Object>, Void> answer;

    MigrationEvents(Supplier<MigrationRunner> runner) {
        this(runner, MigrationEvents::put);
    }

    /** @param answer sends the response document to CloudFormation's ResponseURL (replaced in tests) */
    MigrationEvents(Supplier<MigrationRunner> runner, Function<Map<String, Object>, Void> answer) {
        this.runner = runner;
        this.answer = answer;
    }

    Map<String, Object> handle(Map<String, Object> event) {
        Map<String, Object> e = event == null ? Map.of() : event;
        if (!e.containsKey("RequestType") || !e.containsKey("ResponseURL")) {
            return report(runner.get().run(BUDGET));
        }
        String status = "FAILED";
        String reason;
        Map<String, Object> data = Map.of();
        try {
            if ("Delete".equals(e.get("RequestType"))) {
                status = "SUCCESS";
                reason = "nothing to undo: migrations are kept";
            } else {
                MigrationRunner.Report report = runner.get().run(BUDGET);
                data = report(report);
                status = report.finished() ? "SUCCESS" : "FAILED";
                reason = report.finished() ? "migrations completed"
                        : "time budget ran out; progress kept: deploy again or invoke the function to resume";
            }
        } catch (RuntimeException failure) {
            LOG.error("migration failed", failure);
            reason = "migration failed: " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("Status", status);
        response.put("Reason", reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        response.put("PhysicalResourceId", e.getOrDefault("PhysicalResourceId", "sikerja-data-migrations"));
        response.put("StackId", e.get("StackId"));
        response.put("RequestId", e.get("RequestId"));
        response.put("LogicalResourceId", e.get("LogicalResourceId"));
        response.put("Data", data.containsKey("finished") ? Map.of("finished", String.valueOf(data.get("finished")))
                : Map.of());
        response.put("ResponseURL", e.get("ResponseURL"));
        answer.apply(response);
        Map<String, Object> out = new LinkedHashMap<>(data);
        out.put("cloudFormationStatus", status);
        return out;
    }

    static Map<String, Object> report(MigrationRunner.Report report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("finished", report.finished());
        List<Map<String, Object>> list = report.outcomes().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.migrationId());
            m.put("status", o.status());
            m.put("changed", o.changed());
            m.put("read", o.read());
            return m;
        }).toList();
        out.put("migrations", list);
        LOG.info("migrations run", "finished", report.finished(), "migrations", list);
        return out;
    }

    /** The response document PUT to the pre-signed S3 URL CloudFormation gave (no content type, as it signs). */
    private static Void put(Map<String, Object> response) {
        String url = String.valueOf(response.get("ResponseURL"));
        Map<String, Object> body = new LinkedHashMap<>(response);
        body.remove("ResponseURL");
        try {
            byte[] bytes = id.sikerja.api.Json.write(body).getBytes(StandardCharsets.UTF_8);
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            c.setRequestMethod("PUT");
            c.setDoOutput(true);
            c.setConnectTimeout(10_000);
            c.setReadTimeout(30_000);
            c.setRequestProperty("Content-Type", "");
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
            int status = c.getResponseCode();
            if (status / 100 != 2) {
                throw new IOException("CloudFormation's response URL answered " + status);
            }
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
