package id.sikerja.core.potentials;

import id.sikerja.core.model.PartnerType;
import id.sikerja.core.reads.Page;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PotentialCatalogueTest {

    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");
    private final InMemoryPotentialStore store = new InMemoryPotentialStore();
    private final PotentialCatalogue catalogue = new PotentialCatalogue(store);

    private void put(String id, PotentialKind kind, String dept, PotentialField field, Set<PartnerType> partners,
                     PotentialStatus status, String title, int minute) {
        Instant at = T.plusSeconds(60L * minute);
        store.create(new Potential(id, kind, dept, title, "Uraian " + title, field, partners, Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty(), status, Optional.empty(),
                Optional.empty(), List.of(), 1, at, at, "sub"));
    }

    private static PotentialCatalogue.Query q(Map<String, String> params) {
        return PotentialCatalogue.query(name -> Optional.ofNullable(params.get(name)));
    }

    private List<String> ids(Map<String, String> params) {
        return catalogue.list(q(params)).items().stream().map(Potential::id).toList();
    }

    private void sample() {
        put("a", PotentialKind.KEBUTUHAN, "DINKES", PotentialField.KESEHATAN, Set.of(PartnerType.BADAN_USAHA),
                PotentialStatus.OPEN, "Kapal puskesmas terapung", 1);
        put("b", PotentialKind.POTENSI, "DISPAR", PotentialField.PARIWISATA,
                Set.of(PartnerType.PEMERINTAH_DAERAH_LUAR_NEGERI), PotentialStatus.OPEN, "Pantai dan terumbu karang", 2);
        put("c", PotentialKind.POTENSI, "DINKES", PotentialField.KESEHATAN, Set.of(PartnerType.PERGURUAN_TINGGI),
                PotentialStatus.FULFILLED, "Laboratorium kesehatan daerah", 3);
        put("d", PotentialKind.KEBUTUHAN, "DINKES", PotentialField.KESEHATAN, Set.of(PartnerType.BADAN_USAHA),
                PotentialStatus.CLOSED, "Ambulans yang diarsipkan", 4);
    }

    @Test
    void lists_every_status_but_the_archive_newest_change_first() {
        sample();
        assertEquals(List.of("c", "b", "a"), ids(Map.of()));
        assertEquals(List.of("d"), ids(Map.of("status", "CLOSED")));
        assertEquals(List.of("c", "a"), ids(Map.of("status", "OPEN,FULFILLED", "department", "DINKES")));
    }

    @Test
    void filters_by_kind_department_field_partner_kind_and_words() {
        sample();
        assertEquals(List.of("a"), ids(Map.of("kind", "KEBUTUHAN")));
        assertEquals(List.of("c", "a"), ids(Map.of("department", "DINKES")));
        assertEquals(List.of("b"), ids(Map.of("field", "PARIWISATA")));
        assertEquals(List.of("b"), ids(Map.of("partnerKind", "PEMERINTAH_DAERAH_LUAR_NEGERI")));
        assertEquals(List.of("a"), ids(Map.of("q", "puskes TERAPUNG")));
        assertEquals(List.of(), ids(Map.of("q", "ambulans")), "archived entries are not searched by default");
    }

    @Test
    void pages_with_a_cursor_and_counts_all_matches() {
        for (int i = 0; i < 7; i++) {
            put("p" + i, PotentialKind.POTENSI, "DISPAR", PotentialField.PARIWISATA, Set.of(PartnerType.BADAN_USAHA),
                    PotentialStatus.OPEN, "Wisata " + i, i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> params = cursor == null ? Map.of("limit", "3") : Map.of("limit", "3", "cursor", cursor);
            Page<Potential> page = catalogue.list(q(params));
            assertEquals(7, page.total());
            page.items().forEach(p -> seen.add(p.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(List.of("p6", "p5", "p4", "p3", "p2", "p1", "p0"), seen);
        assertNull(catalogue.list(q(Map.of("limit", "7"))).nextCursor());
    }

    @Test
    void bad_parameters_are_all_named() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> q(Map.of("kind", "WISH", "field", "x",
                "partnerKind", "ALIEN", "status", "OPEN,NEVER", "department", "dinkes kota", "limit", "0",
                "cursor", "nonsense")));
        assertEquals(List.of("cursor", "department", "field", "kind", "limit", "partnerKind", "status"),
                e.errors().stream().map(FieldError::field).sorted().toList());
    }
}
