package id.sikerja.adapters.dynamo;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.workflow.Action;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentRef;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentUpload;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.DprdOutcome;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.MonevCriterion;
import id.sikerja.core.workflow.MonevEntry;
import id.sikerja.core.workflow.MonevEvaluation;
import id.sikerja.core.workflow.MonevKind;
import id.sikerja.core.workflow.MonevPeriod;
import id.sikerja.core.workflow.MonevRecommendation;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Signatory;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.workflow.TkksdRecommendation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** A case with everything the workflow can record survives a trip through DynamoDB Local unchanged. */
class CaseItemsTest {

    private static LocalTable local;

    @BeforeAll
    static void start() throws Exception {
        local = LocalTable.start();
    }

    @AfterAll
    static void stop() throws Exception {
        local.close();
    }

    static CaseRecord fullCase(String id) {
        Instant t = Instant.parse("2026-06-11T02:15:30.123456Z");
        Actor admin = Actor.admin("5a1e7c2d-0001");
        Documents docs = Documents.empty()
                .register(new DocumentUpload(DocumentType.PKS_SIGNED, "cases/" + id + "/pks-v1.pdf", "a".repeat(64),
                        "PKS final.pdf"), t, admin)
                .register(new DocumentUpload(DocumentType.PKS_SIGNED, "cases/" + id + "/pks-v2.pdf", "b".repeat(64),
                        null), t.plusSeconds(60), Actor.partner(id))
                .register(new DocumentUpload(DocumentType.MONEV_REPORT, "cases/" + id + "/monev.pdf", "c".repeat(64),
                        "laporan, semester 1.pdf"), t.plusSeconds(120), Actor.opd("opd-1", "DINKES"));
        Facts facts = Facts.empty()
                .with(Fact.DPRD_BURDENS_PUBLIC, true)
                .with(Fact.DPRD_FUNDING_UNBUDGETED, false)
                .with(Fact.TKKSD_RECOMMENDATION, TkksdRecommendation.SETUJU)
                .with(Fact.PKS_SIGNED_ON, LocalDate.of(2026, 6, 10))
                .with(Fact.SIGNATORY, Signatory.PEJABAT_OPD)
                .with(Fact.TERM_START, LocalDate.of(2026, 7, 1))
                .with(Fact.TERM_MONTHS, 36)
                .with(Fact.AGREEMENT_NUMBER, "180/12/HK, 2026")
                .with(Fact.DPRD_OUTCOME, DprdOutcome.DIANGGAP_DISETUJUI)
                .with(Fact.BUDGET_AMOUNT, new BigDecimal("1250000000.50"))
                .with(Fact.BUDGET_YEAR, 2026);
        MonevPeriod s1 = MonevPeriod.containing(LocalDate.of(2026, 7, 1), 6);
        MonevEvaluation eval = new MonevEvaluation(Arrays.stream(MonevCriterion.values())
                .collect(Collectors.toMap(c -> c, c -> c.ordinal() % 5 + 1)), 4, MonevRecommendation.PERLUAS,
                // issue 18: the verified activities the criteria cite, in the order cited
                java.util.Map.of(MonevCriterion.CAPAIAN_INDIKATOR, List.of("act-2", "act-1"),
                        MonevCriterion.DOKUMENTASI, List.of("act-1")));
        List<MonevEntry> monev = List.of(
                new MonevEntry(MonevKind.PARTNER_REPORT, s1, t, id, Role.PARTNER, "Laporan mitra",
                        List.of(new DocumentRef(DocumentType.MONEV_REPORT, 1)), Optional.empty()),
                new MonevEntry(MonevKind.EVALUATION, s1, t.plusSeconds(5), "admin-1", Role.ADMIN, "",
                        List.of(), Optional.of(eval)));
        List<DueDate> due = List.of(
                new DueDate(DueDateKind.AGREEMENT_END, LocalDate.of(2029, 6, 30),
                        EnumSet.of(Role.ADMIN, Role.OPD, Role.PARTNER), Text.of("", "")),
                new DueDate(DueDateKind.EXPIRY_REMINDER, LocalDate.of(2029, 1, 1), Set.of(Role.ADMIN),
                        Text.of("180 hari sebelum berakhir", "180 days before the end")));
        CaseState st = new CaseState(id, Category.KSDPK, Optional.empty(), Optional.of(KsdpkInitiative.PIHAK_KETIGA),
                Origin.CHILD_PKS, Stage.PELAKSANAAN, t, List.of("DINKES", "BAPPEDA"), 12, facts, docs, monev, due,
                Optional.of("KB-parent"), Optional.of("previous-agreement"), Optional.of(EndReason.TUJUAN_TERCAPAI),
                t.minusSeconds(86_400));
        Partner partner = new Partner("PT Air Bersih", PartnerType.BADAN_USAHA, "Kota Balikpapan", "Jl. Sudirman 1",
                "Budi", "budi@example.co.id", "+62 812 0000");
        Proposal proposal = new Proposal(Category.KSDPK, null, KsdpkInitiative.PIHAK_KETIGA, partner, "Air minum",
                "Latar", "Tujuan", "Ruang lingkup", "Manfaat", "Kariangau", 36, "Mitra", List.of("DINKES"));
        return new CaseRecord("KS-2026-7K3QZP", proposal, st, t.plusSeconds(300));
    }

