package id.sikerja.local.journeys;

import id.sikerja.api.Json;
import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.testing.LocalSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static id.sikerja.local.journeys.WorkflowApi.m;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The read side through the local gateway: officers' lists with every filter, search, sort and paging, scoped by
 * role; the dashboard; the public registry, its export, statistics and the verification of a signed PKS uploaded
 * through the real documents flow; and no personal data in anything public, checked field by field and by
 * looking for each seeded contact detail in every public answer.
 *
 * <p>Every case here has a fresh word in its title, and the lists are asked with it ({@code q}), so cases of other
 * tests sharing the local system do not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadSideJourneyTest {

    private final LocalSystem system = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(system);
    private final String tag = "Rds" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final List<String> personal = new ArrayList<>();
    private String proposal;
    private String dinkesInitiative;
    private String dishubInitiative;
    private String legacy;
    private String signedSha;
    private LocalDate legacyEnd;

    @BeforeAll
    void seed() {
        // a partner's proposal (KSDPK, DINKES): at intake, with its contact details
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        body.put("title", tag + " Pelayanan Kesehatan Ibu");
        body.put("partner", partner("Yayasan " + tag + " Sejahtera", "P"));
        Answer a = api.send("POST", "/proposals", body, Map.of());
        assertEquals(201, a.status(), a.raw().body());
        proposal = (String) a.body().get("id");

        dinkesInitiative = api.open("opd-dinkes", "/cooperations",
                WorkflowApi.departmentProposal(tag + " Jalan Antardaerah", "DINKES")).id;
        dishubInitiative = api.open("opd-dishub", "/cooperations",
                WorkflowApi.departmentProposal(tag + " Angkutan Perbatasan", "DISHUB")).id;

        // an agreement signed before Si Kerja (KSDPK, DISHUB), its signed PKS uploaded through the documents flow;
        // its term ends in nine days
        byte[] pks = WorkflowApi.pdf("PKS " + tag);
        signedSha = WorkflowApi.sha256(pks);
        Map<String, Object> upload = api.newCaseUpload("admin", "PKS_SIGNED", pks);
        Map<String, Object> old = WorkflowApi.sample("events/intake-submit-proposal.json");
        old.put("title", tag + " Pengelolaan Air Bersih Desa");
        old.put("partner", partner("PT " + tag + " Tirta", "L"));
        old.put("departments", List.of("DISHUB"));
        LocalDate start = WorkflowApi.today().minusMonths(12).plusDays(10);
        legacyEnd = start.plusMonths(12).minusDays(1);
        old.put("facts", m("pksSignedOn", start.minusDays(1).toString(), "signatory", "KEPALA_DAERAH",
                "termStart", start.toString(), "termMonths", 12, "agreementNumber", "180/" + tag + "/HK"));
        old.put("documents", List.of(upload.get("reference")));
        legacy = api.open("admin", "/cooperations/legacy", old).id;
    }

    /** A partner whose contact details are personal data, each remembered to be looked for in public answers. */
    private Map<String, Object> partner(String name, String suffix) {
        String contact = "Kontak" + suffix + " " + tag + " Wijaya";
        String email = tag.toLowerCase() + suffix.toLowerCase() + "@mitra.example.id";
        String phone = "+62 812 " + (1000 + Math.abs(tag.hashCode() % 9000)) + " " + suffix.hashCode() % 10 + "77";
        String address = "Jl. Rahasia " + tag + suffix + " No. 7";
        personal.addAll(List.of(contact, email, phone, address));
        return m("name", name, "type", suffix.equals("P") ? "ORGANISASI" : "BADAN_USAHA",
                "regionOrCountry", "Kota Samarinda", "address", address, "contactPerson", contact, "email", email,
                "phone", phone);
    }

    // ------------------------------------------------------------------ officers

    private Answer list(String user, String query) {
        Answer a = api.get(user, "/cooperations?q=" + tag + (query.isEmpty() ? "" : "&" + query));
        assertEquals(200, a.status(), a.raw().body());
        return a;
    }

    private Set<String> ids(String user, String query) {
        Answer a = list(user, query + (query.isEmpty() ? "" : "&") + "limit=100");
        Set<String> ids = a.list("items").stream().map(i -> (String) i.get("id")).collect(Collectors.toSet());
        assertEquals(ids.size(), ((Number) a.body().get("total")).intValue());
        return ids;
    }

    private Set<String> ids(String query) {
        return ids("admin", query);
    }

    @Test
    void everyFilter() {
        assertEquals(Set.of(proposal, dinkesInitiative, dishubInitiative, legacy), ids(""));
        assertEquals(Set.of(legacy), ids("stage=PELAKSANAAN"));
        assertEquals(Set.of(proposal, dinkesInitiative, dishubInitiative), ids("stage=INTAKE,PERSIAPAN"));
        assertEquals(Set.of(dinkesInitiative, dishubInitiative), ids("category=KSDD"));
        assertEquals(Set.of(proposal, legacy), ids("category=KSDPK"));
        assertEquals(Set.of(dishubInitiative, legacy), ids("department=DISHUB"));
        assertEquals(Set.of(proposal), ids("partner=yayasan+" + tag.toLowerCase()));
        assertEquals(Set.of(legacy), ids("partner=" + tag.substring(0, 6) + "+TIRTA"));
        int year = WorkflowApi.today().getYear();
        assertEquals(4, ids("year=" + year).size());
        assertEquals(Set.of(), ids("year=2001"));
        assertEquals(Set.of(legacy), ids("endingWithinDays=30"));
        assertEquals(Set.of(legacy), ids("endingWithinDays=9"));
        assertEquals(Set.of(), ids("endingWithinDays=8"));
    }

    @Test
    void dueBeforeFindsCasesWithADeadlineOnOrBeforeTheDate() {
        // the deadlines as the case view shows them (expiry reminders are reminders, not deadlines)
        Map<String, LocalDate> earliest = new LinkedHashMap<>();
        for (String id : List.of(proposal, dinkesInitiative, dishubInitiative, legacy)) {
            api.view("admin", id).list("dueDates").stream()
                    .filter(d -> !"EXPIRY_REMINDER".equals(kind(d)))
                    .map(d -> LocalDate.parse((String) d.get("date")))
                    .min(LocalDate::compareTo).ifPresent(d -> earliest.put(id, d));
        }
        assertTrue(earliest.containsKey(proposal), "intake validation is due");
        for (LocalDate probe : new HashSet<>(earliest.values())) {
            Set<String> expected = earliest.entrySet().stream().filter(e -> !e.getValue().isAfter(probe))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertEquals(expected, ids("dueBefore=" + probe), "dueBefore=" + probe);
            assertEquals(earliest.entrySet().stream().filter(e -> e.getValue().isBefore(probe))
                    .map(Map.Entry::getKey).collect(Collectors.toSet()), ids("dueBefore=" + probe.minusDays(1)));
        }
    }

    private static String kind(Map<String, Object> due) {
        Object k = due.get("kind");
        return k instanceof Map<?, ?> m ? (String) m.get("code") : (String) k;
    }

    /** The cases of this test among those a search finds (the tag is one more word of the search). */
    private Set<String> search(String words) {
        return ids("admin", "").isEmpty() ? Set.of() : idsOf("/cooperations?limit=100&q="
                + java.net.URLEncoder.encode(tag + " " + words, java.nio.charset.StandardCharsets.UTF_8));
    }

    private Set<String> idsOf(String path) {
        Answer a = api.get("admin", path);
        assertEquals(200, a.status(), a.raw().body());
        return a.list("items").stream().map(i -> (String) i.get("id")).collect(Collectors.toSet());
    }

    @Test
    void searchIsCaseAndAccentInsensitivePrefixMatchingInTitlePartnerAndSummary() {
        assertEquals(Set.of(proposal, dinkesInitiative, dishubInitiative, legacy), search("KESEHÁT"));
        assertEquals(Set.of(proposal), search("ÍBU"));
        assertEquals(Set.of(proposal), search("pelay ibu"));
        assertEquals(Set.of(dinkesInitiative, dishubInitiative), search("RUJUK")); // the sample's scope: "Rujukan ..."
        assertEquals(Set.of(legacy), search("tirt"));          // partner name
        assertEquals(Set.of(proposal, legacy), search("kader")); // the sample's scope: "Pelatihan kader, ..."
        assertEquals(Set.of(), search("esehatan"));
        assertEquals(Set.of(), search("kontakp"), "contact names are not searched");
    }

    @Test
    void sortsAndPages() {
        List<String> byTitle = list("admin", "sort=title").list("items").stream().map(i -> (String) i.get("id")).toList();
        assertEquals(List.of(dishubInitiative, dinkesInitiative, proposal, legacy), byTitle);
        List<String> byEnd = list("admin", "sort=endDate").list("items").stream().map(i -> (String) i.get("id")).toList();
        assertEquals(legacy, byEnd.get(0));

        Answer first = list("admin", "sort=title&limit=3");
        assertEquals(4, ((Number) first.body().get("total")).intValue());
        assertEquals(byTitle.subList(0, 3), first.list("items").stream().map(i -> i.get("id")).toList());
        String cursor = (String) first.body().get("nextCursor");
        assertNotNull(cursor);
        Answer second = list("admin", "sort=title&limit=3&cursor=" + cursor);
        assertEquals(List.of(legacy), second.list("items").stream().map(i -> i.get("id")).toList());
        assertNull(second.body().get("nextCursor"));
        Answer otherOrder = api.get("admin", "/cooperations?sort=-createdAt&cursor=" + cursor);
        assertEquals(422, otherOrder.status());
    }

    @Test
    void aCaseInTheListCarriesTheContractsFields() {
        Map<String, Object> item = list("admin", "stage=PELAKSANAAN").list("items").get(0);
        assertEquals(Set.of("id", "trackingCode", "title", "category", "stage", "stageLabel", "partner", "departments",
                "field", "createdAt", "updatedAt", "startDate", "endDate", "nextDue", "inBudget"), item.keySet());
        assertEquals("PELAKSANAAN", item.get("stage"));
        assertEquals(Map.of("name", "PT " + tag + " Tirta", "type", "BADAN_USAHA", "region", "Kota Samarinda"),
                item.get("partner"));
        assertEquals(List.of("DISHUB"), item.get("departments"));
        assertEquals(legacyEnd.toString(), item.get("endDate"));
        Map<?, ?> next = (Map<?, ?>) item.get("nextDue");
        assertNotNull(next);
        assertEquals(Set.of("kind", "label", "date", "overdue"), next.keySet());
    }

    @Test
    void anOpdUserSeesItsDepartmentsCasesOnly() {
        assertEquals(Set.of(proposal, dinkesInitiative), ids("opd-dinkes", ""));
        assertEquals(Set.of(dishubInitiative, legacy), ids("opd-dishub", ""));
        assertEquals(Set.of(), ids("opd-dinkes", "department=DISHUB"));
        assertEquals(4, ids("pimpinan", "").size());
        assertEquals(4, ids("tkksd", "").size());
        // the dashboard counts what the list shows, for each of them
        for (String user : List.of("opd-dinkes", "opd-dishub", "admin")) {
            Answer d = api.get(user, "/dashboard");
            assertEquals(200, d.status(), d.raw().body());
            assertEquals(total(user, ""), ((Number) d.body().get("total")).intValue(), user);
            Map<?, ?> byStage = (Map<?, ?>) d.body().get("byStage");
            assertEquals(total(user, "stage=PERSIAPAN"), ((Number) byStage.get("PERSIAPAN")).intValue(), user);
            assertEquals(total(user, "dueBefore=" + WorkflowApi.today().minusDays(1)),
                    ((Number) d.body().get("overdue")).intValue(), user);
            assertEquals(total(user, "stage=PELAKSANAAN&endingWithinDays=180"),
                    ((Number) d.body().get("endingWithin180Days")).intValue(), user);
            assertEquals(WorkflowApi.today().toString(), d.body().get("asOf"));
        }
    }

    private int total(String user, String query) {
        Answer a = api.get(user, "/cooperations?limit=1" + (query.isEmpty() ? "" : "&" + query));
        assertEquals(200, a.status(), a.raw().body());
        return ((Number) a.body().get("total")).intValue();
    }

    @Test
    void badParametersAreNamedAndATokenIsNeeded() {
        Answer bad = api.get("admin", "/cooperations?stage=NOPE&limit=0&dueBefore=tomorrow&sort=random");
        assertEquals(422, bad.status());
        assertTrue(bad.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(List.of("stage", "dueBefore", "sort", "limit"),
                bad.list("errors").stream().map(e -> e.get("field")).toList());
        assertEquals(401, api.send("GET", "/cooperations", null, Map.of()).status());
        assertEquals(401, api.send("GET", "/dashboard", null, Map.of()).status());
    }

    // ------------------------------------------------------------------ public

    private Answer open(String path) {
        Answer a = api.send("GET", path, null, Map.of());
        assertEquals(200, a.status(), a.raw().body());
        assertNoPersonalData(a.raw().body());
        return a;
    }

    private void assertNoPersonalData(String body) {
        for (String p : personal) {
            assertFalse(body.contains(p), "a public answer contains '" + p + "'");
        }
        for (String name : List.of("contactPerson", "email", "phone", "address", "trackingCode", "accessToken",
                "registeredBy", "storageKey", "fileName")) {
            assertFalse(body.contains("\"" + name + "\""), "a public answer has a member " + name);
        }
    }

    @SuppressWarnings("unchecked")
    private void assertRegistryEntry(Map<String, Object> e) {
        // issue 18: an amended or ended agreement also carries its amendments and how it ended (no personal data)
        Set<String> optional = Set.of("amendments", "endReason", "endedOn", "endedEarly");
        Set<String> keys = new java.util.HashSet<>(e.keySet());
        keys.removeAll(optional);
        assertEquals(Set.of("id", "title", "category", "parties", "departments", "field", "signedOn", "startDate",
                "endDate", "status", "documents"), keys);
        for (Map<String, Object> a : (List<Map<String, Object>>) e.getOrDefault("amendments", List.of())) {
            assertEquals(Set.of("number", "signedOn", "changed", "termEndBefore", "termEndAfter", "sha256",
                    "documentVersion"), a.keySet());
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) e.get("parties")) {
            assertEquals(Set.of("name", "kind"), p.keySet());
        }
        for (Map<String, Object> d : (List<Map<String, Object>>) e.get("departments")) {
            assertEquals(Set.of("code", "name"), d.keySet());
        }
        for (Map<String, Object> d : (List<Map<String, Object>>) e.get("documents")) {
            assertEquals(Set.of("type", "version", "sha256"), d.keySet());
        }
    }

    @Test
    void theRegistryListsSignedAgreementsOnlyWithoutPersonalData() {
        Answer all = open("/registry?q=" + tag);
        assertEquals(List.of(legacy), all.list("items").stream().map(i -> i.get("id")).toList());
        Map<String, Object> entry = all.list("items").get(0);
        assertRegistryEntry(entry);
        assertEquals("BERLAKU", entry.get("status"));
        assertEquals("KSDPK", entry.get("category"));
        assertEquals(List.of(Map.of("name", "Pemerintah Kota Contoh", "kind", "PEMDA"),
                Map.of("name", "PT " + tag + " Tirta", "kind", "BADAN_USAHA")), entry.get("parties"));
        assertEquals(List.of(Map.of("type", "PKS_SIGNED", "version", 1, "sha256", signedSha)), entry.get("documents"));
        assertEquals(legacyEnd.toString(), entry.get("endDate"));
        assertTrue(all.raw().headers().firstValue("Cache-Control").orElse("").contains("public"));

        assertEquals(List.of(legacy), open("/registry?q=" + tag + "&status=BERLAKU&department=DISHUB&category=KSDPK")
                .list("items").stream().map(i -> i.get("id")).toList());
        assertEquals(List.of(), open("/registry?q=" + tag + "&status=BERAKHIR").list("items"));
        assertEquals(List.of(), open("/registry?q=kontakp+" + tag).list("items"), "contacts are not searched");

        Answer one = open("/registry/" + legacy);
        assertRegistryEntry(one.body());
        assertEquals(entry, one.body());
        for (String notPublic : List.of(proposal, dinkesInitiative, "no-such-case")) {
            Answer a = api.send("GET", "/registry/" + notPublic, null, Map.of());
            assertEquals(404, a.status());
            assertNoPersonalData(a.raw().body());
        }
        Answer bad = api.send("GET", "/registry?status=AKTIF&year=12", null, Map.of());
        assertEquals(422, bad.status());
        assertEquals(List.of("status", "year"), bad.list("errors").stream().map(e -> e.get("field")).toList());
    }

    /** A partner who is a private person: the registry names the kind, never the person, and does not find it. */
    @Test
    void aPrivatePersonPartnersNameStaysOutOfThePublicRegistry() {
        String titleMark = "Btk" + Long.toString(System.nanoTime(), 36);
        String nameMark = "Lst" + Long.toString(System.nanoTime() + 7, 36);
        Map<String, Object> body = WorkflowApi.sample("events/intake-submit-proposal.json");
        body.put("title", titleMark + " Pelatihan Membatik");
        body.put("partner", m("name", "Ibu " + nameMark + " Lestari", "type", "PERORANGAN",
                "regionOrCountry", "Kota Samarinda", "address", "Jl. Pribadi 1", "contactPerson", "Ibu Lestari",
                "email", nameMark.toLowerCase() + "@pribadi.example.id", "phone", "+62 811 555 0101"));
        LocalDate start = WorkflowApi.today().minusMonths(2);
        body.put("facts", m("pksSignedOn", start.minusDays(1).toString(), "signatory", "KEPALA_DAERAH",
                "termStart", start.toString(), "termMonths", 24, "agreementNumber", "180/" + titleMark + "/HK"));
        body.put("documents", WorkflowApi.docs("PKS_SIGNED"));
        String id = api.open("admin", "/cooperations/legacy", body).id;

        Answer entry = api.send("GET", "/registry/" + id, null, Map.of());
        assertEquals(200, entry.status(), entry.raw().body());
        assertEquals(m("name", "Perseorangan", "kind", "PERORANGAN"), entry.list("parties").get(1));
        assertFalse(entry.raw().body().contains(nameMark), entry.raw().body());
        assertEquals(1, ((Number) api.send("GET", "/registry?q=" + titleMark, null, Map.of()).body().get("total")).intValue());
        assertEquals(0, ((Number) api.send("GET", "/registry?q=" + nameMark, null, Map.of()).body().get("total")).intValue(),
                "the person's name does not find the agreement");
        Answer export = api.send("GET", "/registry/export?format=json", null, Map.of());
        assertEquals(200, export.status());
        assertFalse(export.raw().body().contains(nameMark));
        // officers still see who the partner is
        assertEquals("Ibu " + nameMark + " Lestari", ((Map<?, ?>) api.get("admin", "/cooperations?q=" + titleMark)
                .list("items").get(0).get("partner")).get("name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegistryExportsAsJsonAndCsv() {
        Answer json = open("/registry/export?format=json");
        assertTrue(json.raw().headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) json.body().get("items");
        items.forEach(this::assertRegistryEntry);
        assertTrue(items.stream().anyMatch(i -> legacy.equals(i.get("id"))));
        assertTrue(items.stream().noneMatch(i -> proposal.equals(i.get("id"))));

        java.net.http.HttpResponse<String> csv;
        try {
            csv = WorkflowApi.HTTP.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(system.apiUrl() + "/registry/export?format=csv")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        assertEquals(200, csv.statusCode());
        String body = csv.body();
        assertNoPersonalData(body);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        List<String> lines = List.of(body.split("\r\n"));
        assertEquals("id,title,category,status,signedOn,startDate,endDate,parties,departments,field,documents",
                lines.get(0));
        String row = lines.stream().filter(l -> l.startsWith(legacy + ",")).findFirst().orElseThrow();
        assertTrue(row.contains(tag + " Pengelolaan Air Bersih Desa"));
        assertTrue(row.contains("sha256:" + signedSha));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith(proposal + ",")));
        assertEquals(items.size() + 1, lines.size());
        assertEquals(422, api.send("GET", "/registry/export?format=xml", null, Map.of()).status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void statsCountPublicAgreements() {
        Answer stats = open("/stats");
        assertEquals(Set.of("total", "byYear", "byCategory", "byStage", "byDepartment", "byPartnerRegion",
                "endingSoon"), stats.body().keySet());
        int total = ((Number) stats.body().get("total")).intValue();
        Answer registry = open("/registry?limit=1");
        assertEquals(((Number) registry.body().get("total")).intValue(), total);
        int byYear = ((Map<String, Number>) stats.body().get("byYear")).values().stream().mapToInt(Number::intValue).sum();
        assertEquals(total, byYear);
        assertTrue(((Map<String, Number>) stats.body().get("byDepartment")).get("DISHUB").intValue() >= 1);
        List<Map<String, Object>> ending = (List<Map<String, Object>>) stats.body().get("endingSoon");
        Map<String, Object> mine = ending.stream().filter(e -> legacy.equals(e.get("id"))).findFirst().orElseThrow();
        assertEquals(Set.of("id", "title", "endDate"), mine.keySet());
        assertEquals(legacyEnd.toString(), mine.get("endDate"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void verifyTellsTheRegisteredSignedPksFromAnyOtherFile() {
        Answer genuine = open("/verify/" + signedSha.toUpperCase());
        assertEquals(true, genuine.body().get("genuine"));
        assertEquals(signedSha, genuine.body().get("sha256"));
        Map<String, Object> agreement = (Map<String, Object>) genuine.body().get("agreement");
        assertRegistryEntry(agreement);
        assertEquals(legacy, agreement.get("id"));
        Map<String, Object> document = (Map<String, Object>) genuine.body().get("document");
        assertEquals(Set.of("type", "version", "registeredAt"), document.keySet());
        assertEquals("PKS_SIGNED", document.get("type"));
        assertEquals(1, document.get("version"));

        String random = WorkflowApi.sha256(WorkflowApi.pdf("not registered"));
        Answer other = open("/verify/" + random);
        assertEquals(false, other.body().get("genuine"));
        assertNull(other.body().get("agreement"));
        assertNull(other.body().get("document"));

        Answer bad = api.send("GET", "/verify/abc123", null, Map.of());
        assertEquals(422, bad.status());
        assertEquals("sha256", bad.list("errors").get(0).get("field"));
    }

    @Test
    void aCaseIsListedAsItNowStandsRightAfterAChange() {
        // the summary is written in the case's own transaction: the list reflects a transition at once
        Answer view = api.view("admin", dishubInitiative);
        String title = (String) view.body().get("title");
        assertEquals(title, list("admin", "stage=PERSIAPAN").list("items").stream()
                .filter(i -> dishubInitiative.equals(i.get("id"))).findFirst().orElseThrow().get("title"));
        Answer withdrawn = api.post("admin", "/cooperations/" + dishubInitiative + "/transitions",
                WorkflowApi.transition("WITHDRAW", view.version(), m("note", "Batal")));
        if (withdrawn.status() == 200) {
            assertEquals(Set.of(dishubInitiative), ids("stage=DIBATALKAN"));
            assertFalse(ids("stage=PERSIAPAN").contains(dishubInitiative));
        } else {
            fail("withdraw: " + Json.write(withdrawn.body()));
        }
    }

    @Test
    void theBackfillWritesTheSummaryOfACaseStoredWithoutOne() {
        var dynamo = system.dynamoDb();
        var key = Map.of("PK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("CASE#" + proposal),
                "SK", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("SUMMARY"));
        var written = dynamo.getItem(r -> r.tableName(system.tableName()).key(key).consistentRead(true)).item();
        assertFalse(written.isEmpty(), "the commit wrote the summary");
        dynamo.deleteItem(r -> r.tableName(system.tableName()).key(key));

        var report = id.sikerja.adapters.dynamo.SummaryBackfill.run(dynamo, system.tableName());
        assertTrue(report.written() >= 1, report.toString());
        assertEquals(written, dynamo.getItem(r -> r.tableName(system.tableName()).key(key).consistentRead(true)).item());
        var again = id.sikerja.adapters.dynamo.SummaryBackfill.run(dynamo, system.tableName());
        assertEquals(0, again.written(), "a second run finds every summary current");
        assertEquals(again.cases(), again.current());
    }
}
