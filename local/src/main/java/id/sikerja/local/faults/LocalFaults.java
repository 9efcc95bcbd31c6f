package id.sikerja.local.faults;

import id.sikerja.adapters.dynamo.ImportFaultHook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The fault switches of the local runtime, in the gateway's JVM (where the handlers run), so that an outage and its
 * recovery can be rehearsed against a running {@code local/run} through {@code POST /_local/faults/*}:
 * <ul>
 *   <li>the import: {@link #IMPORT} is the {@link ImportFaultHook} the reports function gets in this JVM (registered
 *       by {@link LocalFaultsInitializer}); it fails imports just before the row {@link #failImportsAtRow} names;</li>
 *   <li>the mail service: the SES emulator runs in the runtime's JVM, so the gateway asks the runtime, through the
 *       control address it was started with ({@link #controlUrl}), to stop or start it.</li>
 * </ul>
 * None of this exists in AWS: the deployed functions have no {@link ImportFaultHook} and reach the real SES.
 */
public final class LocalFaults {

    private static volatile int importFailAtRow = -1;
    private static volatile URI controlUrl;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Fails an import before the row with the index set by {@link #failImportsAtRow}; off at -1. */
    public static final ImportFaultHook IMPORT = (importKey, index) -> {
        int row = importFailAtRow;
        if (row >= 0 && index == row) {
            throw new IllegalStateException("injected failure before row index " + index
                    + " (POST /_local/faults/import)");
        }
    };

    private LocalFaults() {
    }

    /** From now on, imports fail just before writing their row with this index (0-based); -1 turns it off. */
    public static void failImportsAtRow(int index) {
        importFailAtRow = Math.max(-1, index);
    }

    public static int importFailAtRow() {
        return importFailAtRow;
    }

    /** The runtime's control address (set by the gateway's {@code --control-url}). */
    public static void controlUrl(URI url) {
        controlUrl = url;
    }

    /** A mail switch's answer: the status and JSON body the runtime's control answered. */
    public record Answer(int status, String body) {
    }

    /**
     * Asks the runtime to stop ({@code down}) or start the SES emulator and waits until it has.
     *
     * @return 409 when there is no emulator to switch (the runtime was started against other AWS endpoints, or the
     *         gateway runs without a runtime)
     */
    public static Answer mail(boolean down) throws IOException, InterruptedException {
        URI control = controlUrl;
        if (control == null) {
            return new Answer(409, "{\"message\":\"No SES emulator to switch: this gateway runs without the local runtime\"}");
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(control.resolve("/faults/ses"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"down\":" + down + "}")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    /** The mail switch's state as the runtime knows it. */
    public static Answer mailState() throws IOException, InterruptedException {
        URI control = controlUrl;
        if (control == null) {
            return new Answer(409, "{\"message\":\"No SES emulator to switch: this gateway runs without the local runtime\"}");
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(control.resolve("/faults/ses"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }
}
