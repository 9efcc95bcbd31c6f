package id.sikerja.core.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers of the process for one Pemda, by name. Start from {@link #defaults()} (or {@link #builder()}) and
 * override what the Pemda decides, e.g. {@code WorkflowSettings.builder().regionLevel(PROVINSI)
 * .dprdResponseWorkingDays(30).build()}. The time limits, with their defaults and legal sources, are the
 * {@link TimeLimit}s; the other settings and their defaults are the constants below.
 */
public final class WorkflowSettings {

    /** Business dates and deadlines are counted in the Pemda's zone: WITA by default (template.yaml PemdaTimeZone). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Makassar");

    /** A kabupaten/kota relays its foreign files through the Gubernur (Permendagri 25/2020 Ps 18) [V]. */
    public static final RegionLevel DEFAULT_REGION_LEVEL = RegionLevel.KABUPATEN_KOTA;

    /**
     * Expiry reminders, in days before an agreement's end (0: the end itself): Samarinda's system reminds at
     * 90/60/30/7/0; domain.md §3 adds 180 [S + I].
     */
    public static final List<Integer> DEFAULT_EXPIRY_REMINDER_DAYS = List.of(180, 90, 60, 30, 7, 0);

    private final ZoneId zone;
    private final RegionLevel regionLevel;
    private final Map<TimeLimit, Integer> limits;
    private final List<Integer> expiryReminderDays;

    private WorkflowSettings(Builder b) {
        this.zone = Objects.requireNonNull(b.zone, "zone");
        this.regionLevel = Objects.requireNonNull(b.regionLevel, "regionLevel");
        EnumMap<TimeLimit, Integer> l = new EnumMap<>(b.limits);
        l.forEach(TimeLimit::check);
        this.limits = java.util.Collections.unmodifiableMap(l);
        this.expiryReminderDays = List.copyOf(b.expiryReminderDays);
        if (expiryReminderDays.stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("expiryReminderDays must be >= 0");
        }
    }

    /** The defaults of domain.md §3 for a kabupaten/kota in WITA. */
    public static WorkflowSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.zone = zone;
        b.regionLevel = regionLevel;
        b.limits.putAll(limits);
        b.expiryReminderDays = expiryReminderDays;
        return b;
    }

    /** The business date of an instant in the region's zone. */
    public LocalDate businessDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The value of a time limit for this Pemda. */
    public int get(TimeLimit limit) {
        return limits.get(limit);
    }

    // ------------------------------------------------------------------ named values

    /** The Pemda's zone: business dates are taken there. */
    public ZoneId zone() {
        return zone;
    }

    /** Province or kabupaten/kota (decides the Gubernur relay and to whom the foreign annual report goes). */
    public RegionLevel regionLevel() {
        return regionLevel;
    }

    /** {@link TimeLimit#INTAKE_VALIDATION} */
    public int intakeValidationWorkingDays() {
        return get(TimeLimit.INTAKE_VALIDATION);
    }

    /** {@link TimeLimit#TKKSD_ASSESSMENT} */
    public int tkksdAssessmentWorkingDays() {
        return get(TimeLimit.TKKSD_ASSESSMENT);
    }

    /** {@link TimeLimit#DPRD_RESPONSE} */
    public int dprdResponseWorkingDays() {
        return get(TimeLimit.DPRD_RESPONSE);
    }

    /** {@link TimeLimit#GUBERNUR_RELAY} */
    public int gubernurRelayWorkingDays() {
        return get(TimeLimit.GUBERNUR_RELAY);
    }

    /** {@link TimeLimit#LOI_VALIDITY} */
    public int loiValidityMonths() {
        return get(TimeLimit.LOI_VALIDITY);
    }

    /** {@link TimeLimit#MAX_TERM} */
    public int maxTermMonths() {
        return get(TimeLimit.MAX_TERM);
    }

    // ---- issue 13 item 9: longer terms under their own law (TermLegalBasis)
    /** {@link TimeLimit#MAX_TERM_BMD_SEWA} */
    public int maxTermBmdSewaMonths() {
        return get(TimeLimit.MAX_TERM_BMD_SEWA);
    }

    /** {@link TimeLimit#MAX_TERM_BMD_KSP} */
    public int maxTermBmdKspMonths() {
        return get(TimeLimit.MAX_TERM_BMD_KSP);
    }

    /** {@link TimeLimit#MAX_TERM_BMD_KSP_INFRASTRUCTURE} */
    public int maxTermBmdKspInfrastructureMonths() {
        return get(TimeLimit.MAX_TERM_BMD_KSP_INFRASTRUCTURE);
    }

    /** {@link TimeLimit#MAX_TERM_BMD_BGS_BSG} */
    public int maxTermBmdBgsBsgMonths() {
        return get(TimeLimit.MAX_TERM_BMD_BGS_BSG);
    }

    /** {@link TimeLimit#MAX_TERM_KPBU} */
    public int maxTermKpbuMonths() {
        return get(TimeLimit.MAX_TERM_KPBU);
    }

    /** {@link TimeLimit#MONEV_PERIOD} */
    public int monevPeriodMonths() {
        return get(TimeLimit.MONEV_PERIOD);
    }

    /** {@link TimeLimit#ACTIVITY_GAP} (issue 18) */
    public int activityGapMonths() {
        return get(TimeLimit.ACTIVITY_GAP);
    }

    /** {@link TimeLimit#MONEV_REPORT} */
    public int monevReportWorkingDays() {
        return get(TimeLimit.MONEV_REPORT);
    }

    /** {@link TimeLimit#MONEV_EVALUATION} */
    public int monevEvaluationWorkingDays() {
        return get(TimeLimit.MONEV_EVALUATION);
    }

    /** {@link TimeLimit#EXTENSION_REQUEST} */
    public int extensionRequestMonthsBeforeEnd() {
        return get(TimeLimit.EXTENSION_REQUEST);
    }

    /** {@link TimeLimit#ANNUAL_REPORT_TO_GUBERNUR} */
    public int annualReportToGubernurDays() {
        return get(TimeLimit.ANNUAL_REPORT_TO_GUBERNUR);
    }

    /** {@link TimeLimit#ANNUAL_REPORT_TO_MINISTER} */
    public int annualReportToMinisterDays() {
        return get(TimeLimit.ANNUAL_REPORT_TO_MINISTER);
    }

    /** {@link TimeLimit#EXPIRY_GRACE} */
    public int expiryGraceDays() {
        return get(TimeLimit.EXPIRY_GRACE);
    }

    /** {@link TimeLimit#EXPIRY_RECALL_INTERVAL} */
    public int expiryRecallIntervalDays() {
        return get(TimeLimit.EXPIRY_RECALL_INTERVAL);
    }

    /** {@link TimeLimit#REVISION_ANSWER} */
    public int revisionAnswerWorkingDays() {
        return get(TimeLimit.REVISION_ANSWER);
    }

    /** Reminders this many days before an agreement's end ({@link #DEFAULT_EXPIRY_REMINDER_DAYS}). */
    public List<Integer> expiryReminderDays() {
        return expiryReminderDays;
    }

    // ------------------------------------------------------------------ single overrides

    public WorkflowSettings withZone(ZoneId z) {
        return toBuilder().zone(z).build();
    }

    public WorkflowSettings withRegionLevel(RegionLevel level) {
        return toBuilder().regionLevel(level).build();
    }

    public WorkflowSettings withExpiryReminderDays(List<Integer> days) {
        return toBuilder().expiryReminderDays(days).build();
    }

    /** Overrides the grace after an agreement's end before the system ends it. */
    public WorkflowSettings withExpiryGraceDays(int days) {
        return toBuilder().expiryGraceDays(days).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkflowSettings w && zone.equals(w.zone) && regionLevel == w.regionLevel
                && limits.equals(w.limits) && expiryReminderDays.equals(w.expiryReminderDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, regionLevel, limits, expiryReminderDays);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("WorkflowSettings[zone=").append(zone).append(", regionLevel=")
                .append(regionLevel);
        limits.forEach((k, v) -> sb.append(", ").append(k.setting()).append('=').append(v));
        return sb.append(", expiryReminderDays=").append(expiryReminderDays).append(']').toString();
    }

    /** Named settings, starting from the defaults; {@link #build} validates them. */
    public static final class Builder {
        private ZoneId zone = DEFAULT_ZONE;
        private RegionLevel regionLevel = DEFAULT_REGION_LEVEL;
        private final EnumMap<TimeLimit, Integer> limits = new EnumMap<>(TimeLimit.class);
        private List<Integer> expiryReminderDays = DEFAULT_EXPIRY_REMINDER_DAYS;

        private Builder() {
            for (TimeLimit l : TimeLimit.values()) {
                limits.put(l, l.defaultValue());
            }
        }

        public Builder zone(ZoneId z) {
            this.zone = z;
            return this;
        }

        public Builder regionLevel(RegionLevel level) {
            this.regionLevel = level;
            return this;
        }

        /** Overrides a time limit. */
        public Builder set(TimeLimit limit, int value) {
            limits.put(Objects.requireNonNull(limit, "limit"), value);
            return this;
        }

        public Builder intakeValidationWorkingDays(int n) {
            return set(TimeLimit.INTAKE_VALIDATION, n);
        }

        public Builder tkksdAssessmentWorkingDays(int n) {
            return set(TimeLimit.TKKSD_ASSESSMENT, n);
        }

        public Builder dprdResponseWorkingDays(int n) {
            return set(TimeLimit.DPRD_RESPONSE, n);
        }

        public Builder gubernurRelayWorkingDays(int n) {
            return set(TimeLimit.GUBERNUR_RELAY, n);
        }

        public Builder loiValidityMonths(int n) {
            return set(TimeLimit.LOI_VALIDITY, n);
        }

        public Builder maxTermMonths(int n) {
            return set(TimeLimit.MAX_TERM, n);
        }

        // ---- issue 13 item 9
        public Builder maxTermBmdSewaMonths(int n) {
            return set(TimeLimit.MAX_TERM_BMD_SEWA, n);
        }

        public Builder maxTermBmdKspMonths(int n) {
            return set(TimeLimit.MAX_TERM_BMD_KSP, n);
        }

        public Builder maxTermBmdKspInfrastructureMonths(int n) {
            return set(TimeLimit.MAX_TERM_BMD_KSP_INFRASTRUCTURE, n);
        }

        public Builder maxTermBmdBgsBsgMonths(int n) {
            return set(TimeLimit.MAX_TERM_BMD_BGS_BSG, n);
        }

        public Builder maxTermKpbuMonths(int n) {
            return set(TimeLimit.MAX_TERM_KPBU, n);
        }

        public Builder monevPeriodMonths(int n) {
            return set(TimeLimit.MONEV_PERIOD, n);
        }

        /** Issue 18: {@link TimeLimit#ACTIVITY_GAP}. */
        public Builder activityGapMonths(int n) {
            return set(TimeLimit.ACTIVITY_GAP, n);
        }

        public Builder monevReportWorkingDays(int n) {
            return set(TimeLimit.MONEV_REPORT, n);
        }

        public Builder monevEvaluationWorkingDays(int n) {
            return set(TimeLimit.MONEV_EVALUATION, n);
        }

        public Builder extensionRequestMonthsBeforeEnd(int n) {
            return set(TimeLimit.EXTENSION_REQUEST, n);
        }

        public Builder annualReportToGubernurDays(int n) {
            return set(TimeLimit.ANNUAL_REPORT_TO_GUBERNUR, n);
        }

        public Builder annualReportToMinisterDays(int n) {
            return set(TimeLimit.ANNUAL_REPORT_TO_MINISTER, n);
        }

        public Builder expiryGraceDays(int n) {
            return set(TimeLimit.EXPIRY_GRACE, n);
        }

        public Builder expiryRecallIntervalDays(int n) {
            return set(TimeLimit.EXPIRY_RECALL_INTERVAL, n);
        }

        public Builder revisionAnswerWorkingDays(int n) {
            return set(TimeLimit.REVISION_ANSWER, n);
        }

        public Builder expiryReminderDays(List<Integer> days) {
            this.expiryReminderDays = Objects.requireNonNull(days, "expiryReminderDays");
            return this;
        }

        public WorkflowSettings build() {
            return new WorkflowSettings(this);
        }
    }
}
