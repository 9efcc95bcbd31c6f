package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseOutcome.Change;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.mail.Mailer;
import id.sikerja.core.mail.Outbox;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.TimelineEvent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The e-mails a partner is owed when its case changes in a way that concerns it: accepted, returned for revision,
 * a draft to sign, signed, ended (by an admin, the partner's withdrawal, a rejection, or the system at the term's
 * end). A monev report falling due is the reminders' partner digest ({@code ReminderRun}). Each is an {@link OutboxEntry} committed with the change (see
 * {@code CaseService#transition}), under an id derived from the case's new version and the kind, so that a retried
 * request (replayed, or stale) writes and sends nothing again.
 *
 * <p>Like the confirmation ({@link IntakeMails}), a notice carries no free text of any request except the partner's
 * name: no note, no title. The tracking page has the rest; the link names the case's page, never the access token.
 */
public final class PartnerNotices {

    public static final String ACCEPTED = "PARTNER_ACCEPTED";
    public static final String REVISION_REQUESTED = "PARTNER_REVISION_REQUESTED";
    public static final String DRAFT_TO_SIGN = "PARTNER_DRAFT_TO_SIGN";
    public static final String SIGNED = "PARTNER_SIGNED";
    public static final String ENDED = "PARTNER_ENDED";
    /** Issue 17: the office sent the signed copy back; the reason is on the tracking page. */
    public static final String SIGNED_COPY_RETURNED = "PARTNER_SIGNED_COPY_RETURNED";

    private static final Set<Stage> SIGNING = EnumSet.of(Stage.PENANDATANGANAN_KB, Stage.PENANDATANGANAN_PKS,
            Stage.PENANDATANGANAN_NASKAH, Stage.PENANDATANGANAN_NOTA_KESEPAKATAN);
    private static final Set<Action> SIGNED_ACTIONS = EnumSet.of(Action.SIGN_KB, Action.SIGN_PKS, Action.SIGN_NASKAH,
            Action.SIGN_LOI, Action.SIGN_NOTA);
    /**
     * Endings of a running agreement: a domestic one moves on to Penatausahaan (the office closes the file), which is
     * no terminal stage, yet for the partner the cooperation has ended; EXPIRE is also the system's ending at the
     * term's end (the reminders' scheduled run).
     */
    private static final Set<Action> ENDING_ACTIONS = EnumSet.of(Action.END, Action.EXPIRE);

    private final PemdaSettings pemda;
    private final Mailer mailer;
    private final Outbox outbox;
    private final Clock clock;
    private final Consumer<String> warn;

    public PartnerNotices(PemdaSettings pemda, Mailer mailer, Outbox outbox, Clock clock, Consumer<String> warn) {
        this.pemda = pemda;
        this.mailer = mailer;
        this.outbox = outbox;
        this.clock = clock;
        this.warn = warn;
    }

    /**
     * The notices a change owes its partner; none for a case without a partner (no tracking code), or one whose
     * change does not concern the partner. Deterministic: the same change always owes the same entries.
     */
    public List<OutboxEntry> owed(Change change) {
        CaseRecord record = change.record();
        if (record.trackingCode() == null || record.proposal() == null || record.proposal().partner() == null
                || record.proposal().partner().email() == null || record.proposal().partner().email().isBlank()) {
            return List.of();
        }
        List<String> kinds = new ArrayList<>();
        for (TimelineEvent e : change.events()) {
            kind(e).filter(k -> !kinds.contains(k)).ifPresent(kinds::add);
        }
        List<OutboxEntry> owed = new ArrayList<>();
        for (String kind : kinds) {
            owed.add(new OutboxEntry(record.id() + ":v" + record.version() + ":" + kind, record.id(), kind,
                    List.of(record.proposal().partner().email()), clock.instant()));
        }
        return owed;
    }

    /** Sends what {@link #owed} the change and marks it sent; a failure leaves the entry pending, never an error. */
    public void deliver(Change change) {
        for (OutboxEntry entry : owed(change)) {
            try {
                mailer.send(pemda.mailFrom(), render(entry, change.record(), pemda));
                outbox.markSent(entry.id(), clock.instant());
            } catch (RuntimeException e) {
                warn.accept("mail not sent, left pending: " + entry.kind() + " " + e.getClass().getSimpleName());
            }
        }
    }

    /** The kinds {@link #render} writes: the pending ones a later run may send (never the confirmation: it held the token). */
    private static final Set<String> KINDS = Set.of(ACCEPTED, REVISION_REQUESTED, DRAFT_TO_SIGN, SIGNED, ENDED,
            SIGNED_COPY_RETURNED);

    /**
     * Sends partner notices still pending after the mail service failed when they were owed: at most {@code limit}
     * a run, only those older than {@code minAge} (the request that owed one sends it itself first), each taken
     * for one sender ({@link Outbox#claim}) before it is sent and marked sent after, so that neither a re-run nor
     * a concurrent run sends it twice. A failure leaves it pending for the next run.
     *
     * @return how many were sent
     */
    public int resendPending(java.util.function.Function<String, Optional<CaseRecord>> cases, int limit,
                             java.time.Duration minAge) {
        java.time.Instant now = clock.instant();
        int sent = 0;
        for (OutboxEntry entry : outbox.pending(limit)) {
            if (!KINDS.contains(entry.kind()) || entry.createdAt().isAfter(now.minus(minAge))) {
                continue;
            }
            Optional<CaseRecord> record = cases.apply(entry.caseId());
            if (record.isEmpty() || record.get().trackingCode() == null
                    || !outbox.claim(entry.id(), now, now.plus(java.time.Duration.ofMinutes(10)))) {
                continue;
            }
            try {
                mailer.send(pemda.mailFrom(), render(entry, record.get(), pemda));
                outbox.markSent(entry.id(), clock.instant());
                sent++;
            } catch (RuntimeException e) {
                warn.accept("pending mail not sent, left pending: " + entry.kind() + " " + e.getClass().getSimpleName());
            }
        }
        return sent;
    }

    private static Optional<String> kind(TimelineEvent e) {
        if (e.action() == Action.ACCEPT) {
            return Optional.of(ACCEPTED);
        }
        if (e.action() == Action.RETURN_FOR_REVISION) {
            return Optional.of(REVISION_REQUESTED);
        }
        if (e.action() == Action.RETURN_SIGNED_COPY) {
            return Optional.of(SIGNED_COPY_RETURNED);
        }
        if (SIGNED_ACTIONS.contains(e.action())) {
            return Optional.of(SIGNED);
        }
        if (ENDING_ACTIONS.contains(e.action())) {
            return Optional.of(ENDED);
        }
        boolean moved = e.from().map(f -> f != e.to()).orElse(true);
        if (moved && SIGNING.contains(e.to())) {
            return Optional.of(DRAFT_TO_SIGN);
        }
        if (moved && e.to().isTerminal()) {
            return Optional.of(ENDED);
        }
        return Optional.empty();
    }

    /** The notice as the partner reads it: Indonesian first, English below, the link to its tracking page. */
    public static MailMessage render(OutboxEntry entry, CaseRecord record, PemdaSettings pemda) {
        String code = record.trackingCode();
        String link = IntakeMails.trackingLink(pemda, code, null);
        Stage stage = record.stage();
        String[] what = switch (entry.kind()) {
            case ACCEPTED -> new String[]{"Permohonan kerja sama Anda diterima",
                    "Permohonan Anda lengkap dan diterima. Tahap berikutnya: " + stage.label().id() + ".",
                    "Your cooperation proposal was accepted",
                    "Your proposal is complete and accepted. Next: " + stage.label().en() + "."};
            case REVISION_REQUESTED -> new String[]{"Permohonan Anda perlu diperbaiki",
                    "Bagian Kerja Sama meminta perbaikan. Apa yang perlu diperbaiki tertera di halaman pelacakan.",
                    "Your proposal needs a revision",
                    "The Bagian Kerja Sama asks for a revision. What to revise is on the tracking page."};
            case DRAFT_TO_SIGN -> new String[]{"Rancangan siap ditandatangani",
                    "Tahap " + stage.label().id() + ": unduh rancangan dari halaman pelacakan untuk ditandatangani.",
                    "A draft is ready to sign",
                    "Stage " + stage.label().en() + ": download the draft from the tracking page to sign it."};
            case SIGNED -> new String[]{"Penandatanganan tercatat",
                    "Penandatanganan telah dicatat. Tahap berikutnya: " + stage.label().id() + ".",
                    "The signing is recorded",
                    "The signing has been recorded. Next: " + stage.label().en() + "."};
            case SIGNED_COPY_RETURNED -> new String[]{"Salinan bertanda tangan dikembalikan",
                    "Bagian Kerja Sama memeriksa salinan bertanda tangan (paraf di setiap halaman, meterai, cap) dan"
                            + " mengembalikannya. Alasannya tertera di halaman pelacakan; unggah salinan yang sudah"
                            + " diperbaiki di sana.",
                    "The signed copy was sent back",
                    "The Bagian Kerja Sama checked the signed copy (initials on every page, duty stamp, seal) and sent"
                            + " it back. The reason is on the tracking page; upload the corrected copy there."};
            case ENDED -> new String[]{"Permohonan kerja sama berakhir",
                    "Kerja sama ini berakhir" + record.state().endReason().map(r -> ": " + r.label().id()).orElse("")
                            + ".",
                    "Your cooperation case has ended",
                    "This cooperation has ended" + record.state().endReason().map(r -> ": " + r.label().en()).orElse("")
                            + "."};
            default -> throw new IllegalArgumentException("unknown mail kind " + entry.kind());
        };
        String name = record.proposal().partner().name();
        String subject = "[Si Kerja] " + what[0] + " — " + code;
        String text = """
                Yth. %s,

                %s

                Kode pelacakan: %s
                Lihat rinciannya di halaman pelacakan (masukkan kode akses yang Anda terima saat mengajukan):
                %s

                Hormat kami,
                Bagian Kerja Sama — %s

                ---
                %s. %s
                Tracking code: %s. Details: %s
                """.formatted(name, what[1], code, link, pemda.name(), what[2], what[3], code, link);
        String html = """
                <!doctype html><html lang="id"><body style="font-family:sans-serif;line-height:1.5">
                <p>Yth. %s,</p>
                <p>%s</p>
                <p>Kode pelacakan: <strong style="font-size:1.2em">%s</strong></p>
                <p><a href="%s">Lihat di halaman pelacakan</a> (masukkan kode akses yang Anda terima saat mengajukan).</p>
                <p>Hormat kami,<br>Bagian Kerja Sama — %s</p>
                <hr><p lang="en" style="color:#555">%s. %s Tracking code: %s.
                <a href="%s">Open the tracking page</a>.</p>
                </body></html>
                """.formatted(IntakeMails.esc(name), IntakeMails.esc(what[1]), code, IntakeMails.esc(link),
                IntakeMails.esc(pemda.name()), IntakeMails.esc(what[2]), IntakeMails.esc(what[3]), code,
                IntakeMails.esc(link));
        return new MailMessage(entry.recipients(), subject, text, html);
    }
}
