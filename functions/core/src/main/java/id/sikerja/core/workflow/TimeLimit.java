package id.sikerja.core.workflow;

import java.util.Objects;

/**
 * The configurable numbers of the process (domain.md §3), each with its settings field, its default, its unit and
 * where the default comes from. A Pemda overrides a default through {@link WorkflowSettings.Builder}; the stage
 * deadlines in {@link ProcessDefinitions} name the limit they use, so the table reads the default
 * ("45 hari kerja") while the evaluation uses the Pemda's value.
 *
 * <p>Tags as in domain.md: [V] read in the regulation text, [S] a regional government's practice, [I] inference.
 */
public enum TimeLimit {

    /** Internal service level for checking an application; not in the regulation. */
    INTAKE_VALIDATION("intakeValidationWorkingDays", 5, PeriodUnit.WORKING_DAYS, 1,
            "domain.md §3: tidak diatur, SLA internal [I]"),
    /** Internal service level for the TKKSD's assessment; not in the regulation. */
    TKKSD_ASSESSMENT("tkksdAssessmentWorkingDays", 10, PeriodUnit.WORKING_DAYS, 1,
            "domain.md §3: tidak diatur, SLA internal [I]"),
    /** The DPRD answers within this period of receiving the request; its silence then counts as approval. */
    DPRD_RESPONSE("dprdResponseWorkingDays", 45, PeriodUnit.WORKING_DAYS, 1,
            "PP 28/2018 Ps 30(4); Permendagri 25/2020 Ps 17 [V]; untuk KSDD/KSDPK [I]"),
    /** The Gubernur relays a kab/kota's foreign files within this; after it the region may send them directly. */
    GUBERNUR_RELAY("gubernurRelayWorkingDays", 5, PeriodUnit.WORKING_DAYS, 1,
            "Permendagri 25/2020 Ps 18, 20 [V]; dihitung sejak berkas diterima Gubernur bila tercatat, "
                    + "jika tidak sejak dikirim [I]"),
    /** An LoI is valid for at most this long. */
    LOI_VALIDITY("loiValidityMonths", 12, PeriodUnit.MONTHS, 1, "Permendagri 25/2020 Ps 13 [V]"),
    /** The longest term of an agreement. */
    MAX_TERM("maxTermMonths", 60, PeriodUnit.MONTHS, 1,
            "Permendagri 25/2020 Ps 32 [V]; untuk KSDD/KSDPK [S]"),
    // ---- issue 13 item 9: longer terms for KSDPK objects governed by their own law (domain.md §3), each
    //      allowed only with its legal basis recorded ({@link TermLegalBasis}) and its document
    /** BMD utilisation by lease (sewa): as the general rule. */
    MAX_TERM_BMD_SEWA("maxTermBmdSewaMonths", 60, PeriodUnit.MONTHS, 1,
            "domain.md §3: pemanfaatan BMD, sewa ≤ 5 tahun; PP 27/2014 jo. PP 28/2020, sebagaimana lazim dikutip [S]"),
    /** BMD utilisation: kerja sama pemanfaatan (KSP). */
    MAX_TERM_BMD_KSP("maxTermBmdKspMonths", 360, PeriodUnit.MONTHS, 1,
            "domain.md §3: pemanfaatan BMD, KSP ≤ 30 tahun; PP 27/2014 jo. PP 28/2020, sebagaimana lazim dikutip [S]"),
    /** BMD utilisation: KSP of infrastructure. */
    MAX_TERM_BMD_KSP_INFRASTRUCTURE("maxTermBmdKspInfrastructureMonths", 600, PeriodUnit.MONTHS, 1,
            "domain.md §3: pemanfaatan BMD, KSP infrastruktur ≤ 50 tahun; PP 27/2014 jo. PP 28/2020, sebagaimana "
                    + "lazim dikutip [S]"),
    /** BMD utilisation: bangun guna serah / bangun serah guna. */
    MAX_TERM_BMD_BGS_BSG("maxTermBmdBgsBsgMonths", 360, PeriodUnit.MONTHS, 1,
            "domain.md §3: pemanfaatan BMD, BGS/BSG ≤ 30 tahun; PP 27/2014 jo. PP 28/2020, sebagaimana lazim dikutip [S]"),
    /** KPBU: per its own contract; capped at the longest term a fact records. */
    MAX_TERM_KPBU("maxTermKpbuMonths", 600, PeriodUnit.MONTHS, 1,
            "domain.md §3: KPBU menurut perjanjiannya sendiri (Perpres 38/2015); batas bawaan 50 tahun [I]"),
    /** The monev period (must divide 12): each semester. */
    MONEV_PERIOD("monevPeriodMonths", 6, PeriodUnit.MONTHS, 1, "domain.md §3: laporan tiap semester [I]"),
    /** The partner's and the department's monev reports are due this long after a period ends. */
    MONEV_REPORT("monevReportWorkingDays", 10, PeriodUnit.WORKING_DAYS, 0, "domain.md §3, §6 [I]"),
    /** The Bagian Kerja Sama's evaluation is due this long after the reports. */
    MONEV_EVALUATION("monevEvaluationWorkingDays", 10, PeriodUnit.WORKING_DAYS, 0, "domain.md §6 [I]"),
    /** Foreign: the extension request reaches the Minister at least this long before the end. */
    EXTENSION_REQUEST("extensionRequestMonthsBeforeEnd", 6, PeriodUnit.MONTHS, 0, "Permendagri 25/2020 Ps 33 [V]"),
    /** Foreign, kab/kota: the annual report reaches the Gubernur this long after the year ends (1st week of January). */
    ANNUAL_REPORT_TO_GUBERNUR("annualReportToGubernurDays", 7, PeriodUnit.CALENDAR_DAYS, 1,
            "Permendagri 25/2020 Ps 35–38 [V]: minggu pertama Januari"),
    /** Foreign, province: the annual report reaches the Minister this long after the year ends (2nd week). */
    ANNUAL_REPORT_TO_MINISTER("annualReportToMinisterDays", 14, PeriodUnit.CALENDAR_DAYS, 1,
            "Permendagri 25/2020 Ps 35–38 [V]: minggu kedua Januari"),
    /** After an agreement's end, the system ends it ("masa berlaku habis") once this grace has passed. */
    EXPIRY_GRACE("expiryGraceDays", 30, PeriodUnit.CALENDAR_DAYS, 0,
            "domain.md §3, §7: Si Kerja Samarinda menutup yang kedaluwarsa [S + I]"),
    /** Within the grace, officers are recalled this often that the agreement ran out. */
    EXPIRY_RECALL_INTERVAL("expiryRecallIntervalDays", 7, PeriodUnit.CALENDAR_DAYS, 1,
            "domain.md §3: lalu setiap minggu [S + I]"),
    /** The partner is asked to answer a revision request within this; not in the regulation. */
    REVISION_ANSWER("revisionAnswerWorkingDays", 10, PeriodUnit.WORKING_DAYS, 1, "tidak diatur [I]"),
    /** Issue 18: a running agreement with no verified activity for this long is flagged ("berjalan tanpa kegiatan"). */
    ACTIVITY_GAP("activityGapMonths", 6, PeriodUnit.MONTHS, 1,
            "domain.md §9: evaluasi provinsi Kaltim 2023, kerja sama berhenti di penandatanganan [S + I]");

