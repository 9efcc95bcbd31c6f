package id.sikerja.core.discussion;

import id.sikerja.core.validation.Fields;
import id.sikerja.core.workflow.DiscussionRule;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentType;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the bodies of the discussion's requests, naming every bad field (422). */
public final class CommentRequests {

    /** A comment's text: multi-line, as every note. */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_NOTE = 500;
    public static final int MAX_MENTIONS = 20;
    /** A user name as the pool issues it (a UUID with e-mail sign-in; locally the same). */
    static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@+-]{1,128}$");

    private CommentRequests() {
    }

    /** A new comment. {@code visibility} absent: INTERNAL for officers, SHARED for the partner. */
    public record NewComment(String text, Optional<String> visibility, Optional<DocumentRef> document,
                             List<String> mentions) {
    }

    /** An edit ({@code text}) or a retraction ({@code retract: true} with a {@code note}), on {@code version}. */
    public record Change(long version, Optional<String> text, Optional<String> retractionNote) {
    }

    public static NewComment comment(Map<String, Object> body, boolean partner) {
        Fields f = Fields.of(body);
        Set<String> known = partner ? Set.of("text", "visibility") : Set.of("text", "visibility", "document", "mentions");
        body.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> f.reject(k, "unknown_field", Map.of()));
        String text = f.longText("text", 1, MAX_TEXT);
        Optional<String> visibility = Optional.empty();
        if (f.has("visibility")) {
            String v = f.text("visibility", 1, 16);
            if (v != null && !v.equals(DiscussionRule.INTERNAL) && !v.equals(DiscussionRule.SHARED)) {
                f.reject("visibility", "one_of", Map.of("allowed", "INTERNAL, SHARED"));
            } else {
                visibility = Optional.ofNullable(v);
            }
        }
        Optional<DocumentRef> document = Optional.empty();
        if (!partner && body.get("document") != null) {
            Fields d = f.object("document");
            if (d != null) {
                DocumentType type = d.choice("type", DocumentType.class);
                Integer version = d.integer("version", 1, 10_000);
                if (type != null && version != null) {
                    document = Optional.of(new DocumentRef(type, version));
                }
            }
        }
        List<String> mentions = partner ? List.of() : f.codes("mentions", USERNAME, "username", MAX_MENTIONS);
        f.throwIfInvalid();
        return new NewComment(text, visibility, document, mentions);
    }

    public static Change change(Map<String, Object> body) {
        Fields f = Fields.of(body);
        Set<String> known = Set.of("version", "text", "retract", "note");
        body.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> f.reject(k, "unknown_field", Map.of()));
        Integer version = f.integer("version", 1, 1_000_000);
        Object retract = body.get("retract");
        Optional<String> text = Optional.empty();
        Optional<String> note = Optional.empty();
        if (retract != null && !(retract instanceof Boolean)) {
            f.reject("retract", "not_boolean", Map.of());
        } else if (Boolean.TRUE.equals(retract)) {
            if (body.containsKey("text")) {
                f.reject("text", "unknown_field", Map.of());
            }
            note = Optional.ofNullable(f.longText("note", 1, MAX_NOTE));
        } else {
            if (body.containsKey("note")) {
                f.reject("note", "unknown_field", Map.of());
            }
            text = Optional.ofNullable(f.longText("text", 1, MAX_TEXT));
        }
        f.throwIfInvalid();
        return new Change(version, text, note);
    }
}
