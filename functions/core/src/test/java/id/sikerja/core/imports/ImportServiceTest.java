package id.sikerja.core.imports;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.cases.InMemoryCaseStore;
import id.sikerja.core.documents.FileKind;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.documents.UploadRequest;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class ImportServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final List<String> HEADER = List.of("category", "ksddKind", "title", "partner.name",
            "partner.type", "partner.regionOrCountry", "partner.address", "partner.contactPerson", "partner.email",
            "partner.phone", "background", "purpose", "scope", "expectedBenefits", "location", "durationMonths",
            "financing", "departments", "facts.field", "facts.pksSignedOn", "facts.signatory", "facts.termStart",
            "facts.termMonths", "facts.inApbd", "documents");

    private Instant now = NOW;
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
    private final Actor admin = Actor.admin("admin-sub");
    private final Map<String, Upload> uploads = new HashMap<>();
    private InMemoryCaseStore store;
    private Ledger ledger;
    private ImportService imports;
    private int ids;

    /** The ledger as the adapter keeps it, with its failure seam. */
    final class Ledger implements ImportLedger {
        final Map<String, Entry> entries = new HashMap<>();
        final Map<String, Remembered> answers = new HashMap<>();
        int failAt = -1;
        boolean failDiscard;
        final List<String> discarded = new ArrayList<>();

        @Override
        public Optional<Entry> find(String importKey) {
            return Optional.ofNullable(entries.get(importKey));
        }

        @Override
        public void begin(Entry running) {
            if (entries.putIfAbsent(running.importKey(), running) != null) {
                throw new CaseStore.Conflict("recorded");
            }
        }

        @Override
        public void progress(String importKey, int index) {
            if (index == failAt) {
                throw new IllegalStateException("injected");
            }
        }

        @Override
        public void complete(String importKey, Optional<Remembered> answer) {
            entries.remove(importKey);
            answer.ifPresent(a -> answers.put(a.keyHash(), a));
        }

        @Override
        public Optional<Remembered> remembered(String keyHash) {
            return Optional.ofNullable(answers.get(keyHash)).filter(r -> r.expiresAt().isAfter(clock.instant()));
        }

        @Override
        public void discard(List<String> caseIds) {
            if (failDiscard) {
                throw new IllegalStateException("table unavailable");
            }
            discarded.addAll(caseIds);
            caseIds.forEach(store::remove);
        }

        @Override
        public void forget(String importKey) {
            entries.remove(importKey);
        }
    }

    @BeforeEach
    void setUp() {
        store = new InMemoryCaseStore(clock);
        ledger = new Ledger();
        CaseService cases = new CaseService(store, Workflow::withDefaults, (caseId, actor, docs) -> List.of(), clock);
        imports = new ImportService(cases, id -> Optional.ofNullable(uploads.get(id)), ledger, clock,
                () -> "case-" + (++ids));
    }

    private String upload(String id, Upload.Status status, String uploaderId) {
        Upload pending = Upload.pending(id, Optional.empty(), new UploadRequest(DocumentType.PKS_SIGNED,
                "pks-" + id + ".pdf", FileKind.PDF, 1000, "a".repeat(64)), Actor.admin(uploaderId), NOW);
        uploads.put(id, status == Upload.Status.REGISTERED ? pending.registered(Optional.empty(), NOW)
                : status == Upload.Status.REJECTED ? pending.rejected(new Upload.Rejection("X",
                Text.of("x", "x")), NOW) : pending);
        return id;
    }

    private List<String> row(String title, String email, String signedOn, String document) {
        return List.of("KSDD", "SUKARELA", title, "Pemerintah Kabupaten Kutai Kartanegara", "PEMERINTAH_DAERAH",
                "Kalimantan Timur", "Jl. Wolter Monginsidi No. 1", "Budi Santoso", email, "+62 541 661234",
                "Berbatasan langsung", "Layanan bersama", "Rujukan pasien", "Akses lebih dekat", "Perbatasan", "36",
                "APBD masing-masing", "DINKES; DISHUB", "Kesehatan", signedOn, "KEPALA_DAERAH", "2022-04-01", "36",
                "ya", document);
    }

    private List<List<String>> file(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        out.add(HEADER);
        out.addAll(rows);
        return out;
    }

    private List<List<String>> goodFile(int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(row("Kerja Sama Lama " + i, "a" + i + "@kukarkab.go.id", "2022-03-01",
                    upload("doc-" + i, Upload.Status.REGISTERED, "admin-sub")));
        }
        return file(rows);
    }

    private Optional<Idempotency> key(String fingerprint) {
        return Optional.of(Idempotency.of(new IdempotencyKey("import-key-0001"), "POST /imports", "", "admin-sub",
                fingerprint));
    }

    @Test
    void theDryRunListsEveryProblemOfEveryRowWithItsRowAndColumnAndWritesNothing() {
        String good = upload("doc-good", Upload.Status.REGISTERED, "admin-sub");
        String pending = upload("doc-pending", Upload.Status.PENDING, "admin-sub");
        String others = upload("doc-others", Upload.Status.REGISTERED, "someone-else");
        List<List<String>> records = file(List.of(
                row("Kerja Sama Baik", "a@kukarkab.go.id", "2022-03-01", good),
                List.of("", "", ""), // an empty row is skipped, but rows keep their spreadsheet numbers
                row("Kerja Sama Surel Salah", "bukan-surel", "2022-03-01", pending),
                row("Kerja Sama Masa Depan", "c@kukarkab.go.id", "2099-01-01", others),
                row("Kerja Sama Ganda", "d@kukarkab.go.id", "2022-03-01", good)));

        ImportService.Checked checked = imports.check(records, admin);

        assertEquals(4, checked.rows());
        assertEquals(1, checked.valid());
        List<String> found = checked.problems().stream().map(p -> p.row() + " " + p.field() + " " + p.code()).toList();
        assertTrue(found.contains("4 partner.email email"), found.toString());
        assertTrue(found.contains("4 documents document_not_registered"), found.toString());
        assertTrue(found.contains("5 documents unknown_document"), found.toString());
        assertTrue(found.contains("5 facts.pksSignedOn RULE:FUTURE:pksSignedOn"), found.toString());
        assertTrue(found.contains("6 documents duplicate_document"), found.toString());
        assertFalse(found.stream().anyMatch(p -> p.startsWith("2 ")), "the good row has no problem");
        checked.problems().forEach(p -> {
            assertFalse(p.message().id().isBlank());
            assertFalse(p.message().en().isBlank());
        });
        assertTrue(store.all().isEmpty(), "a dry run writes nothing");
        assertTrue(ledger.entries.isEmpty());
    }

    @Test
    void headerProblemsAndAnEmptyFileAreNamed() {
        ImportService.Checked bad = imports.check(List.of(List.of("category", "judul", "category")), admin);
        assertEquals(List.of("1 judul unknown_column", "1 category duplicate_column", "2 null no_rows"),
                bad.problems().stream().map(p -> p.row() + " " + p.field() + " " + p.code()).toList());
        assertEquals("no_header", imports.check(List.of(), admin).problems().get(0).code());
    }

    @Test
    void everyRowBecomesALegacyCaseAsPostCooperationsLegacyWouldEnterIt() {
        ImportOutcome outcome = imports.run(goodFile(3), admin, Optional.empty(), ids -> String.join(",", ids));

        ImportOutcome.Imported done = assertInstanceOf(ImportOutcome.Imported.class, outcome);
        assertEquals(List.of("case-1", "case-2", "case-3"), done.caseIds());
        assertEquals(3, store.all().size());
        CaseRecord first = store.all().get("case-1");
        assertEquals(Stage.PELAKSANAAN, first.stage());
        assertEquals(Origin.LEGACY, first.state().origin());
        assertEquals(List.of("DINKES", "DISHUB"), first.state().departments());
        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), first.state().fact(Fact.PKS_SIGNED_ON));
        assertEquals(Optional.of("Kesehatan"), first.state().fact(Fact.FIELD));
        assertEquals(Optional.of(true), first.state().fact(Fact.IN_APBD), "'ya' is yes");
        assertEquals(1, first.state().documents().all().size());
        assertEquals(36, first.proposal().durationMonths());
    }

    @Test
    void aBadRowRefusesTheWholeImportAndWritesNothing() {
        List<List<String>> records = goodFile(2);
        records.add(row("Kerja Sama Buruk", "a@kukarkab.go.id", "", "")); // no signing date, no signed document
        ImportOutcome outcome = imports.run(records, admin, key("f1"), ids -> "x");
        ImportOutcome.Invalid invalid = assertInstanceOf(ImportOutcome.Invalid.class, outcome);
        assertEquals(2, invalid.checked().valid());
        assertTrue(invalid.checked().problems().stream().allMatch(p -> p.row() == 4));
        assertTrue(store.all().isEmpty());
        assertTrue(ledger.entries.isEmpty());
    }

    @Test
    void aFailureMidwayRemovesEveryCaseAlreadyWritten() {
        ledger.failAt = 2;
        ImportOutcome outcome = imports.run(goodFile(4), admin, key("f1"), ids -> "x");

        ImportOutcome.Failed failed = assertInstanceOf(ImportOutcome.Failed.class, outcome);
        assertTrue(failed.undone());
        assertEquals(4, failed.failedRow(), "the third agreement is on spreadsheet row 4");
        assertTrue(store.all().isEmpty(), "the two cases written before the failure are gone");
        assertEquals(List.of("case-1", "case-2", "case-3", "case-4"), ledger.discarded);
        assertTrue(ledger.entries.isEmpty(), "the record of the undone import is gone: a retry imports anew");

        ledger.failAt = -1;
        assertInstanceOf(ImportOutcome.Imported.class, imports.run(goodFile(4), admin, key("f1"), ids -> "x"));
        assertEquals(4, store.all().size());
    }

    @Test
    void whenUndoingFailsTooARetryWithTheSameKeyFinishesTheUndoOnceTheImportIsStale() {
        ledger.failAt = 1;
        ledger.failDiscard = true;
        ImportOutcome.Failed failed = assertInstanceOf(ImportOutcome.Failed.class,
                imports.run(goodFile(3), admin, key("f1"), ids -> "x"));
        assertFalse(failed.undone());
        assertEquals(1, store.all().size(), "one case was written and could not be removed");
        String stranded = store.all().keySet().iterator().next();

        ledger.failAt = -1;
        ledger.failDiscard = false;
        assertInstanceOf(ImportOutcome.InProgress.class, imports.run(goodFile(3), admin, key("f1"), ids -> "x"),
                "while the failed run could still be running, nothing is done");
        now = now.plus(ImportService.STALE).plusSeconds(1);
        ImportOutcome.Imported again = assertInstanceOf(ImportOutcome.Imported.class,
                imports.run(goodFile(3), admin, key("f1"), ids -> "x"));
        assertFalse(store.all().containsKey(stranded), "the stranded case was removed before importing again");
        assertEquals(3, store.all().size());
        assertEquals(Map.copyOf(store.all()).keySet(), java.util.Set.copyOf(again.caseIds()));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndImportsNothing() {
        ImportOutcome first = imports.run(goodFile(2), admin, key("f1"), ids -> "answer " + ids);
        ImportOutcome retry = imports.run(goodFile(2), admin, key("f1"), ids -> "other");
        assertEquals(new ImportOutcome.Replayed("answer [case-1, case-2]"), retry);
        assertEquals(((ImportOutcome.Imported) first).response(), ((ImportOutcome.Replayed) retry).response());
        assertEquals(2, store.all().size());
        assertThrows(InvalidInput.class, () -> imports.run(goodFile(2), admin, key("another file"), ids -> "x"));
        assertEquals(2, store.all().size());
    }

    @Test
    void spreadsheetValuesAreRead() {
        List<List<String>> records = goodFile(1);
        List<String> row = new ArrayList<>(records.get(1));
        row.set(HEADER.indexOf("facts.pksSignedOn"), "44621"); // 1 March 2022 as a spreadsheet date
        row.set(HEADER.indexOf("durationMonths"), "36.0");
        row.set(HEADER.indexOf("facts.termMonths"), "36.0");
        row.set(HEADER.indexOf("facts.inApbd"), "tidak");
        records.set(1, row);
        assertInstanceOf(ImportOutcome.Imported.class, imports.run(records, admin, Optional.empty(), ids -> "x"));
        CaseRecord c = store.all().values().iterator().next();
        assertEquals(Optional.of(LocalDate.of(2022, 3, 1)), c.state().fact(Fact.PKS_SIGNED_ON));
        assertEquals(Optional.of(false), c.state().fact(Fact.IN_APBD));
        assertEquals(Optional.of(36), c.state().fact(Fact.TERM_MONTHS));
    }
}
