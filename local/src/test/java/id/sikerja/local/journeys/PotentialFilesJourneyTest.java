package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.sha256;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 16 through the local gateway: a department attaches its entry's profile PDF through a pre-signed upload;
 * once checked it is listed on the public entry and downloads (public, 302 to a pre-signed GET) with the same bytes;
 * a duplicated storage event attaches nothing twice; another department cannot attach (404); a type that is not a
 * PDF/JPEG/PNG is refused naming the field; the owner removes the file.
 */
class PotentialFilesJourneyTest {

    private final WorkflowApi api = new WorkflowApi(LocalSystem.shared());

    private String newEntry() {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "POTENSI");
        b.put("title", "Kawasan wisata bahari pulau " + UUID.randomUUID().toString().substring(0, 6));
        b.put("description", "Pantai dan terumbu karang yang siap dikembangkan bersama mitra.");
        b.put("field", "PARIWISATA");
        b.put("partnerKinds", List.of("BADAN_USAHA"));
        b.put("inRkpd", false);
        Answer created = api.post("opd-dinkes", "/potentials", b);
        assertEquals(201, created.status(), created.raw().body());
        return (String) created.body().get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attachments(Answer entry) {
        return (List<Map<String, Object>>) entry.body().get("attachments");
    }

    /** The public entry once the document-received function attached the file (S3 events are asynchronous). */
    private Answer awaitAttached(String id, String documentId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Answer entry = api.send("GET", "/potentials/" + id, null, Map.of());
            assertEquals(200, entry.status(), entry.raw().body());
            if (attachments(entry).stream().anyMatch(a -> documentId.equals(a.get("documentId")))) {
                return entry;
            }
            assertTrue(System.nanoTime() < deadline, "file " + documentId + " never attached: " + entry.body());
            Thread.sleep(100);
        }
    }

    /** A small PNG-signed file, different on every call. */
    private static byte[] png() {
        byte[] png = new byte[64];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(sig, 0, png, 0, sig.length);
        byte[] random = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(random, 0, png, 16, random.length);
        return png;
    }

    @Test
    void aDepartmentAttachesAProfilePdfThatThePublicDownloadsWithTheSameBytes() throws Exception {
        String id = newEntry();
        byte[] pdf = WorkflowApi.pdf("Profil kawasan wisata");
        Map<String, Object> declared = m("fileName", "profil-kawasan.pdf", "contentType", "application/pdf",
                "size", pdf.length, "sha256", sha256(pdf));

        // another department's officer: the entry does not exist for it
        Answer other = api.post("opd-dishub", "/potentials/" + id + "/attachments", declared);
        assertEquals(404, other.status(), other.raw().body());

        // a Word file is not a profile or a photo: refused naming the field, nothing issued
        Map<String, Object> word = new HashMap<>(declared);
        word.put("fileName", "profil.docx");
        word.put("contentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Answer refused = api.post("opd-dinkes", "/potentials/" + id + "/attachments", word);
        assertEquals(422, refused.status(), refused.raw().body());
        assertTrue(refused.raw().body().contains("\"contentType\""), refused.raw().body());

        Answer ticket = api.post("opd-dinkes", "/potentials/" + id + "/attachments", declared);
        assertEquals(201, ticket.status(), ticket.raw().body());
        String documentId = (String) ticket.body().get("documentId");
        assertEquals(200, WorkflowApi.put(ticket.body(), pdf, true).statusCode());

        Answer entry = awaitAttached(id, documentId);
        Map<String, Object> file = attachments(entry).get(0);
        assertEquals("profil-kawasan.pdf", file.get("fileName"));
        assertEquals(sha256(pdf), file.get("sha256"));

        // the same bytes arriving again (a duplicated or retried storage event) attach nothing twice; the local
        // runtime delivers storage events in order, so once a later photo is attached the duplicate was handled
        assertEquals(200, WorkflowApi.put(ticket.body(), pdf, true).statusCode());
        byte[] photo = png();
        Answer photoTicket = api.post("opd-dinkes", "/potentials/" + id + "/attachments", m("fileName",
                "pantai.png", "contentType", "image/png", "size", photo.length, "sha256", sha256(photo)));
        assertEquals(201, photoTicket.status(), photoTicket.raw().body());
        assertEquals(200, WorkflowApi.put(photoTicket.body(), photo, true).statusCode());
        Answer again = awaitAttached(id, (String) photoTicket.body().get("documentId"));
        assertEquals(List.of(documentId, photoTicket.body().get("documentId")),
                attachments(again).stream().map(a -> a.get("documentId")).toList(), again.raw().body());

        // anyone downloads it: a redirect to a pre-signed GET of exactly the uploaded bytes
        Answer link = api.send("GET", "/potentials/" + id + "/attachments/" + documentId, null, Map.of());
        assertEquals(302, link.status(), link.raw().body());
        String location = link.raw().headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> download = WorkflowApi.HTTP.send(HttpRequest.newBuilder(URI.create(location))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());

        // another department cannot remove it; its own department can, and then it is gone publicly
        Answer detachOther = api.send("DELETE", "/potentials/" + id + "/attachments/" + documentId, null,
                api.officer("opd-dishub"));
        assertEquals(404, detachOther.status(), detachOther.raw().body());
        Answer detached = api.send("DELETE", "/potentials/" + id + "/attachments/" + documentId, null,
                api.officer("opd-dinkes"));
        assertEquals(200, detached.status(), detached.raw().body());
        assertEquals(List.of(photoTicket.body().get("documentId")), attachments(api.send("GET", "/potentials/" + id,
                null, Map.of())).stream().map(a -> a.get("documentId")).toList());
        Answer gone = api.send("GET", "/potentials/" + id + "/attachments/" + documentId, null, Map.of());
        assertEquals(404, gone.status(), gone.raw().body());
        assertEquals("application/problem+json; charset=utf-8",
                gone.raw().headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void bytesThatAreNotTheDeclaredPdfAreNeverAttached() throws Exception {
        String id = newEntry();
        // declared as a PDF, but the bytes are a PNG's (size and SHA-256 match what was declared)
        byte[] png = png();
        Answer bad = api.post("opd-dinkes", "/potentials/" + id + "/attachments", m("fileName", "profil.pdf",
                "contentType", "application/pdf", "size", png.length, "sha256", sha256(png)));
        assertEquals(201, bad.status(), bad.raw().body());
        assertEquals(200, WorkflowApi.put(bad.body(), png, true).statusCode());

        // a correct file uploaded afterwards is attached; the wrong one never is
        byte[] pdf = WorkflowApi.pdf("Profil");
        Answer good = api.post("opd-dinkes", "/potentials/" + id + "/attachments", m("fileName", "profil.pdf",
                "contentType", "application/pdf", "size", pdf.length, "sha256", sha256(pdf)));
        assertEquals(201, good.status(), good.raw().body());
        assertEquals(200, WorkflowApi.put(good.body(), pdf, true).statusCode());
        // storage events arrive in order locally: the wrong file was decided before the good one was attached
        Answer entry = awaitAttached(id, (String) good.body().get("documentId"));
        assertEquals(List.of(good.body().get("documentId")),
                attachments(entry).stream().map(a -> a.get("documentId")).toList(), entry.raw().body());
        Answer badLink = api.send("GET", "/potentials/" + id + "/attachments/" + bad.body().get("documentId"), null,
                Map.of());
        assertEquals(404, badLink.status());
    }
}
