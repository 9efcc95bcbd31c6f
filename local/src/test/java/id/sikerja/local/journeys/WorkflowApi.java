package id.sikerja.local.journeys;

import id.sikerja.api.Json;
import id.sikerja.local.testing.LocalSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The workflow API as a client sees it through the local gateway: officers with the ID tokens of the demo users
 * ({@code admin}, {@code tkksd}, {@code opd-dinkes}, {@code opd-dishub}, {@code pimpinan}), the partner with its
 * tracking code and access token. Documents are passed as references (type, storage key, SHA-256) until uploads
 * exist.
 */
final class WorkflowApi {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** The template's PemdaTimeZone default: business dates (and "today" for facts) are taken there. */
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private final LocalSystem system;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    WorkflowApi(LocalSystem system) {
        this.system = system;
    }

    LocalSystem system() {
        return system;
    }

    static LocalDate today() {
        return LocalDate.now(WITA);
    }

    /** An HTTP answer with its JSON body parsed. */
    record Answer(int status, Map<String, Object> body, HttpResponse<String> raw) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String name) {
            return (List<Map<String, Object>>) body.get(name);
        }

        String stage() {
            return (String) ((Map<?, ?>) body.get("stage")).get("code");
        }

        long version() {
            return ((Number) body.get("version")).longValue();
        }

        String type() {
            return String.valueOf(body.get("type")).replace("https://sikerja.id/problems/", "");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> current() {
            return (Map<String, Object>) body.get("current");
        }

        List<Object> unmetCodes() {
            return list("unmet").stream().map(u -> u.get("code")).toList();
        }
    }

    Answer get(String user, String path) {
        return send("GET", path, null, officer(user));
    }

    Answer post(String user, String path, Object body) {
        return send("POST", path, body, officer(user));
    }

    Answer put(String user, String path, Object body) {
        return send("PUT", path, body, officer(user));
    }

    Answer send(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(system.apiUrl() + path)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(Json.write(body)));
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> parsed = r.body().isBlank() ? Map.of() : Json.readObject(r.body());
            return new Answer(r.statusCode(), parsed, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Map<String, String> officer(String user) {
        return Map.of("Authorization", "Bearer " + tokens.computeIfAbsent(user, system::tokenFor));
    }

    /** The case as an officer sees it; fails unless 200. */
    Answer view(String user, String id) {
        Answer a = get(user, "/cooperations/" + id);
        assertEquals(200, a.status(), a.raw().body());
        return a;
    }

    /** The stages a case passed through, in order, from its timeline. */
    List<String> stagesVisited(String id) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> e : view("admin", id).list("timeline")) {
            String to = (String) ((Map<?, ?>) e.get("to")).get("code");
            if (out.isEmpty() || !out.get(out.size() - 1).equals(to)) {
                out.add(to);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ walking a case

    /** A case being walked: remembers the version each answer reports, as a client does. */
    final class Walk {
        final String id;
        long version;

        Walk(String id, long version) {
            this.id = id;
            this.version = version;
        }

        /** An officer's action; fails unless applied. */
        Answer act(String user, String action, Map<String, Object> members) {
            Answer a = attempt(user, action, members);
            assertEquals(200, a.status(), user + " " + action + " at version " + version + ": " + a.raw().body());
            version = a.version();
            return a;
        }

        /** An officer's action, whatever the answer. */
        Answer attempt(String user, String action, Map<String, Object> members) {
            return post(user, "/cooperations/" + id + "/transitions", transition(action, version, members));
        }

        /** The partner's action through its tracking link; fails unless applied. */
        Answer partner(String code, String token, String action, Map<String, Object> members) {
            Answer a = partnerAttempt(code, token, action, members);
            assertEquals(200, a.status(), "partner " + action + ": " + a.raw().body());
            version = a.version();
            return a;
        }

        Answer partnerAttempt(String code, String token, String action, Map<String, Object> members) {
            Map<String, String> h = token == null ? Map.of() : Map.of("X-Access-Token", token);
            return send("POST", "/track/" + code + "/transitions", transition(action, version, members), h);
        }

        String stage() {
            return view("admin", id).stage();
        }
    }

    /** A new case by an officer ({@code POST /cooperations} or {@code /cooperations/legacy}); fails unless 201. */
    Walk open(String user, String path, Map<String, Object> body) {
        Answer a = post(user, path, body);
        assertEquals(201, a.status(), a.raw().body());
        assertEquals("/cooperations/" + a.body().get("id"), a.raw().headers().firstValue("Location").orElseThrow());
        return new Walk((String) a.body().get("id"), a.version());
    }

    /** A partner's proposal through intake; the answer carries its id, tracking code and access token. */
    Answer propose(String title) {
        Map<String, Object> body = sample("events/intake-submit-proposal.json");
        body.put("title", title);
        Answer a = send("POST", "/proposals", body, Map.of());
        assertEquals(201, a.status(), a.raw().body());
        return a;
    }

    // ------------------------------------------------------------------ request bodies

    static Map<String, Object> transition(String action, long version, Map<String, Object> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        body.put("version", version);
        body.putAll(members);
        return body;
    }

    /** Members of a request, in order: {@code m("note", "...", "facts", facts(...))}. */
    static Map<String, Object> m(Object... keyValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], keyValues[i + 1]);
        }
        return out;
    }

    /** References to uploaded documents, one per type (a fresh storage key and hash each). */
    static List<Map<String, Object>> docs(String... types) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String type : types) {
            byte[] hash = new byte[32];
            ThreadLocalRandom.current().nextBytes(hash);
            out.add(m("type", type, "storageKey", "uploads/journeys/" + UUID.randomUUID() + ".pdf",
                    "sha256", HexFormat.of().formatHex(hash), "fileName", type.toLowerCase() + ".pdf"));
        }
        return out;
    }

    /** The body of a sample event of events/ (a department's KSDD proposal, or the partner's KSDPK proposal). */
    static Map<String, Object> sample(String event) {
        try {
            Map<String, Object> e = Json.readObject(Files.readString(
                    Path.of(System.getProperty("sikerja.repo", "..")).resolve(event)));
            return new LinkedHashMap<>(Json.readObject((String) e.get("body")));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A department's proposal: the sample KSDD of events/workflow-open-cooperation.json, titled for the test. */
    static Map<String, Object> departmentProposal(String title, String department) {
        Map<String, Object> body = sample("events/workflow-open-cooperation.json");
        body.put("title", title);
        body.put("departments", List.of(department));
        return body;
    }
}
