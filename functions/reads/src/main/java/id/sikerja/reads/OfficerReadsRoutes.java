package id.sikerja.reads;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.Officers;
import id.sikerja.api.Route;
import id.sikerja.core.reads.OfficerReads;
import id.sikerja.core.reads.OfficerTasks;
import id.sikerja.core.reads.ReadRequests;
import id.sikerja.core.workflow.Actor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Officers' reads (JWT authorizer; see {@link Officers}), scoped by role: an OPD user sees its department's cases
 * only, a TKKSD member scoped to a department ("lokus") that department's, admins and leaders every case.
 * <ul>
 *   <li>{@code GET /cooperations}: filters {@code stage} (comma-separated), {@code category}, {@code department},
 *       {@code partner}, {@code year}, {@code dueBefore}, {@code endingWithinDays}, search {@code q}, {@code sort},
 *       {@code limit}, {@code cursor} → {@code {items, nextCursor, total}}.</li>
 *   <li>{@code GET /dashboard}: counts per stage, overdue, due this week, ending within 180 days.</li>
 *   <li>{@code GET /me/tasks}: what waits on the caller now ({@link OfficerTasks}), search {@code q} (title or
 *       tracking code), {@code limit}, {@code cursor} → {@code {asOf, horizonDays, items, nextCursor, total,
 *       overdue, dueSoon}}.</li>
 * </ul>
 * 422 names every bad parameter.
 */
public final class OfficerReadsRoutes {

    static final String LIST = "GET /cooperations";
    static final String DASHBOARD = "GET /dashboard";
    static final String TASKS = "GET /me/tasks";
    /** Issue 17: the signing calendar (signings and legal deadlines of a month). */
    static final String SIGNINGS = "GET /signings";
    /** The routes this function serves; template.yaml must route exactly these to it. */
    public static final Set<String> ROUTES = Set.of(LIST, DASHBOARD, TASKS, SIGNINGS);

    private final OfficerReads reads;
    private final OfficerTasks tasks;

    /** Issue 17: the calendar (none: {@code GET /signings} lists nothing but the month's deadlines). */
    private id.sikerja.core.reads.SigningCalendar calendar;

    /** Issue 17: serves {@code GET /signings} with {@code calendar}. */
    public OfficerReadsRoutes withCalendar(id.sikerja.core.reads.SigningCalendar calendar) {
        this.calendar = calendar;
        return this;
    }

    public OfficerReadsRoutes(OfficerReads reads, OfficerTasks tasks) {
        this.reads = reads;
        this.tasks = tasks;
    }

    public HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(LIST, this::list);
        routes.put(DASHBOARD, this::dashboard);
        routes.put(TASKS, this::tasks);
        routes.put(SIGNINGS, this::signings);
        return HttpFunction.serving(ROUTES, routes);
    }

    APIGatewayV2HTTPResponse list(HttpRequest request) {
        Actor actor = Officers.actor(request);
        ReadRequests.ListQuery query = ReadRequests.list(request::query);
        LocalDate today = reads.today();
        return HttpResponses.json(200, ReadJson.page(reads.list(actor, query, s -> ReadJson.summary(s, today))));
    }

    APIGatewayV2HTTPResponse dashboard(HttpRequest request) {
        Actor actor = Officers.actor(request);
        return HttpResponses.json(200, ReadJson.dashboard(reads.dashboard(actor)));
    }

    APIGatewayV2HTTPResponse tasks(HttpRequest request) {
        Actor actor = Officers.actor(request);
        ReadRequests.TaskQuery query = ReadRequests.tasks(request::query);
        return HttpResponses.json(200, ReadJson.tasks(tasks.tasks(actor, query)));
    }

    /** Issue 17: {@code GET /signings?month=YYYY-MM}. */
    APIGatewayV2HTTPResponse signings(HttpRequest request) {
        Actor actor = Officers.actor(request);
        java.time.YearMonth month = ReadRequests.month(request::query);
        if (calendar == null) {
            throw new IllegalStateException("the signing calendar is not wired");
        }
        return HttpResponses.json(200, ReadJson.calendar(calendar.month(actor, month)));
    }
}
