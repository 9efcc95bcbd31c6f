package id.sikerja.local.seed;

import id.sikerja.local.auth.DemoUser;
import java.util.List;
import java.util.Map;

/** What a {@link DemoSeeder} may use. */
public interface SeedContext {

    /** The local user pool's users. */
    List<DemoUser> users();

    /**
     * Sends a request through the local gateway, exactly as an HTTP client would.
     *
     * @param method   HTTP method
     * @param path     path and query, e.g. {@code /proposals}
     * @param username the user whose ID token is sent, or null for no token
     * @param jsonBody the JSON body, or null for none
     */
    default Response call(String method, String path, String username, String jsonBody) {
        return call(method, path, username, jsonBody, Map.of());
    }

    /** As {@link #call(String, String, String, String)}, with extra request headers (e.g. Idempotency-Key). */
    Response call(String method, String path, String username, String jsonBody, Map<String, String> headers);

    /** The gateway's answer. */
    record Response(int status, String body) {
    }
}
