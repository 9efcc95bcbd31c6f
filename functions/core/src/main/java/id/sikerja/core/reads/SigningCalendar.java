package id.sikerja.core.reads;

import id.sikerja.core.signing.SigningMonthIndex;
import id.sikerja.core.signing.SigningSchedule;
import id.sikerja.core.workflow.Actor;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Issue 17's calendar ({@code GET /signings?month=}): the signings scheduled in a month and the legal deadlines due
 * in it, over the cases the actor sees ({@link OfficerReads#visible}, the case list's rule). Signings come from the
 * month index of the schedules, deadlines from the case summaries' due dates (as the dashboard counts them).
 */
public final class SigningCalendar {

    private final Supplier<Collection<CaseSummary>> summaries;
    private final SigningMonthIndex signings;
    private final ZoneId zone;

    public SigningCalendar(Supplier<Collection<CaseSummary>> summaries, SigningMonthIndex signings, ZoneId zone) {
        this.summaries = summaries;
        this.signings = signings;
        this.zone = zone;
    }

    public Month month(Actor actor, YearMonth month) {
        Map<String, CaseSummary> seen = new HashMap<>();
        List<Deadline> deadlines = new ArrayList<>();
        for (CaseSummary s : summaries.get()) {
            if (!OfficerReads.visible(actor, s)) {
                continue;
            }
            seen.put(s.id(), s);
            for (CaseSummary.Due d : s.deadlines()) {
                if (YearMonth.from(d.date()).equals(month)) {
                    deadlines.add(new Deadline(s, d));
                }
            }
        }
        deadlines.sort(Comparator.comparing((Deadline d) -> d.due().date()).thenComparing(d -> d.summary().id())
                .thenComparing(d -> d.due().kind().name()));
        List<Signing> found = new ArrayList<>();
        for (SigningSchedule x : signings.inMonth(month)) {
            CaseSummary s = seen.get(x.caseId());
            LocalDateTime local = LocalDateTime.ofInstant(x.start(), zone);
            if (s != null && x.status() != SigningSchedule.Status.CANCELLED && YearMonth.from(local).equals(month)) {
                found.add(new Signing(s, x, local));
            }
        }
        found.sort(Comparator.comparing(Signing::local).thenComparing(g -> g.summary().id()));
        return new Month(month, zone, found, deadlines);
    }

    /** A month of the calendar. */
    public record Month(YearMonth month, ZoneId zone, List<Signing> signings, List<Deadline> deadlines) {
    }

    /** A scheduled signing, with its local date and time in the Pemda's zone. */
    public record Signing(CaseSummary summary, SigningSchedule schedule, LocalDateTime local) {
    }

    /** A legal deadline of a case due in the month. */
    public record Deadline(CaseSummary summary, CaseSummary.Due due) {
    }
}