    private final String setting;
    private final int defaultValue;
    private final PeriodUnit unit;
    private final int minimum;
    private final String source;

    TimeLimit(String setting, int defaultValue, PeriodUnit unit, int minimum, String source) {
        this.setting = Objects.requireNonNull(setting);
        this.defaultValue = defaultValue;
        this.unit = unit;
        this.minimum = minimum;
        this.source = source;
    }

    /** The name of the field in {@link WorkflowSettings} (and its builder). */
    public String setting() {
        return setting;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public PeriodUnit unit() {
        return unit;
    }

    /** The smallest value a Pemda may set: 1 for periods that must run, 0 where "none" makes sense. */
    public int minimum() {
        return minimum;
    }

    /** Where the default comes from, e.g. "PP 28/2018 Ps 30(4); Permendagri 25/2020 Ps 17 [V]". */
    public String source() {
        return source;
    }

    /** The default in words: "45 hari kerja / 45 working days". */
    public Text defaultWords() {
        return unit.words(defaultValue);
    }

    void check(int value) {
        if (value < minimum) {
            throw new IllegalArgumentException(setting + " must be at least " + minimum + ": " + value);
        }
        if (this == MONEV_PERIOD && 12 % value != 0) {
            throw new IllegalArgumentException("monevPeriodMonths must divide 12: " + value);
        }
    }
}
