package id.sikerja.local.bench;

import id.sikerja.adapters.dynamo.CaseItems;
import id.sikerja.adapters.dynamo.DynamoCaseStore;
import id.sikerja.core.cases.DueDateIndex;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.reminders.Digest;
import id.sikerja.core.reminders.DigestLedger;
import id.sikerja.core.reminders.DigestPreference;
import id.sikerja.core.reminders.Officer;
import id.sikerja.core.reminders.ReminderRules;
import id.sikerja.core.reminders.ReminderRun;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.local.LocalRuntime;
import id.sikerja.local.testing.LocalSystem;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reminders job's read cost: seeds N running cooperations (default 50,000) whose due dates follow the
 * engine's kinds — expiry reminders 180/90/60/30/7/0 days before an end spread over five years, the end,
 * the next monev deadline — with 1% having a deadline due now, then runs the job against DynamoDB Local and
 * reports the index items it read per due item (goal ≤ 1.2) and its run time.
 *
 * <p>Usage: {@code local/bench/reminders [cooperations]}; results in local/target/bench/reminders.json.
 */
public final class ReminderBenchmark {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private ReminderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cooperations = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path root = LocalRuntime.findRepositoryRoot();
        Path work = Files.createDirectories(root.resolve("local/target/bench"));
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, WITA);
        try (LocalSystem system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts().repositoryRoot(root)
                .workDirectory(Files.createTempDirectory(work, "reminders-")))) {
            DynamoDbClient dynamo = system.dynamoDb();
            long seedStart = System.nanoTime();
            int dueCases = seed(dynamo, system.tableName(), cooperations, today, now);
            long seedMs = (System.nanoTime() - seedStart) / 1_000_000;

            AtomicLong read = new AtomicLong();
            DynamoCaseStore store = new DynamoCaseStore(dynamo, system.tableName(), Clock.systemUTC());
            DueDateIndex counting = new DueDateIndex() {
                @Override
                public List<Entry> started(LocalDate day) {
                    List<Entry> entries = store.started(day);
                    read.addAndGet(entries.size());
                    return entries;
                }

                @Override
                public List<Entry> onDays(LocalDate from, LocalDate to) {
                    List<Entry> entries = store.onDays(from, to);
                    read.addAndGet(entries.size());
                    return entries;
                }
            };
            List<Digest> sent = new ArrayList<>();
            Officer admin = new Officer("admin", "admin@example.go.id", Set.of(Role.ADMIN), Optional.empty(),
                    DigestPreference.DEFAULT);
            long runStart = System.nanoTime();
            ReminderRun.Report report = new ReminderRun(counting, () -> List.of(admin), caseId -> Optional.empty(),
                    new MemoryLedger(), (from, m) -> { }, d -> {
                        sent.add(d);
                        return new id.sikerja.core.mail.MailMessage(List.of(d.email()), "", "", "");
                    }, "no-reply@example.go.id", ReminderRules.DEFAULTS, Clock.fixed(now, ZoneOffset.UTC), WITA)
                    .run(caseId -> { });
            long runMs = (System.nanoTime() - runStart) / 1_000_000;
            int dueItems = sent.stream().mapToInt(d -> d.items().size()).sum();
            // besides the one in a hundred made due, a random end date puts some expiry reminders on today
            long casesDue = sent.stream().flatMap(d -> d.items().stream()).map(i -> i.caseId()).distinct().count();
            double perDue = dueItems == 0 ? Double.NaN : (double) read.get() / dueItems;
            String json = String.format(java.util.Locale.ROOT, "{%n  \"cooperations\": %d,%n  \"casesMadeDue\": %d,%n  \"casesWithSomethingDue\": %d,"
                    + "%n  \"dueItems\": %d,%n  \"itemsRead\": %d,%n  \"itemsReadPerDueItem\": %.2f,%n  \"runMs\": %d,"
                    + "%n  \"seedMs\": %d,%n  \"dueReadByRun\": %d%n}%n", cooperations, dueCases, casesDue, dueItems, read.get(),
                    perDue, runMs, seedMs, report.dueRead());
            Files.writeString(work.resolve("reminders.json"), json);
            System.out.println("\nReminders job on " + cooperations + " cooperations (DynamoDB Local):\n" + json);
        }
    }

    /** Writes the due items as the case store does; returns how many cases have something due now. */
    private static int seed(DynamoDbClient dynamo, String table, int n, LocalDate today, Instant now) {
        Random random = new Random(42);
        List<WriteRequest> batch = new ArrayList<>();
        Set<String> due = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("bench-%06d", i);
            List<DueDate> dates = new ArrayList<>();
            // a running cooperation has, as the workflow computes them: its end, the expiry reminders before it,
            // the weekly recalls after it and the system's ending, and the next monev period's three deadlines.
            // One in a hundred is made due today: half by an overdue monev, half by an expiry reminder today.
            boolean isDue = i % 100 == 0;
            boolean dueByMonev = isDue && i % 200 == 0;
            LocalDate end = isDue && !dueByMonev
                    ? today.plusDays(List.of(180, 90, 60, 30, 7).get(random.nextInt(5)))
                    : today.plusDays(31 + random.nextInt(5 * 365));
            dates.add(due(DueDateKind.AGREEMENT_END, end, Role.ADMIN, Role.OPD, Role.PARTNER));
            for (int before : List.of(180, 90, 60, 30, 7)) {
                dates.add(due(DueDateKind.EXPIRY_REMINDER, end.minusDays(before), Role.ADMIN, Role.OPD));
            }
            for (int week = 7; week <= 30; week += 7) {
                dates.add(due(DueDateKind.AGREEMENT_ENDED, end.plusDays(week), Role.ADMIN, Role.OPD));
            }
            dates.add(due(DueDateKind.SYSTEM_EXPIRY, end.plusDays(31), Role.ADMIN));
            LocalDate monev = dueByMonev ? today.minusDays(random.nextInt(10)) : today.plusDays(31 + random.nextInt(150));
            dates.add(due(DueDateKind.MONEV_PARTNER_REPORT, monev, Role.PARTNER));
            dates.add(due(DueDateKind.MONEV_OPD_REPORT, monev, Role.OPD));
            dates.add(due(DueDateKind.MONEV_EVALUATION, monev.plusDays(14), Role.ADMIN));
            if (isDue) {
                due.add(id);
            }
            CaseState state = new CaseState(id, Category.KSDPK, Optional.empty(), Optional.of(KsdpkInitiative.PIHAK_KETIGA),
                    Origin.LEGACY, Stage.PELAKSANAAN, now, List.of("DINKES"), 1, Facts.empty(), Documents.empty(),
                    List.of(), dates, Optional.empty(), Optional.empty(), Optional.empty(), now);
            for (DueDate d : dates) {
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(CaseItems.dueItem(state, d)).build()).build());
                if (batch.size() == 25) {
                    write(dynamo, table, batch);
                }
            }
        }
        write(dynamo, table, batch);
        return due.size();
    }

    private static void write(DynamoDbClient dynamo, String table, List<WriteRequest> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var unprocessed = dynamo.batchWriteItem(r -> r.requestItems(java.util.Map.of(table, List.copyOf(batch))))
                .unprocessedItems();
        while (!unprocessed.isEmpty()) {
            var again = unprocessed;
            unprocessed = dynamo.batchWriteItem(r -> r.requestItems(again)).unprocessedItems();
        }
        batch.clear();
    }

    private static DueDate due(DueDateKind kind, LocalDate date, Role... to) {
        return new DueDate(kind, date, EnumSet.copyOf(List.of(to)), Text.of("", ""));
    }

    private static final class MemoryLedger implements DigestLedger {
        java.time.LocalDate lastRun;

        @Override
        public java.util.Optional<java.time.LocalDate> lastRunDay() {
            return java.util.Optional.ofNullable(lastRun);
        }

        @Override
        public void ranOn(java.time.LocalDate day) {
            if (lastRun == null || lastRun.isBefore(day)) {
                lastRun = day;
            }
        }

        private final List<Digest> owed = new ArrayList<>();

        @Override
        public boolean record(Digest digest, Instant at) {
            return owed.add(digest);
        }

        @Override
        public List<Digest> pending() {
            return List.copyOf(owed);
        }

        @Override
        public boolean claim(String key, String runId, Instant now, Instant until) {
            return true;
        }

        @Override
        public void release(String key, String runId) {
        }

        @Override
        public void markSent(String key, Instant at) {
            owed.removeIf(d -> d.key().equals(key));
        }
    }

}
