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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The workflow API as a client sees it through the local gateway: officers with the ID tokens of the demo users
 * ({@code admin}, {@code tkksd}, {@code opd-dinkes}, {@code opd-dishub}, {@code pimpinan}), the partner with its
 * tracking code and access token. Documents are uploaded for real, as a client does: the file is declared, its
 * bytes are PUT to the pre-signed URL (S3Mock behind the local S3 notification proxy), and the reference a request
 * carries is that of the version the document-received function registered ({@link #docs}).
 */
final class WorkflowApi {

    /**
     * Whether the reminders job finds the due date of {@code kind} on {@code date} of a case, through the index
     * API the job uses (a deadline among those started by its date, a point reminder on its day).
     */
    boolean dueIndexed(LocalDate date, String caseId, String kind) {
        var index = new id.sikerja.adapters.dynamo.DynamoCaseStore(system().dynamoDb(), system().tableName(),
                java.time.Clock.systemUTC());
        List<id.sikerja.core.cases.DueDateIndex.Entry> found = new ArrayList<>(index.started(date));
        found.addAll(index.onDays(date, date));
        return found.stream().anyMatch(e -> e.caseId().equals(caseId) && e.kind().name().equals(kind)
                && e.date().equals(date));
    }

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

    /**
     * A case being walked: remembers the version each answer reports, as a client does. The documents of a request
     * ({@link #docs}) are uploaded by the acting user first; each registered upload is a change of the case, so the
     * version is read again after them.
     */
    /** The signings whose signed copy the admin checks first (issue 17). */
    static final java.util.Set<String> SIGNINGS = java.util.Set.of("SIGN_KB", "SIGN_PKS", "SIGN_NASKAH", "SIGN_NOTA");

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
            Map<String, Object> uploaded = withUploads(members, type -> upload(user, id, type, pdf(type)));
            if (uploaded != members) {
                version = view("admin", id).version();
            }
            if (SIGNINGS.contains(action)) {
                confirmSignedCopy();
            }
            return post(user, "/cooperations/" + id + "/transitions", transition(action, version, uploaded));
        }

        /**
         * Issue 17: the admin checks the registered signed copy (paraf on every page, meterai, cap) and confirms it,
         * as the office does before it records a signing; nothing changes when there is no copy to check.
         */
        void confirmSignedCopy() {
            Answer a = post("admin", "/cooperations/" + id + "/transitions", transition("CONFIRM_SIGNED_COPY", version,
                    m("facts", m("signedCopyParaf", true, "signedCopyMeterai", true, "signedCopyCap", true))));
            if (a.status() == 200) {
                version = a.version();
            }
        }

        /** The partner's action through its tracking link; fails unless applied. */
        Answer partner(String code, String token, String action, Map<String, Object> members) {
            Answer a = partnerAttempt(code, token, action, members);
            assertEquals(200, a.status(), "partner " + action + ": " + a.raw().body());
            version = a.version();
            return a;
        }

        Answer partnerAttempt(String code, String token, String action, Map<String, Object> members) {
            Map<String, Object> uploaded = withUploads(members, type -> partnerUpload(code, token, type, pdf(type)));
            if (uploaded != members) {
                version = track(code, token).version();
            }
            Map<String, String> h = token == null ? Map.of() : Map.of("X-Access-Token", token);
            return send("POST", "/track/" + code + "/transitions", transition(action, version, uploaded), h);
        }

        String stage() {
            return view("admin", id).stage();
        }
    }

    /**
     * A new case by an officer ({@code POST /cooperations} or {@code /cooperations/legacy}); its {@link #docs} are
     * uploaded for a new case first. Fails unless 201.
     */
    Walk open(String user, String path, Map<String, Object> body) {
        Answer a = post(user, path, withUploads(body, type -> newCaseUpload(user, type, pdf(type))));
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

    /**
     * Documents a request carries, one per type: the acting user uploads a fresh PDF of each (to the case, through
     * the partner's tracking link, or for a new case) before the request is sent, which then references the
     * registered versions.
     */
    static List<ToUpload> docs(String... types) {
        return Arrays.stream(types).map(ToUpload::new).toList();
    }

    /** A document to upload before sending the request that carries it ({@link #docs}). */
    record ToUpload(String type) {
    }

    /** The members with every {@link ToUpload} of {@code documents} uploaded and replaced by its reference. */
    private static Map<String, Object> withUploads(Map<String, Object> members, Function<String, Map<String, Object>> upload) {
        if (!(members.get("documents") instanceof List<?> documents)
                || documents.stream().noneMatch(ToUpload.class::isInstance)) {
            return members;
        }
        List<Object> references = new ArrayList<>();
        for (Object d : documents) {
            references.add(d instanceof ToUpload u ? upload.apply(u.type()).get("reference") : d);
        }
        Map<String, Object> out = new LinkedHashMap<>(members);
        out.put("documents", references);
        return out;
    }

    // ------------------------------------------------------------------ documents

    /** A small PDF, different on every call. */
    static byte[] pdf(String title) {
        return ("%PDF-1.7\n% " + title + " " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The declaration of a PDF ({@code POST .../uploads}). */
    static Map<String, Object> declared(String type, byte[] bytes) {
        return m("type", type, "fileName", type.toLowerCase() + ".pdf", "contentType", "application/pdf",
                "size", bytes.length, "sha256", sha256(bytes));
    }

    /** An officer's upload to a case, checked and registered; fails unless registered. */
    Map<String, Object> upload(String user, String caseId, String type, byte[] bytes) {
        Answer ticket = post(user, "/cooperations/" + caseId + "/uploads", declared(type, bytes));
        assertEquals(201, ticket.status(), ticket.raw().body());
        assertEquals(200, put(ticket.body(), bytes, true).statusCode());
        return registered(awaitDecided(() -> get(user, "/cooperations/" + caseId + "/uploads").list("uploads"),
                (String) ticket.body().get("documentId")));
    }

    /** The partner's upload through its tracking link, checked and registered; fails unless registered. */
    Map<String, Object> partnerUpload(String code, String token, String type, byte[] bytes) {
        Answer ticket = send("POST", "/track/" + code + "/uploads", declared(type, bytes), Map.of("X-Access-Token", token));
        assertEquals(201, ticket.status(), ticket.raw().body());
        assertEquals(200, put(ticket.body(), bytes, true).statusCode());
        Map<String, Object> seen = awaitDecided(() -> track(code, token).list("uploads"),
                (String) ticket.body().get("documentId"));
        assertEquals("REGISTERED", seen.get("status"), seen.toString());
        // the tracking page lists no storage keys: the reference is the one the ticket announced
        return m("status", seen.get("status"), "reference", ticket.body().get("reference"));
    }

    /** An officer's upload for a case not created yet, checked and registered; fails unless registered. */
    Map<String, Object> newCaseUpload(String user, String type, byte[] bytes) {
        Answer ticket = post(user, "/uploads", declared(type, bytes));
        assertEquals(201, ticket.status(), ticket.raw().body());
        assertEquals(200, put(ticket.body(), bytes, true).statusCode());
        String documentId = (String) ticket.body().get("documentId");
        return registered(awaitDecided(() -> List.of(get(user, "/uploads/" + documentId).body()), documentId));
    }

    /** The partner's tracking view; fails unless 200. */
    Answer track(String code, String token) {
        Answer a = send("GET", "/track/" + code, null, Map.of("X-Access-Token", token));
        assertEquals(200, a.status(), a.raw().body());
        return a;
    }

    /**
     * PUTs the bytes to a ticket's pre-signed URL with the headers it names (the HTTP client sets Content-Length
     * itself); {@code checksum} false leaves out the signed SHA-256 header, as a client ignoring it would (S3 would
     * refuse the signature; S3Mock checks none).
     */
    static HttpResponse<String> put(Map<String, Object> ticket, byte[] bytes, boolean checksum) {
        @SuppressWarnings("unchecked")
        Map<String, Object> upload = (Map<String, Object>) ticket.get("upload");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create((String) upload.get("url")))
                .timeout(Duration.ofSeconds(30)).PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) upload.get("headers");
        headers.forEach((name, value) -> {
            if (!name.equals("content-length") && (checksum || !name.equals("x-amz-checksum-sha256"))) {
                b.header(name, (String) value);
            }
        });
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the document-received function decided the upload (S3 notifications are asynchronous) and
     * returns it as the listing shows it.
     */
    static Map<String, Object> awaitDecided(Supplier<List<Map<String, Object>>> listing, String documentId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Optional<Map<String, Object>> upload = listing.get().stream()
                    .filter(u -> documentId.equals(u.get("documentId"))).findFirst();
            if (upload.isPresent() && !"PENDING".equals(upload.get().get("status"))) {
                return upload.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("upload " + documentId + " still pending: " + upload);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, Object> registered(Map<String, Object> upload) {
        assertEquals("REGISTERED", upload.get("status"), upload.toString());
        return upload;
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

    /**
     * A department's proposal: the sample KSDD of events/workflow-open-cooperation.json, titled for the test, with
     * its KAK uploaded by the opening user ({@link #docs}).
     */
    static Map<String, Object> departmentProposal(String title, String department) {
        Map<String, Object> body = sample("events/workflow-open-cooperation.json");
        body.put("title", title);
        body.put("departments", List.of(department));
        body.put("documents", docs("KAK"));
        return body;
    }
}
