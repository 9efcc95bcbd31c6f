package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static id.sikerja.core.workflow.DocumentType.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Who may register which document in which stage, written out independently of {@link ProcessDefinitions}.
 * Non-admin roles get exactly what their stage lists; admins get the stage's documents and those of earlier stages.
 */
class DocumentPermissionTest {

    // issue 18 (h18-amend): in Pelaksanaan the amendment's draft and signed copy, the TKKSD's review of it and the
    // letter ending the agreement early
    private static final String DOMESTIC = """
            REVISI: PARTNER=SURAT_PERMOHONAN,SURAT_PENAWARAN,KAK,STUDI_KELAYAKAN
            PERSIAPAN: OPD=KAK,STUDI_KELAYAKAN,SURAT_PERMOHONAN,DASAR_JANGKA_WAKTU TKKSD=KAJIAN_TKKSD
            PENAWARAN: OPD=SURAT_PENAWARAN,SURAT_JAWABAN
            PENYUSUNAN_KB: OPD=KB_DRAFT
            PENANDATANGANAN_KB: OPD=KB_SIGNED PARTNER=KB_SIGNED
            PENYUSUNAN_PKS: OPD=PKS_DRAFT,DASAR_JANGKA_WAKTU
            PENANDATANGANAN_PKS: OPD=PKS_SIGNED,SURAT_KUASA,DASAR_JANGKA_WAKTU PARTNER=PKS_SIGNED
            PELAKSANAAN: OPD=MONEV_REPORT,EVIDENCE,LAPORAN,BERITA_ACARA,DASAR_JANGKA_WAKTU,ADENDUM_DRAFT,ADENDUM_SIGNED,SURAT_PENGAKHIRAN PARTNER=MONEV_REPORT,EVIDENCE,ADENDUM_SIGNED TKKSD=KAJIAN_TKKSD
            PENATAUSAHAAN: OPD=BERITA_ACARA
            PELAPORAN: OPD=LAPORAN
            """;

    private static final String FOREIGN = """
            REVISI: PARTNER=SURAT_PERMOHONAN,SURAT_PENAWARAN,KAK,STUDI_KELAYAKAN
            PRAKARSA: OPD=SURAT_PERMOHONAN,SURAT_PENAWARAN,KAK
            PENJAJAKAN: OPD=KAK,BERITA_ACARA
            PERNYATAAN_KEHENDAK: TKKSD=KAJIAN_TKKSD OPD=LOI PARTNER=LOI
            RENCANA_KERJA_SAMA: OPD=RKS
            RANCANGAN_NASKAH: OPD=NASKAH_DRAFT
            PEMBAHASAN: OPD=NASKAH_DRAFT
            PENANDATANGANAN_NASKAH: OPD=NASKAH_SIGNED PARTNER=NASKAH_SIGNED
            PELAKSANAAN: OPD=MONEV_REPORT,EVIDENCE,LAPORAN,BERITA_ACARA,RENCANA_KEGIATAN_TAHUNAN,ADENDUM_DRAFT,ADENDUM_SIGNED,SURAT_PENGAKHIRAN PARTNER=MONEV_REPORT,EVIDENCE,ADENDUM_SIGNED TKKSD=KAJIAN_TKKSD
            """;

    /** issue 13 item 8 (h-legal-c): SINERGI's Nota Kesepakatan and Rencana Aksi / Rencana Kerja. */
    private static final String SINERGI = """
            REVISI: PARTNER=SURAT_PERMOHONAN,SURAT_PENAWARAN,KAK,STUDI_KELAYAKAN
            PERSIAPAN: OPD=KAK,SURAT_PERMOHONAN
            PENYUSUNAN_NOTA_KESEPAKATAN: OPD=NOTA_KESEPAKATAN_DRAFT
            PENANDATANGANAN_NOTA_KESEPAKATAN: OPD=NOTA_KESEPAKATAN_SIGNED PARTNER=NOTA_KESEPAKATAN_SIGNED
            RENCANA_AKSI: OPD=RENCANA_KERJA PARTNER=RENCANA_KERJA
            PELAKSANAAN: OPD=MONEV_REPORT,EVIDENCE,LAPORAN,BERITA_ACARA,ADENDUM_DRAFT,ADENDUM_SIGNED,SURAT_PENGAKHIRAN PARTNER=MONEV_REPORT,EVIDENCE,ADENDUM_SIGNED TKKSD=KAJIAN_TKKSD
            """;

