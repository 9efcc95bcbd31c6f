package id.sikerja.local.journeys;

import id.sikerja.api.Json;
import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.declared;
import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.pdf;
import static id.sikerja.local.journeys.WorkflowApi.put;
import static id.sikerja.local.journeys.WorkflowApi.sha256;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Signed documents through the local runtime as in AWS: the partner or an officer declares a file, PUTs it to the
 * pre-signed URL (S3Mock behind the local S3 notification proxy), the proxy delivers the ObjectCreated
 * notification to the document-received function, which checks the bytes and registers the version on the case
 * or rejects it; the workflow's gates see only registered versions; downloads are pre-signed and recorded.
 */
class DocumentJourneyTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final LocalSystem system = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(system);
    private final String today = today().toString();

    @Test
    void aSignedKbPutToItsUrlIsRegisteredOpensTheGateAndDownloadsByteForByte() throws Exception {
        Answer proposed = api.propose("Uji dokumen KB " + UUID.randomUUID());
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        Walk w = atKbSigning(proposed);
        Answer closed = w.attempt("admin", "SIGN_KB", m("facts", m("kbSignedOn", today)));
        assertEquals(422, closed.status());
        assertTrue(closed.unmetCodes().contains("DOC:KB_SIGNED"), closed.unmetCodes().toString());

        byte[] kb = pdf("KB ditandatangani kedua pihak");
        Answer ticket = api.send("POST", "/track/" + code + "/uploads", declared("KB_SIGNED", kb),
                Map.of("X-Access-Token", token));
        assertEquals(201, ticket.status(), ticket.raw().body());
        String documentId = (String) ticket.body().get("documentId");
        @SuppressWarnings("unchecked")
        Map<String, Object> upload = (Map<String, Object>) ticket.body().get("upload");
        assertEquals("PUT", upload.get("method"));
        URI url = URI.create((String) upload.get("url"));
        assertEquals(system.s3ProxyUrl().getPort(), url.getPort(), "pre-signed for the functions' S3 endpoint");
        assertTrue(url.getPath().endsWith("/incoming/case/" + w.id + "/" + documentId), "a key of ids, not of names");
        assertTrue(url.getRawQuery().contains("X-Amz-SignedHeaders=content-length%3Bcontent-type%3Bhost%3Bx-amz-checksum-sha256"));
        assertFalse(Instant.parse((String) upload.get("expiresAt")).isAfter(Instant.now().plus(Duration.ofMinutes(15))));
        assertEquals(200, put(ticket.body(), kb, true).statusCode());

        Map<String, Object> seen = WorkflowApi.awaitDecided(() -> api.track(code, token).list("uploads"), documentId);
        assertEquals("REGISTERED", seen.get("status"), seen.toString());
        assertEquals(1, ((Number) seen.get("version")).intValue());
        Answer view = api.view("admin", w.id);
        Map<String, Object> registered = view.list("documents").stream()
                .filter(d -> d.get("type").equals("KB_SIGNED")).findFirst().orElseThrow();
        assertEquals(1, ((Number) registered.get("version")).intValue());
        assertEquals(sha256(kb), registered.get("sha256"));
        assertEquals("PARTNER", registered.get("registeredByRole"));
        assertEquals("documents/case/" + w.id + "/" + documentId, registered.get("storageKey"));
        Map<String, Object> event = view.list("timeline").get(view.list("timeline").size() - 1);
        assertEquals("UPLOAD_DOCUMENT", event.get("action"));

        w.version = view.version();
        Answer signed = w.act("admin", "SIGN_KB", m("facts", m("kbSignedOn", today, "kbSignatory", "KEPALA_DAERAH")));
        assertEquals("PENYUSUNAN_PKS", signed.stage(), "the gate sees the registered signed KB");

        Answer officerDownload = api.get("opd-dinkes", "/cooperations/" + w.id + "/documents/KB_SIGNED/1");
        assertEquals(200, officerDownload.status(), officerDownload.raw().body());
        assertArrayEquals(kb, fetch((String) officerDownload.body().get("url")));
        assertFalse(Instant.parse((String) officerDownload.body().get("expiresAt"))
                .isAfter(Instant.now().plus(Duration.ofMinutes(5))));
        Answer partnerDownload = api.send("GET", "/track/" + code + "/documents/KB_SIGNED/1", null,
                Map.of("X-Access-Token", token));
        assertEquals(200, partnerDownload.status(), partnerDownload.raw().body());
        assertArrayEquals(kb, fetch((String) partnerDownload.body().get("url")));
        List<?> downloads = api.view("admin", w.id).list("timeline").stream()
                .filter(e -> e.get("action").equals("DOWNLOAD_DOCUMENT"))
                .map(e -> ((Map<?, ?>) e.get("actor")).get("role")).toList();
        assertEquals(List.of("OPD", "PARTNER"), downloads, "every download is in the timeline");

        assertTrue(system.s3().listObjectsV2(r -> r.bucket(system.bucketName()).prefix("incoming/case/" + w.id + "/"))
                .contents().isEmpty(), "incoming/ holds nothing once decided");
    }

    @Test
    void aPartnerAttachesItsApplicationDocumentsAtIntakeAndTheAdminAcceptsWithThem() {
        Answer proposed = api.propose("Uji lampiran pengajuan " + UUID.randomUUID());
        String id = (String) proposed.body().get("id");
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        assertEquals("INTAKE", api.track(code, token).body().get("stage"));

        // a third party's KSDPK: the surat permohonan and its studi kelayakan, through the tracking link
        api.partnerUpload(code, token, "SURAT_PERMOHONAN", pdf("Surat permohonan kerja sama"));
        api.partnerUpload(code, token, "STUDI_KELAYAKAN", pdf("Studi kelayakan pihak ketiga"));
        Answer other = api.send("POST", "/track/" + code + "/uploads", declared("KAK", pdf("KAK")),
                Map.of("X-Access-Token", token));
        assertEquals(422, other.status(), "a KSDPK's intake takes no KAK from the partner: " + other.raw().body());
        assertTrue(other.raw().body().contains("not_uploadable_now"), other.raw().body());

        Answer view = api.view("admin", id);
        Set<Object> byPartner = view.list("documents").stream()
                .filter(d -> "PARTNER".equals(d.get("registeredByRole"))).map(d -> d.get("type")).collect(toSet());
        assertEquals(Set.of("SURAT_PERMOHONAN", "STUDI_KELAYAKAN"), byPartner, "on the case, registered by the partner");

        Walk w = api.new Walk(id, view.version());
        Answer accepted = w.act("admin", "ACCEPT", m());
        assertEquals("PERSIAPAN", accepted.stage(), "the partner's studi kelayakan meets the intake gate");
    }

    @Test
    void filesThatDifferFromTheirDeclarationAreRejectedWithReasonsThePartnerSees() {
        Answer proposed = api.propose("Uji dokumen ditolak " + UUID.randomUUID());
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        Walk w = atKbSigning(proposed);
        Map<String, String> partner = Map.of("X-Access-Token", token);

        byte[] kb = pdf("KB yang dinyatakan");
        byte[] tampered = kb.clone();
        tampered[12] ^= 1;
        Answer checksum = api.send("POST", "/track/" + code + "/uploads", declared("KB_SIGNED", kb), partner);
        assertEquals(400, put(checksum.body(), tampered, true).statusCode(),
                "with the signed checksum header, storage itself refuses other bytes");
        // a client that leaves the header out gets past S3Mock (S3 would refuse the signature): the function checks
        assertEquals(200, put(checksum.body(), tampered, false).statusCode());

        Answer type = api.send("POST", "/track/" + code + "/uploads", declared("KB_SIGNED", PNG), partner);
        assertEquals(200, put(type.body(), PNG, true).statusCode(), "an image declared as a PDF, checksum and all");

        byte[] longer = Arrays.copyOf(kb, kb.length + 10);
        Answer size = api.send("POST", "/track/" + code + "/uploads", declared("KB_SIGNED", kb), partner);
        assertEquals(200, put(size.body(), longer, false).statusCode());

        Map<String, String> reasons = new LinkedHashMap<>();
        for (Answer ticket : List.of(checksum, type, size)) {
            Map<String, Object> seen = WorkflowApi.awaitDecided(() -> api.track(code, token).list("uploads"),
                    (String) ticket.body().get("documentId"));
            assertEquals("REJECTED", seen.get("status"), seen.toString());
            assertFalse(((String) seen.get("reason")).isBlank(), "the partner reads why");
            reasons.put((String) seen.get("reasonCode"), (String) seen.get("reason"));
        }
        assertEquals(List.of("CHECKSUM_MISMATCH", "SIGNATURE_MISMATCH", "SIZE_MISMATCH"), List.copyOf(reasons.keySet()));
        assertTrue(reasons.get("SIZE_MISMATCH").contains(Integer.toString(longer.length)), reasons.toString());

        assertTrue(api.view("admin", w.id).list("documents").stream().noneMatch(d -> d.get("type").equals("KB_SIGNED")));
        w.version = api.view("admin", w.id).version();
        Answer closed = w.attempt("admin", "SIGN_KB", m("facts", m("kbSignedOn", today)));
        assertEquals(422, closed.status(), "the gate stays closed");
        assertTrue(closed.unmetCodes().contains("DOC:KB_SIGNED"));
        assertTrue(system.s3().listObjectsV2(r -> r.bucket(system.bucketName()).prefix("incoming/case/" + w.id + "/"))
                .contents().isEmpty(), "rejected files are removed");
    }

    @Test
    void noUrlForAnotherCasesDocuments() {
        Answer first = api.propose("Uji dokumen mitra A " + UUID.randomUUID());
        Answer second = api.propose("Uji dokumen mitra B " + UUID.randomUUID());
        String tokenOfFirst = (String) first.body().get("accessToken");
        String codeOfSecond = (String) second.body().get("trackingCode");
        Map<String, String> firstPartner = Map.of("X-Access-Token", tokenOfFirst);
        byte[] bytes = pdf("surat permohonan");
        assertEquals(404, api.send("POST", "/track/" + codeOfSecond + "/uploads",
                declared("SURAT_PERMOHONAN", bytes), firstPartner).status(), "a partner's token opens its case only");
        assertEquals(404, api.send("GET", "/track/" + codeOfSecond + "/documents/SURAT_PERMOHONAN/1", null,
                firstPartner).status());

        Walk dinkes = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji dokumen OPD " + UUID.randomUUID(), "DINKES"));
        String download = "/cooperations/" + dinkes.id + "/documents/KAK/1";
        assertEquals(200, api.get("opd-dinkes", download).status(), "the KAK it opened the case with");
        assertEquals(404, api.get("opd-dishub", download).status(), "another department's case does not exist");
        assertEquals(404, api.post("opd-dishub", "/cooperations/" + dinkes.id + "/uploads",
                declared("KAK", bytes)).status());
        assertEquals(404, api.get("opd-dishub", "/cooperations/" + dinkes.id + "/uploads").status());
        assertEquals(404, api.get("opd-dinkes", "/cooperations/" + dinkes.id + "/documents/KAK/2").status());
    }

    @Test
    void aReplayedObjectCreatedEventChangesNothing() {
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji peristiwa ganda " + UUID.randomUUID(), "DINKES"));
        Map<String, Object> registered = api.upload("opd-dinkes", w.id, "KAK", pdf("KAK revisi"));
        String key = "incoming/case/" + w.id + "/" + registered.get("documentId");
        Map<String, Object> notification = notificationFor(key);
        Answer before = api.view("admin", w.id);
        List<Map<String, Object>> uploadsBefore = api.get("admin", "/cooperations/" + w.id + "/uploads").list("uploads");

        for (int i = 0; i < 2; i++) {
            Answer replayed = api.send("POST", "/_local/functions/DocumentReceivedFunction/invocations", notification,
                    Map.of());
            assertEquals(200, replayed.status(), replayed.raw().body());
            assertEquals(Map.of("AlreadyDecided", 1), replayed.body());
        }

        Answer after = api.view("admin", w.id);
        assertEquals(before.version(), after.version());
        assertEquals(before.list("documents"), after.list("documents"));
        assertEquals(before.list("timeline"), after.list("timeline"));
        assertEquals(uploadsBefore, api.get("admin", "/cooperations/" + w.id + "/uploads").list("uploads"));
    }

    /** Issue 17: the DOCUMENT_TO_CHECK notifications of a case in the officer's inbox. */
    private List<Map<String, Object>> documentsToCheck(String user, String caseId) {
        Answer inbox = api.get(user, "/me/notifications?limit=100");
        assertEquals(200, inbox.status(), inbox.raw().body());
        return inbox.list("items").stream()
                .filter(n -> "DOCUMENT_TO_CHECK".equals(n.get("kind")) && caseId.equals(n.get("caseId"))).toList();
    }

    @Test
    void aDepartmentsUploadRegisteredThroughStorageTellsTheAdminsOnceEvenWhenItsEventIsReplayed() {
        api.get("admin", "/me/notifications"); // the admin is known to notifications once they used the web
        Walk w = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji pemberitahuan unggahan " + UUID.randomUUID(), "DINKES"));
        Map<String, Object> registered = api.upload("opd-dinkes", w.id, "KAK", pdf("KAK revisi untuk diperiksa"));
        List<Map<String, Object>> notes = documentsToCheck("admin", w.id);
        assertEquals(1, notes.size(), "the admin checks what a department registered");
        assertEquals("KAK", notes.get(0).get("documentType"));
        assertEquals(Boolean.FALSE, notes.get(0).get("read"));
        assertEquals(0, documentsToCheck("opd-dinkes", w.id).size(), "the uploader is not told of its own upload");

        Answer replayed = api.send("POST", "/_local/functions/DocumentReceivedFunction/invocations",
                notificationFor("incoming/case/" + w.id + "/" + registered.get("documentId")), Map.of());
        assertEquals(200, replayed.status(), replayed.raw().body());
        assertEquals(1, documentsToCheck("admin", w.id).size(), "a replayed event notifies nothing more");
    }

    // ------------------------------------------------------------------ helpers

    /** The partner's KSDPK walked to KB signing, every document uploaded for real on the way. */
    @Test
    void anUploadWhoseFileNeverArrivedShowsExpiredWithWhatToDoNextOnceItsLinkExpired() {
        Answer proposed = api.propose("Uji unggahan kedaluwarsa " + UUID.randomUUID());
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        Walk w = atKbSigning(proposed);
        Answer ticket = api.send("POST", "/track/" + code + "/uploads", declared("KB_SIGNED", pdf("KB yang tak pernah tiba")),
                Map.of("X-Access-Token", token));
        assertEquals(201, ticket.status(), ticket.raw().body());
        String documentId = (String) ticket.body().get("documentId");
        assertEquals("PENDING", uploadIn(api.track(code, token).list("uploads"), documentId).get("status"),
                "while its link is valid the file may still arrive");

        // S3 refused the PUT (or it was never sent) and the link's 15 minutes passed: the upload was requested 16
        // minutes ago as far as the clock is concerned
        system.dynamoDb().updateItem(r -> r.tableName(system.tableName())
                .key(Map.of("PK", AttributeValue.fromS("CASE#" + w.id), "SK", AttributeValue.fromS("UPLOAD#" + documentId)))
                .updateExpression("SET requestedAt = :at")
                .expressionAttributeValues(Map.of(":at", AttributeValue.fromS(Instant.now().minus(Duration.ofMinutes(16)).toString()))));

        Map<String, Object> partnerSees = uploadIn(api.track(code, token).list("uploads"), documentId);
        assertEquals("EXPIRED", partnerSees.get("status"));
        assertEquals("UPLOAD_EXPIRED", partnerSees.get("reasonCode"));
        assertTrue(((String) partnerSees.get("reason")).contains("Unggah berkas ini sekali lagi"), partnerSees.toString());
        assertTrue(((String) partnerSees.get("reasonEn")).contains("Upload the file once more"), partnerSees.toString());

        Map<String, Object> officerSees = uploadIn(api.get("admin", "/cooperations/" + w.id + "/uploads").list("uploads"), documentId);
        assertEquals("EXPIRED", officerSees.get("status"));
        assertEquals(Map.of("code", "UPLOAD_EXPIRED", "message", partnerSees.get("reason")), officerSees.get("rejection"));
        Map<String, String> english = new LinkedHashMap<>(api.officer("admin"));
        english.put("Accept-Language", "en");
        Map<String, Object> inEnglish = uploadIn(api.send("GET", "/cooperations/" + w.id + "/uploads", null, english)
                .list("uploads"), documentId);
        assertEquals(Map.of("code", "UPLOAD_EXPIRED", "message", partnerSees.get("reasonEn")), inEnglish.get("rejection"));
    }

    private static Map<String, Object> uploadIn(List<Map<String, Object>> uploads, String documentId) {
        return uploads.stream().filter(u -> documentId.equals(u.get("documentId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no upload " + documentId + " in " + uploads));
    }

    private Walk atKbSigning(Answer proposed) {
        String id = (String) proposed.body().get("id");
        Walk w = api.new Walk(id, api.view("admin", id).version());
        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        assertEquals("PENANDATANGANAN_KB", w.stage());
        return w;
    }

    /** The notification the local S3 proxy delivered for the key, as it was sent. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> notificationFor(String key) {
        // The proxy lists a notification once the function it invoked has returned, which can be a moment after the
        // document shows as registered (the function's own write): wait for it, within bounds.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (true) {
            String listed = new String(fetch(system.s3ProxyUrl() + "/_local/notifications"));
            List<Object> entries = (List<Object>) Json.readObject("{\"n\":" + listed + "}").get("n");
            java.util.Optional<Map<String, Object>> found = entries.stream().map(e -> (Map<String, Object>) e)
                    .map(e -> (Map<String, Object>) e.get("notification"))
                    .filter(n -> key.equals(((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) n.get("Records")).get(0))
                            .get("s3")).get("object")).get("key")))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no notification for " + key + ": " + listed);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static byte[] fetch(String url) {
        try {
            HttpResponse<byte[]> r = WorkflowApi.HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), url);
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
