package id.sikerja.local.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Waits until a server answers a health check. */
public final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private HttpProbe() {
    }

    /**
     * Polls {@code GET url} until it answers 200.
     *
     * @param process the process serving it, or null when it runs in this JVM; its exit ends the wait
     */
    public static void awaitHttp(URI url, Duration timeout, ChildProcess process) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            String last;
            try {
                int status = CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                last = "status " + status;
            } catch (IOException e) {
                last = e.toString();
            }
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(process.describe() + " before answering " + url);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " did not answer 200 within " + timeout + " (last: " + last + ")"
                        + (process == null ? "" : "; " + process.describe()));
            }
            Thread.sleep(100);
        }
    }
}
