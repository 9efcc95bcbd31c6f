package id.sikerja.core.potentials;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.potentials.PotentialService.Outcome;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PotentialServiceTest {

    private final InMemoryPotentialStore store = new InMemoryPotentialStore();
    private final AtomicInteger n = new AtomicInteger();
    private final PotentialService service = new PotentialService(store, Set.of("DINKES", "DISPAR")::contains,
            Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC), () -> "p-" + n.incrementAndGet());

    private final Actor dinkes = Actor.opd("u-1", "DINKES");
    private final Actor dispar = Actor.opd("u-2", "DISPAR");
    private final Actor admin = Actor.admin("a-1");

    static Map<String, Object> body() {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "KEBUTUHAN");
        b.put("title", "Alat kesehatan puskesmas terapung");
        b.put("description", "Puskesmas di pulau-pulau kecil membutuhkan kapal dan alat kesehatan.");
        b.put("field", "KESEHATAN");
        b.put("partnerKinds", List.of("BADAN_USAHA", "LEMBAGA_LUAR_NEGERI"));
        b.put("inRkpd", true);
        b.put("rkpdYear", 2027);
        b.put("indicativeValue", 2_500_000_000L);
        return b;
    }

    private Potential done(Outcome outcome) {
        return assertInstanceOf(Outcome.Done.class, outcome).potential();
    }

    private Potential created(Actor actor) {
        return done(service.create(actor, PotentialRequests.draft(body())));
    }

    private static List<String> fields(InvalidInput e) {
        return e.errors().stream().map(FieldError::field).sorted().toList();
    }

    @Test
    void an_opd_users_entry_is_its_own_departments_open_entry_at_version_1() {
        Potential p = created(dinkes);
        assertEquals("DINKES", p.departmentCode());
        assertEquals(PotentialStatus.OPEN, p.status());
        assertEquals(1, p.version());
        assertEquals(Optional.of(2027), p.rkpdYear());
        assertEquals(Optional.of(2_500_000_000L), p.indicativeValue());
        assertEquals("u-1", p.createdBy());
        assertEquals(Category.KSDPK, p.suggestedCategory());
        assertEquals(Optional.of(p), store.find(p.id()));
    }

    @Test
    void an_opd_user_cannot_create_for_another_department_and_other_roles_cannot_create() {
        Map<String, Object> b = body();
        b.put("departmentCode", "DISPAR");
        assertInstanceOf(Outcome.Forbidden.class, service.create(dinkes, PotentialRequests.draft(b)));
        assertInstanceOf(Outcome.Forbidden.class, service.create(Actor.tkksd("t"), PotentialRequests.draft(body())));
        assertInstanceOf(Outcome.Forbidden.class, service.create(Actor.pimpinan("k"), PotentialRequests.draft(body())));
        assertTrue(store.all().isEmpty());
    }

    @Test
    void an_admin_names_a_known_department() {
        InvalidInput missing = assertThrows(InvalidInput.class,
                () -> service.create(admin, PotentialRequests.draft(body())));
        assertEquals("required", missing.errors().get(0).code());
        assertEquals(List.of("departmentCode"), fields(missing));
        Map<String, Object> b = body();
        b.put("departmentCode", "DISHUB");
        InvalidInput unknown = assertThrows(InvalidInput.class, () -> service.create(admin, PotentialRequests.draft(b)));
        assertEquals("unknown_department", unknown.errors().get(0).code());
        b.put("departmentCode", "DISPAR");
        assertEquals("DISPAR", done(service.create(admin, PotentialRequests.draft(b))).departmentCode());
    }

    @Test
    void another_departments_entry_is_not_found_for_an_opd_user() {
        Potential p = created(dinkes);
        Map<String, Object> b = body();
        b.put("title", "Diubah oleh dinas lain");
        assertInstanceOf(Outcome.NotFound.class, service.update(dispar, p.id(), 1, PotentialRequests.draft(b)));
        assertInstanceOf(Outcome.NotFound.class, service.archive(dispar, p.id(), 1));
        assertTrue(service.findFor(dispar, p.id()).isEmpty());
        assertEquals(Optional.of(p), store.find(p.id()));
        assertEquals("Diubah oleh dinas lain", done(service.update(admin, p.id(), 1, PotentialRequests.draft(b))).title());
    }

    @Test
    void an_opd_user_cannot_move_its_entry_to_another_department() {
        Potential p = created(dinkes);
        Map<String, Object> b = body();
        b.put("departmentCode", "DISPAR");
        assertInstanceOf(Outcome.Forbidden.class, service.update(dinkes, p.id(), 1, PotentialRequests.draft(b)));
        assertEquals("DINKES", store.find(p.id()).orElseThrow().departmentCode());
    }

    @Test
    void a_change_on_a_stale_version_is_refused_and_changes_nothing() {
        Potential p = created(dinkes);
        Map<String, Object> b = body();
        b.put("title", "Kapal puskesmas terapung");
        assertEquals(2, done(service.update(dinkes, p.id(), 1, PotentialRequests.draft(b))).version());
        b.put("title", "Perubahan yang melihat versi lama");
        Outcome.Stale stale = assertInstanceOf(Outcome.Stale.class,
                service.update(dinkes, p.id(), 1, PotentialRequests.draft(b)));
        assertEquals("Kapal puskesmas terapung", stale.current().title());
        assertEquals(2, store.find(p.id()).orElseThrow().version());
    }

    @Test
    void a_concurrent_write_between_read_and_write_is_stale_too() {
        Potential p = created(dinkes);
        PotentialStore racing = new PotentialStore() {
            @Override
            public Optional<Potential> find(String id) {
                Optional<Potential> seen = store.find(id);
                if (seen.isPresent() && seen.get().version() == 1) {
                    store.update(seen.get().withStatus(PotentialStatus.IN_PROGRESS, seen.get().updatedAt()), 1);
                }
                return seen;
            }

            @Override
            public void create(Potential created) {
                store.create(created);
            }

            @Override
            public void update(Potential next, long expectedVersion) {
                store.update(next, expectedVersion);
            }

            @Override
            public Slice byDepartment(String departmentCode, int limit, Optional<String> after) {
                return store.byDepartment(departmentCode, limit, after);
            }

            @Override
            public Slice byStatus(PotentialStatus status, int limit, Optional<String> after) {
                return store.byStatus(status, limit, after);
            }
        };
        PotentialService raced = new PotentialService(racing, d -> true, Clock.systemUTC(), () -> "x");
        Outcome.Stale stale = assertInstanceOf(Outcome.Stale.class,
                raced.update(dinkes, p.id(), 1, PotentialRequests.draft(body())));
        assertEquals(PotentialStatus.IN_PROGRESS, stale.current().status());
    }

    @Test
    void archiving_closes_the_entry_and_set_status_follows_the_stored_version_when_none_is_expected() {
        Potential p = created(dinkes);
        Potential moved = done(service.setStatus(p.id(), PotentialStatus.IN_PROGRESS, Actor.system(), Optional.empty()));
        assertEquals(PotentialStatus.IN_PROGRESS, moved.status());
        assertInstanceOf(Outcome.Stale.class, service.setStatus(p.id(), PotentialStatus.FULFILLED, dinkes, Optional.of(1L)));
        assertEquals(PotentialStatus.CLOSED, done(service.archive(dinkes, p.id(), 2)).status());
        assertEquals(3, done(service.setStatus(p.id(), PotentialStatus.CLOSED, admin, Optional.empty())).version(),
                "the same status again is no new version");
        assertInstanceOf(Outcome.Forbidden.class,
                service.setStatus(p.id(), PotentialStatus.OPEN, Actor.tkksd("t"), Optional.empty()));
        assertInstanceOf(Outcome.NotFound.class,
                service.setStatus("nope", PotentialStatus.OPEN, Actor.system(), Optional.empty()));
    }

    @Test
    void bad_fields_are_all_named() {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "WISH");
        b.put("title", "");
        b.put("field", "ASTROLOGY");
        b.put("partnerKinds", List.of("ALIENS"));
        b.put("inRkpd", true);
        b.put("rkpdYear", 1990);
        b.put("indicativeValue", -5);
        b.put("departmentCode", "dinkes");
        b.put("expectedForm", "HANDSHAKE");
        InvalidInput e = assertThrows(InvalidInput.class, () -> PotentialRequests.draft(b));
        assertEquals(List.of("departmentCode", "description", "expectedForm", "field", "indicativeValue", "kind",
                "partnerKinds", "rkpdYear", "title"), fields(e));
    }

    @Test
    void an_absent_partner_kind_list_is_required_and_rkpd_year_only_counts_when_in_the_rkpd() {
        Map<String, Object> b = body();
        b.remove("partnerKinds");
        assertEquals(List.of("partnerKinds"), fields(assertThrows(InvalidInput.class, () -> PotentialRequests.draft(b))));
        Map<String, Object> c = body();
        c.put("inRkpd", false);
        assertEquals(Optional.empty(), PotentialRequests.draft(c).rkpdYear());
        c.put("inRkpd", true);
        c.remove("rkpdYear");
        assertEquals(List.of("rkpdYear"), fields(assertThrows(InvalidInput.class, () -> PotentialRequests.draft(c))));
    }

    @Test
    void partner_kinds_suggest_the_category_of_a_proposal() {
        Map<String, Object> b = body();
        b.put("partnerKinds", List.of("PEMERINTAH_DAERAH_LUAR_NEGERI"));
        Potential p = done(service.create(dinkes, PotentialRequests.draft(b)));
        assertEquals(Category.KSDPL, p.suggestedCategory());
        assertEquals(Set.of(PartnerType.PEMERINTAH_DAERAH_LUAR_NEGERI), p.partnerKinds());
    }

    @Test
    void a_retry_with_the_same_idempotency_key_gets_the_first_answer_and_creates_nothing() {
        var key = new id.sikerja.core.idempotency.IdempotencyKey("retry-key-0001");
        var idem = Optional.of(id.sikerja.core.idempotency.Idempotency.of(key, "POST /potentials", "", "u-1", "fp"));
        Potential first = done(service.create(dinkes, PotentialRequests.draft(body()), idem, p -> "{\"id\":\"" + p.id() + "\"}"));
        Outcome.Replayed again = assertInstanceOf(Outcome.Replayed.class,
                service.create(dinkes, PotentialRequests.draft(body()), idem, p -> "other"));
        assertEquals("{\"id\":\"" + first.id() + "\"}", again.response());
        assertEquals(1, store.all().size());
    }
}
