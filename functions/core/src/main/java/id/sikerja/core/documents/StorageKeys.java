package id.sikerja.core.documents;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The object keys of uploads, chosen by the server from ids only (never from file names):
 * <pre>
 * incoming/case/&lt;caseId&gt;/&lt;documentId&gt;    where a client PUTs a file for a case (checked, then removed)
 * incoming/new/&lt;documentId&gt;               a file for a case not created yet
 * documents/case/&lt;caseId&gt;/&lt;documentId&gt;   where a registered file is kept (written once)
 * documents/new/&lt;documentId&gt;
 * </pre>
 * Only {@code incoming/} triggers the document-received function; {@code documents/} holds evidence.
 */
public final class StorageKeys {

    public static final String INCOMING = "incoming/";
    public static final String STORED = "documents/";

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";
    private static final Pattern KEY = Pattern.compile("(incoming|documents)/(?:case/(" + ID + ")/|new/)(" + ID + ")");

    private StorageKeys() {
    }

    /** Where the client uploads. */
    public static String incoming(Optional<String> caseId, String documentId) {
        return INCOMING + path(caseId, documentId);
    }

    /** Where the registered file is kept. */
    public static String stored(Optional<String> caseId, String documentId) {
        return STORED + path(caseId, documentId);
    }

    /** The upload an incoming key belongs to; empty for any other key. */
    public static Optional<UploadId> ofIncoming(String key) {
        return parse(key, "incoming");
    }

    /** The upload a stored key was registered from; empty for any other key. */
    public static Optional<UploadId> ofStored(String key) {
        return parse(key, "documents");
    }

    /** Whether an id can be part of a key (case ids and document ids are UUIDs). */
    public static boolean isId(String id) {
        return id != null && id.matches(ID);
    }

    /** Names an upload: its document id, and its case unless it was made for a new case. */
    public record UploadId(Optional<String> caseId, String documentId) {
    }

    private static String path(Optional<String> caseId, String documentId) {
        caseId.ifPresent(StorageKeys::requireId);
        requireId(documentId);
        return caseId.map(c -> "case/" + c + "/").orElse("new/") + documentId;
    }

    private static void requireId(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not an id: " + id);
        }
    }

    private static Optional<UploadId> parse(String key, String prefix) {
        Matcher m = KEY.matcher(key == null ? "" : key);
        if (!m.matches() || !m.group(1).equals(prefix)) {
            return Optional.empty();
        }
        return Optional.of(new UploadId(Optional.ofNullable(m.group(2)), m.group(3)));
    }
}
