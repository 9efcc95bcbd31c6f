package id.sikerja.core.potentials;

import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.ObjectStore;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** An entry's files: who may declare one, what is refused, and that arriving bytes are checked and attached once. */
class PotentialUploadsTest {

    private final InMemoryPotentialStore store = new InMemoryPotentialStore();
    private final AtomicInteger n = new AtomicInteger();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private final PotentialService service = new PotentialService(store, Set.of("DINKES", "DISPAR")::contains, clock,
            () -> "p-" + n.incrementAndGet());
    private final Objects objects = new Objects();
    private final Map<String, PotentialUploads.Declared> declared = new HashMap<>();
    private final PotentialUploads uploads = new PotentialUploads(service, new PotentialUploads.Declarations() {
        @Override
        public void declare(PotentialUploads.Declared d) {
            declared.put(d.potentialId() + "/" + d.documentId(), d);
        }

        @Override
        public Optional<PotentialUploads.Declared> find(String potentialId, String documentId) {
            return Optional.ofNullable(declared.get(potentialId + "/" + documentId));
        }
    }, objects, clock, () -> "d-" + n.incrementAndGet());

    private final Actor dinkes = Actor.opd("u-1", "DINKES");
    private final Actor dispar = Actor.opd("u-2", "DISPAR");

    private String entry() {
        return ((PotentialService.Outcome.Done) service.create(dinkes,
                PotentialRequests.draft(PotentialServiceTest.body()))).potential().id();
    }

    private static Map<String, Object> declaration(String fileName, String type, byte[] bytes) {
        Map<String, Object> b = new HashMap<>();
        b.put("fileName", fileName);
        b.put("contentType", type);
        b.put("size", bytes.length);
        b.put("sha256", sha256(bytes));
        return b;
    }

    private PotentialUploads.Ticket.Issued issued(String id, Map<String, Object> body) {
        return assertInstanceOf(PotentialUploads.Ticket.Issued.class, uploads.request(dinkes, id, body));
    }

    @Test
    void aPdfThatArrivesAsDeclaredIsAttachedOnceEvenWhenItsEventComesTwice() {
        String id = entry();
        byte[] pdf = "%PDF-1.7\nprofil\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        var ticket = issued(id, declaration("profil.pdf", "application/pdf", pdf));
        String key = PotentialFiles.incoming(id, ticket.declared().documentId());
        assertEquals(key, objects.presigned);
        objects.put(key, pdf, "application/pdf");

        var attached = assertInstanceOf(PotentialUploads.Reception.Attached.class, uploads.receive(key, Optional.empty()));
        assertEquals(sha256(pdf), attached.attachment().sha256());
        assertArrayEquals(pdf, objects.bytes.get(PotentialFiles.stored(id, ticket.declared().documentId())));
        assertFalse(objects.bytes.containsKey(key), "the incoming object is removed");

        objects.put(key, pdf, "application/pdf");
        assertInstanceOf(PotentialUploads.Reception.AlreadyAttached.class, uploads.receive(key, Optional.empty()));
        assertEquals(1, service.find(id).orElseThrow().attachments().size());
        assertEquals(2, service.find(id).orElseThrow().version());
    }

    @Test
    void bytesThatAreNotTheDeclaredKindAreRejectedAndRemoved() {
        String id = entry();
        byte[] notPdf = "GIF89a pretending".getBytes(StandardCharsets.US_ASCII);
        var ticket = issued(id, declaration("profil.pdf", "application/pdf", notPdf));
        String key = PotentialFiles.incoming(id, ticket.declared().documentId());
        objects.put(key, notPdf, "application/pdf");
        var rejected = assertInstanceOf(PotentialUploads.Reception.Rejected.class, uploads.receive(key, Optional.empty()));
        assertEquals("SIGNATURE_MISMATCH", rejected.code());
        assertTrue(service.find(id).orElseThrow().attachments().isEmpty());
        assertTrue(objects.bytes.isEmpty());
    }

    @Test
    void anotherDepartmentGetsNotFoundAndAWordFileIsRefusedNamingItsType() {
        String id = entry();
        byte[] bytes = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        assertInstanceOf(PotentialUploads.Ticket.NotFound.class,
                uploads.request(dispar, id, declaration("profil.pdf", "application/pdf", bytes)));
        InvalidInput bad = assertThrows(InvalidInput.class, () -> uploads.request(dinkes, id, declaration("profil.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes)));
        assertEquals(List.of("contentType"), bad.errors().stream().map(FieldError::field).toList());
        assertNull(objects.presigned, "nothing was issued");
        assertTrue(declared.isEmpty());
    }

    @Test
    void onlyTheOwnerRemovesAFileAndThePublicDownloadsOnlyListedOnes() {
        String id = entry();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3};
        var ticket = issued(id, declaration("pantai.png", "image/png", png));
        String key = PotentialFiles.incoming(id, ticket.declared().documentId());
        objects.put(key, png, "image/png");
        uploads.receive(key, Optional.empty());
        String doc = ticket.declared().documentId();
        assertTrue(uploads.download(id, doc).isPresent());
        assertTrue(uploads.download(id, "d-unknown").isEmpty());

        assertInstanceOf(PotentialService.Outcome.NotFound.class, uploads.detach(dispar, id, doc));
        assertInstanceOf(PotentialService.Outcome.Done.class, uploads.detach(dinkes, id, doc));
        assertTrue(uploads.download(id, doc).isEmpty());
        assertFalse(objects.bytes.containsKey(PotentialFiles.stored(id, doc)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Objects in memory; a presigned request only records its key. */
    private static final class Objects implements ObjectStore {
        final Map<String, byte[]> bytes = new HashMap<>();
        final Map<String, String> types = new HashMap<>();
        String presigned;

        void put(String key, byte[] b, String type) {
            bytes.put(key, b);
            types.put(key, type);
        }

        @Override
        public PresignedRequest presignUpload(String key, FileKind kind, long size, String sha256Hex, Duration validity) {
            presigned = key;
            return new PresignedRequest("PUT", URI.create("http://s3.local/" + key), Map.of(), Instant.EPOCH);
        }

        @Override
        public PresignedRequest presignDownload(String key, String fileName, Duration validity) {
            return new PresignedRequest("GET", URI.create("http://s3.local/" + key), Map.of(), Instant.EPOCH);
        }

        @Override
        public Optional<ObjectInfo> head(String key, Optional<String> versionId) {
            return Optional.ofNullable(bytes.get(key)).map(b -> new ObjectInfo(b.length, types.get(key)));
        }

        @Override
        public Optional<String> scanStatus(String key, Optional<String> versionId) {
            return Optional.empty();
        }

        @Override
        public Contents read(String key, Optional<String> versionId, int headBytes) {
            byte[] b = bytes.get(key);
            return new Contents(b.length, sha256(b), Arrays.copyOf(b, Math.min(headBytes, b.length)));
        }

        @Override
        public Optional<String> copy(String fromKey, Optional<String> versionId, String toKey) {
            put(toKey, bytes.get(fromKey), types.get(fromKey));
            return Optional.empty();
        }

        @Override
        public void delete(String key, Optional<String> versionId) {
            bytes.remove(key);
            types.remove(key);
        }
    }
}
