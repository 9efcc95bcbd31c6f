package id.sikerja.core.imports;

import id.sikerja.core.cases.CaseOutcome;
import id.sikerja.core.cases.CaseRequests;
import id.sikerja.core.cases.CaseService;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.documents.StorageKeys;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.UnmetCondition;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Imports agreements signed before Si Kerja existed from a filled template: each row is entered as
 * {@code POST /cooperations/legacy} would enter it ({@link CaseRequests#legacy} reads it, {@link CaseService}
 * checks and writes it with the workflow's legacy-entry rules), and the import is all or nothing.
 *
 * <p>{@link #check} (the dry run) lists every row's problems and writes nothing. {@link #run} checks the same way
 * and writes only when no row has a problem; the cases are written one transaction each, under ids recorded in the
 * {@link ImportLedger} first, and removed again if a write fails midway (see there for a crash).
 */
public final class ImportService {

    /** A RUNNING import older than this has died (the function's timeout is far shorter): a retry undoes it. */
    public static final Duration STALE = Duration.ofMinutes(15);

    private final CaseService cases;
    private final NewCaseUploads uploads;
    private final ImportLedger ledger;
    private final Clock clock;
    private final Supplier<String> ids;

    public ImportService(CaseService cases, NewCaseUploads uploads, ImportLedger ledger, Clock clock) {
        this(cases, uploads, ledger, clock, () -> UUID.randomUUID().toString());
    }

    ImportService(CaseService cases, NewCaseUploads uploads, ImportLedger ledger, Clock clock, Supplier<String> ids) {
        this.cases = cases;
        this.uploads = uploads;
        this.ledger = ledger;
        this.clock = clock;
        this.ids = ids;
    }

    /** A row ready to be entered. */
    public record Plan(int row, Proposal proposal, Facts facts, List<DocumentUpload> documents) {
        public Plan {
            documents = List.copyOf(documents);
        }
    }

    /**
     * The dry run's findings.
     *
     * @param rows     the agreements in the file (non-empty rows)
     * @param valid    the rows without a problem
     * @param problems every problem, by row
     */
    public record Checked(int rows, int valid, List<RowProblem> problems, List<Plan> plans) {
        public Checked {
            problems = List.copyOf(problems);
            plans = List.copyOf(plans);
        }

        public boolean passes() {
            return problems.isEmpty();
        }
    }

    /** Every problem of every row, as the import would find them; writes nothing. */
    public Checked check(List<List<String>> records, Actor actor) {
        ImportRows.Read read = ImportRows.read(records);
        List<RowProblem> problems = new ArrayList<>(read.problems());
        List<Plan> plans = new ArrayList<>();
        Map<String, Integer> documentRows = new HashMap<>();
        for (ImportRows.Row row : read.rows()) {
            List<RowProblem> found = new ArrayList<>();
            CaseRequests.Opening opening = null;
            try {
                opening = CaseRequests.legacy(row.body());
            } catch (InvalidInput bad) {
                bad.errors().forEach(e -> found.add(fieldProblem(row.number(), e)));
            }
            List<DocumentUpload> documents = documents(row, actor, documentRows, found);
            if (opening != null) {
                CaseService.LegacyCheck c = cases.checkLegacy(opening.proposal(), opening.facts(), documents, actor);
                c.documentProblems().forEach(e -> found.add(fieldProblem(row.number(), e)));
                c.unmet().forEach(u -> found.add(new RowProblem(row.number(), column(u), u.code(), u.message())));
            }
            if (found.isEmpty()) {
                plans.add(new Plan(row.number(), opening.proposal(), opening.facts(), documents));
            }
            problems.addAll(found);
        }
        return new Checked(read.rows().size(), plans.size(), problems, plans);
    }

    /**
     * Imports every row or none.
     *
     * @param render the answer of a finished import, from the ids of its cases (remembered under the key)
     * @throws InvalidInput when the key was used for another file
     */
    public ImportOutcome run(List<List<String>> records, Actor actor, Optional<Idempotency> idempotency,
                             Function<List<String>, String> render) {
        if (idempotency.isPresent()) {
            Optional<String> answered = idempotency.get().replay(ledger);
            if (answered.isPresent()) {
                return new ImportOutcome.Replayed(answered.get());
            }
            Optional<ImportLedger.Entry> earlier = ledger.find(idempotency.get().keyHash());
            if (earlier.isPresent()) {
                Optional<ImportOutcome> answer = earlier(earlier.get(), idempotency.get());
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
        }
        Checked checked = check(records, actor);
        if (!checked.passes()) {
            return new ImportOutcome.Invalid(checked);
        }
        List<String> caseIds = checked.plans().stream().map(p -> ids.get()).toList();
        String key = idempotency.map(Idempotency::keyHash).orElseGet(() -> "run-" + ids.get());
        String fingerprint = idempotency.map(Idempotency::fingerprint).orElse("-");
        try {
            ledger.begin(new ImportLedger.Entry(key, fingerprint, caseIds, clock.instant()));
        } catch (CaseStore.Conflict raced) {
            // a concurrent retry under the same key began first (and may have finished since)
            Optional<String> answered = Idempotency.replay(idempotency, ledger);
            if (answered.isPresent()) {
                return new ImportOutcome.Replayed(answered.get());
            }
            return ledger.find(key).flatMap(e -> earlier(e, idempotency.orElseThrow()))
                    .orElseGet(ImportOutcome.InProgress::new);
        }
        int index = 0;
        try {
            for (; index < caseIds.size(); index++) {
                Plan plan = checked.plans().get(index);
                ledger.progress(key, index);
                CaseOutcome outcome = cases.enterLegacy(caseIds.get(index), plan.proposal(), plan.facts(),
                        plan.documents(), actor, change -> change.record().id());
                if (!(outcome instanceof CaseOutcome.Applied)) {
                    throw new IllegalStateException("row " + plan.row() + " was not entered: "
                            + outcome.getClass().getSimpleName());
                }
            }
        } catch (RuntimeException failure) {
            int failedRow = checked.plans().get(Math.min(index, caseIds.size() - 1)).row();
            try {
                ledger.discard(caseIds);
                ledger.forget(key);
                return new ImportOutcome.Failed(failedRow, true, failure);
            } catch (RuntimeException undoFailed) {
                failure.addSuppressed(undoFailed);
                return new ImportOutcome.Failed(failedRow, false, failure);
            }
        }
        String response = render.apply(caseIds);
        ledger.complete(key, idempotency.map(i -> i.remember(response, clock.instant())));
        return new ImportOutcome.Imported(caseIds, response);
    }

    /** What an import recorded under the same key means for this request; empty: import (again). */
    private Optional<ImportOutcome> earlier(ImportLedger.Entry entry, Idempotency idempotency) {
        if (!entry.fingerprint().equals(idempotency.fingerprint())) {
            throw new InvalidInput(List.of(FieldError.of(IdempotencyKey.HEADER, "idempotency_key_reused")));
        }
        if (entry.startedAt().plus(STALE).isAfter(clock.instant())) {
            return Optional.of(new ImportOutcome.InProgress());
        }
        // it died midway: undo what it wrote, then import anew
        ledger.discard(entry.caseIds());
        ledger.forget(entry.importKey());
        return Optional.empty();
    }

    private List<DocumentUpload> documents(ImportRows.Row row, Actor actor, Map<String, Integer> documentRows,
                                           List<RowProblem> found) {
        List<DocumentUpload> out = new ArrayList<>();
        for (String id : row.documentIds()) {
            Integer first = documentRows.putIfAbsent(id, row.number());
            if (first != null) {
                found.add(new RowProblem(row.number(), ImportColumns.DOCUMENTS, "duplicate_document", Text.of(
                        "Dokumen " + id + " sudah dipakai pada baris " + first,
                        "Document " + id + " is already used in row " + first)));
                continue;
            }
            Optional<Upload> upload = StorageKeys.isId(id) ? uploads.find(id) : Optional.empty();
            if (upload.isEmpty() || !upload.get().uploader().id().equals(actor.id())) {
                found.add(new RowProblem(row.number(), ImportColumns.DOCUMENTS, "unknown_document", Text.of(
                        "Tidak ada unggahan Anda dengan ID " + id + " untuk kerja sama baru",
                        "No upload of yours for a new case has the id " + id)));
            } else if (upload.get().status() != Upload.Status.REGISTERED) {
                found.add(new RowProblem(row.number(), ImportColumns.DOCUMENTS, "document_not_registered", Text.of(
                        "Unggahan " + id + " belum diterima dan diperiksa (status " + upload.get().status() + ")",
                        "Upload " + id + " has not been received and checked (status " + upload.get().status() + ")")));
            } else {
                out.add(upload.get().reference());
            }
        }
        return out;
    }

    private static RowProblem fieldProblem(int row, FieldError e) {
        String column = e.field().replaceAll("\\[\\d+]$", "").replaceAll("\\[\\d+]", "");
        return new RowProblem(row, column, e.code(), Text.of(e.message(Language.ID), e.message(Language.EN)));
    }

    private static String column(UnmetCondition u) {
        return u.field().orElse(u.code().equals("RULE:NO_DEPARTMENT") ? ImportColumns.DEPARTMENTS : null);
    }
}
