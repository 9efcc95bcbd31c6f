package id.sikerja.core.activities;

import id.sikerja.core.activities.ActivityOutcome.Applied;
import id.sikerja.core.activities.ActivityOutcome.Forbidden;
import id.sikerja.core.activities.ActivityOutcome.NotFound;
import id.sikerja.core.activities.ActivityOutcome.Refused;
import id.sikerja.core.activities.ActivityOutcome.Replayed;
import id.sikerja.core.activities.ActivityOutcome.Stale;
import id.sikerja.core.cases.CaseOutcome;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Signatory;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityServiceTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Instant MONDAY = LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(WITA).toInstant();
    private static final Workflow WORKFLOW = Workflow.withDefaults();
    private static final Function<Activity, String> RENDER = a -> a.id() + "@" + a.version() + ":" + a.status();

    private final FakeClock clock = new FakeClock(MONDAY);
    private final Actor admin = Actor.admin("admin-sub");
    private final Actor dinkes = Actor.opd("opd-sub", "DINKES");
    private final Actor otherDinkes = Actor.opd("opd-sub-2", "DINKES");
    private final List<Upload> uploads = new ArrayList<>();
    private InMemoryCaseStore cases;
    private InMemoryActivityStore store;
    private ActivityService service;
    private CaseService caseService;
    private int ids;

    @BeforeEach
    void setUp() {
        cases = new InMemoryCaseStore(clock);
        store = new InMemoryActivityStore(cases);
        caseService = new CaseService(cases, () -> WORKFLOW, (caseId, actor, docs) -> List.of(), clock);
        service = new ActivityService(cases, store, caseId -> uploads.stream()
                .filter(u -> u.caseId().equals(Optional.of(caseId))).toList(), () -> WORKFLOW, clock,
                () -> "ACT-" + (++ids));
    }

    // ---- what is asked for, and the 422 naming each field ------------------------------------------

    @Test
    void aBadActivityIsRefusedNamingEachField() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", " ");
        body.put("startDate", "2026-02-30");
        body.put("party", "PEMERINTAH");
        body.put("indicator", Map.of("name", "Kader", "unit", "orang", "target", "lima puluh"));
        body.put("evidence", List.of("../etc/passwd"));
        body.put("colour", "red");
        InvalidInput bad = assertThrows(InvalidInput.class, () -> ActivityRequests.draft(body, LocalDate.of(2026, 3, 2)));
        assertEquals(Set.of("title", "startDate", "party", "outputs", "indicator.target", "indicator.achievement",
                "evidence[0]", "colour"), fields(bad));
    }

    @Test
    void aPeriodEndsOnOrAfterItsStartAndNotAfterToday() {
        Map<String, Object> body = valid();
        body.put("startDate", "2026-02-10");
        body.put("endDate", "2026-02-01");
        assertEquals(Set.of("endDate"), fields(assertThrows(InvalidInput.class,
                () -> ActivityRequests.draft(body, LocalDate.of(2026, 3, 2)))));
        body.put("startDate", "2026-03-03");
        body.remove("endDate");
        assertEquals(Set.of("startDate"), fields(assertThrows(InvalidInput.class,
                () -> ActivityRequests.draft(body, LocalDate.of(2026, 3, 2)))));
    }

    @Test
    void aReturnNeedsItsReason() {
        assertEquals(Set.of("reason"), fields(assertThrows(InvalidInput.class,
                () -> ActivityRequests.decision(Map.of("version", 1), true))));
        assertEquals(Set.of("reason"), fields(assertThrows(InvalidInput.class,
                () -> ActivityRequests.decision(Map.of("version", 1, "reason", "tidak"), false))));
    }

    @Test
    void evidenceMustBeAnEvidenceUploadOfTheCase() {
        String id = running();
        uploads.add(upload("11111111-1111-1111-1111-111111111111", id, DocumentType.EVIDENCE));
        uploads.add(upload("22222222-2222-2222-2222-222222222222", id, DocumentType.LAPORAN));
        uploads.add(upload("33333333-3333-3333-3333-333333333333", "another-case", DocumentType.EVIDENCE));
        ActivityDraft draft = draft(LocalDate.of(2026, 2, 20), List.of("11111111-1111-1111-1111-111111111111",
                "22222222-2222-2222-2222-222222222222", "33333333-3333-3333-3333-333333333333"));
        InvalidInput bad = assertThrows(InvalidInput.class,
                () -> service.record(id, dinkes, draft, Optional.empty(), RENDER));
        assertEquals(Set.of("evidence[1]", "evidence[2]"), fields(bad));
        assertEquals(0, store.commits);

        Applied ok = assertInstanceOf(Applied.class, service.record(id, dinkes,
                draft(LocalDate.of(2026, 2, 20), List.of("11111111-1111-1111-1111-111111111111")), Optional.empty(),
                RENDER));
        assertEquals(List.of("11111111-1111-1111-1111-111111111111"), ok.activity().draft().evidence());
    }

    // ---- permissions, per role (ProcessDefinitions.ACTIVITY_ROLES) -----------------------------------

    @Test
    void eachPartyRecordsAndOnlyOfficersOfTheDepartmentOrAdminsVerify() {
        String id = running();
        Actor partner = Actor.partner(id);
        Map<Actor, Boolean> mayRecord = Map.of(admin, true, dinkes, true, partner, true,
                Actor.tkksd("tkksd-sub"), false, Actor.pimpinan("lead-sub"), false);
        mayRecord.forEach((actor, may) -> {
            ActivityOutcome o = service.record(id, actor, draft(LocalDate.of(2026, 2, 1), List.of()), Optional.empty(),
                    RENDER);
            Class<? extends ActivityOutcome> expected = may ? Applied.class : Forbidden.class;
            assertInstanceOf(expected, o, actor.role().name());
        });
        // another department's officer does not see the case at all
        assertInstanceOf(NotFound.class, service.record(id, Actor.opd("x", "DISHUB"),
                draft(LocalDate.of(2026, 2, 1), List.of()), Optional.empty(), RENDER));
        assertInstanceOf(NotFound.class, service.record(id, Actor.partner("another-case"),
                draft(LocalDate.of(2026, 2, 1), List.of()), Optional.empty(), RENDER));

        Map<Actor, Class<?>> mayVerify = Map.of(partner, Forbidden.class, Actor.tkksd("tkksd-sub"), Forbidden.class,
                Actor.pimpinan("lead-sub"), Forbidden.class, otherDinkes, Applied.class, admin, Applied.class);
        mayVerify.forEach((actor, expected) -> {
            Activity a = recorded(id, partner);
            assertInstanceOf(expected, service.verify(id, a.id(), actor, a.version(), Optional.empty(), RENDER),
                    actor.role().name());
            Activity b = recorded(id, partner);
            assertInstanceOf(expected, service.returnToSubmitter(id, b.id(), actor, b.version(), "Foto tidak jelas",
                    Optional.empty(), RENDER), actor.role().name());
        });
        // everyone who sees the case reads its activities
        for (Actor reader : List.of(admin, dinkes, partner, Actor.tkksd("t"), Actor.pimpinan("p"))) {
            assertTrue(service.list(id, reader).isPresent(), reader.role().name());
        }
        assertEquals(Optional.empty(), service.list(id, Actor.opd("x", "DISHUB")));
    }

    @Test
    void noOneVerifiesWhatTheyRecordedThemselves() {
        String id = running();
        Activity a = recorded(id, dinkes);
        Refused own = assertInstanceOf(Refused.class, service.verify(id, a.id(), dinkes, 1, Optional.empty(), RENDER));
        assertEquals("RULE:ACTIVITY_OWN", own.code());
        assertInstanceOf(Applied.class, service.verify(id, a.id(), otherDinkes, 1, Optional.empty(), RENDER));
    }

    @Test
    void activitiesAreRecordedOnlyInTheRunningStages() {
        CaseOutcome.Applied opened = (CaseOutcome.Applied) caseService.openByDepartment(proposal(), List.of(), admin,
                Optional.empty(), c -> c.record().id());
        String id = opened.change().record().id();
        assertEquals(Stage.PERSIAPAN, opened.change().record().stage());
        Refused r = assertInstanceOf(Refused.class, service.record(id, admin, draft(LocalDate.of(2026, 2, 1), List.of()),
                Optional.empty(), RENDER));
        assertEquals("RULE:ACTIVITY_STAGE", r.code());
        assertEquals(0, store.commits);
    }

    // ---- verification, return, correction -----------------------------------------------------------

    @Test
    void aReturnedActivityIsCorrectedAndSubmittedAgainKeepingItsHistory() {
        String id = running();
        Actor partner = Actor.partner(id);
        Activity a = recorded(id, partner);
        Applied returned = assertInstanceOf(Applied.class, service.returnToSubmitter(id, a.id(), dinkes, 1,
                "Lampirkan daftar hadir", Optional.empty(), RENDER));
        assertEquals(ActivityStatus.RETURNED, returned.activity().status());
        assertEquals(Optional.of("Lampirkan daftar hadir"), returned.activity().returnReason());

        // officers do not rewrite the partner's report; a stale version is answered with the activity as it is now
        assertInstanceOf(Forbidden.class, service.correct(id, a.id(), dinkes, 2, draft(LocalDate.of(2026, 2, 2),
                List.of()), Optional.empty(), RENDER));
        Stale stale = assertInstanceOf(Stale.class, service.correct(id, a.id(), partner, 1,
                draft(LocalDate.of(2026, 2, 2), List.of()), Optional.empty(), RENDER));
        assertEquals(2, stale.current().version());

        Applied corrected = assertInstanceOf(Applied.class, service.correct(id, a.id(), partner, 2,
                draft(LocalDate.of(2026, 2, 2), List.of()), Optional.empty(), RENDER));
        assertEquals(ActivityStatus.SUBMITTED, corrected.activity().status());
        assertEquals(Optional.empty(), corrected.activity().returnReason());
        assertEquals(List.of("RECORD_ACTIVITY", "RETURN_ACTIVITY", "CORRECT_ACTIVITY"),
                corrected.activity().history().stream().map(e -> e.action().name()).toList());
        assertEquals("Lampirkan daftar hadir", corrected.activity().history().get(1).reason());

        Applied verified = assertInstanceOf(Applied.class, service.verify(id, a.id(), admin, 3, Optional.empty(),
                RENDER));
        assertEquals(ActivityStatus.VERIFIED, verified.activity().status());
        // a verified activity is final
        Refused again = assertInstanceOf(Refused.class, service.returnToSubmitter(id, a.id(), admin, 4, "Salah catat",
                Optional.empty(), RENDER));
        assertEquals("RULE:ACTIVITY_STATUS", again.code());
        assertInstanceOf(Refused.class, service.correct(id, a.id(), partner, 4, draft(LocalDate.of(2026, 2, 2),
                List.of()), Optional.empty(), RENDER));
        assertEquals(List.of(a.id()), service.verified(id).stream().map(Activity::id).toList());
    }

    @Test
    void aRetriedVerificationGetsTheFirstAnswerAndWritesNothing() {
        String id = running();
        Activity a = recorded(id, Actor.partner(id));
        Idempotency key = Idempotency.of(new IdempotencyKey("verify-key-1"), "POST verification", id, "admin-sub",
                "v1");
        Applied first = assertInstanceOf(Applied.class, service.verify(id, a.id(), admin, 1, Optional.of(key), RENDER));
        int commits = store.commits;
        Replayed again = assertInstanceOf(Replayed.class, service.verify(id, a.id(), admin, 1, Optional.of(key),
                RENDER));
        assertEquals(first.response(), again.response());
        assertEquals(commits, store.commits);
    }

    // ---- "berjalan tanpa kegiatan": six months without a verified activity --------------------------

    @Test
    void anAgreementSixMonthsIntoImplementationWithoutAVerifiedActivityIsFlagged() {
        // signed, implementation from 1 January 2026: six months end on 30 June; not flagged before 1 July
        String id = running(LocalDate.of(2026, 1, 1));
        assertEquals(Optional.of(LocalDate.of(2026, 6, 30)), flagDate(id));
        assertTrue(RunningWithoutActivity.flaggedOn(dueDates(id), LocalDate.of(2026, 3, 2)).isEmpty());
        assertTrue(RunningWithoutActivity.flaggedOn(dueDates(id), LocalDate.of(2026, 6, 30)).isEmpty());
        clock.set(LocalDate.of(2026, 7, 1).atTime(8, 0).atZone(WITA).toInstant());
        assertEquals(Optional.of(LocalDate.of(2026, 7, 1)),
                RunningWithoutActivity.flaggedOn(dueDates(id), LocalDate.of(2026, 7, 1)));
    }

    @Test
    void onlyAVerifiedActivityMovesTheFlagSixMonthsOnFromItsLastDay() {
        String id = running(LocalDate.of(2025, 6, 1));
        assertEquals(Optional.of(LocalDate.of(2025, 11, 30)), flagDate(id));
        Activity returned = recorded(id, dinkes, LocalDate.of(2026, 2, 20));
        service.returnToSubmitter(id, returned.id(), admin, 1, "Tanpa bukti dukung", Optional.empty(), RENDER);
        Activity submitted = recorded(id, dinkes, LocalDate.of(2026, 2, 25));
        assertEquals(Optional.of(LocalDate.of(2025, 11, 30)), flagDate(id), "returned or awaiting: nothing counts");

        service.verify(id, submitted.id(), admin, 1, Optional.empty(), RENDER);
        assertEquals(Optional.of(LocalDate.of(2026, 8, 24)), flagDate(id));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 25)),
                cases.find(id).orElseThrow().state().fact(Fact.LAST_VERIFIED_ACTIVITY_ON));
        // an older activity verified later does not move it back
        Activity older = recorded(id, dinkes, LocalDate.of(2025, 9, 1));
        service.verify(id, older.id(), admin, 1, Optional.empty(), RENDER);
        assertEquals(Optional.of(LocalDate.of(2026, 8, 24)), flagDate(id));
        clock.set(LocalDate.of(2026, 8, 25).atTime(8, 0).atZone(WITA).toInstant());
        assertEquals(Optional.of(LocalDate.of(2026, 8, 25)),
                RunningWithoutActivity.flaggedOn(WORKFLOW.dueDates(cases.find(id).orElseThrow().state(), clock.instant()),
                        LocalDate.of(2026, 8, 25)));
        assertTrue(RunningWithoutActivity.flaggedOn(dueDates(id), LocalDate.of(2026, 8, 24)).isEmpty());
    }

    // ------------------------------------------------------------------------------------------------

    private Optional<LocalDate> flagDate(String caseId) {
        return dueDates(caseId).stream().filter(d -> d.kind() == DueDateKind.NO_VERIFIED_ACTIVITY)
                .map(DueDate::date).findFirst();
    }

    /** The due dates as stored with the case (what the index and the dashboard read). */
    private List<DueDate> dueDates(String caseId) {
        return cases.find(caseId).orElseThrow().state().dueDates();
    }

    private Activity recorded(String caseId, Actor by) {
        return recorded(caseId, by, LocalDate.of(2026, 2, 1));
    }

    private Activity recorded(String caseId, Actor by, LocalDate day) {
        return ((Applied) service.record(caseId, by, draft(day, List.of()), Optional.empty(), RENDER)).activity();
    }

    private String running() {
        return running(LocalDate.of(2024, 6, 1));
    }

    /** A KSDD agreement entered as running (Pelaksanaan) from {@code start}, for 24 months, department DINKES. */
    private String running(LocalDate start) {
        Facts facts = Facts.empty().with(Fact.PKS_SIGNED_ON, start.minusDays(10))
                .with(Fact.SIGNATORY, Signatory.KEPALA_DAERAH)
                .with(Fact.TERM_START, start).with(Fact.TERM_MONTHS, 24);
        CaseOutcome.Applied a = (CaseOutcome.Applied) caseService.enterLegacy(proposal(), facts,
                List.of(new DocumentUpload(DocumentType.PKS_SIGNED, "uploads/pks.pdf", "a".repeat(64), "pks.pdf")),
                admin, Optional.empty(), c -> c.record().id());
        CaseState s = a.change().record().state();
        assertEquals(Stage.PELAKSANAAN, s.stage());
        return s.id();
    }

    private static id.sikerja.core.model.Proposal proposal() {
        Map<String, Object> body = new HashMap<>(Proposals.validKsdpk());
        body.put("category", "KSDD");
        body.remove("ksdpkInitiative");
        body.put("ksddKind", "SUKARELA");
        Map<String, Object> partner = new HashMap<>(Proposals.partnerOf(body));
        partner.put("type", "PEMERINTAH_DAERAH");
        body.put("partner", partner);
        body.put("departments", List.of("DINKES"));
        return ProposalReader.read(body);
    }

    private static ActivityDraft draft(LocalDate day, List<String> evidence) {
        return new ActivityDraft("Pelatihan kader posyandu", "Tiga hari di aula kecamatan", day, day,
                ActivityParty.JOINT, "40 kader terlatih",
                Optional.of(new Indicator("Kader terlatih", "orang", new BigDecimal("50"), new BigDecimal("40"))),
                evidence);
    }

    private static Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Pelatihan kader posyandu");
        body.put("startDate", "2026-02-01");
        body.put("party", "JOINT");
        body.put("outputs", "40 kader terlatih");
        return body;
    }

    private Upload upload(String documentId, String caseId, DocumentType type) {
        return new Upload(documentId, Optional.of(caseId), type, "foto.jpg", FileKind.JPEG, 1000, "b".repeat(64),
                Actor.partner(caseId), MONDAY, Upload.Status.REGISTERED, Optional.of(MONDAY), Optional.of(1),
                Optional.empty());
    }

    private static Set<String> fields(InvalidInput bad) {
        return bad.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    static final class FakeClock extends Clock {
        private Instant now;

        FakeClock(Instant now) {
            this.now = now;
        }

        void set(Instant at) {
            now = at;
        }

        @Override
        public ZoneId getZone() {
            return WITA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
