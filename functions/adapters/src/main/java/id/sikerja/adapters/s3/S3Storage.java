package id.sikerja.adapters.s3;

import id.sikerja.core.documents.DocumentReception;
import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.ObjectStore;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ObjectStore} on one S3 bucket (private, versioned). Upload URLs sign the content type, the length and the
 * SHA-256 ({@code x-amz-checksum-sha256}): S3 refuses a PUT whose headers or bytes differ. Download URLs sign only
 * the host and make the browser save the file under its name.
 */
public final class S3Storage implements ObjectStore {

    private static final int BUFFER = 64 * 1024;

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3Storage(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public PresignedRequest presignUpload(String key, FileKind kind, long size, String sha256Hex, Duration validity) {
        String checksum = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
        PresignedPutObjectRequest put = presigner.presignPutObject(r -> r.signatureDuration(validity)
                .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(kind.mediaType()).contentLength(size)
                        .checksumSHA256(checksum)));
        Map<String, String> headers = new LinkedHashMap<>();
        put.signedHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                headers.put(name, String.join(",", values));
            }
        });
        return new PresignedRequest("PUT", uri(put.url()), headers, put.expiration());
    }

    @Override
    public PresignedRequest presignDownload(String key, String fileName, Duration validity) {
        PresignedGetObjectRequest get = presigner.presignGetObject(r -> r.signatureDuration(validity)
                .getObjectRequest(o -> o.bucket(bucket).key(key).responseContentDisposition(attachment(fileName))));
        return new PresignedRequest("GET", uri(get.url()), Map.of(), get.expiration());
    }

    @Override
    public Optional<ObjectInfo> head(String key, Optional<String> versionId) {
        try {
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key).versionId(versionId.orElse(null)));
            return Optional.of(new ObjectInfo(head.contentLength(), head.contentType()));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<String> scanStatus(String key, Optional<String> versionId) {
        return s3.getObjectTagging(r -> r.bucket(bucket).key(key).versionId(versionId.orElse(null))).tagSet().stream()
                .filter(t -> t.key().equals(DocumentReception.SCAN_TAG)).map(t -> t.value()).findFirst();
    }

    @Override
    public Contents read(String key, Optional<String> versionId, int headBytes) {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(bucket).key(key)
                .versionId(versionId.orElse(null)))) {
            return digest(in, headBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + key, e);
        }
    }

    @Override
    public Optional<String> copy(String fromKey, Optional<String> versionId, String toKey) {
        String version = s3.copyObject(r -> r.sourceBucket(bucket).sourceKey(fromKey).sourceVersionId(versionId.orElse(null))
                .destinationBucket(bucket).destinationKey(toKey).checksumAlgorithm(ChecksumAlgorithm.SHA256)).versionId();
        return Optional.ofNullable(version);
    }

    @Override
    public void delete(String key, Optional<String> versionId) {
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(key).versionId(versionId.orElse(null)));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
        }
    }

    /** Streams the bytes once: their count, their SHA-256 and the first {@code headBytes}. */
    static Contents digest(InputStream in, int headBytes) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] head = new byte[headBytes];
        int headLength = 0;
        long size = 0;
        byte[] buffer = new byte[BUFFER];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            int take = Math.min(n, headBytes - headLength);
            System.arraycopy(buffer, 0, head, headLength, take);
            headLength += take;
            sha256.update(buffer, 0, n);
            size += n;
        }
        return new Contents(size, HexFormat.of().formatHex(sha256.digest()), Arrays.copyOf(head, headLength));
    }

    /** {@code attachment} with the name in ASCII (for old clients) and in UTF-8 (RFC 6266). */
    static String attachment(String fileName) {
        String name = fileName.isBlank() ? "dokumen" : fileName;
        String ascii = name.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static java.net.URI uri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK made an invalid URL", e);
        }
    }
}
