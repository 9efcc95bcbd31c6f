package id.sikerja.local.bench;

import id.sikerja.adapters.dynamo.CaseItems;
import id.sikerja.adapters.dynamo.SummaryItems;
import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.local.LocalRuntime;
import id.sikerja.local.testing.LocalSystem;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The read side's latency on a Pemda-sized table: seeds N cases (default 10,000) straight into DynamoDB Local with
 * the adapters' own item mappings (the case and its summary, as a commit writes them), varied as a real register is
 * — four categories, every stage, fifteen departments, partners of every kind, creation over eight years, terms,
 * due dates, signed documents — then times requests through the local gateway: each route's first request (a
 * fresh function instance reads every summary) and then p50/p95 of warm requests (only changes are read).
 *
 * <p>Usage: {@code local/bench/reads [cases] [requests per route]}; results in local/target/bench/reads.json.
 */
public final class ReadsBenchmark {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String[] DEPARTMENTS = {"DINKES", "DISHUB", "DISDIK", "DPUPR", "BAPPEDA", "DLH", "DISPAR",
            "DINSOS", "DISKOMINFO", "DPMPTSP", "DISPERINDAG", "DKP", "DISPORA", "BPBD", "SATPOLPP"};
    private static final String[] TOPICS = {"Pelayanan Kesehatan", "Air Bersih", "Pengelolaan Sampah", "Transportasi",
            "Pendidikan Vokasi", "Pariwisata Bahari", "Ketahanan Pangan", "Jalan Antardaerah", "Perikanan Tangkap",
            "Penanggulangan Bencana", "Layanan Kependudukan", "Energi Terbarukan", "Kota Cerdas", "UMKM Digital",
            "Pelestarian Budaya", "Rehabilitasi Mangrove", "Rujukan Pasien", "Beasiswa Daerah", "Sanitasi", "Irigasi"};
    private static final String[] ASPECTS = {"terpadu", "berbasis desa", "lintas daerah", "di wilayah perbatasan",
            "bagi masyarakat pesisir", "tahap kedua", "berkelanjutan", "untuk kelurahan", "dan pelatihan kader"};
    private static final String[] REGIONS = {"Kota Samarinda", "Kabupaten Kutai Kartanegara", "Kota Balikpapan",
            "Kota Bontang", "Kabupaten Berau", "Kabupaten Paser", "Kota Makassar", "Kabupaten Penajam Paser Utara"};
    private static final String[] COUNTRIES = {"Jepang", "Korea Selatan", "Australia", "Belanda", "Malaysia", "Jerman"};

