package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static id.sikerja.core.workflow.Fixtures.date;
import static id.sikerja.core.workflow.PeriodUnit.CALENDAR_DAYS;
import static id.sikerja.core.workflow.PeriodUnit.MONTHS;
import static id.sikerja.core.workflow.PeriodUnit.WORKING_DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadlines belong to the stages: each time rule of domain.md §3 is declared on its stage in
 * {@link ProcessDefinitions} with its default, unit and source, the settings name every number, and the due dates
 * are exactly what the declarations say.
 */
class StageDeadlinesTest {

    private static final List<Category> DOMESTIC = List.of(Category.KSDD, Category.KSDPK);
    private static final List<Category> FOREIGN = List.of(Category.KSDPL, Category.KSDLL);
    private static final List<Category> ALL = List.of(Category.values());
    /** issue 13 item 8 (h-legal-c): SINERGI has no DPRD stage (PP 28/2018 Ps 46). */
    private static final List<Category> WITH_DPRD = ALL.stream().filter(c -> c != Category.SINERGI).toList();

    private static List<Deadline> declared(Category c, Stage stage, DueDateKind kind) {
        return ProcessDefinitions.table(c).rule(stage).orElseThrow(() -> new AssertionError(stage + " in " + c))
                .deadlines().stream().filter(d -> d.kind() == kind).toList();
    }

    private static Deadline one(Category c, Stage stage, DueDateKind kind) {
        List<Deadline> d = declared(c, stage, kind);
        assertEquals(1, d.size(), kind + " on " + stage + " of " + c);
        return d.get(0);
    }

    /** The declaration lasts {@code amount} {@code unit}s by default, through {@code limit}, citing {@code sources}. */
    private static void lasts(Deadline d, int amount, PeriodUnit unit, TimeLimit limit, String... sources) {
        assertEquals(amount, d.span().amount(), d.kind() + " default");
        assertEquals(unit, d.span().unit(), d.kind() + " unit");
        assertEquals(Optional.of(limit), d.span().limit(), d.kind() + " setting");
        assertEquals(amount, limit.defaultValue(), limit + " default");
        assertEquals(amount, WorkflowSettings.defaults().get(limit), limit + " in the default settings");
        for (String s : sources) {
            assertTrue(d.source().contains(s), d.kind() + " cites " + s + ": " + d.source());
        }
    }

    @Test
    void theDprdAnswersWithinFortyFiveWorkingDaysAndSilenceCountsAsApproval() {
        for (Category c : WITH_DPRD) {
            Deadline d = one(c, Stage.PERSETUJUAN_DPRD, DueDateKind.DPRD_RESPONSE);
            lasts(d, 45, WORKING_DAYS, TimeLimit.DPRD_RESPONSE, "PP 28/2018 Ps 30(4)", "Permendagri 25/2020 Ps 17");
            assertEquals(Optional.of(Fact.DPRD_REQUEST_RECEIVED_ON), d.startFact(), "counted from the DPRD's receipt");
            assertTrue(d.onLapse().orElseThrow().id().contains("dianggap persetujuan"));
            assertTrue(d.metBy().stream().anyMatch(m -> m.actions().contains(Action.DPRD_DEEMED_APPROVE)));
            assertEquals("45 hari kerja", d.span().words().id());
        }
    }

    @Test
    void theGubernurRelaysAKabKotasFilesWithinFiveWorkingDays() {
        for (Category c : FOREIGN) {
            Deadline d = one(c, Stage.VERIFIKASI_MENTERI, DueDateKind.GUBERNUR_RELAY);
            lasts(d, 5, WORKING_DAYS, TimeLimit.GUBERNUR_RELAY, "Permendagri 25/2020 Ps 18, 20");
            assertEquals(Optional.of(When.KAB_KOTA), d.onlyWhen());
            assertEquals(Optional.of(Fact.SENT_TO_GUBERNUR_ON), d.startFact());
        }
    }

    @Test
    void anLoiIsValidForOneYear() {
        for (Category c : FOREIGN) {
            Deadline d = one(c, Stage.RENCANA_KERJA_SAMA, DueDateKind.LOI_EXPIRY);
            lasts(d, 12, MONTHS, TimeLimit.LOI_VALIDITY, "Permendagri 25/2020 Ps 13");
            assertEquals(Optional.of(Fact.LOI_SIGNED_ON), d.startFact());
            assertEquals("12 bulan (1 tahun)", d.span().words().id());
        }
    }

