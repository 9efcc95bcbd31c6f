package id.sikerja.local.journeys;

import id.sikerja.api.Json;
import id.sikerja.local.LocalRuntime;
import id.sikerja.local.testing.LocalSystem;
import id.sikerja.local.testing.SentMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The daily reminders through the local runtime, on a system of their own so that every digest's content is
 * known: officers choose their digest, cases fall due, the schedule runs (with its clock set ahead), and the
 * SES emulator's store is read back.
 */
@SuppressWarnings("unchecked")
class ReminderJourneyTest {

    private static final String DIGEST = "[Si Kerja] Ringkasan tenggat";
    private static final String INBOX = "kerjasama@sikerja.example.go.id";
    private static LocalSystem system;
    private static WorkflowApi api;
    private static String proposal;
    private static String initiative;
    private static String legacy;
    private static String running;
    private static String revision;
    private static String revisionCode;

    @BeforeAll
    static void start() throws Exception {
        system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts()
                .repositoryRoot(LocalRuntime.findRepositoryRoot())
                .workDirectory(Files.createTempDirectory("reminders-journey")));
        api = new WorkflowApi(system);
        Instant firstRun = Instant.now().plus(30, ChronoUnit.DAYS);
        String otherWeekday = firstRun.atZone(ZoneId.of("Asia/Makassar")).getDayOfWeek().plus(3).name();
        assertEquals(200, api.put("admin", "/me/digest-preferences", m("frequency", "DAILY")).status());
        assertEquals(200, api.put("tkksd", "/me/digest-preferences", m("frequency", "DAILY")).status());
        assertEquals(200, api.put("opd-dinkes", "/me/digest-preferences", m("frequency", "OFF")).status());
        assertEquals(200, api.put("opd-dishub", "/me/digest-preferences",
                m("frequency", "WEEKLY", "weekday", otherWeekday)).status());
        assertEquals(422, api.put("opd-dishub", "/me/digest-preferences", m("frequency", "WEEKLY")).status(),
                "a weekly digest names its weekday");
        WorkflowApi.Answer chosen = api.get("opd-dishub", "/me/digest-preferences");
        assertEquals(200, chosen.status(), chosen.raw().body());
        assertEquals("WEEKLY", chosen.body().get("frequency"));
        assertEquals(otherWeekday, chosen.body().get("weekday"), "the refused change left the choice as it was");

