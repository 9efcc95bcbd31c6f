package id.sikerja.core.potentials;

import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.StorageKeys;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storage keys of entries' files, chosen by the server from ids only:
 * <pre>
 * incoming/potential/&lt;potentialId&gt;/&lt;documentId&gt;   where a client PUTs a file (checked, then removed)
 * potentials/&lt;potentialId&gt;/&lt;documentId&gt;          where a registered file is kept (public)
 * </pre>
 */
public final class PotentialFiles {

    /** What an entry may carry: a profile PDF, photos. */
    public static final Set<FileKind> ALLOWED = EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG);
    /** At most this many files per entry. */
    public static final int MAX_FILES = 10;
    /** At most this many bytes per file. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String INCOMING = "incoming/potential/";
    public static final String STORED = "potentials/";

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9-]{0,63}";
    private static final Pattern INCOMING_KEY = Pattern.compile("incoming/potential/(" + ID + ")/(" + ID + ")");

    private PotentialFiles() {
    }

    public static String incoming(String potentialId, String documentId) {
        return INCOMING + path(potentialId, documentId);
    }

    public static String stored(String potentialId, String documentId) {
        return STORED + path(potentialId, documentId);
    }

    /** The entry and upload an incoming key belongs to; empty for any other key. */
    public static Optional<String[]> ofIncoming(String key) {
        Matcher m = INCOMING_KEY.matcher(key == null ? "" : key);
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
    }

    private static String path(String potentialId, String documentId) {
        if (!StorageKeys.isId(potentialId) || !StorageKeys.isId(documentId)) {
            throw new IllegalArgumentException("not an id");
        }
        return potentialId + "/" + documentId;
    }
}
