package id.sikerja.core.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file Si Kerja accepts: the media type a client declares, the file name extensions that go with it,
 * and the signature the file's first bytes must carry.
 */
public enum FileKind {
    PDF("application/pdf", List.of(".pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    /** Word (Office Open XML): a ZIP container. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(".docx"),
            new byte[] {'P', 'K', 3, 4}),
    PNG("image/png", List.of(".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", List.of(".jpg", ".jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    /** How many leading bytes {@link #signedBy} needs at most. */
    public static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] signature;

    FileKind(String mediaType, List<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The kind with this media type (parameters such as {@code ; charset} are not accepted). */
    public static Optional<FileKind> ofMediaType(String mediaType) {
        String wanted = mediaType == null ? "" : mediaType.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(wanted)).findFirst();
    }

    /** Whether the file name ends with one of this kind's extensions (in any case). */
    public boolean named(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(lower::endsWith);
    }

    /** Whether the file's first bytes carry this kind's signature. */
    public boolean signedBy(byte[] head) {
        if (head.length < signature.length) {
            return false;
        }
        return Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
