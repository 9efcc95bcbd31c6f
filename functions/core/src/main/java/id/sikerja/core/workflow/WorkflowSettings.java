package id.sikerja.core.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The numbers of the process, with the defaults of domain.md §3. Override per region with the withers.
 *
 * @param zone                          the Pemda's zone: business dates are taken there (default Asia/Makassar, WITA)
 * @param regionLevel                   province or kabupaten/kota (decides the Gubernur relay)
 * @param intakeValidationWorkingDays   internal SLA for checking an application [I] (5)
 * @param tkksdAssessmentWorkingDays    internal SLA for the TKKSD assessment [I] (10)
 * @param dprdResponseWorkingDays       the DPRD's answer period; silence counts as approval (45)
 * @param gubernurRelayWorkingDays      the Gubernur's relay period for a kab/kota's foreign files (5)
 * @param loiValidityMonths             how long an LoI is valid (12)
 * @param maxTermMonths                 the longest term of an agreement (60 = 5 years)
 * @param monevPeriodMonths             the monev period (6 = each semester; must divide 12)
 * @param monevReportWorkingDays        reports are due this many working days after a period ends [I] (10)
 * @param monevEvaluationWorkingDays    the evaluation is due this many working days after the reports [I] (10)
 * @param extensionRequestMonthsBeforeEnd foreign: the extension request reaches the Minister this early (6)
 * @param expiryReminderDays            reminders this many days before the end (180, 90, 60, 30, 7, 0)
 * @param annualReportToGubernur        foreign, kab/kota: annual report to the Gubernur by (1st week of January: 7 Jan)
 * @param annualReportToMinister        foreign, province: annual report to the Minister by (2nd week: 14 Jan)
 * @param expiryGraceDays               days after the end date before the system ends the agreement ("masa
 *                                      berlaku habis"); until then the officers are reminded weekly (30)
 * @param revisionAnswerWorkingDays     the partner is asked to answer a revision request within this [I] (10)
 */
public record WorkflowSettings(
        ZoneId zone,
        RegionLevel regionLevel,
        int intakeValidationWorkingDays,
        int tkksdAssessmentWorkingDays,
        int dprdResponseWorkingDays,
        int gubernurRelayWorkingDays,
        int loiValidityMonths,
        int maxTermMonths,
        int monevPeriodMonths,
        int monevReportWorkingDays,
        int monevEvaluationWorkingDays,
        int extensionRequestMonthsBeforeEnd,
        List<Integer> expiryReminderDays,
        MonthDay annualReportToGubernur,
        MonthDay annualReportToMinister,
        int expiryGraceDays,
        int revisionAnswerWorkingDays) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Makassar");

    public WorkflowSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(regionLevel, "regionLevel");
        positive(intakeValidationWorkingDays, "intakeValidationWorkingDays");
        positive(tkksdAssessmentWorkingDays, "tkksdAssessmentWorkingDays");
        positive(dprdResponseWorkingDays, "dprdResponseWorkingDays");
        positive(gubernurRelayWorkingDays, "gubernurRelayWorkingDays");
        positive(loiValidityMonths, "loiValidityMonths");
        positive(maxTermMonths, "maxTermMonths");
        positive(monevPeriodMonths, "monevPeriodMonths");
        if (12 % monevPeriodMonths != 0) {
            throw new IllegalArgumentException("monevPeriodMonths must divide 12: " + monevPeriodMonths);
        }
        if (monevReportWorkingDays < 0 || monevEvaluationWorkingDays < 0 || extensionRequestMonthsBeforeEnd < 0) {
            throw new IllegalArgumentException("negative period");
        }
        expiryReminderDays = List.copyOf(expiryReminderDays);
        if (expiryReminderDays.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("expiryReminderDays must be >= 0");
        }
        Objects.requireNonNull(annualReportToGubernur, "annualReportToGubernur");
        Objects.requireNonNull(annualReportToMinister, "annualReportToMinister");
        if (expiryGraceDays < 0) {
            throw new IllegalArgumentException("expiryGraceDays must be >= 0: " + expiryGraceDays);
        }
        positive(revisionAnswerWorkingDays, "revisionAnswerWorkingDays");
    }

    private static void positive(int v, String name) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + v);
        }
    }

    /** The defaults of domain.md §3 for a kabupaten/kota in WITA. */
    public static WorkflowSettings defaults() {
        return new WorkflowSettings(DEFAULT_ZONE, RegionLevel.KABUPATEN_KOTA, 5, 10, 45, 5, 12, 60, 6, 10, 10, 6,
                List.of(180, 90, 60, 30, 7, 0), MonthDay.of(1, 7), MonthDay.of(1, 14), 30, 10);
    }

    /** The business date of an instant in the region's zone. */
    public LocalDate businessDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public WorkflowSettings withZone(ZoneId z) {
        return new WorkflowSettings(z, regionLevel, intakeValidationWorkingDays, tkksdAssessmentWorkingDays,
                dprdResponseWorkingDays, gubernurRelayWorkingDays, loiValidityMonths, maxTermMonths, monevPeriodMonths,
                monevReportWorkingDays, monevEvaluationWorkingDays, extensionRequestMonthsBeforeEnd, expiryReminderDays,
                annualReportToGubernur, annualReportToMinister, expiryGraceDays, revisionAnswerWorkingDays);
    }

    public WorkflowSettings withRegionLevel(RegionLevel level) {
        return new WorkflowSettings(zone, level, intakeValidationWorkingDays, tkksdAssessmentWorkingDays,
                dprdResponseWorkingDays, gubernurRelayWorkingDays, loiValidityMonths, maxTermMonths, monevPeriodMonths,
                monevReportWorkingDays, monevEvaluationWorkingDays, extensionRequestMonthsBeforeEnd, expiryReminderDays,
                annualReportToGubernur, annualReportToMinister, expiryGraceDays, revisionAnswerWorkingDays);
    }

    /** Overrides the internal SLAs (intake validation, TKKSD assessment). */
    public WorkflowSettings withInternalSlas(int intakeValidation, int tkksdAssessment) {
        return new WorkflowSettings(zone, regionLevel, intakeValidation, tkksdAssessment,
                dprdResponseWorkingDays, gubernurRelayWorkingDays, loiValidityMonths, maxTermMonths, monevPeriodMonths,
                monevReportWorkingDays, monevEvaluationWorkingDays, extensionRequestMonthsBeforeEnd, expiryReminderDays,
                annualReportToGubernur, annualReportToMinister, expiryGraceDays, revisionAnswerWorkingDays);
    }

    /** Overrides the monev period and its report and evaluation allowances. */
    public WorkflowSettings withMonev(int periodMonths, int reportWorkingDays, int evaluationWorkingDays) {
        return new WorkflowSettings(zone, regionLevel, intakeValidationWorkingDays, tkksdAssessmentWorkingDays,
                dprdResponseWorkingDays, gubernurRelayWorkingDays, loiValidityMonths, maxTermMonths, periodMonths,
                reportWorkingDays, evaluationWorkingDays, extensionRequestMonthsBeforeEnd, expiryReminderDays,
                annualReportToGubernur, annualReportToMinister, expiryGraceDays, revisionAnswerWorkingDays);
    }

    public WorkflowSettings withExpiryReminderDays(List<Integer> days) {
        return new WorkflowSettings(zone, regionLevel, intakeValidationWorkingDays, tkksdAssessmentWorkingDays,
                dprdResponseWorkingDays, gubernurRelayWorkingDays, loiValidityMonths, maxTermMonths, monevPeriodMonths,
                monevReportWorkingDays, monevEvaluationWorkingDays, extensionRequestMonthsBeforeEnd, days,
                annualReportToGubernur, annualReportToMinister, expiryGraceDays, revisionAnswerWorkingDays);
    }

    /** Overrides the legal periods (for a regulation change): DPRD, Gubernur relay, LoI validity, maximum term. */
    public WorkflowSettings withLegalPeriods(int dprdWorkingDays, int gubernurWorkingDays, int loiMonths, int maxTerm) {
        return new WorkflowSettings(zone, regionLevel, intakeValidationWorkingDays, tkksdAssessmentWorkingDays,
                dprdWorkingDays, gubernurWorkingDays, loiMonths, maxTerm, monevPeriodMonths,
                monevReportWorkingDays, monevEvaluationWorkingDays, extensionRequestMonthsBeforeEnd, expiryReminderDays,
                annualReportToGubernur, annualReportToMinister, expiryGraceDays, revisionAnswerWorkingDays);
    }

    /** Overrides the grace after an agreement's end before the system ends it. */
    public WorkflowSettings withExpiryGraceDays(int days) {
        return new WorkflowSettings(zone, regionLevel, intakeValidationWorkingDays, tkksdAssessmentWorkingDays,
                dprdResponseWorkingDays, gubernurRelayWorkingDays, loiValidityMonths, maxTermMonths, monevPeriodMonths,
                monevReportWorkingDays, monevEvaluationWorkingDays, extensionRequestMonthsBeforeEnd, expiryReminderDays,
                annualReportToGubernur, annualReportToMinister, days, revisionAnswerWorkingDays);
    }
}
