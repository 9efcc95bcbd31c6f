package id.sikerja.core.discussion;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.Visibility;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.notifications.NotificationKind;
import id.sikerja.core.notifications.Notifications;
import id.sikerja.core.notifications.OfficerRoster;
import id.sikerja.core.notifications.Recipient;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DiscussionRule;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Role;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A case's discussion (issue 17): who reads and writes which comments is {@link ProcessDefinitions#DISCUSSION}
 * (per role, and closed cases read-only); a case the caller cannot see does not exist for it. Posting tells the
 * officers it concerns through {@link Notifications}: the mentioned ({@link NotificationKind#MENTION}); for a
 * partner's comment, the officers who wrote SHARED comments on the case and the officers of the case's departments
 * ({@link NotificationKind#SHARED_REPLY}). The author is never told of their own comment.
 */
public final class DiscussionService {

    public static final int MAX_PAGE = 100;
    public static final int DEFAULT_PAGE = 50;

    private final CaseStore cases;
    private final CommentStore comments;
    private final OfficerRoster roster;
    private final Notifications notifications;
    private final Clock clock;

    public DiscussionService(CaseStore cases, CommentStore comments, OfficerRoster roster, Notifications notifications,
                             Clock clock) {
        this.cases = cases;
        this.comments = comments;
        this.roster = roster;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** What a write did. */
    public sealed interface Outcome {
    }

    /** Written now ({@code replayed} false) or the remembered answer to a retry. */
    public record Written(String response, boolean replayed) implements Outcome {
    }

    /** The case (or comment) does not exist for the caller. */
    public record NotFound() implements Outcome {
    }

    /** The caller may not do this: {@code reason} names why (a problem slug). */
    public record Forbidden(String reason) implements Outcome {
    }

    /** The comment moved on since {@code version}: the current one. */
    public record Stale(Comment current) implements Outcome {
    }

    /** The rule of the caller's role. */
    public static DiscussionRule rule(Actor actor) {
        return ProcessDefinitions.DISCUSSION.get(actor.role());
    }

    /** A page of the thread the caller reads, oldest first; empty when the case does not exist for it. */
    public record Thread(CaseRecord record, List<Comment> items, Optional<String> nextCursor, int total) {
    }

    public Optional<Thread> thread(String caseId, Actor actor, int limit, Optional<String> after) {
        Optional<CaseRecord> record = visible(caseId, actor);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        DiscussionRule rule = rule(actor);
        List<Comment> all = comments.list(caseId).stream().filter(c -> rule.mayRead(c.visibility())).toList();
        int from = 0;
        if (after.isPresent()) {
            from = all.size();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(after.get())) {
                    from = i + 1;
                    break;
                }
            }
        }
        int to = Math.min(all.size(), from + limit);
        List<Comment> page = from >= all.size() ? List.of() : all.subList(from, to);
        return Optional.of(new Thread(record.get(), List.copyOf(page),
                to < all.size() && !page.isEmpty() ? Optional.of(page.get(page.size() - 1).id()) : Optional.empty(),
                all.size()));
    }

    /**
     * Posts a comment. 422 ({@link InvalidInput}) for a visibility the role may not use, a document the case does
     * not have, a mention of an officer Si Kerja does not know or who cannot see the case.
     */
    public Outcome post(String caseId, Actor actor, CommentRequests.NewComment in, Optional<Idempotency> idempotency,
                        Function<Comment, String> render) {
        Optional<CaseRecord> found = visible(caseId, actor);
        if (found.isEmpty()) {
            return new NotFound();
        }
        Optional<String> replay = Idempotency.replay(idempotency, comments);
        if (replay.isPresent()) {
            return new Written(replay.get(), true);
        }
        CaseRecord record = found.get();
        DiscussionRule rule = rule(actor);
        if (!rule.writesAnything(record.stage())) {
            return new Forbidden(record.stage().isTerminal() ? "discussion-closed" : "discussion-read-only");
        }
        String visibility = in.visibility().orElse(actor.role() == Role.PARTNER ? DiscussionRule.SHARED
                : DiscussionRule.INTERNAL);
        List<FieldError> errors = new ArrayList<>();
        if (!rule.mayWrite(visibility, record.stage())) {
            errors.add(FieldError.of("visibility", "visibility_not_allowed", "allowed", String.join(", ", rule.writes())));
        }
        if (in.document().isPresent() && record.state().documents().find(in.document().get()).isEmpty()) {
            errors.add(FieldError.of("document.version", "document_not_on_case"));
        }
        List<Recipient> mentioned = new ArrayList<>();
        List<Recipient> known = null;
        for (int i = 0; i < in.mentions().size(); i++) {
            String handle = in.mentions().get(i);
            Optional<Recipient> r = roster.find(handle);
            if (r.isEmpty() && handle.contains("@")) {
                // an officer may be named by the address colleagues know them by
                known = known == null ? roster.all() : known;
                r = known.stream().filter(o -> handle.equalsIgnoreCase(o.email())).findFirst();
            }
            if (r.isEmpty()) {
                errors.add(FieldError.of("mentions[" + i + "]", "unknown_mention"));
            } else if (r.get().actors().stream().noneMatch(a -> Visibility.canSee(a, record.state())
                    && rule(a).mayRead(visibility))) {
                errors.add(FieldError.of("mentions[" + i + "]", "officer_cannot_see_case"));
            } else {
                mentioned.add(r.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = clock.instant();
        Comment comment = new Comment(UUID.randomUUID().toString(), caseId, actor.id(), actor.role(), record.stage(),
                in.document(), visibility, in.text(), mentioned.stream().map(Recipient::id).distinct().toList(), now, 1,
                List.of(), Optional.empty());
        String response = render.apply(comment);
        try {
            comments.create(comment, idempotency.map(i -> i.remember(response, now)));
        } catch (CommentStore.Conflict lost) {
            // a concurrent retry with the same key won: its answer is the answer
            return Idempotency.replay(idempotency, comments).<Outcome>map(r -> new Written(r, true))
                    .orElseThrow(() -> lost);
        }
        tell(record, comment, mentioned);
        return new Written(response, false);
    }

    /** Edits (only the author; the earlier text kept) or retracts (only the author; a note says why). */
    public Outcome change(String caseId, String commentId, Actor actor, CommentRequests.Change in) {
        Optional<CaseRecord> found = visible(caseId, actor);
        if (found.isEmpty()) {
            return new NotFound();
        }
        DiscussionRule rule = rule(actor);
        Optional<Comment> comment = comments.find(caseId, commentId).filter(c -> rule.mayRead(c.visibility()));
        if (comment.isEmpty()) {
            return new NotFound();
        }
        Comment c = comment.get();
        if (!c.authorId().equals(actor.id())) {
            return new Forbidden("not-comment-author");
        }
        if (!rule.writesAnything(found.get().stage())) {
            return new Forbidden(found.get().stage().isTerminal() ? "discussion-closed" : "discussion-read-only");
        }
        if (c.version() != in.version() || c.retracted()) {
            return new Stale(c);
        }
        Instant now = clock.instant();
        Comment next = in.retractionNote().isPresent() ? c.withdrawn(in.retractionNote().get(), now)
                : c.edited(in.text().orElseThrow(), now);
        if (!comments.replace(next, c.version())) {
            return new Stale(comments.find(caseId, commentId).orElse(c));
        }
        return new Written(commentId, false);
    }

    /** The comment as it now stands (after {@link #change}). */
    public Optional<Comment> find(String caseId, String commentId) {
        return comments.find(caseId, commentId);
    }

    private Optional<CaseRecord> visible(String caseId, Actor actor) {
        return cases.find(caseId).filter(r -> Visibility.canSee(actor, r.state()));
    }

    private void tell(CaseRecord record, Comment comment, List<Recipient> mentioned) {
        Map<String, String> params = new LinkedHashMap<>();
        if (record.proposal() != null && record.proposal().title() != null) {
            params.put("title", record.proposal().title());
        }
        if (record.trackingCode() != null) {
            params.put("trackingCode", record.trackingCode());
        }
        params.put("stage", comment.stage().name());
        params.put("commentId", comment.id());
        for (Recipient r : mentioned) {
            if (!r.id().equals(comment.authorId())) {
                notifications.notify(r.id(), NotificationKind.MENTION, record.id(), comment.id(), comment.createdAt(),
                        params);
            }
        }
        if (comment.authorRole() == Role.PARTNER) {
            Set<String> told = new LinkedHashSet<>();
            mentioned.forEach(r -> told.add(r.id()));
            Set<String> recipients = new LinkedHashSet<>();
            for (Comment earlier : comments.list(record.id())) {
                if (earlier.authorRole() != Role.PARTNER && DiscussionRule.SHARED.equals(earlier.visibility())) {
                    recipients.add(earlier.authorId());
                }
            }
            for (Recipient r : roster.all()) {
                if (r.roles().contains(Role.OPD) && r.department().map(record.state().departments()::contains)
                        .orElse(false)) {
                    recipients.add(r.id());
                }
            }
            for (String id : recipients) {
                if (!told.contains(id)) {
                    notifications.notify(id, NotificationKind.SHARED_REPLY, record.id(), comment.id(),
                            comment.createdAt(), params);
                }
            }
        }
    }
}