    @Test
    void theInternalServiceLevelsAreDeclaredWhereTheyRun() {
        for (Category c : ALL) {
            Deadline intake = one(c, Stage.INTAKE, DueDateKind.INTAKE_VALIDATION);
            lasts(intake, 5, WORKING_DAYS, TimeLimit.INTAKE_VALIDATION, "[I]");
            assertEquals(Deadline.Start.STAGE_ENTERED, intake.start());
            lasts(one(c, Stage.REVISI, DueDateKind.REVISION_ANSWER), 10, WORKING_DAYS, TimeLimit.REVISION_ANSWER, "[I]");
        }
        for (Category c : DOMESTIC) {
            Deadline d = one(c, Stage.PERSIAPAN, DueDateKind.TKKSD_ASSESSMENT);
            lasts(d, 10, WORKING_DAYS, TimeLimit.TKKSD_ASSESSMENT, "[I]");
            assertEquals(Deadline.Start.STAGE_ENTERED, d.start());
        }
        for (Category c : FOREIGN) {
            lasts(one(c, Stage.PERNYATAAN_KEHENDAK, DueDateKind.TKKSD_ASSESSMENT), 10, WORKING_DAYS,
                    TimeLimit.TKKSD_ASSESSMENT, "[I]");
        }
    }

    @Test
    void implementationDeadlinesFollowTheTermAndTheForeignReportingRules() {
        for (Category c : FOREIGN) {
            Deadline ext = one(c, Stage.PELAKSANAAN, DueDateKind.EXTENSION_REQUEST);
            lasts(ext, 6, MONTHS, TimeLimit.EXTENSION_REQUEST, "Permendagri 25/2020 Ps 33");
            assertTrue(ext.span().before(), "six months before the end");
            assertEquals(Deadline.Start.TERM_END, ext.start());
            List<Deadline> reports = declared(c, Stage.PELAKSANAAN, DueDateKind.ANNUAL_REPORT);
            assertEquals(2, reports.size());
            lasts(reports.get(0), 7, CALENDAR_DAYS, TimeLimit.ANNUAL_REPORT_TO_GUBERNUR, "Ps 35–38");
            assertEquals(Optional.of(When.KAB_KOTA), reports.get(0).onlyWhen());
            lasts(reports.get(1), 14, CALENDAR_DAYS, TimeLimit.ANNUAL_REPORT_TO_MINISTER, "Ps 35–38");
            assertEquals(Optional.of(When.PROVINSI), reports.get(1).onlyWhen());
        }
        for (Category c : DOMESTIC) {
            assertTrue(declared(c, Stage.PELAKSANAAN, DueDateKind.EXTENSION_REQUEST).isEmpty(), "foreign only");
            assertTrue(declared(c, Stage.PELAKSANAAN, DueDateKind.ANNUAL_REPORT).isEmpty(), "foreign only");
        }
        for (Category c : ALL) {
            lasts(one(c, Stage.PELAKSANAAN, DueDateKind.SYSTEM_EXPIRY), 30, CALENDAR_DAYS, TimeLimit.EXPIRY_GRACE);
            Deadline recalls = one(c, Stage.PELAKSANAAN, DueDateKind.AGREEMENT_ENDED);
            lasts(recalls, 7, CALENDAR_DAYS, TimeLimit.EXPIRY_RECALL_INTERVAL);
            assertEquals(Optional.of(TimeLimit.EXPIRY_GRACE), recalls.within().orElseThrow().limit());
            assertEquals(Deadline.Repeat.EACH_EXPIRY_REMINDER_DAY,
                    one(c, Stage.PELAKSANAAN, DueDateKind.EXPIRY_REMINDER).repeat());
            lasts(one(c, Stage.PELAKSANAAN, DueDateKind.MONEV_PARTNER_REPORT), 10, WORKING_DAYS, TimeLimit.MONEV_REPORT);
            lasts(one(c, Stage.PELAKSANAAN, DueDateKind.MONEV_EVALUATION), 10, WORKING_DAYS,
                    TimeLimit.MONEV_EVALUATION);
        }
        assertEquals(List.of(180, 90, 60, 30, 7, 0), WorkflowSettings.DEFAULT_EXPIRY_REMINDER_DAYS);
    }

