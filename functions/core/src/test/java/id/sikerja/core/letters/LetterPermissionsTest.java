package id.sikerja.core.letters;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.LetterTemplate;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.ProcessDefinitions;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may generate which letter in which stage (issue 17): read from {@link ProcessDefinitions#LETTERS} and the
 * stage's uploads, checked for every role — the admin, the case's own department, another department, a TKKSD
 * member (also one scoped to the department), a leader and the partner.
 */
class LetterPermissionsTest {

    private static final Instant NOW = Instant.parse("2026-06-02T02:00:00Z");
    private static final Workflow WORKFLOW = Workflow.withDefaults();

    private static final Actor ADMIN = Actor.admin("admin-sub");
    private static final Actor OWN_OPD = Actor.opd("opd-sub", "DINKES");
    private static final Actor OTHER_OPD = Actor.opd("opd-2-sub", "DISHUB");
    private static final Actor TKKSD = Actor.tkksd("tkksd-sub");
    private static final Actor TKKSD_LOKUS = Actor.tkksdLokus("tkksd-2-sub", "DINKES");
    private static final Actor PIMPINAN = new Actor(id.sikerja.core.workflow.Role.PIMPINAN, "pimpinan-sub", Optional.empty());

    /** Where each template belongs on the domestic path, and who of the case's officers may generate it there. */
    private static final Map<Stage, Set<LetterTemplate>> ADMIN_MAY = Map.of(
            Stage.PENAWARAN, EnumSet.of(LetterTemplate.SURAT_PENAWARAN, LetterTemplate.SURAT_JAWABAN),
            Stage.PENYUSUNAN_KB, EnumSet.of(LetterTemplate.RANCANGAN_KB),
            Stage.PERSETUJUAN_DPRD, EnumSet.of(LetterTemplate.PERMOHONAN_DPRD),
            Stage.PENYUSUNAN_PKS, EnumSet.of(LetterTemplate.RANCANGAN_PKS));
    private static final Map<Stage, Set<LetterTemplate>> OWN_OPD_MAY = Map.of(
            Stage.PENAWARAN, EnumSet.of(LetterTemplate.SURAT_PENAWARAN, LetterTemplate.SURAT_JAWABAN),
            Stage.PENYUSUNAN_KB, EnumSet.of(LetterTemplate.RANCANGAN_KB),
            Stage.PENYUSUNAN_PKS, EnumSet.of(LetterTemplate.RANCANGAN_PKS));

    @ParameterizedTest
    @EnumSource(value = Category.class, names = {"KSDD", "KSDPK"})
    void onTheDomesticPathEachRoleMayGenerateExactlyWhatTheProcessTableGivesItInEachStage(Category category) {
        for (Stage stage : List.of(Stage.PERSIAPAN, Stage.PENAWARAN, Stage.PENYUSUNAN_KB, Stage.PENANDATANGANAN_KB,
                Stage.PERSETUJUAN_DPRD, Stage.PENYUSUNAN_PKS, Stage.PENANDATANGANAN_PKS, Stage.PELAKSANAAN)) {
            CaseState s = caseAt(category, stage);
            assertEquals(ADMIN_MAY.getOrDefault(stage, Set.of()), set(s, ADMIN), category + " " + stage + " admin");
            assertEquals(OWN_OPD_MAY.getOrDefault(stage, Set.of()), set(s, OWN_OPD),
                    category + " " + stage + " the case's department");
            for (Actor nobody : List.of(OTHER_OPD, TKKSD, TKKSD_LOKUS, PIMPINAN, Actor.partner(s.id()))) {
                assertEquals(Set.of(), set(s, nobody), category + " " + stage + " " + nobody.role());
            }
        }
    }

    @Test
    void aForeignOfferLetterIsGeneratedAtPrakarsaByTheAdminOrTheCasesDepartmentAndNothingElseOnThatPath() {
        for (Category category : List.of(Category.KSDPL, Category.KSDLL)) {
            CaseState s = caseAt(category, Stage.PRAKARSA);
            assertEquals(Set.of(LetterTemplate.SURAT_PENAWARAN), set(s, ADMIN));
            assertEquals(Set.of(LetterTemplate.SURAT_PENAWARAN), set(s, OWN_OPD));
            assertEquals(Set.of(), set(s, OTHER_OPD));
            assertEquals(Set.of(), set(s, TKKSD));
            assertEquals(Set.of(), set(caseAt(category, Stage.RANCANGAN_NASKAH), ADMIN), "no naskah template");
        }
    }

    @Test
    void sinergiHasNoTemplate() {
        for (Stage stage : List.of(Stage.PERSIAPAN, Stage.PENYUSUNAN_NOTA_KESEPAKATAN)) {
            assertEquals(Set.of(), set(caseAt(Category.SINERGI, stage), ADMIN));
        }
    }

    @Test
    void everyTemplateHasARuleAndEachRuleNamesAStageThatAcceptsItsDocumentFromItsRoles() {
        for (LetterTemplate t : LetterTemplate.values()) {
            assertTrue(ProcessDefinitions.LETTERS.stream().anyMatch(r -> r.template() == t), t.name());
        }
        ProcessDefinitions.LETTERS.forEach(rule -> rule.categories().forEach(category -> rule.stages().stream()
                .filter(stage -> ProcessDefinitions.table(category).path().contains(stage))
                .forEach(stage -> rule.roles().forEach(role -> assertTrue(
                        ProcessDefinitions.table(category).documentTypes(stage, role)
                                .contains(rule.template().documentType()),
                        rule.template() + " " + category + " " + stage + " " + role)))));
    }

    private static Set<LetterTemplate> set(CaseState s, Actor actor) {
        List<LetterTemplate> allowed = LetterService.allowed(WORKFLOW, s, actor, NOW);
        return allowed.isEmpty() ? Set.of() : EnumSet.copyOf(allowed);
    }

    static CaseState caseAt(Category category, Stage stage) {
        Instant t = NOW.minus(Duration.ofDays(30));
        return new CaseState("case-1", category,
                category == Category.KSDD ? Optional.of(KsddKind.SUKARELA) : Optional.empty(),
                category == Category.KSDPK ? Optional.of(KsdpkInitiative.PIHAK_KETIGA) : Optional.empty(),
                Origin.PARTNER_APPLICATION, stage, t, List.of("DINKES"), 7,
                Facts.empty().with(Fact.DPRD_BURDENS_PUBLIC, true).with(Fact.DPRD_FUNDING_UNBUDGETED, false),
                Documents.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), t);
    }

}
