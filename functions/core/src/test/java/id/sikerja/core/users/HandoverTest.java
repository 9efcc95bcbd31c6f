package id.sikerja.core.users;

import id.sikerja.core.cases.CaseOutcome;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.reads.Summaries;
import id.sikerja.core.reminders.DigestPreference;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.NewCase;
import id.sikerja.core.workflow.Refusal;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.Transition;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 18 (h18-owner): the responsible officer (who may set it, per role) and the hand-over of a leaving officer's
 * files: its successor rules (422 naming {@code successor}), that it moves exactly the officer's open cases with a
 * timeline entry in each, the digest subscription and what a further step moves, and that repeating it moves nothing.
 */
class HandoverTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Instant MONDAY = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(WITA).toInstant();
    private static final Workflow WORKFLOW = Workflow.withDefaults();

    private final Clock clock = Clock.fixed(MONDAY, WITA);
    private final Actor admin = Actor.admin("adm");
    private final UserAdministrationTest.FakeDirectory directory = new UserAdministrationTest.FakeDirectory();
    private final Map<String, Officer> digests = new LinkedHashMap<>();
    private final List<String> stepCalls = new ArrayList<>();
    private InMemoryCaseStore store;
    private CaseService cases;
    private Handover handover;
    private int uploads;

    @BeforeEach
    void setUp() {
        store = new InMemoryCaseStore(clock);
        cases = new CaseService(store, () -> WORKFLOW, (caseId, actor, docs) -> List.of(), clock);
        account("adm", "Admin Kerja Sama", OfficerGroup.ADMIN, null, true);
        account("ani", "Ani Lestari", OfficerGroup.OPD, "DINKES", true);
        account("budi", "Budi Santoso", OfficerGroup.OPD, "DINKES", true);
        account("citra", "Citra Dewi", OfficerGroup.OPD, "DISHUB", true);
        account("dodi", "Dodi TKKSD", OfficerGroup.TKKSD, null, true);
        account("eka", "Eka Pensiun", OfficerGroup.OPD, "DINKES", false);
        Handover.DigestSubscriptions subscriptions = new Handover.DigestSubscriptions() {
            @Override
            public Optional<Officer> find(String officerId) {
                return Optional.ofNullable(digests.get(officerId));
            }

            @Override
            public void save(Officer officer, Instant at) {
                digests.put(officer.id(), officer);
            }
        };
        Handover.Step notifications = new Handover.Step() {
            @Override
            public String kind() {
                return "NOTIFICATION";
            }

            @Override
            public List<String> move(String from, String successor) {
                stepCalls.add(from + "->" + successor);
                return stepCalls.size() == 1 ? List.of("n-1") : List.of();
            }
        };
        handover = new Handover(directory, () -> store.all().values().stream().map(Summaries::of).toList(), cases,
                subscriptions, List.of(notifications), clock);
    }

    // ------------------------------------------------------------------ the responsible officer, per role

    @Test
    void onlyAnAdminSetsTheResponsibleOfficerAndItIsInTheTimeline() {
        open("C-1");
        Command set = setTo("ani", "Ani Lestari");
        for (Actor other : List.of(Actor.opd("ani", "DINKES"), Actor.tkksd("dodi"), Actor.pimpinan("p"))) {
            CaseOutcome o = cases.transition("C-1", other, 2, set, Optional.empty(), c -> "");
            if (o instanceof CaseOutcome.Refused r) {
                assertInstanceOf(Refusal.Forbidden.class, r.refusal(), other.role() + " may not set it");
            } else {
                assertInstanceOf(CaseOutcome.NotFound.class, o, other.role() + " may not set it");
            }
        }
        assertInstanceOf(CaseOutcome.Applied.class, cases.transition("C-1", admin, 2, set, Optional.empty(), c -> ""));
        CaseRecord c = store.find("C-1").orElseThrow();
        assertEquals(Optional.of("ani"), c.state().fact(Fact.RESPONSIBLE_OFFICER));
        assertEquals("ani", Summaries.of(c).responsibleOfficer(), "the summary carries it for the filters");
        assertEquals(Action.SET_RESPONSIBLE_OFFICER, last("C-1").action());
    }

    @Test
    void aUserNameWithoutItsNameIsRefused() {
        open("C-1");
        CaseOutcome o = cases.transition("C-1", admin, 2, Command.of(Action.SET_RESPONSIBLE_OFFICER)
                .withFact(Fact.RESPONSIBLE_OFFICER, "ani"), Optional.empty(), c -> "");
        Refusal refusal = assertInstanceOf(CaseOutcome.Refused.class, o).refusal();
        assertTrue(refusal.toString().contains("responsibleOfficerName"), refusal.toString());
    }

    @Test
    void theDirectoryDecidesWhoMayBeResponsibleAndNamesThem() {
        ResponsibleOfficers officers = new ResponsibleOfficers(directory);
        Command named = Command.of(Action.SET_RESPONSIBLE_OFFICER).withFact(Fact.RESPONSIBLE_OFFICER, "budi")
                .withFact(Fact.RESPONSIBLE_OFFICER_NAME, "Someone else");
        assertEquals(Optional.of("Budi Santoso"), officers.checked(named, List.of("DINKES"), "KS-1").facts()
                .get(Fact.RESPONSIBLE_OFFICER_NAME), "the directory's name, never the request's");
        assertEquals(Optional.of("Admin Kerja Sama"), officers.checked(Command.of(Action.SET_RESPONSIBLE_OFFICER)
                .withFact(Fact.RESPONSIBLE_OFFICER, "adm"), List.of("DISHUB"), "KS-1").facts()
                .get(Fact.RESPONSIBLE_OFFICER_NAME), "an admin may hold any case");
        Map<String, String> refused = Map.of("citra", "officer_wrong_department", "eka", "officer_disabled",
                "dodi", "officer_not_eligible", "nobody", "unknown_officer");
        refused.forEach((user, code) -> {
            InvalidInput e = assertThrows(InvalidInput.class, () -> officers.checked(Command.of(
                    Action.SET_RESPONSIBLE_OFFICER).withFact(Fact.RESPONSIBLE_OFFICER, user), List.of("DINKES"), "KS-1"));
            assertEquals(List.of("facts.responsibleOfficer:" + code), codes(e), user);
        });
    }

    // ------------------------------------------------------------------ the hand-over

    @Test
    void aHandOverMovesTheOfficersOpenCasesDigestAndNotificationsInOneStepAndEachTimelineSaysSo() {
        open("C-1");
        open("C-2");
        open("C-3");
        set("C-1", "ani", "Ani Lestari");
        set("C-2", "ani", "Ani Lestari");
        set("C-3", "budi", "Budi Santoso");
        digests.put("ani", new Officer("ani", "ani@example.go.id", Set.of(id.sikerja.core.workflow.Role.OPD),
                Optional.of("DINKES"), new DigestPreference(DigestPreference.Frequency.WEEKLY, java.time.DayOfWeek.MONDAY)));
        directory.setEnabled("ani", false); // she left
        int c3Events = store.timeline("C-3").size();

        Handover.Result r = handover.handOver(admin, "ani", "budi");

        assertEquals(List.of("C-1", "C-2"), r.cases().stream().sorted().toList());
        for (String id : List.of("C-1", "C-2")) {
            CaseRecord c = store.find(id).orElseThrow();
            assertEquals(Optional.of("budi"), c.state().fact(Fact.RESPONSIBLE_OFFICER));
            assertEquals(Optional.of("Budi Santoso"), c.state().fact(Fact.RESPONSIBLE_OFFICER_NAME));
            TimelineEvent e = last(id);
            assertEquals(Action.SET_RESPONSIBLE_OFFICER, e.action());
            assertEquals("Berkas dialihkan dari Ani Lestari ke Budi Santoso", e.note());
        }
        assertEquals(c3Events, store.timeline("C-3").size(), "another officer's case is untouched");
        assertEquals(DigestPreference.Frequency.WEEKLY, digests.get("budi").preference().frequency(),
                "the successor receives the leaving officer's digest");
        assertEquals(DigestPreference.Frequency.OFF, digests.get("ani").preference().frequency(),
                "a disabled officer's digest stops");
        assertTrue(r.moved().contains(new Handover.Moved("NOTIFICATION", "n-1")), "a further step's things are listed");
        assertTrue(r.moved().contains(new Handover.Moved(Handover.DIGEST_SUBSCRIPTION, "budi")));
    }

    @Test
    void repeatingAHandOverMovesNothingAgain() {
        open("C-1");
        set("C-1", "ani", "Ani Lestari");
        handover.handOver(admin, "ani", "budi");
        int events = store.timeline("C-1").size();
        long version = store.find("C-1").orElseThrow().version();

        Handover.Result again = handover.handOver(admin, "ani", "budi");

        assertEquals(List.of(), again.cases());
        assertEquals(events, store.timeline("C-1").size());
        assertEquals(version, store.find("C-1").orElseThrow().version());
    }

    @Test
    void theSuccessorMustBeEnabledEligibleAndOfTheCasesDepartmentElse422NamingIt() {
        open("C-1");
        set("C-1", "ani", "Ani Lestari");
        long version = store.find("C-1").orElseThrow().version();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("citra", "successor:officer_wrong_department");
        refused.put("eka", "successor:officer_disabled");
        refused.put("dodi", "successor:officer_not_eligible");
        refused.put("ani", "successor:same_officer");
        refused.put("nobody", "successor:unknown_officer");
        refused.put(" ", "successor:required");
        refused.forEach((successor, code) -> {
            InvalidInput e = assertThrows(InvalidInput.class, () -> handover.handOver(admin, "ani", successor));
            assertEquals(List.of(code), codes(e), successor);
        });
        assertEquals(version, store.find("C-1").orElseThrow().version(), "a refused hand-over changes nothing");
        assertThrows(Handover.UnknownOfficer.class, () -> handover.handOver(admin, "nobody", "budi"));
        // an admin may take over any case
        assertEquals(List.of("C-1"), handover.handOver(admin, "ani", "adm").cases());
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> codes(InvalidInput e) {
        return e.errors().stream().map(f -> f.field() + ":" + f.code()).toList();
    }

    private static Command setTo(String user, String name) {
        return Command.of(Action.SET_RESPONSIBLE_OFFICER).withFact(Fact.RESPONSIBLE_OFFICER, user)
                .withFact(Fact.RESPONSIBLE_OFFICER_NAME, name);
    }

    private void set(String id, String user, String name) {
        long v = store.find(id).orElseThrow().version();
        assertInstanceOf(CaseOutcome.Applied.class, cases.transition(id, admin, v, setTo(user, name), Optional.empty(),
                c -> ""));
    }

    private TimelineEvent last(String id) {
        List<TimelineEvent> t = store.timeline(id);
        return t.get(t.size() - 1);
    }

    /** A partner's KSDD application, accepted with the department DINKES (version 2, Persiapan). */
    private void open(String id) {
        Transition t = (Transition) WORKFLOW.openFromIntake(NewCase.ksdd(id, KsddKind.SUKARELA, List.of()),
                List.of(upload()), Actor.partner(id), MONDAY);
        CaseRecord c = new CaseRecord("KS-2026-" + id, proposal(), t.state(), MONDAY);
        store.commit(new CaseStore.Commit(List.of(new CaseStore.CaseWrite(c, 0, List.of(), t.events())), List.of(),
                Optional.empty()));
        assertInstanceOf(CaseOutcome.Applied.class, cases.transition(id, admin, 1,
                Command.of(Action.ACCEPT).withDepartments(List.of("DINKES")), Optional.empty(), x -> ""));
    }

    private DocumentUpload upload() {
        uploads++;
        return new DocumentUpload(DocumentType.SURAT_PERMOHONAN, "uploads/" + uploads + ".pdf",
                String.format("%064x", uploads), "surat.pdf");
    }

    private static Proposal proposal() {
        Map<String, Object> body = new HashMap<>(Proposals.validKsdpk());
        body.put("category", "KSDD");
        body.remove("ksdpkInitiative");
        body.put("ksddKind", "SUKARELA");
        Map<String, Object> partner = new HashMap<>(Proposals.partnerOf(body));
        partner.put("type", "PEMERINTAH_DAERAH");
        body.put("partner", partner);
        body.put("departments", List.of());
        return ProposalReader.read(body);
    }

    private void account(String user, String name, OfficerGroup group, String department, boolean enabled) {
        directory.accounts.put(user, new UserAccount(user, user + "@example.go.id", name, List.of(group), department,
                enabled, "CONFIRMED", Instant.EPOCH));
    }
}
