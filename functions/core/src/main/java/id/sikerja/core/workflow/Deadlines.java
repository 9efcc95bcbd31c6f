package id.sikerja.core.workflow;

import id.sikerja.core.time.HolidayCalendar;
import id.sikerja.core.time.Periods;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The time rules of domain.md §3 as functions of the recorded facts: working-day periods through the
 * {@link HolidayCalendar}, calendar periods through {@link Periods}. {@link #dueDates} lists what is due for a
 * case in its current stage.
 */
public final class Deadlines {

    /** Safety bound on how many monev periods are scanned. */
    private static final int MAX_PERIODS = 240;

    private final WorkflowSettings settings;
    private final HolidayCalendar calendar;

    public Deadlines(WorkflowSettings settings, HolidayCalendar calendar) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public WorkflowSettings settings() {
        return settings;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    public LocalDate intakeValidationDue(LocalDate enteredOn) {
        return calendar.plusWorkingDays(enteredOn, settings.intakeValidationWorkingDays());
    }

    public LocalDate tkksdAssessmentDue(LocalDate enteredOn) {
        return calendar.plusWorkingDays(enteredOn, settings.tkksdAssessmentWorkingDays());
    }

    /** The last day the DPRD can answer; from the next day its silence counts as approval. */
    public LocalDate dprdResponseDue(LocalDate receivedOn) {
        return calendar.plusWorkingDays(receivedOn, settings.dprdResponseWorkingDays());
    }

    /** The last day for the Gubernur to relay; from the next day the region may send to the Minister directly. */
    public LocalDate gubernurRelayDue(LocalDate sentOn) {
        return calendar.plusWorkingDays(sentOn, settings.gubernurRelayWorkingDays());
    }

    /** The last day an LoI signed on {@code signedOn} is valid. */
    public LocalDate loiLastValidDay(LocalDate signedOn) {
        return Periods.lastDayOf(signedOn, settings.loiValidityMonths());
    }

    /** The last day of the agreement's term, when the start and the term are recorded. */
    public Optional<LocalDate> termLastDay(CaseState state) {
        Optional<LocalDate> start = state.fact(Fact.TERM_START);
        Optional<Integer> months = state.fact(Fact.TERM_MONTHS);
        if (start.isEmpty() || months.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Periods.lastDayOf(start.get(), months.get()));
    }

    /** Everything due for the case in its current stage, as of {@code today}. */
    public List<DueDate> dueDates(CaseState s, LocalDate today) {
        List<DueDate> out = new ArrayList<>();
        LocalDate entered = settings.businessDate(s.stageEnteredAt());
        switch (s.stage()) {
            case INTAKE -> out.add(due(DueDateKind.INTAKE_VALIDATION, intakeValidationDue(entered), roles(Role.ADMIN),
                    Text.of("", "")));
            case PERSIAPAN, PERNYATAAN_KEHENDAK -> {
                boolean assessedInStage = s.fact(Fact.TKKSD_ASSESSED_ON).filter(d -> !d.isBefore(entered)).isPresent();
                if (!assessedInStage) {
                    out.add(due(DueDateKind.TKKSD_ASSESSMENT, tkksdAssessmentDue(entered),
                            roles(Role.TKKSD, Role.ADMIN), Text.of("", "")));
                }
            }
            case PERSETUJUAN_DPRD -> s.fact(Fact.DPRD_REQUEST_RECEIVED_ON).ifPresent(r -> out.add(due(
                    DueDateKind.DPRD_RESPONSE, dprdResponseDue(r), roles(Role.ADMIN),
                    Text.of("diterima DPRD " + r, "received by the DPRD on " + r))));
            case VERIFIKASI_MENTERI -> {
                Optional<LocalDate> sent = s.fact(Fact.SENT_TO_GUBERNUR_ON);
                if (settings.regionLevel() == RegionLevel.KABUPATEN_KOTA && sent.isPresent()
                        && !s.facts().has(Fact.GUBERNUR_RELAYED_ON) && !s.facts().has(Fact.SENT_TO_MENTERI_ON)) {
                    out.add(due(DueDateKind.GUBERNUR_RELAY, gubernurRelayDue(sent.get()), roles(Role.ADMIN),
                            Text.of("dikirim ke Gubernur " + sent.get(), "sent to the Governor on " + sent.get())));
                }
            }
            case RENCANA_KERJA_SAMA -> s.fact(Fact.LOI_SIGNED_ON).ifPresent(d -> out.add(due(DueDateKind.LOI_EXPIRY,
                    loiLastValidDay(d), roles(Role.ADMIN, Role.OPD), Text.of("LoI ditandatangani " + d,
                            "LoI signed on " + d))));
            case REVISI -> out.add(due(DueDateKind.REVISION_ANSWER,
                    calendar.plusWorkingDays(entered, settings.revisionAnswerWorkingDays()), roles(Role.PARTNER),
                    Text.of("perbaikan diminta " + entered, "revision requested on " + entered)));
            case PELAKSANAAN -> implementation(s, today, out);
            default -> {
                // no deadline in the other stages
            }
        }
        return List.copyOf(out);
    }

    private void implementation(CaseState s, LocalDate today, List<DueDate> out) {
        Optional<LocalDate> end = termLastDay(s);
        end.ifPresent(e -> {
            out.add(due(DueDateKind.AGREEMENT_END, e, roles(Role.ADMIN, Role.OPD, Role.PARTNER), Text.of("", "")));
            // after the end, weekly until an extension is opened or the ending is recorded; once the grace has
            // passed the system ends it ("masa berlaku habis")
            for (int week = 7; week <= settings.expiryGraceDays() && !s.facts().has(Fact.EXTENDED_BY); week += 7) {
                out.add(due(DueDateKind.AGREEMENT_ENDED, e.plusDays(week), roles(Role.ADMIN, Role.OPD),
                        Text.of("berakhir " + e, "ended on " + e)));
            }
            out.add(due(DueDateKind.SYSTEM_EXPIRY, e.plusDays(settings.expiryGraceDays() + 1L), roles(Role.ADMIN),
                    Text.of("berakhir " + e, "ended on " + e)));
            for (int days : settings.expiryReminderDays()) {
                if (days > 0) {
                    out.add(due(DueDateKind.EXPIRY_REMINDER, e.minusDays(days), roles(Role.ADMIN, Role.OPD),
                            Text.of(days + " hari sebelum berakhir", days + " days before the end")));
                }
            }
            if (s.category().isForeign()) {
                out.add(due(DueDateKind.EXTENSION_REQUEST, e.minusMonths(settings.extensionRequestMonthsBeforeEnd()),
                        roles(Role.ADMIN, Role.OPD), Text.of("", "")));
            }
        });
        LocalDate start = s.fact(Fact.TERM_START).orElse(settings.businessDate(s.stageEnteredAt()));
        boolean planned = s.fact(Fact.IN_RKPD).orElse(false) && s.fact(Fact.IN_APBD).orElse(false);
        if (!planned) {
            // domain.md §6: flagged from the start of implementation until recorded
            out.add(due(DueDateKind.BUDGET_PLANNING, settings.businessDate(s.stageEnteredAt()),
                    roles(Role.ADMIN, Role.OPD), Text.of("", "")));
        }
        monev(s, start, end, today, out);
        if (s.category().isForeign()) {
            int reportYear = s.fact(Fact.LAST_ANNUAL_REPORT_YEAR).map(y -> y + 1).orElse(start.getYear());
            if (reportYear <= today.getYear()) {
                boolean kabKota = settings.regionLevel() == RegionLevel.KABUPATEN_KOTA;
                LocalDate d = (kabKota ? settings.annualReportToGubernur() : settings.annualReportToMinister())
                        .atYear(reportYear + 1);
                out.add(due(DueDateKind.ANNUAL_REPORT, d, roles(Role.ADMIN),
                        Text.of("laporan tahun " + reportYear + (kabKota ? " kepada Gubernur" : " kepada Menteri"),
                                "report for " + reportYear + (kabKota ? " to the Governor" : " to the Minister"))));
            }
        }
    }

    /** Due dates of the earliest monev period not yet evaluated (which may already be overdue). */
    private void monev(CaseState s, LocalDate start, Optional<LocalDate> end, LocalDate today, List<DueDate> out) {
        MonevPeriod p = MonevPeriod.containing(start, settings.monevPeriodMonths());
        for (int i = 0; i < MAX_PERIODS && !p.start().isAfter(today); i++, p = p.next()) {
            if (end.isPresent() && p.start().isAfter(end.get())) {
                return;
            }
            if (hasEntry(s, p, MonevKind.EVALUATION)) {
                continue;
            }
            LocalDate reportsDue = calendar.plusWorkingDays(p.end(), settings.monevReportWorkingDays());
            Text note = Text.of("periode " + p.label(), "period " + p.label());
            if (!hasEntry(s, p, MonevKind.PARTNER_REPORT)) {
                out.add(due(DueDateKind.MONEV_PARTNER_REPORT, reportsDue, roles(Role.PARTNER), note));
            }
            if (!hasEntry(s, p, MonevKind.OPD_REPORT)) {
                out.add(due(DueDateKind.MONEV_OPD_REPORT, reportsDue, roles(Role.OPD), note));
            }
            out.add(due(DueDateKind.MONEV_EVALUATION,
                    calendar.plusWorkingDays(reportsDue, settings.monevEvaluationWorkingDays()), roles(Role.ADMIN), note));
            return;
        }
    }

    static boolean hasEntry(CaseState s, MonevPeriod p, MonevKind kind) {
        return s.monev().stream().anyMatch(m -> m.kind() == kind && m.period().start().equals(p.start()));
    }

    private static DueDate due(DueDateKind kind, LocalDate date, Set<Role> recipients, Text note) {
        return new DueDate(kind, date, recipients, note);
    }

    private static Set<Role> roles(Role first, Role... rest) {
        return EnumSet.of(first, rest);
    }
}