    @Test
    void everyDeclarationHasItsSourceAndEveryDueDateKindIsDeclared() {
        Set<DueDateKind> kinds = EnumSet.noneOf(DueDateKind.class);
        for (Category c : ALL) {
            for (StageRule r : ProcessDefinitions.table(c).stages()) {
                for (Deadline d : r.deadlines()) {
                    assertFalse(d.source().isBlank(), d.kind() + " on " + r.stage());
                    kinds.add(d.kind());
                }
            }
        }
        assertEquals(EnumSet.allOf(DueDateKind.class), kinds, "a due date kind without a declaration");
    }

    @Test
    void theTableReadsTheDeadlineInWords() {
        String ksdpk = ProcessDefinitions.table(Category.KSDPK).describe();
        String dprd = ksdpk.substring(ksdpk.indexOf("\nPERSETUJUAN_DPRD ("), ksdpk.indexOf("\nPENYUSUNAN_PKS ("));
        assertTrue(dprd.contains("tenggat DPRD_RESPONSE: 45 hari kerja sejak Tanggal permohonan persetujuan diterima"
                + " DPRD / 45 working days from the date the DPRD received the request"), dprd);
        assertTrue(dprd.contains("bila lewat: diam DPRD dianggap persetujuan"), dprd);
        assertTrue(dprd.contains("setelan: dprdResponseWorkingDays"), dprd);
        assertTrue(dprd.contains("dasar: PP 28/2018 Ps 30(4)"), dprd);
        String ksdll = ProcessDefinitions.table(Category.KSDLL).describe();
        assertTrue(ksdll.contains("tenggat LOI_EXPIRY: 12 bulan (1 tahun) sejak Tanggal penandatanganan LoI"), ksdll);
        assertTrue(ksdll.contains("tenggat GUBERNUR_RELAY: 5 hari kerja"), ksdll);
    }

    // ------------------------------------------------------------------ the evaluation covers the declarations

    private static final LocalDate ENTERED = date(2026, 1, 5);
    private static final LocalDate FACT_DATE = date(2026, 3, 2);
    private static final LocalDate TODAY = date(2026, 8, 3);

    /** A case in the stage on which every start of the stage's declarations has happened and nothing is met. */
    private static CaseState started(Category c, Stage stage) {
        Facts facts = Facts.empty().with(Fact.TERM_START, date(2026, 1, 1)).with(Fact.TERM_MONTHS, 24);
        for (Deadline d : ProcessDefinitions.table(c).rule(stage).map(StageRule::deadlines).orElse(List.of())) {
            if (d.startFact().isPresent()) {
                facts = facts.with(d.startFact().get(), FACT_DATE);
            }
        }
        CaseState b = Fixtures.bare("S-1", c, stage, Origin.DEPARTMENT);
        return new CaseState(b.id(), c, b.ksddKind(), b.ksdpkInitiative(), b.origin(), stage, Fixtures.at(ENTERED),
                b.departments(), 1, facts, b.documents(), List.of(), List.of(), b.parentId(), b.previousAgreementId(),
                b.endReason(), Fixtures.at(ENTERED));
    }

    private static WorkflowSettings applying(Deadline d) {
        WorkflowSettings kabKota = WorkflowSettings.defaults();
        WorkflowSettings province = kabKota.withRegionLevel(RegionLevel.PROVINSI);
        if (d.onlyWhen().isEmpty()) {
            return kabKota;
        }
        CaseState any = Fixtures.bare("S-0", Category.KSDPL, Stage.PELAKSANAAN, Origin.DEPARTMENT);
        return d.onlyWhen().get().test(any, kabKota) ? kabKota : province;
    }

    /** The day a declaration started, for the cases built by {@link #started}. */
    private static LocalDate startDay(Deadline d) {
        return switch (d.start()) {
            case STAGE_ENTERED -> ENTERED;
            case FACT -> FACT_DATE;
            case TERM_END -> date(2027, 12, 31);
            case MONEV_PERIOD_END -> date(2026, 6, 30);
            case MONEV_REPORTS_DUE -> Fixtures.WORKFLOW.calendar().plusWorkingDays(date(2026, 6, 30), 10);
            case REPORT_YEAR_END -> date(2026, 12, 31);
            // issue 13 item 12: nothing budgeted; the current year began before the stage was entered
            case UNBUDGETED_YEAR -> ENTERED;
            // issue 18: no verified activity yet; implementation counted from the term's start
            case LAST_VERIFIED_ACTIVITY -> date(2026, 1, 1);
        };
    }

