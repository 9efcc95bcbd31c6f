package id.sikerja.core.signing;

import id.sikerja.core.mail.MailMessage;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Text;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Issue 17: the rules of a signing's schedule, read from the process table
 * ({@link ProcessDefinitions#SIGNING_SCHEDULE_STAGES}, {@code SIGNING_SCHEDULE_PROPOSERS},
 * {@code SIGNING_SCHEDULE_APPROVERS}), what a proposal must hold (422 naming each field), how a proposal or a
 * reschedule changes a schedule (version-conditional; the same proposal again changes nothing), and the invitation
 * mail with its iCalendar attachment. No storage and no route yet: the building block of
 * {@code POST /cooperations/{id}/signing-schedule}.
 */
public final class SigningRules {

    /** The longest signing, in minutes, and the default. */
    public static final int MAX_DURATION = 8 * 60;
    public static final int DEFAULT_DURATION = 60;
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private SigningRules() {
    }

    /**
     * Reads a proposal: {@code mode}, {@code date} (YYYY-MM-DD) and {@code time} (HH:MM) in the Pemda's zone,
     * optional {@code durationMinutes}, {@code place}, and {@code signers} [{party PEMDA|MITRA, name, position}] with at
     * least one signer for each party. A time already past is refused.
     */
    public static SigningSchedule.Proposal read(Map<String, Object> body, ZoneId zone, Instant now) {
        Fields f = Fields.of(body);
        for (String name : body.keySet()) {
            if (!List.of("mode", "date", "time", "durationMinutes", "place", "signers", "version").contains(name)) {
                f.reject(name, "unknown_field", Map.of());
            }
        }
        SigningSchedule.Mode mode = f.choice("mode", SigningSchedule.Mode.class);
        String dateText = f.text("date", 10, 10);
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                f.reject("date", "date", Map.of());
            }
        }
        String timeText = f.text("time", 5, 5);
        LocalTime time = null;
        if (timeText != null) {
            if (TIME.matcher(timeText).matches()) {
                time = LocalTime.parse(timeText);
            } else {
                f.reject("time", "time_format", Map.of());
            }
        }
        int duration = f.has("durationMinutes") ? Optional.ofNullable(f.integer("durationMinutes", 15, MAX_DURATION))
                .orElse(DEFAULT_DURATION) : DEFAULT_DURATION;
        String place = f.text("place", 1, 300);
        List<SigningSchedule.Signer> signers = signers(body.get("signers"), f);
        Instant start = null;
        if (date != null && time != null) {
            start = LocalDateTime.of(date, time).atZone(zone).toInstant();
            if (!start.isAfter(now)) {
                f.reject("date", "signing_in_past", Map.of());
            }
        }
        f.throwIfInvalid();
        return new SigningSchedule.Proposal(mode, start, zone, duration, place, signers);
    }

    private static List<SigningSchedule.Signer> signers(Object value, Fields f) {
        if (value == null) {
            f.reject("signers", "required", Map.of());
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            f.reject("signers", "not_list", Map.of());
            return List.of();
        }
        if (list.size() > 10) {
            f.reject("signers", "too_many", Map.of("max", 10));
            return List.of();
        }
        List<SigningSchedule.Signer> out = new ArrayList<>();
        boolean bad = false;
        for (int i = 0; i < list.size(); i++) {
            String path = "signers[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                f.reject(path, "not_object", Map.of());
                bad = true;
                continue;
            }
            @SuppressWarnings("unchecked")
            Fields item = Fields.of((Map<String, Object>) m);
            SigningSchedule.Party party = item.choice("party", SigningSchedule.Party.class);
            String name = item.text("name", 1, 200);
            String position = item.text("position", 1, 200);
            for (FieldError e : item.errors()) {
                f.reject(path + "." + e.field(), e.code(), e.params());
                bad = true;
            }
            if (party != null && name != null && position != null) {
                out.add(new SigningSchedule.Signer(party, name.strip(), position.strip()));
            }
        }
        if (!bad) {
            Set<SigningSchedule.Party> missing = EnumSet.allOf(SigningSchedule.Party.class);
            out.forEach(s -> missing.remove(s.party()));
            if (!missing.isEmpty()) {
                f.reject("signers", "signing_party_missing", Map.of("missing",
                        String.join(", ", missing.stream().map(Enum::name).toList())));
            }
        }
        return out;
    }

    /** Why the actor may not propose or move the schedule in the case's stage; empty when it may. */
    public static Optional<Text> whyNotPropose(CaseState state, Actor actor) {
        if (!ProcessDefinitions.SIGNING_SCHEDULE_PROPOSERS.contains(actor.role())) {
            return Optional.of(Text.of("Jadwal penandatanganan diusulkan oleh OPD atau Bagian Kerja Sama",
                    "A signing is scheduled by the department or the cooperation office"));
        }
        return notSigningStage(state);
    }

    /** Why the actor may not approve the schedule; empty when it may. */
    public static Optional<Text> whyNotApprove(CaseState state, Actor actor) {
        if (!ProcessDefinitions.SIGNING_SCHEDULE_APPROVERS.contains(actor.role())) {
            return Optional.of(Text.of("Jadwal penandatanganan disetujui oleh Bagian Kerja Sama",
                    "A signing's schedule is approved by the cooperation office"));
        }
        return notSigningStage(state);
    }

    private static Optional<Text> notSigningStage(CaseState state) {
        return ProcessDefinitions.SIGNING_SCHEDULE_STAGES.contains(state.stage()) ? Optional.empty()
                : Optional.of(Text.of("Tahap " + state.stage().label().id() + " bukan tahap penandatanganan",
                "The stage " + state.stage().label().en() + " is not a signing stage"));
    }

    /** What proposing does to the case's schedule. */
    public sealed interface Change {
        /** The schedule to store (conditional on {@code expectedVersion}; 0: none stored yet). */
        record Write(SigningSchedule schedule, long expectedVersion) implements Change {
        }

        /** The same proposal again: nothing to write. */
        record Unchanged(SigningSchedule schedule) implements Change {
        }

        /** The client's version is not the stored one (409 with the current schedule). */
        record Stale(SigningSchedule current) implements Change {
        }
    }

    /**
     * A proposal applied to the stored schedule, if any: the first, a retry (unchanged), or a reschedule (same UID,
     * SEQUENCE + 1), which must name the version it changes.
     */
    public static Change propose(String caseId, Optional<SigningSchedule> current, Optional<Long> version,
                                 SigningSchedule.Proposal p, Actor by, String newUid, Instant now) {
        if (current.isEmpty()) {
            return new Change.Write(SigningSchedule.first(caseId, newUid, p, by, now), 0L);
        }
        SigningSchedule s = current.get();
        if (s.sameAs(p)) {
            return new Change.Unchanged(s);
        }
        if (version.isEmpty() || version.get() != s.version()) {
            return new Change.Stale(s);
        }
        boolean approver = ProcessDefinitions.SIGNING_SCHEDULE_APPROVERS.contains(by.role());
        return new Change.Write(s.rescheduled(p, by, approver, now), s.version());
    }

    /** The approval; a stale version is 409. */
    public static Change approve(SigningSchedule current, long version, Actor by, Instant now) {
        if (version != current.version()) {
            return new Change.Stale(current);
        }
        if (current.status() == SigningSchedule.Status.APPROVED) {
            return new Change.Unchanged(current);
        }
        return new Change.Write(current.approved(by, now), current.version());
    }

    /**
     * The invitation to an approved schedule (or its update: a higher SEQUENCE), in the reader's language, with the
     * {@code .ics} attached ({@code text/calendar; method=REQUEST}).
     */
    public static MailMessage invitation(SigningSchedule s, String caseTitle, List<ICalendar.Attendee> to,
                                         ICalendar.Attendee organizer, Language lang, Instant now) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern(lang.pick("EEEE, d MMMM yyyy 'pukul' HH.mm",
                "EEEE d MMMM yyyy 'at' HH:mm"), Locale.forLanguageTag(lang.pick("id-ID", "en")));
        String at = when.format(s.start().atZone(s.zone())) + " (" + s.zone().getId() + ")";
        String subject = lang.pick(s.sequence() == 0 ? "Undangan penandatanganan: " : "Perubahan jadwal penandatanganan: ",
                s.sequence() == 0 ? "Invitation to the signing: " : "Signing rescheduled: ") + caseTitle;
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put(lang.pick("Waktu", "When"), at);
        lines.put(lang.pick("Tempat", "Where"), s.place());
        lines.put(lang.pick("Cara", "How"), s.mode().label().in(lang));
        for (SigningSchedule.Signer signer : s.signers()) {
            lines.merge(lang.pick("Penanda tangan ", "Signing for ") + signer.party().label().in(lang).toLowerCase(
                    Locale.ROOT), signer.name() + ", " + signer.position(), (a, b) -> a + "; " + b);
        }
        StringBuilder text = new StringBuilder(subject).append("\n\n");
        StringBuilder html = new StringBuilder("<p>").append(escape(subject)).append("</p><ul>");
        lines.forEach((k, v) -> {
            text.append(k).append(": ").append(v).append('\n');
            html.append("<li><strong>").append(escape(k)).append(":</strong> ").append(escape(v)).append("</li>");
        });
        String note = lang.pick("Undangan kalender (.ics) terlampir.", "The calendar invitation (.ics) is attached.");
        text.append('\n').append(note).append('\n');
        html.append("</ul><p>").append(escape(note)).append("</p>");
        String description = String.join("\n", lines.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .toList());
        String ics = ICalendar.request(new ICalendar.Event(s.uid(), s.sequence(), now, s.start(), s.end(),
                lang.pick("Penandatanganan: ", "Signing: ") + caseTitle, description, s.place(), organizer, to));
        return new MailMessage(to.stream().map(ICalendar.Attendee::email).toList(), subject, text.toString(),
                html.toString(), List.of(new MailMessage.Attachment("undangan-penandatanganan.ics",
                "text/calendar; charset=UTF-8; method=REQUEST", ics.getBytes(StandardCharsets.UTF_8))));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
