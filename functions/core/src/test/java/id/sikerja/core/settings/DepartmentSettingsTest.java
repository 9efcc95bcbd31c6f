package id.sikerja.core.settings;

import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class DepartmentSettingsTest {

    private DepartmentDirectory stored;
    private int reads;
    private final DepartmentStore store = new DepartmentStore() {
        @Override
        public synchronized Optional<DepartmentDirectory> load() {
            reads++;
            return Optional.ofNullable(stored);
        }

        @Override
        public synchronized void save(DepartmentDirectory directory) {
            long have = stored == null ? 0 : stored.version();
            if (have != directory.version() - 1) {
                throw new Conflict();
            }
            stored = directory;
        }
    };
    private Instant now = Instant.parse("2026-11-22T02:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final DepartmentSettings settings = new DepartmentSettings(store, ShippedDepartments.LIST, clock,
            Duration.ofSeconds(60));

    // ------------------------------------------------------------------ the shipped list

    @Test
    void shippedListNamesEveryCodeTheDemoAndTestsUseInIndonesian() {
        DepartmentDirectory d = settings.directory();
        assertFalse(d.stored());
        assertEquals(0, d.version());
        for (String code : List.of("DINKES", "DISHUB", "DPMPTSP", "BAPPEDA", "DISDIK", "DPUPR", "DLH", "DISPAR",
                "DINSOS", "DISKOMINFO", "DISPERINDAG", "DKP", "DISPORA", "BPBD", "SATPOLPP", "RSUD")) {
            assertTrue(d.find(code).isPresent(), code);
        }
        assertEquals("Dinas Kesehatan", d.nameOf("DINKES"));
        assertEquals("Dinas Perhubungan", d.nameOf("DISHUB"));
    }

    @Test
    void shippedListPassesItsOwnValidation() {
        List<Map<String, Object>> items = ShippedDepartments.LIST.stream()
                .map(d -> Map.<String, Object>of("code", d.code(), "name", d.name())).toList();
        assertEquals(ShippedDepartments.LIST,
                DepartmentRequests.list(Map.of("version", 0, "departments", items)).departments());
    }

    @Test
    void aCodeNotInTheDirectoryKeepsTheCodeAsName() {
        assertEquals("DINAS_X", settings.directory().nameOf("DINAS_X"));
    }

    // ------------------------------------------------------------------ replacing

    @Test
    void anAdminsDirectoryReplacesTheShippedOneAndVersionsCount() {
        var first = settings.replace(0, List.of(new Department("DINKES", "Dinas Kesehatan Kota")), "admin-1");
        DepartmentDirectory done = ((DepartmentSettings.Saved.Done) first).directory();
        assertEquals(1, done.version());
        assertTrue(done.stored());
        assertEquals("admin-1", done.updatedBy());
        assertEquals(now, done.updatedAt());
        assertEquals("Dinas Kesehatan Kota", settings.directory().nameOf("DINKES"));
        assertEquals("DISHUB", settings.directory().nameOf("DISHUB"), "no longer listed: the code is the name");

        var second = settings.replace(1, List.of(new Department("DINKES", "Dinas Kesehatan")), "admin-2");
        assertEquals(2, ((DepartmentSettings.Saved.Done) second).directory().version());
    }

    @Test
    void aStaleVersionChangesNothingAndAnswersTheCurrentDirectory() {
        settings.replace(0, List.of(new Department("DINKES", "A")), "admin-1");
        var stale = settings.replace(0, List.of(new Department("DINKES", "B")), "admin-2");
        DepartmentDirectory current = ((DepartmentSettings.Saved.Stale) stale).current();
        assertEquals(1, current.version());
        assertEquals("A", current.nameOf("DINKES"));
        assertEquals("A", stored.nameOf("DINKES"));
    }

    @Test
    void aRaceLostAtTheStoreIsStaleToo() {
        // another instance stores version 1 after this one read version 0
        DepartmentSettings other = new DepartmentSettings(store, ShippedDepartments.LIST, clock, Duration.ofSeconds(60));
        other.replace(0, List.of(new Department("DINKES", "Lain")), "admin-2");
        DepartmentStore racing = new DepartmentStore() {
            @Override
            public Optional<DepartmentDirectory> load() {
                return Optional.empty(); // read before the other admin's save
            }

            @Override
            public void save(DepartmentDirectory directory) {
                store.save(directory);
            }
        };
        var saved = new DepartmentSettings(racing, ShippedDepartments.LIST, clock, Duration.ofSeconds(60))
                .replace(0, List.of(new Department("DINKES", "Saya")), "admin-1");
        assertInstanceOf(DepartmentSettings.Saved.Stale.class, saved);
        assertEquals("Lain", stored.nameOf("DINKES"));
    }

    // ------------------------------------------------------------------ caching

    @Test
    void theDirectoryIsReadOncePerCachePeriod() {
        settings.directory();
        settings.directory();
        assertEquals(1, reads);
        now = now.plusSeconds(61);
        settings.directory();
        assertEquals(2, reads);
    }

    @Test
    void anotherInstancesChangeIsSeenAfterTheCachePeriodOrAtOnceForACodeNotCached() {
        DepartmentSettings other = new DepartmentSettings(store, ShippedDepartments.LIST, clock, Duration.ofSeconds(60));
        assertEquals("Dinas Kesehatan", settings.directory().nameOf("DINKES"));
        other.replace(0, List.of(new Department("DINKES", "Dinkes Baru"), new Department("UJI_1", "Dinas Uji")), "a");

        assertEquals("Dinas Kesehatan", settings.directory().nameOf("DINKES"), "cached");
        DepartmentSettings.Names names = settings.names();
        int before = reads;
        assertEquals("Dinas Uji", names.of("UJI_1"), "an unknown code reads the directory again");
        assertEquals("Dinkes Baru", names.of("DINKES"));
        assertEquals("NOPE", names.of("NOPE"));
        assertEquals("NOPE2", names.of("NOPE2"));
        assertEquals(before + 1, reads, "at most one read again per request");
    }

    // ------------------------------------------------------------------ validation

    @Test
    void readsAValidDirectory() {
        DepartmentRequests.DirectoryList l = DepartmentRequests.list(Map.of("version", 3, "departments", List.of(
                Map.of("code", "DINKES", "name", "  Dinas Kesehatan "), Map.of("code", "DP3A", "name", "Dinas P3A"))));
        assertEquals(3, l.version());
        assertEquals(List.of(new Department("DINKES", "Dinas Kesehatan"), new Department("DP3A", "Dinas P3A")),
                l.departments());
    }

    @Test
    void namesEveryBadEntry() {
        List<Object> items = new ArrayList<>();
        items.add(Map.of("code", "DINKES", "name", "Dinas Kesehatan"));
        items.add(Map.of("code", "dinkes", "name", "huruf kecil"));
        items.add(Map.of("code", "DINKES", "name", "ganda"));
        items.add(Map.of("code", "X", "name", ""));
        items.add(Map.of("code", "DISHUB-1", "name", "x".repeat(121)));
        items.add(Map.of("name", "tanpa kode"));
        items.add("DISHUB");
        items.add(Map.of("code", "A".repeat(21), "name", "terlalu panjang"));
        Map<String, Object> body = new HashMap<>();
        body.put("departments", items);
        body.put("extra", true);
        InvalidInput e = assertThrows(InvalidInput.class, () -> DepartmentRequests.list(body));
        Set<String> named = e.errors().stream().map(x -> x.field() + ":" + x.code()).collect(Collectors.toSet());
        assertEquals(Set.of("extra:unknown_field", "version:required",
                "departments[1].code:directory_code", "departments[2].code:duplicate",
                "departments[3].code:directory_code", "departments[3].name:required",
                "departments[4].code:directory_code", "departments[4].name:too_long",
                "departments[5].code:required", "departments[6]:not_object",
                "departments[7].code:directory_code"), named);
        FieldError dup = e.errors().stream().filter(x -> x.code().equals("duplicate")).findFirst().orElseThrow();
        assertEquals("DINKES", dup.params().get("value"));
        assertFalse(dup.message(id.sikerja.core.validation.Language.ID).isBlank());
    }

    @Test
    void anEmptyOrMissingListIsRefused() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("version", 0),
                Map.of("version", 0, "departments", List.of()), Map.of("version", 0, "departments", "DINKES"))) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> DepartmentRequests.list(body));
            assertEquals(Set.of("departments"), e.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
        }
        InvalidInput neg = assertThrows(InvalidInput.class, () -> DepartmentRequests.list(Map.of("version", -1,
                "departments", List.of(Map.of("code", "DINKES", "name", "x")))));
        assertEquals("version", neg.errors().get(0).field());
    }
}
