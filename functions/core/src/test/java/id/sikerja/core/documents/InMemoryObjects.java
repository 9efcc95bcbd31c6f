package id.sikerja.core.documents;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** A bucket in memory: the current version of each key, with its content type and tags. */
final class InMemoryObjects implements ObjectStore {

    record Stored(byte[] bytes, String contentType, String versionId, Map<String, String> tags) {
    }

    final Map<String, Stored> objects = new HashMap<>();
    private final Clock clock;
    private int versions;

    InMemoryObjects(Clock clock) {
        this.clock = clock;
    }

    /** What a client's PUT leaves; returns the version id. */
    String put(String key, byte[] bytes, String contentType) {
        String version = "v" + (++versions);
        objects.put(key, new Stored(bytes.clone(), contentType, version, new HashMap<>()));
        return version;
    }

    @Override
    public PresignedRequest presignUpload(String key, FileKind kind, long size, String sha256Hex, Duration validity) {
        return new PresignedRequest("PUT", URI.create("https://bucket.example/" + key + "?signed"),
                Map.of("content-type", kind.mediaType(), "content-length", Long.toString(size)),
                clock.instant().plus(validity));
    }

    @Override
    public PresignedRequest presignDownload(String key, String fileName, Duration validity) {
        return new PresignedRequest("GET", URI.create("https://bucket.example/" + key + "?signed"), Map.of(),
                clock.instant().plus(validity));
    }

    @Override
    public Optional<ObjectInfo> head(String key, Optional<String> versionId) {
        return get(key, versionId).map(s -> new ObjectInfo(s.bytes().length, s.contentType()));
    }

    @Override
    public Optional<String> scanStatus(String key, Optional<String> versionId) {
        return get(key, versionId).map(s -> s.tags().get(DocumentReception.SCAN_TAG));
    }

    @Override
    public Contents read(String key, Optional<String> versionId, int headBytes) {
        byte[] bytes = get(key, versionId).orElseThrow().bytes();
        try {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new Contents(bytes.length, sha, Arrays.copyOf(bytes, Math.min(headBytes, bytes.length)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<String> copy(String fromKey, Optional<String> versionId, String toKey) {
        Stored from = get(fromKey, versionId).orElseThrow();
        return Optional.of(put(toKey, from.bytes(), from.contentType()));
    }

    @Override
    public void delete(String key, Optional<String> versionId) {
        if (get(key, versionId).isPresent()) {
            objects.remove(key);
        }
    }

    private Optional<Stored> get(String key, Optional<String> versionId) {
        return Optional.ofNullable(objects.get(key)).filter(s -> versionId.map(s.versionId()::equals).orElse(true));
    }
}
