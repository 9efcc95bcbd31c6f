package id.sikerja.adapters.dynamo;

import id.sikerja.core.settings.Department;
import id.sikerja.core.settings.DepartmentDirectory;
import id.sikerja.core.settings.DepartmentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class DynamoDepartmentStoreTest {

    private static LocalTable local;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    @Test
    void theDirectoryIsOneItemReplacedConditionallyInTheAdminsOrder() {
        DynamoDepartmentStore store = new DynamoDepartmentStore(local.client(), LocalTable.TABLE);
        assertEquals(Optional.empty(), store.load(), "nothing stored: the shipped list applies");

        Instant t = Instant.parse("2026-11-22T02:00:00Z");
        DepartmentDirectory v1 = new DepartmentDirectory(1, List.of(new Department("DISHUB", "Dinas Perhubungan"),
                new Department("DINKES", "Dinas Kesehatan")), t, "admin-sub");
        store.save(v1);
        assertEquals(Optional.of(v1), store.load());

        assertThrows(DepartmentStore.Conflict.class, () -> store.save(v1), "version 1 exists already");
        DepartmentDirectory v3 = new DepartmentDirectory(3, v1.departments(), t, "x");
        assertThrows(DepartmentStore.Conflict.class, () -> store.save(v3), "version 2 is not stored");
        DepartmentDirectory v2 = new DepartmentDirectory(2, List.of(new Department("DINKES", "Dinas Kesehatan Kota")),
                t.plusSeconds(5), "admin-2");
        store.save(v2);
        assertEquals(Optional.of(v2), store.load());
    }
}