    private static Map<Stage, Map<Role, Set<DocumentType>>> parse(String text) {
        Map<Stage, Map<Role, Set<DocumentType>>> out = new EnumMap<>(Stage.class);
        for (String line : text.strip().split("\n")) {
            String[] head = line.split(":", 2);
            Map<Role, Set<DocumentType>> byRole = new EnumMap<>(Role.class);
            for (String cell : head[1].strip().split("\\s+")) {
                String[] kv = cell.split("=");
                EnumSet<DocumentType> types = EnumSet.noneOf(DocumentType.class);
                for (String t : kv[1].split(",")) {
                    types.add(DocumentType.valueOf(t));
                }
                byRole.put(Role.valueOf(kv[0]), types);
            }
            out.put(Stage.valueOf(head[0].strip()), byRole);
        }
        return out;
    }

    /**
     * At intake the partner attaches its application's documents through the tracking link (issue 14): the surat
     * permohonan, and the KAK (KSDD, foreign) or the studi kelayakan (KSDPK); nothing else, and no other role.
     */
    private static final Map<Category, Set<DocumentType>> INTAKE_PARTNER = Map.of(
            Category.KSDD, EnumSet.of(SURAT_PERMOHONAN, KAK),
            Category.KSDPK, EnumSet.of(SURAT_PERMOHONAN, STUDI_KELAYAKAN),
            Category.KSDPL, EnumSet.of(SURAT_PERMOHONAN, KAK),
            Category.KSDLL, EnumSet.of(SURAT_PERMOHONAN, KAK),
            Category.SINERGI, EnumSet.of(SURAT_PERMOHONAN, KAK));

    private static final Map<Stage, Map<Role, Set<DocumentType>>> DOMESTIC_EXPECTED = parse(DOMESTIC);
    private static final Map<Stage, Map<Role, Set<DocumentType>>> FOREIGN_EXPECTED = parse(FOREIGN);
    private static final Map<Stage, Map<Role, Set<DocumentType>>> SINERGI_EXPECTED = parse(SINERGI);