    /**
     * For every deadline declared on every stage: a case that has started it and not met it gets its due date, on
     * the day the declaration says, for whom it says. A declaration the evaluation skipped would fail here.
     */
    @Test
    void everyDeclaredDeadlineIsComputed() {
        int checked = 0;
        for (Category c : ALL) {
            for (StageRule r : ProcessDefinitions.table(c).stages()) {
                CaseState s = started(c, r.stage());
                for (Deadline d : r.deadlines()) {
                    WorkflowSettings settings = applying(d);
                    Workflow wf = new Workflow(settings, Fixtures.WORKFLOW.calendar());
                    List<DueDate> dues = wf.dueDates(s, Fixtures.at(TODAY)).stream()
                            .filter(x -> x.kind() == d.kind()).toList();
                    String where = d.kind() + " on " + r.stage() + " of " + c;
                    assertFalse(dues.isEmpty(), where + " is declared but not computed");
                    dues.forEach(x -> assertEquals(d.recipients(), x.recipients(), where));
                    if (d.repeat() == Deadline.Repeat.ONCE) {
                        Deadline.Span span = d.span();
                        LocalDate start = startDay(d);
                        LocalDate expected = span.equals(Deadline.Span.ON_THE_DAY) ? start
                                : span.before() ? span.unit().before(start, span.amount())
                                : span.unit().after(start, span.amount(), wf.calendar());
                        if (span.dayAfter()) {
                            expected = expected.plusDays(1);
                        }
                        assertEquals(List.of(expected), dues.stream().map(DueDate::date).toList(), where);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked >= 40, "declarations checked: " + checked);
    }

    /** Nothing is due in a stage that the stage does not declare, and nothing in an ended case. */
    @Test
    void nothingIsDueThatTheStageDoesNotDeclare() {
        for (Category c : ALL) {
            for (StageRule r : ProcessDefinitions.table(c).stages()) {
                Set<DueDateKind> declared = r.deadlines().stream().map(Deadline::kind).collect(Collectors.toSet());
                for (WorkflowSettings settings : List.of(WorkflowSettings.defaults(),
                        WorkflowSettings.defaults().withRegionLevel(RegionLevel.PROVINSI))) {
                    Workflow wf = new Workflow(settings, Fixtures.WORKFLOW.calendar());
                    for (DueDate d : wf.dueDates(started(c, r.stage()), Fixtures.at(TODAY))) {
                        assertTrue(declared.contains(d.kind()), d.kind() + " on " + r.stage() + " of " + c);
                    }
                }
            }
            for (Stage ended : List.of(Stage.SELESAI, Stage.DITOLAK, Stage.DIBATALKAN)) {
                assertTrue(Fixtures.WORKFLOW.dueDates(started(c, ended), Fixtures.at(TODAY)).isEmpty());
            }
        }
    }

    /** A deadline met by what its stage records is no longer due. */
    @Test
    void aMetDeadlineIsNoLongerDue() {
        CaseState persiapan = started(Category.KSDD, Stage.PERSIAPAN);
        Predicate<CaseState> tkksdDue = s -> Fixtures.WORKFLOW.dueDates(s, Fixtures.at(TODAY)).stream()
                .anyMatch(d -> d.kind() == DueDateKind.TKKSD_ASSESSMENT);
        assertTrue(tkksdDue.test(persiapan));
        assertFalse(tkksdDue.test(persiapan.withFacts(persiapan.facts().with(Fact.TKKSD_ASSESSED_ON, ENTERED))));
        assertTrue(tkksdDue.test(persiapan.withFacts(persiapan.facts().with(Fact.TKKSD_ASSESSED_ON,
                ENTERED.minusDays(1)))), "an assessment from an earlier pass through the stage does not count");

        CaseState running = started(Category.KSDD, Stage.PELAKSANAAN);
        Predicate<CaseState> recalled = s -> Fixtures.WORKFLOW.dueDates(s, Fixtures.at(TODAY)).stream()
                .anyMatch(d -> d.kind() == DueDateKind.AGREEMENT_ENDED);
        assertTrue(recalled.test(running));
        assertFalse(recalled.test(running.withFacts(running.facts().with(Fact.EXTENDED_BY, "S-2"))));
    }

    // ------------------------------------------------------------------ declarations are checked

    @Test
    void aDeclaredDefaultMustBeItsSettingsDefault() {
        assertThrows(IllegalStateException.class,
                () -> Deadline.of(DueDateKind.DPRD_RESPONSE).lasts(40, WORKING_DAYS, TimeLimit.DPRD_RESPONSE));
        assertThrows(IllegalStateException.class,
                () -> Deadline.of(DueDateKind.DPRD_RESPONSE).lasts(45, CALENDAR_DAYS, TimeLimit.DPRD_RESPONSE));
        assertThrows(IllegalArgumentException.class, () -> Deadline.of(DueDateKind.DPRD_RESPONSE)
                .from(Fact.DPRD_REQUEST_RECEIVED_ON).lasts(45, WORKING_DAYS, TimeLimit.DPRD_RESPONSE)
                .remind(Role.ADMIN).source(" ").build(), "a deadline without a source");
    }

    @Test
    void aDeadlineIsMetByActionsOfItsOwnStage() {
        ProcessTable.StageDeclaration penawaran = new ProcessTable.StageDeclaration(Stage.PENAWARAN, List.of(
                ActionRule.of(Action.SEND_OFFER).to(Stage.PELAKSANAAN).by(Role.ADMIN),
                Deadline.of(DueDateKind.DPRD_RESPONSE).from(Fact.DPRD_REQUEST_RECEIVED_ON)
                        .lasts(45, WORKING_DAYS, TimeLimit.DPRD_RESPONSE).metBy(Action.DPRD_APPROVE)
                        .remind(Role.ADMIN).source("PP 28/2018 Ps 30(4)")));
        ProcessTable.StageDeclaration end = new ProcessTable.StageDeclaration(Stage.PELAKSANAAN, List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProcessTable.builder(Category.KSDD).path(penawaran, end).build());
        assertTrue(e.getMessage().contains("DPRD_APPROVE"), e.getMessage());
    }

    // ------------------------------------------------------------------ named settings

    @Test
    void everyTimeLimitIsANamedSettingWithItsDefault() throws Exception {
        WorkflowSettings defaults = WorkflowSettings.defaults();
        List<String> names = new ArrayList<>();
        for (TimeLimit l : TimeLimit.values()) {
            Method getter = WorkflowSettings.class.getMethod(l.setting());
            assertEquals(l.defaultValue(), getter.invoke(defaults), l.setting());
            Method setter = WorkflowSettings.Builder.class.getMethod(l.setting(), int.class);
            WorkflowSettings.Builder b = WorkflowSettings.builder();
            int other = l == TimeLimit.MONEV_PERIOD ? 3 : l.defaultValue() + 12; // a monev period divides 12
            setter.invoke(b, other);
            assertEquals(other, getter.invoke(b.build()), l.setting() + " overrides");
            assertFalse(l.source().isBlank(), l.setting());
            names.add(l.setting());
        }
        assertEquals(names.size(), Set.copyOf(names).size(), "setting names are unique");
        // domain.md §3
        assertEquals(List.of(5, 10, 45, 5, 12, 60, 6, 10, 10, 6, 30, 10), List.of(
                defaults.intakeValidationWorkingDays(), defaults.tkksdAssessmentWorkingDays(),
                defaults.dprdResponseWorkingDays(), defaults.gubernurRelayWorkingDays(), defaults.loiValidityMonths(),
                defaults.maxTermMonths(), defaults.monevPeriodMonths(), defaults.monevReportWorkingDays(),
                defaults.monevEvaluationWorkingDays(), defaults.extensionRequestMonthsBeforeEnd(),
                defaults.expiryGraceDays(), defaults.revisionAnswerWorkingDays()));
        assertEquals(RegionLevel.KABUPATEN_KOTA, defaults.regionLevel());
        assertEquals(defaults, WorkflowSettings.builder().build());
        assertEquals(defaults.withRegionLevel(RegionLevel.PROVINSI).toBuilder().regionLevel(RegionLevel.KABUPATEN_KOTA)
                .build(), defaults);
    }
}
