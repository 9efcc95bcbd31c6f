package id.sikerja.local.seed;

import id.sikerja.local.LocalRuntime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Demo cases, entered through the API as users would: two partner proposals waiting at intake (a KSDPK from a
 * university, a KSDD from a neighbouring kabupaten), a department's own initiative in Persiapan (with its KAK), and
 * an agreement signed before Si Kerja (with its signed PKS), running at Pelaksanaan. Every request carries a fixed
 * Idempotency-Key, so seeding again creates nothing new. The two files are uploaded as clients upload them
 * (declared, PUT to the pre-signed URL, checked by the document-received function) once per run of the local
 * system: the seeder remembers them, so that seeding again sends the same requests.
 */
public final class CooperationDemoSeeder implements DemoSeeder {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration DECISION_TIMEOUT = Duration.ofSeconds(60);
    /** The references of the files uploaded in this run, by what they are. */
    private static final Map<String, JsonNode> UPLOADED = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "cooperations";
    }

    @Override
    public void seed(SeedContext context) throws IOException {
        ObjectNode university = sample("events/intake-submit-proposal.json");
        expect(context.call("POST", "/proposals", null, university.toString(),
                Map.of("Idempotency-Key", "demo-seed-proposal-ksdpk")), 201);

        ObjectNode kabupaten = sample("events/intake-submit-proposal.json");
        kabupaten.put("category", "KSDD");
        kabupaten.remove("ksdpkInitiative");
        kabupaten.put("ksddKind", "WAJIB");
        ObjectNode partner = (ObjectNode) kabupaten.get("partner");
        partner.put("name", "Pemerintah Kabupaten Kutai Kartanegara");
        partner.put("type", "PEMERINTAH_DAERAH");
        partner.put("regionOrCountry", "Kabupaten Kutai Kartanegara");
        partner.put("address", "Jl. Wolter Monginsidi No. 1, Tenggarong");
        partner.put("contactPerson", "Bagian Kerja Sama Setda Kukar");
        partner.put("email", "kerjasama@kukarkab.example.go.id");
        kabupaten.put("title", "Pengelolaan bersama air baku lintas batas");
        kabupaten.put("departments", JSON.createArrayNode().add("DPUPR"));
        expect(context.call("POST", "/proposals", null, kabupaten.toString(),
                Map.of("Idempotency-Key", "demo-seed-proposal-ksdd")), 201);

        ObjectNode initiative = sample("events/workflow-open-cooperation.json");
        initiative.set("documents", JSON.createArrayNode().add(uploaded(context, "opd-dinkes", "KAK",
                "kak-rujukan-kesehatan.pdf", "KAK pelayanan kesehatan rujukan")));
        expect(context.call("POST", "/cooperations", "opd-dinkes", initiative.toString(),
                Map.of("Idempotency-Key", "demo-seed-department-dinkes")), 201);

        ObjectNode legacy = sample("events/intake-submit-proposal.json");
        legacy.put("title", "Pengembangan layanan telemedisin puskesmas (PKS 2024)");
        ObjectNode facts = legacy.putObject("facts");
        facts.put("pksSignedOn", "2024-05-02");
        facts.put("signatory", "KEPALA_DAERAH");
        facts.put("termStart", "2024-06-01");
        facts.put("termMonths", 36);
        facts.put("agreementNumber", "180/27/HK/2024");
        legacy.set("documents", JSON.createArrayNode().add(uploaded(context, "admin", "PKS_SIGNED",
                "pks-telemedisin-2024.pdf", "PKS 180/27/HK/2024 telemedisin puskesmas")));
        expect(context.call("POST", "/cooperations/legacy", "admin", legacy.toString(),
                Map.of("Idempotency-Key", "demo-seed-legacy-telemedisin")), 201);
    }

    /**
     * The reference of a registered upload for a new case: uploaded now, or earlier in this run of the local
     * system.
     */
    private static JsonNode uploaded(SeedContext context, String user, String type, String fileName, String title)
            throws IOException {
        String what = user + "/" + type;
        JsonNode known = UPLOADED.get(what);
        if (known != null) {
            return known;
        }
        byte[] pdf = ("%PDF-1.7\n% Si Kerja demo: " + title + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        ObjectNode declared = JSON.createObjectNode().put("type", type).put("fileName", fileName)
                .put("contentType", "application/pdf").put("size", pdf.length).put("sha256", sha256(pdf));
        SeedContext.Response issued = context.call("POST", "/uploads", user, declared.toString());
        expect(issued, 201);
        JsonNode ticket = JSON.readTree(issued.body());
        put(ticket.get("upload"), pdf);
        String documentId = ticket.get("documentId").asText();
        long deadline = System.nanoTime() + DECISION_TIMEOUT.toNanos();
        while (true) {
            JsonNode upload = JSON.readTree(context.call("GET", "/uploads/" + documentId, user, null).body());
            if (upload.path("status").asText().equals("REGISTERED")) {
                UPLOADED.put(what, upload.get("reference"));
                return upload.get("reference");
            }
            if (!upload.path("status").asText().equals("PENDING") || System.nanoTime() > deadline) {
                throw new IllegalStateException("the demo " + type + " was not registered: " + upload);
            }
            pause();
        }
    }

    /** The bytes to a ticket's pre-signed URL, with the headers it names (Content-Length is the client's). */
    private static void put(JsonNode upload, byte[] bytes) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upload.get("url").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        upload.get("headers").fields().forEachRemaining(h -> {
            if (!h.getKey().equals("content-length")) {
                request.header(h.getKey(), h.getValue().asText());
            }
        });
        try {
            HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the demo upload answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static ObjectNode sample(String event) throws IOException {
        Path file = LocalRuntime.findRepositoryRoot().resolve(event);
        return (ObjectNode) JSON.readTree(JSON.readTree(Files.readString(file)).get("body").asText());
    }

    private static void expect(SeedContext.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("seeding answered " + response.status() + ": " + response.body());
        }
    }
}
