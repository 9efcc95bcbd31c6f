package id.sikerja.core.documents;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.DocumentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The declaration of a file: every bad member named, formats by document type, keys from ids only. */
class UploadRequestTest {

    private static final String SHA = "a".repeat(64);

    @Test
    void aValidDeclaration() {
        UploadRequest r = UploadRequest.read(body("KB_DRAFT", "rancangan.DOCX",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1234, SHA.toUpperCase()));
        assertEquals(DocumentType.KB_DRAFT, r.type());
        assertEquals(FileKind.DOCX, r.kind());
        assertEquals(1234, r.size());
        assertEquals(SHA, r.sha256(), "lower-cased");
    }

    @Test
    void everyBadMemberIsNamed() {
        Map<String, Object> body = body("KB_SIGNED", "../kb.pdf", "application/pdf", 0, "xyz");
        body.put("storageKey", "mine/please");
        InvalidInput e = assertThrows(InvalidInput.class, () -> UploadRequest.read(body));
        assertEquals(List.of("storageKey:unknown_field", "fileName:file_name", "size:range", "sha256:too_short"),
                e.errors().stream().map(x -> x.field() + ":" + x.code()).toList());
    }

    @Test
    void contentTypesDependOnTheDocumentType() {
        assertCode("KB_SIGNED", "kb.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "contentType", "content_type");
        assertCode("EVIDENCE", "foto.gif", "image/gif", "contentType", "content_type");
        UploadRequest photo = UploadRequest.read(body("EVIDENCE", "foto.jpeg", "image/jpeg", 10, SHA));
        assertEquals(FileKind.JPEG, photo.kind());
        assertCode("KB_SIGNED", "kb.png", "application/pdf", "fileName", "file_extension");
    }

    @Test
    void sizesAreLimitedPerType() {
        assertCode("EVIDENCE", "foto.png", "image/png", 10L * 1024 * 1024 + 1, "size", "range");
        assertEquals(20L * 1024 * 1024, UploadRequest.read(body("KB_SIGNED", "kb.pdf", "application/pdf",
                20L * 1024 * 1024, SHA)).size());
        assertCode("KB_SIGNED", "kb.pdf", "application/pdf", 20L * 1024 * 1024 + 1, "size", "range");
    }

    @Test
    void messagesNameTheAcceptedChoices() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> UploadRequest.read(body("KB_SIGNED", "kb.pdf", "text/plain", 5, SHA)));
        FieldError error = e.errors().get(0);
        // plain language for a partner: the kind of file, not its media type (issue 14)
        assertEquals("is not accepted for this document: only PDF files", error.message(Language.EN));
        assertEquals("tidak diterima untuk dokumen ini: hanya file PDF", error.message(Language.ID));
    }

    @Test
    void fileSignatures() {
        assertTrue(FileKind.PDF.signedBy("%PDF-1.4".getBytes()));
        assertFalse(FileKind.PDF.signedBy("%PDF".getBytes()), "too short");
        assertTrue(FileKind.DOCX.signedBy(new byte[] {'P', 'K', 3, 4, 20, 0}));
        assertTrue(FileKind.PNG.signedBy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}));
        assertTrue(FileKind.JPEG.signedBy(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
        assertFalse(FileKind.JPEG.signedBy("%PDF-1.4".getBytes()));
        assertEquals(Optional.of(FileKind.PDF), FileKind.ofMediaType(" Application/PDF "));
        assertEquals(Optional.empty(), FileKind.ofMediaType("application/pdf; charset=x"));
    }

    @Test
    void storageKeysComeFromIdsOnly() {
        assertEquals("incoming/case/c-1/d-1", StorageKeys.incoming(Optional.of("c-1"), "d-1"));
        assertEquals("documents/new/d-1", StorageKeys.stored(Optional.empty(), "d-1"));
        assertEquals(Optional.of(new StorageKeys.UploadId(Optional.of("c-1"), "d-1")),
                StorageKeys.ofIncoming("incoming/case/c-1/d-1"));
        assertEquals(Optional.empty(), StorageKeys.ofIncoming("documents/case/c-1/d-1"));
        assertEquals(Optional.empty(), StorageKeys.ofIncoming("incoming/case/../d-1"));
        assertThrows(IllegalArgumentException.class, () -> StorageKeys.incoming(Optional.of("a/b"), "d"));
    }

    private static void assertCode(String type, String name, String contentType, String field, String code) {
        assertCode(type, name, contentType, 10, field, code);
    }

    private static void assertCode(String type, String name, String contentType, long size, String field, String code) {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> UploadRequest.read(body(type, name, contentType, size, SHA)));
        assertEquals(List.of(field + ":" + code), e.errors().stream().map(x -> x.field() + ":" + x.code()).toList());
    }

    private static Map<String, Object> body(String type, String name, String contentType, long size, String sha) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("fileName", name);
        body.put("contentType", contentType);
        body.put("size", size);
        body.put("sha256", sha);
        return body;
    }
}
