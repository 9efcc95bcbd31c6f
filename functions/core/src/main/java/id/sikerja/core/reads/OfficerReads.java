package id.sikerja.core.reads;

import id.sikerja.core.reads.ReadRequests.ListQuery;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Stage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Officers' lists and dashboard over the case summaries. Who sees what is {@link #visible}: the same rule as
 * {@link id.sikerja.core.cases.Visibility} for one case.
 */
public final class OfficerReads {

    /** The dashboard's "ending soon" horizon. */
    public static final int ENDING_SOON_DAYS = 180;
    /** "Due this week": from today through the next six days. */
    public static final int WEEK_DAYS = 7;

    private final Supplier<Collection<CaseSummary>> summaries;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<Set<String>> disabledOfficers;

    public OfficerReads(Supplier<Collection<CaseSummary>> summaries, Clock clock, ZoneId zone) {
        this(summaries, clock, zone, Set::of);
    }

    /**
     * @param disabledOfficers issue 18 (h18-owner): the user names of the directory's disabled officers (one item
     *                         the users function keeps, read by key): the dashboard counts the open cases they are
     *                         responsible for
     */
    public OfficerReads(Supplier<Collection<CaseSummary>> summaries, Clock clock, ZoneId zone,
                        Supplier<Set<String>> disabledOfficers) {
        this.summaries = summaries;
        this.clock = clock;
        this.zone = zone;
        this.disabledOfficers = disabledOfficers;
    }

    /** Issue 18: an open case whose responsible officer's account is disabled. */
    private static boolean heldByDisabled(CaseSummary s, Set<String> disabled) {
        return s.responsibleOfficer() != null && !s.stage().isTerminal() && disabled.contains(s.responsibleOfficer());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Whether the actor may see the case: admins and leaders all, OPD its department's, TKKSD lokus its own. */
    public static boolean visible(Actor actor, CaseSummary s) {
        return switch (actor.role()) {
            case ADMIN, PIMPINAN, SYSTEM -> true;
            case TKKSD -> actor.department().map(s.departments()::contains).orElse(true);
            case OPD -> s.departments().contains(actor.department().orElseThrow());
            case PARTNER -> false;
        };
    }

    /** {@code GET /cooperations}. */
    public <T> Page<T> list(Actor actor, ListQuery q, java.util.function.Function<CaseSummary, T> render) {
        LocalDate today = today();
        List<CaseSummary> matching = new ArrayList<>();
        String responsible = ReadRequests.responsible(q.responsible(), actor.id()); // issue 18 (h18-owner)
        Set<String> disabled = q.responsibleDisabled() ? disabledOfficers.get() : Set.of();
        for (CaseSummary s : summaries.get()) {
            if (visible(actor, s) && matches(q, s, today)
                    && (responsible == null || responsible.equals(s.responsibleOfficer()))
                    && (!q.responsibleDisabled() || heldByDisabled(s, disabled))) {
                matching.add(s);
            }
        }
        return Paging.page(matching, q.sort(), zone, q.limit(), q.cursor(), render);
    }

    boolean matches(ListQuery q, CaseSummary s, LocalDate today) {
        if (!q.stages().isEmpty() && !q.stages().contains(s.stage())) {
            return false;
        }
        if (q.refusedMandatory() && !s.refusedMandatory()) {
            return false;
        }
        if (q.withoutActivity() && !withoutActivity(s, today)) { // issue 18
            return false;
        }
        if (q.category() != null && q.category() != s.category()) {
            return false;
        }
        if (q.department() != null && !s.departments().contains(q.department())) {
            return false;
        }
        if (q.year() != null && s.createdYear(zone) != q.year()) {
            return false;
        }
        if (q.dueBefore() != null && s.deadlines().stream().noneMatch(d -> !d.date().isAfter(q.dueBefore()))) {
            return false;
        }
        if (q.endingWithinDays() != null && (s.endDate() == null || s.endDate().isBefore(today)
                || s.endDate().isAfter(today.plusDays(q.endingWithinDays())))) {
            return false;
        }
        if (!q.partner().isEmpty() && !SearchText.matches(q.partner(), SearchText.words(s.partnerName()))) {
            return false;
        }
        return q.words().isEmpty() || SearchText.matches(q.words(), s.words()) || trackingCodeMatches(q.words(), s);
    }

    /**
     * A tracking code typed whole or in part ("KS-2026-7Q4XZD", "7q4xzd"): its letters and digits, at least six so
     * that a year alone does not list every case of that year, found in the case's code.
     */
    static boolean trackingCodeMatches(List<String> query, CaseSummary s) {
        String typed = String.join("", query);
        return typed.length() >= 6 && s.trackingCode() != null
                && String.join("", SearchText.words(s.trackingCode())).contains(typed);
    }

    /** {@code GET /dashboard}: counts over the cases the actor sees. */
    public Dashboard dashboard(Actor actor) {
        LocalDate today = today();
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        for (Stage st : Stage.values()) {
            byStage.put(st, 0);
        }
        int total = 0;
        int overdue = 0;
        int dueThisWeek = 0;
        int ending = 0;
        int refusedMandatory = 0;
        int responsibleDisabled = 0; // issue 18 (h18-owner)
        Set<String> disabled = disabledOfficers.get();
        int withoutActivity = 0; // issue 18
        LocalDate weekEnd = today.plusDays(WEEK_DAYS - 1L);
        LocalDate horizon = today.plusDays(ENDING_SOON_DAYS);
        for (CaseSummary s : summaries.get()) {
            if (!visible(actor, s)) {
                continue;
            }
            total++;
            byStage.merge(s.stage(), 1, Integer::sum);
            List<CaseSummary.Due> deadlines = s.deadlines();
            if (deadlines.stream().anyMatch(d -> d.date().isBefore(today))) {
                overdue++;
            }
            if (deadlines.stream().anyMatch(d -> !d.date().isBefore(today) && !d.date().isAfter(weekEnd))) {
                dueThisWeek++;
            }
            if (s.stage() == Stage.PELAKSANAAN && s.endDate() != null && !s.endDate().isBefore(today)
                    && !s.endDate().isAfter(horizon)) {
                ending++;
            }
            if (s.refusedMandatory()) {
                refusedMandatory++;
            }
            if (heldByDisabled(s, disabled)) {
                responsibleDisabled++;
            }
            if (withoutActivity(s, today)) {
                withoutActivity++;
            }
        }
        return new Dashboard(today, byStage, overdue, dueThisWeek, ending, total, refusedMandatory,
                responsibleDisabled, withoutActivity);
    }

    /**
     * The dashboard's numbers as of a date; {@code refusedMandatory}: the KSDD wajib the region refused, for the
     * Gubernur or the Minister (issue 13 item 7).
     */
    public record Dashboard(LocalDate asOf, Map<Stage, Integer> byStage, int overdue, int dueThisWeek,
                            int endingWithin180Days, int total, int refusedMandatory, int responsibleDisabled,
                            int withoutActivity) {
    }

    /**
     * Issue 18: "berjalan tanpa kegiatan", an agreement whose "no verified activity" due date (stored with its summary,
     * moved by each verification) has passed: read from the summary, no scan.
     */
    static boolean withoutActivity(CaseSummary s, LocalDate today) {
        return s.dueDates().stream().anyMatch(d -> d.kind() == id.sikerja.core.workflow.DueDateKind.NO_VERIFIED_ACTIVITY
                && d.date().isBefore(today));
    }
}
