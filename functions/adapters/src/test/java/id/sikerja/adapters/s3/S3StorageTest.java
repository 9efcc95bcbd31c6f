package id.sikerja.adapters.s3;

import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.ObjectStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the pre-signed URLs sign (AWS SDK 2.54's S3Presigner; signing needs no network). A PUT signs the content
 * type, the length and the SHA-256, so that S3 refuses any other file; a GET signs only the host.
 */
class S3StorageTest {

    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"));
    private static final S3Presigner PRESIGNER = S3Presigner.builder().region(Region.AP_SOUTHEAST_3)
            .credentialsProvider(CREDENTIALS).build();
    private static final S3Client S3 = S3Client.builder().region(Region.AP_SOUTHEAST_3).credentialsProvider(CREDENTIALS)
            .httpClient(UrlConnectionHttpClient.create()).build();
    private static final S3Storage STORAGE = new S3Storage(S3, PRESIGNER, "sikerja-documents-test");
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @AfterAll
    static void close() {
        PRESIGNER.close();
        S3.close();
    }

    @Test
    void anUploadUrlSignsContentTypeLengthAndChecksum() {
        Instant before = Instant.now();
        ObjectStore.PresignedRequest put = STORAGE.presignUpload("incoming/case/c-1/d-1", FileKind.PDF, 482113,
                SHA256, Duration.ofMinutes(15));

        Map<String, String> query = query(put.url().getRawQuery());
        assertEquals(Set.of("content-length", "content-type", "host", "x-amz-checksum-sha256"),
                new TreeSet<>(Arrays.asList(query.get("X-Amz-SignedHeaders").split(";"))));
        assertEquals("900", query.get("X-Amz-Expires"), "15 minutes at most");
        assertEquals(Map.of("content-type", "application/pdf", "content-length", "482113",
                "x-amz-checksum-sha256", "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="), put.headers(),
                "the client sends exactly these (the checksum is the digest in base64)");
        assertEquals("PUT", put.method());
        assertTrue(put.url().getPath().endsWith("/incoming/case/c-1/d-1"));
        assertFalse(put.expiresAt().isAfter(before.plus(Duration.ofMinutes(15)).plusSeconds(5)));
    }

    @Test
    void aDownloadUrlIsShortLivedAndSavesUnderTheFileName() {
        ObjectStore.PresignedRequest get = STORAGE.presignDownload("documents/case/c-1/d-1", "KB \"final\" ñ.pdf",
                Duration.ofMinutes(5));
        Map<String, String> query = query(get.url().getRawQuery());
        assertEquals("host", query.get("X-Amz-SignedHeaders"));
        assertEquals("300", query.get("X-Amz-Expires"));
        assertEquals("attachment; filename=\"KB _final_ _.pdf\"; filename*=UTF-8''KB%20%22final%22%20%C3%B1.pdf",
                query.get("response-content-disposition"));
        assertEquals(Map.of(), get.headers());
    }

    @Test
    void readingDigestsTheWholeStreamAndKeepsItsFirstBytes() throws Exception {
        byte[] bytes = new byte[200_000];
        Arrays.fill(bytes, (byte) 'a');
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        ObjectStore.Contents c = S3Storage.digest(new ByteArrayInputStream(bytes), 8);
        assertEquals(200_000, c.size());
        assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)),
                c.sha256());
        assertEquals("%PDF-1.7", new String(c.head(), StandardCharsets.US_ASCII));
        assertEquals(3, S3Storage.digest(new ByteArrayInputStream(new byte[3]), 8).head().length);
    }

    private static Map<String, String> query(String raw) {
        return List.of(raw.split("&")).stream().map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