    static Stream<Arguments> stages() {
        List<Arguments> out = new ArrayList<>();
        for (Category c : Category.values()) {
            List<Stage> stages = new ArrayList<>(List.of(Stage.INTAKE, Stage.REVISI));
            stages.addAll(ProcessDefinitions.table(c).path());
            stages.forEach(s -> out.add(Arguments.of(c, s)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("stages")
    void nonAdminRolesUploadExactlyTheirStagesDocuments(Category category, Stage stage) {
        Map<Role, Set<DocumentType>> expected = stage == Stage.INTAKE
                ? Map.of(Role.PARTNER, INTAKE_PARTNER.get(category))
                : (category == Category.SINERGI ? SINERGI_EXPECTED
                        : category.isForeign() ? FOREIGN_EXPECTED : DOMESTIC_EXPECTED).getOrDefault(stage, Map.of());
        CaseState state = Fixtures.bare("C-9", category, stage, Origin.PARTNER_APPLICATION);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Role role : EnumSet.of(Role.PARTNER, Role.OPD, Role.TKKSD, Role.PIMPINAN, Role.SYSTEM)) {
            for (DocumentType t : DocumentType.values()) {
                boolean allowed = expected.getOrDefault(role, Set.of()).contains(t);
                Decision d = Fixtures.WORKFLOW.decide(state, Fixtures.actorFor(role, state.id()),
                        Command.of(Action.UPLOAD_DOCUMENT).withDocument(Fixtures.upload(t)), Fixtures.at(2026, 6, 2));
                checks.add(() -> assertEquals(allowed, d instanceof Transition,
                        role + " uploads " + t + " in " + category + "/" + stage + ": " + d));
            }
        }
        assertAll(checks);
    }

    @Test
    void adminsUploadTheStagesDocumentsAndEarlierOnesOnly() {
        ProcessTable ksdd = ProcessDefinitions.table(Category.KSDD);
        assertEquals(EnumSet.of(SURAT_PERMOHONAN, SURAT_PENAWARAN, KAK, STUDI_KELAYAKAN),
                ksdd.documentTypes(Stage.INTAKE, Role.ADMIN));
        assertEquals(EnumSet.of(SURAT_PERMOHONAN, SURAT_PENAWARAN, KAK, STUDI_KELAYAKAN, KAJIAN_TKKSD, SURAT_JAWABAN,
                        DASAR_JANGKA_WAKTU),
                ksdd.documentTypes(Stage.PENAWARAN, Role.ADMIN));
        assertEquals(EnumSet.of(SURAT_PERMOHONAN, SURAT_PENAWARAN, KAK, STUDI_KELAYAKAN, KAJIAN_TKKSD, SURAT_JAWABAN,
                        KB_DRAFT, KB_SIGNED, DPRD_REQUEST, DPRD_DECISION, PKS_DRAFT, PKS_SIGNED, SURAT_KUASA, MONEV_REPORT,
                        EVIDENCE, LAPORAN, BERITA_ACARA, DASAR_JANGKA_WAKTU,
                        ADENDUM_DRAFT, ADENDUM_SIGNED, SURAT_PENGAKHIRAN), // issue 18 (h18-amend)
                ksdd.documentTypes(Stage.PELAKSANAAN, Role.ADMIN));

        CaseState persiapan = Fixtures.bare("C-2", Category.KSDD, Stage.PERSIAPAN, Origin.DEPARTMENT);
        Decision tooEarly = Fixtures.WORKFLOW.decide(persiapan, Actor.admin("a"),
                Command.of(Action.UPLOAD_DOCUMENT).withDocument(Fixtures.upload(PKS_SIGNED)), Fixtures.at(2026, 6, 2));
        assertInstanceOf(Refusal.Forbidden.class, tooEarly);

        CaseState running = Fixtures.bare("C-3", Category.KSDPL, Stage.PELAKSANAAN, Origin.DEPARTMENT);
        Decision late = Fixtures.WORKFLOW.decide(running, Actor.admin("a"),
                Command.of(Action.UPLOAD_DOCUMENT).withDocument(Fixtures.upload(LOI)), Fixtures.at(2026, 6, 2));
        assertInstanceOf(Transition.class, late, "a late LoI scan is accepted from an admin");
    }

    @Test
    void versionsAreAppendedNeverOverwritten() {
        CaseState s = Fixtures.bare("C-4", Category.KSDD, Stage.PENYUSUNAN_KB, Origin.DEPARTMENT);
        Actor opd = Actor.opd("u", Fixtures.DEPT);
        for (int i = 0; i < 3; i++) {
            s = Fixtures.accepted(Fixtures.WORKFLOW.decide(s, opd,
                    Command.of(Action.UPLOAD_DOCUMENT).withDocument(Fixtures.upload(KB_DRAFT)),
                    Fixtures.at(2026, 6, 2 + i))).state();
        }
        List<DocumentVersion> versions = s.documents().versions(KB_DRAFT);
        assertEquals(List.of(1, 2, 3), versions.stream().map(DocumentVersion::version).toList());
        assertEquals(3, versions.stream().map(DocumentVersion::sha256).distinct().count());
        assertEquals("u", versions.get(0).registeredBy());
        assertEquals(Role.OPD, versions.get(0).registeredByRole());
        assertEquals(Fixtures.at(2026, 6, 2), versions.get(0).registeredAt());
        assertEquals(4, s.version(), "each accepted command increments the version");
    }

    @Test
    void malformedUploadsAreInvalid() {
        CaseState s = Fixtures.bare("C-5", Category.KSDD, Stage.PENYUSUNAN_KB, Origin.DEPARTMENT);
        Decision d = Fixtures.WORKFLOW.decide(s, Actor.admin("a"), Command.of(Action.UPLOAD_DOCUMENT)
                .withDocument(new DocumentUpload(KB_DRAFT, "k", "not-a-hash", "x.pdf")), Fixtures.at(2026, 6, 2));
        assertInstanceOf(Refusal.InvalidCommand.class, d);
    }
}