    @Test
    void aFullCaseRoundTrips() {
        CaseRecord c = fullCase("RT-1");
        local.client().putItem(r -> r.tableName(LocalTable.TABLE).item(CaseItems.toItem(c)));
        Map<String, AttributeValue> read = local.client().getItem(r -> r.tableName(LocalTable.TABLE)
                .key(Map.of("PK", AttributeValue.fromS("CASE#RT-1"), "SK", AttributeValue.fromS("META")))).item();
        CaseRecord back = CaseItems.fromItem(read);
        assertEquals(c.state(), back.state());
        assertEquals(c, back);
        assertEquals(2, back.state().documents().versions(DocumentType.PKS_SIGNED).size());
        assertEquals(Role.PARTNER, back.state().documents().latest(DocumentType.PKS_SIGNED).orElseThrow().registeredByRole());
    }

    @Test
    void aCaseWithoutOptionalsRoundTrips() {
        CaseRecord full = fullCase("RT-2");
        CaseState bare = new CaseState("RT-2", Category.KSDPL, Optional.empty(), Optional.empty(), Origin.DEPARTMENT,
                Stage.PRAKARSA, full.updatedAt(), List.of(), 1, Facts.empty(), Documents.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), full.updatedAt());
        CaseRecord c = new CaseRecord(null, full.proposal(), bare, full.updatedAt());
        local.client().putItem(r -> r.tableName(LocalTable.TABLE).item(CaseItems.toItem(c)));
        Map<String, AttributeValue> read = local.client().getItem(r -> r.tableName(LocalTable.TABLE)
                .key(Map.of("PK", AttributeValue.fromS("CASE#RT-2"), "SK", AttributeValue.fromS("META")))).item();
        assertEquals(c, CaseItems.fromItem(read));
    }

    @Test
    void eventsAndDueDatesRoundTrip() {
        CaseRecord c = fullCase("RT-3");
        TimelineEvent e = new TimelineEvent(Instant.parse("2026-06-11T02:15:30.5Z"), "admin-1", Role.ADMIN,
                Action.SIGN_PKS, Optional.of(Stage.PENANDATANGANAN_PKS), Stage.PELAKSANAAN, "Ditandatangani",
                Map.of("pksSignedOn", "2026-06-10", "termMonths", "36"),
                List.of(new DocumentRef(DocumentType.PKS_SIGNED, 2)), Optional.of(EndReason.TUJUAN_TERCAPAI));
        local.client().putItem(r -> r.tableName(LocalTable.TABLE).item(CaseItems.toItem("RT-3", e, 0)));
        TimelineEvent first = new TimelineEvent(e.at(), "RT-3", Role.PARTNER, Action.SUBMIT_APPLICATION,
                Optional.empty(), Stage.INTAKE, "", Map.of(), List.of(), Optional.empty());
        local.client().putItem(r -> r.tableName(LocalTable.TABLE).item(CaseItems.toItem("RT-3", first, 1)));
        List<TimelineEvent> events = local.client().query(r -> r.tableName(LocalTable.TABLE)
                        .keyConditionExpression("PK = :pk AND begins_with(SK, :e)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CASE#RT-3"),
                                ":e", AttributeValue.fromS("EVENT#"))))
                .items().stream().map(CaseItems::eventFromItem).toList();
        assertEquals(List.of(e, first), events);

        DueDate d = c.state().dueDates().get(1);
        local.client().putItem(r -> r.tableName(LocalTable.TABLE).item(CaseItems.dueItem(c.state(), d)));
        Map<String, AttributeValue> item = local.client().getItem(r -> r.tableName(LocalTable.TABLE)
                .key(CaseItems.dueKey("RT-3", d))).item();
        // a point reminder: in the partition of its day
        assertEquals("REMIND#2029-01-01", item.get("GSI2PK").s());
        assertEquals("RT-3#EXPIRY_REMINDER#2029-01-01", item.get("GSI2SK").s());
        var entry = CaseItems.dueEntryFromItem(item);
        assertEquals(d.kind(), entry.kind());
        assertEquals(d.date(), entry.date());
        assertEquals(d.recipients(), entry.recipients());
        assertEquals(d.note(), entry.note());
        assertEquals(Stage.PELAKSANAAN, entry.stage());
        assertEquals(List.of("DINKES", "BAPPEDA"), entry.departments());
    }
}