        HttpResponse<String> submitted = IntakeJourneyContract.HTTP.send(HttpRequest.newBuilder(
                        URI.create(system.apiUrl() + "/proposals")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(WorkflowApi.sample("events/intake-submit-proposal.json"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, submitted.statusCode(), submitted.body());
        proposal = (String) Json.readObject(submitted.body()).get("id");
        initiative = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal("Uji pengingat " + firstRun, "DINKES")).id;
        legacy = legacyAgreement("Uji berakhir otomatis", "kerjasama@unmul.example.ac.id", "2022-12-20", "2023-01-02",
                12, "180/01/HK/2023");
        // running since January, its first monev overdue, and not in the RKPD/APBD
        running = legacyAgreement("Uji berjalan tanpa anggaran", "mitra-berjalan@unmul.example.ac.id", "2025-12-20",
                "2026-01-05", 36, "180/02/HK/2026");

        // returned to its proposer for revision
        Map<String, Object> returned = WorkflowApi.sample("events/intake-submit-proposal.json");
        returned.put("title", "Uji revisi pengingat");
        ((Map<String, Object>) returned.get("partner")).put("email", "mitra-revisi@unmul.example.ac.id");
        WorkflowApi.Answer proposed = api.send("POST", "/proposals", returned, Map.of());
        assertEquals(201, proposed.status(), proposed.raw().body());
        revision = (String) proposed.body().get("id");
        revisionCode = (String) proposed.body().get("trackingCode");
        api.new Walk(revision, api.view("admin", revision).version())
                .act("admin", "RETURN_FOR_REVISION", m("note", "Lampirkan KAK yang ditandatangani pimpinan."));
    }

    /** An agreement signed before Si Kerja, entered by the admin at Pelaksanaan. */
    private static String legacyAgreement(String title, String partnerEmail, String signedOn, String termStart,
                                          int termMonths, String number) {
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        body.put("title", title);
        ((Map<String, Object>) body.get("partner")).put("email", partnerEmail);
        body.put("facts", m("pksSignedOn", signedOn, "signatory", "KEPALA_DAERAH", "termStart", termStart,
                "termMonths", termMonths, "agreementNumber", number));
        body.put("documents", WorkflowApi.docs("PKS_SIGNED"));
        return api.open("admin", "/cooperations/legacy", body).id;
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static Map<String, Object> runSchedule(Instant now) throws Exception {
        HttpResponse<String> r = IntakeJourneyContract.HTTP.send(HttpRequest.newBuilder(
                        URI.create(system.apiUrl() + "/_local/schedules/ReminderFunction/DailyDigest"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"now\":\"" + now + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.readObject(r.body());
    }

    /** The period a daily digest sent on {@code day} names. */
    private static String period(Instant day) {
        return day.atZone(ZoneId.of("Asia/Makassar")).toLocalDate().toString();
    }

    /** Per recipient, the cases in the daily digest of {@code day}. */
    private static Map<String, Set<String>> digestCases(Instant day) {
        return system.mail().sent().stream().filter(m -> m.subject().startsWith(DIGEST) && m.subject().contains(period(day)))
                .collect(Collectors.toMap(m -> m.to().get(0), ReminderJourneyTest::cases, (a, b) -> {
                    throw new AssertionError("two digests to one officer: " + a + " / " + b);
                }));
    }

    private static Set<String> cases(SentMail mail) {
        return mail.text().lines().map(String::strip).filter(l -> l.contains("/kasus/"))
                .map(l -> l.substring(l.lastIndexOf('/') + 1)).collect(Collectors.toSet());
    }

    @Test
    void eachOfficerGetsOneDigestOfWhatTheyMayActOnAndARerunAddsNone() throws Exception {
        Instant day = Instant.now().plus(30, ChronoUnit.DAYS);
        runSchedule(day);
        assertEquals(Map.of(
                "admin@sikerja.local", Set.of(proposal, initiative, running, revision),
                INBOX, Set.of(proposal, initiative, running, revision),
                "tkksd@sikerja.local", Set.of(initiative)), digestCases(day),
                "opd-dinkes chose none, opd-dishub's weekday is another; the ended agreement is due from no one");
        SentMail admin = system.mail().sent().stream().filter(m -> m.subject().startsWith(DIGEST)
                && m.to().contains("admin@sikerja.local") && m.subject().contains(period(day))).findFirst().orElseThrow();
        assertTrue(admin.html().contains("TERLAMBAT") && admin.text().contains("Batas validasi permohonan"), admin.text());
        assertTrue(admin.text().contains("Kerja sama berjalan belum tercatat dalam RKPD dan APBD"), admin.text());
        assertTrue(admin.text().contains("Batas laporan monev OPD"), admin.text());
        assertTrue(admin.text().contains("Batas perbaikan oleh pemohon"), admin.text());

        int mails = system.mail().sent().size();
        Map<String, Object> again = runSchedule(day);
        assertEquals(0, ((Number) again.get("sent")).intValue());
        assertEquals(mails, system.mail().sent().size(), "running again the same day adds none");

        WorkflowApi.Answer ended = api.view("admin", legacy);
        assertEquals("MASA_BERLAKU_HABIS", ((Map<?, ?>) ended.body().get("endReason")).get("code"));
        Map<String, Object> last = ended.list("timeline").get(ended.list("timeline").size() - 1);
        assertEquals("EXPIRE", last.get("action"));
        assertEquals("SYSTEM", ((Map<?, ?>) last.get("actor")).get("role"));
    }

    @Test
    void withTheMailServiceDownNothingIsLostAndTheNextRunSendsEachDigestOnce() throws Exception {
        Instant day = Instant.now().plus(31, ChronoUnit.DAYS);
        system.runtime().stopSesEmulator();
        Map<String, Object> down = runSchedule(day);
        assertEquals(0, ((Number) down.get("sent")).intValue());
        assertTrue(((Number) down.get("failed")).intValue() >= 3, down.toString());
        system.runtime().startSesEmulator();

        Map<String, Object> back = runSchedule(day);
        assertEquals(0, ((Number) back.get("recorded")).intValue(), "the day's digests were recorded while SES was down");
        List<SentMail> digests = system.mail().sent().stream().filter(m -> m.subject().startsWith(DIGEST)
                && m.subject().contains(period(day))).toList();
        assertEquals(Set.of("admin@sikerja.local", INBOX, "tkksd@sikerja.local"),
                digests.stream().map(m -> m.to().get(0)).collect(Collectors.toSet()));
        assertEquals(3, digests.size(), "each missing digest exactly once");
        runSchedule(day);
        assertEquals(3, system.mail().sent().stream().filter(m -> m.subject().startsWith(DIGEST)
                && m.subject().contains(period(day))).count());
    }

    @Test
    void aPartnerIsRemindedOfARequestedRevisionThroughItsTrackingLinkOnce() throws Exception {
        LocalDate due = LocalDate.parse((String) api.view("admin", revision).list("dueDates").stream()
                .filter(d -> d.get("kind").equals("REVISION_ANSWER")).findFirst().orElseThrow().get("date"));
        Instant onTheDay = due.atTime(7, 0).atZone(ZoneId.of("Asia/Makassar")).toInstant();
        Map<String, Object> first = runSchedule(onTheDay);
        runSchedule(onTheDay);
        List<SentMail> toPartner = system.mail().sent().stream()
                .filter(m -> m.to().contains("mitra-revisi@unmul.example.ac.id")
                        && m.subject().startsWith("[Si Kerja] Permohonan Anda memerlukan tindakan")).toList();
        assertEquals(1, toPartner.size(), "once, however often the schedule runs that day; " + first + " "
                + system.mail().sent().stream().map(m -> m.to() + " " + m.subject()).toList());
        assertTrue(toPartner.get(0).text().contains("/lacak/" + revisionCode), toPartner.get(0).text());
        assertTrue(toPartner.get(0).text().contains("Batas perbaikan oleh pemohon"), toPartner.get(0).text());
        assertFalse(toPartner.get(0).text().contains("/kasus/"), "a partner gets no officer's link");
    }

    /** The DEADLINE_SOON notifications of {@code caseId} in the officer's inbox. */
    private static List<Map<String, Object>> deadlineNotes(String user, String caseId) {
        WorkflowApi.Answer inbox = api.get(user, "/me/notifications?limit=100");
        assertEquals(200, inbox.status(), inbox.raw().body());
        return inbox.list("items").stream()
                .filter(n -> "DEADLINE_SOON".equals(n.get("kind")) && caseId.equals(n.get("caseId"))).toList();
    }

    @Test
    void aDeadlineEnteringItsSevenDayWindowNotifiesTheOfficersWhoMeetItOnceHoweverOftenTheScheduleRuns()
            throws Exception {
        // the officers are known to notifications once they have used the web
        assertEquals(0, deadlineNotes("admin", proposal).size());
        assertEquals(0, deadlineNotes("opd-dishub", proposal).size());
        LocalDate due = LocalDate.parse((String) api.view("admin", proposal).list("dueDates").stream()
                .filter(d -> d.get("kind").equals("INTAKE_VALIDATION")).findFirst().orElseThrow().get("date"));
        // a day within the window that is not a day the revision's partner is written to (another test counts those)
        LocalDate revisionDue = LocalDate.parse((String) api.view("admin", revision).list("dueDates").stream()
                .filter(d -> d.get("kind").equals("REVISION_ANSWER")).findFirst().orElseThrow().get("date"));
        LocalDate day = due.minusDays(2);
        while (day.equals(revisionDue) || day.equals(revisionDue.minusDays(7))) {
            day = day.plusDays(1);
        }
        Instant at = day.atTime(7, 0).atZone(ZoneId.of("Asia/Makassar")).toInstant();
        runSchedule(at);
        List<Map<String, Object>> notes = deadlineNotes("admin", proposal);
        assertEquals(1, notes.size(), "the admin validates a proposal: told once");
        assertEquals(Boolean.FALSE, notes.get(0).get("read"));
        assertEquals(0, deadlineNotes("opd-dishub", proposal).size(), "a department meets no intake validation");

        runSchedule(at.plus(2, ChronoUnit.HOURS));
        assertEquals(1, deadlineNotes("admin", proposal).size(), "a re-run of the schedule makes no second notification");
    }
}