    private ReadsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path root = LocalRuntime.findRepositoryRoot();
        Path work = Files.createDirectories(root.resolve("local/target/bench"));
        try (LocalSystem system = LocalSystem.start(LocalRuntime.Options.defaults().freePorts().repositoryRoot(root)
                .workDirectory(Files.createTempDirectory(work, "reads-")))) {
            long seedStart = System.nanoTime();
            int published = seed(system.dynamoDb(), system.tableName(), n);
            long seedMs = (System.nanoTime() - seedStart) / 1_000_000;

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String admin = "Bearer " + system.tokenFor("admin");
            String opd = "Bearer " + system.tokenFor("opd-dinkes");
            Map<String, Request> routes = new LinkedHashMap<>();
            routes.put("list", new Request("/cooperations", admin));
            routes.put("list (OPD, own department)", new Request("/cooperations", opd));
            routes.put("list filtered (stage, category, ending within 180 days)",
                    new Request("/cooperations?stage=PELAKSANAAN&category=KSDPK&endingWithinDays=180&sort=endDate", admin));
            routes.put("search", new Request("/cooperations?q=" + enc("kesehat desa"), admin));
            routes.put("search (OPD)", new Request("/cooperations?q=" + enc("air bersih"), opd));
            routes.put("dashboard", new Request("/dashboard", admin));
            routes.put("registry", new Request("/registry", null));
            routes.put("registry search", new Request("/registry?q=" + enc("pariwisata") + "&status=BERLAKU", null));
            routes.put("stats", new Request("/stats", null));
            routes.put("verify", new Request("/verify/" + "0".repeat(64), null));

            Map<String, Result> results = new LinkedHashMap<>();
            for (Map.Entry<String, Request> r : routes.entrySet()) {
                results.put(r.getKey(), time(http, system.apiUrl(), r.getValue(), requests));
            }
            StringBuilder json = new StringBuilder();
            json.append(String.format(Locale.ROOT, "{%n  \"cases\": %d,%n  \"public\": %d,%n  \"summaryBytesAverage\": %d,%n  \"seedMs\": %d,%n"
                    + "  \"requestsPerRoute\": %d,%n  \"routes\": {", n, published, summaryBytes / Math.max(1, n), seedMs,
                    requests));
            int i = 0;
            for (Map.Entry<String, Result> r : results.entrySet()) {
                Result x = r.getValue();
                json.append(String.format(Locale.ROOT, "%s%n    \"%s\": {\"path\": \"%s\", \"firstMs\": %.1f, \"p50Ms\": %.1f,"
                                + " \"p95Ms\": %.1f, \"total\": %s}", i++ == 0 ? "" : ",", r.getKey(),
                        routes.get(r.getKey()).path(), x.firstMs, x.p50, x.p95, x.total));
            }
            json.append(String.format("%n  }%n}%n"));
            Files.writeString(work.resolve("reads.json"), json);
            System.out.println("\nRead side on " + n + " cases, through the local gateway (DynamoDB Local):\n" + json);
        }
    }

    private record Request(String path, String authorization) {
    }

    private record Result(double firstMs, double p50, double p95, String total) {
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Result time(HttpClient http, URI api, Request r, int count) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + r.path())).timeout(Duration.ofSeconds(120)).GET();
        if (r.authorization() != null) {
            b.header("Authorization", r.authorization());
        }
        HttpRequest request = b.build();
        long t0 = System.nanoTime();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        double firstMs = (System.nanoTime() - t0) / 1e6;
        if (first.statusCode() != 200) {
            throw new IllegalStateException(r.path() + ": " + first.statusCode() + " " + first.body());
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(first.body());
        String total = m.find() ? m.group(1) : "null";
        double[] ms = new double[count];
        for (int i = 0; i < count; i++) {
            long s = System.nanoTime();
            HttpResponse<String> resp = http.send(request, HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - s) / 1e6;
            if (resp.statusCode() != 200) {
                throw new IllegalStateException(r.path() + ": " + resp.statusCode());
            }
        }
        Arrays.sort(ms);
        return new Result(firstMs, ms[(int) Math.ceil(0.50 * count) - 1], ms[(int) Math.ceil(0.95 * count) - 1], total);
    }

    /** Seeds the cases and their summaries; returns how many are public. */
    private static int seed(DynamoDbClient dynamo, String table, int n) {
        Random random = new Random(6);
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, WITA);
        List<WriteRequest> batch = new ArrayList<>();
        int published = 0;
        summaryBytes = 0;
        Stage[] domestic = {Stage.INTAKE, Stage.REVISI, Stage.PERSIAPAN, Stage.PENAWARAN, Stage.PENYUSUNAN_KB,
                Stage.PENANDATANGANAN_KB, Stage.PERSETUJUAN_DPRD, Stage.PENYUSUNAN_PKS, Stage.PENANDATANGANAN_PKS};
        Stage[] foreign = {Stage.INTAKE, Stage.PRAKARSA, Stage.PENJAJAKAN, Stage.PERNYATAAN_KEHENDAK,
                Stage.RENCANA_KERJA_SAMA, Stage.VERIFIKASI_MENTERI, Stage.RANCANGAN_NASKAH, Stage.PEMBAHASAN,
                Stage.PERSETUJUAN_MENTERI, Stage.PENANDATANGANAN_NASKAH};
        for (int i = 0; i < n; i++) {
            String id = String.format("bench-%06d", i);
            double c = random.nextDouble();
            Category category = c < 0.35 ? Category.KSDD : c < 0.9 ? Category.KSDPK : c < 0.96 ? Category.KSDPL : Category.KSDLL;
            Instant created = now.minus(Duration.ofMinutes((long) (random.nextDouble() * 8 * 365 * 24 * 60)));
            Instant updated = created.plus(Duration.ofMinutes((long) (random.nextDouble()
                    * Duration.between(created, now).toMinutes())));
            // about half in implementation or ended (older cases more often), the rest along the way
            double s = random.nextDouble();
            Stage stage;
            EndReason end = null;
            if (s < 0.40) {
                stage = Stage.PELAKSANAAN;
            } else if (s < 0.50) {
                stage = category.isForeign() ? Stage.SELESAI : Stage.PENATAUSAHAAN;
                end = EndReason.MASA_BERLAKU_HABIS;
            } else if (s < 0.55) {
                stage = Stage.SELESAI;
                end = EndReason.TUJUAN_TERCAPAI;
            } else if (s < 0.60) {
                stage = Stage.DITOLAK;
                end = EndReason.DITOLAK_TKKSD;
            } else if (s < 0.63) {
                stage = Stage.DIBATALKAN;
                end = EndReason.DITARIK_PEMOHON;
            } else {
                Stage[] path = category.isForeign() ? foreign : domestic;
                stage = path[random.nextInt(path.length)];
            }
            List<String> departments = new ArrayList<>(List.of(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]));
            if (random.nextInt(5) == 0) {
                String other = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
                if (!departments.contains(other)) {
                    departments.add(other);
                }
            }
            PartnerType type = switch (category) {
                case KSDD -> PartnerType.PEMERINTAH_DAERAH;
                case KSDPK -> new PartnerType[] {PartnerType.BADAN_USAHA, PartnerType.ORGANISASI,
                        PartnerType.PERGURUAN_TINGGI}[random.nextInt(3)];
                case KSDPL -> PartnerType.PEMERINTAH_DAERAH_LUAR_NEGERI;
                case KSDLL -> PartnerType.LEMBAGA_LUAR_NEGERI;
                case SINERGI -> PartnerType.KEMENTERIAN_LEMBAGA; // not drawn above: the bench's mix predates Sinergi
            };
            String region = category.isForeign() ? COUNTRIES[random.nextInt(COUNTRIES.length)]
                    : REGIONS[random.nextInt(REGIONS.length)];
            String partnerName = switch (type) {
                case PEMERINTAH_DAERAH -> "Pemerintah " + region;
                case BADAN_USAHA -> "PT " + TOPICS[random.nextInt(TOPICS.length)].split(" ")[0] + " Nusantara " + (i % 97);
                case ORGANISASI -> "Yayasan " + TOPICS[random.nextInt(TOPICS.length)] + " " + (i % 89);
                case PERGURUAN_TINGGI -> "Universitas " + region.replace("Kota ", "").replace("Kabupaten ", "");
                default -> "City of " + region + " " + (i % 13);
            };
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String title = topic + " " + ASPECTS[random.nextInt(ASPECTS.length)] + " " + (2018 + i % 9);
            Partner partner = new Partner(partnerName, type, region, "Jl. Contoh No. " + i, "Kontak " + i,
                    "kontak" + i + "@example.id", "+62 811 " + (100000 + i));
            Proposal proposal = new Proposal(category, category == Category.KSDD ? KsddKind.SUKARELA : null,
                    category == Category.KSDPK ? KsdpkInitiative.PIHAK_KETIGA : null, partner, title,
                    "Latar belakang " + topic.toLowerCase(Locale.ROOT) + " di daerah.",
                    "Meningkatkan " + topic.toLowerCase(Locale.ROOT) + " bagi warga.",
                    "Perencanaan, pelaksanaan dan evaluasi " + topic.toLowerCase(Locale.ROOT) + ".",
                    "Layanan yang lebih baik.", region, 12 + random.nextInt(49), "APBD", departments);

            Facts facts = Facts.empty();
            List<DocumentVersion> documents = new ArrayList<>();
            List<DueDate> due = new ArrayList<>();
            boolean signed = EnumSet.of(Stage.PELAKSANAAN, Stage.PENATAUSAHAAN, Stage.PELAPORAN, Stage.SELESAI)
                    .contains(stage) && (end == null || end.kind() == EndReason.Kind.TERMINATION);
            if (signed) {
                published++;
                int months = 12 + random.nextInt(49);
                LocalDate start = stage == Stage.PELAKSANAAN
                        ? today.minusDays(random.nextInt(months * 30 - 1))
                        : today.minusMonths(months).minusDays(random.nextInt(900));
                LocalDate signedOn = start.minusDays(random.nextInt(30));
                facts = facts.with(Fact.TERM_START, start).with(Fact.TERM_MONTHS, months)
                        .with(category.isForeign() ? Fact.NASKAH_SIGNED_ON : Fact.PKS_SIGNED_ON, signedOn)
                        .with(Fact.IN_APBD, random.nextBoolean());
                DocumentType doc = category.isForeign() ? DocumentType.NASKAH_SIGNED : DocumentType.PKS_SIGNED;
                documents.add(new DocumentVersion(doc, 1, "documents/" + id + "/" + doc, sha(id), doc + ".pdf",
                        created, "officer", Role.ADMIN));
                if (stage == Stage.PELAKSANAAN) {
                    LocalDate last = start.plusMonths(months).minusDays(1);
                    due.add(new DueDate(DueDateKind.AGREEMENT_END, last, EnumSet.of(Role.ADMIN), Text.of("", "")));
                    for (int before : List.of(180, 90, 60, 30, 7)) {
                        due.add(new DueDate(DueDateKind.EXPIRY_REMINDER, last.minusDays(before), EnumSet.of(Role.ADMIN),
                                Text.of("", "")));
                    }
                    due.add(new DueDate(DueDateKind.MONEV_OPD_REPORT, today.plusDays(random.nextInt(200) - 20),
                            EnumSet.of(Role.OPD), Text.of("", "")));
                }
            } else if (stage == Stage.INTAKE) {
                due.add(new DueDate(DueDateKind.INTAKE_VALIDATION, today.plusDays(random.nextInt(12) - 5),
                        EnumSet.of(Role.ADMIN), Text.of("", "")));
            } else if (stage == Stage.PERSIAPAN || stage == Stage.PERNYATAAN_KEHENDAK) {
                due.add(new DueDate(DueDateKind.TKKSD_ASSESSMENT, today.plusDays(random.nextInt(20) - 5),
                        EnumSet.of(Role.TKKSD), Text.of("", "")));
            }
            CaseState state = new CaseState(id, category,
                    Optional.ofNullable(proposal.ksddKind()), Optional.ofNullable(proposal.ksdpkInitiative()),
                    signed && random.nextInt(4) == 0 ? Origin.LEGACY : Origin.PARTNER_APPLICATION, stage, updated,
                    departments, 1 + random.nextInt(30), facts, Documents.of(documents), List.of(), due,
                    Optional.empty(), Optional.empty(), Optional.ofNullable(end), created);
            CaseRecord record = new CaseRecord("KS-" + id, proposal, state, updated);
            add(dynamo, table, batch, CaseItems.toItem(record));
            Map<String, AttributeValue> summary = SummaryItems.toItem(record);
            summaryBytes += size(summary);
            add(dynamo, table, batch, summary);
        }
        write(dynamo, table, batch);
        return published;
    }

    private static long summaryBytes;

    /** An item's size as DynamoDB counts it (names and values in UTF-8; numbers about their digits). */
    private static long size(Map<String, AttributeValue> item) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            bytes += e.getKey().getBytes(StandardCharsets.UTF_8).length + size(e.getValue());
        }
        return bytes;
    }

    private static long size(AttributeValue v) {
        if (v.s() != null) {
            return v.s().getBytes(StandardCharsets.UTF_8).length;
        }
        if (v.n() != null) {
            return v.n().length();
        }
        if (v.bool() != null) {
            return 1;
        }
        if (v.hasL()) {
            return 3 + v.l().stream().mapToLong(x -> 1 + size(x)).sum();
        }
        if (v.hasM()) {
            return 3 + size(v.m());
        }
        return 1;
    }

    private static String sha(String id) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(DynamoDbClient dynamo, String table, List<WriteRequest> batch, Map<String, AttributeValue> item) {
        batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        if (batch.size() == 25) {
            write(dynamo, table, batch);
        }
    }

    private static void write(DynamoDbClient dynamo, String table, List<WriteRequest> batch) {
        if (batch.isEmpty()) {
            return;
        }
        var unprocessed = dynamo.batchWriteItem(r -> r.requestItems(Map.of(table, List.copyOf(batch)))).unprocessedItems();
        while (!unprocessed.isEmpty()) {
            var again = unprocessed;
            unprocessed = dynamo.batchWriteItem(r -> r.requestItems(again)).unprocessedItems();
        }
        batch.clear();
    }
}
