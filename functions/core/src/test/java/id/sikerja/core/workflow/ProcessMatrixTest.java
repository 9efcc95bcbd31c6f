package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every path × stage × action × role. The expected permissions are written out below, independently of
 * {@link ProcessDefinitions}: a change to who may do what in the table must be repeated here.
 *
 * <p>Outcome classes: NOT_APPLICABLE (the action does not exist in the stage), FORBIDDEN, or PERMITTED (anything
 * else: a transition or a gate failure — this test is about permissions; gates have their own tests). The cases
 * are partner applications of a kabupaten/kota (so the partner is the proposer and the Gubernur relay applies),
 * owned by the OPD actor's department.
 */
class ProcessMatrixTest {

    /** Present in every stage of both paths (stage-specific upload roles are listed per stage). */
    private static final String EVERY_STAGE = "RECORD_FACTS=ADMIN,OPD ASSIGN_DEPARTMENTS=ADMIN"
            + " SET_RESPONSIBLE_OFFICER=ADMIN"; // issue 18 (h18-owner): the responsible officer
    /** Present in every stage before Pelaksanaan. */
    private static final String BEFORE_IMPLEMENTATION = "WITHDRAW=ADMIN,PARTNER";

    private static final String DOMESTIC = """
            INTAKE: ACCEPT=ADMIN RETURN_FOR_REVISION=ADMIN REJECT=ADMIN UPLOAD_DOCUMENT=ADMIN,PARTNER +pre
            REVISI: RESUBMIT=ADMIN,PARTNER REJECT=ADMIN UPLOAD_DOCUMENT=ADMIN,PARTNER +pre
            PERSIAPAN: RECORD_TKKSD_ASSESSMENT=ADMIN,TKKSD COMPLETE_PREPARATION=ADMIN REJECT_BY_TKKSD=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD,TKKSD +pre
            PENAWARAN: SEND_OFFER=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PENYUSUNAN_KB: FINALIZE_KB_DRAFT=ADMIN,OPD UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PENANDATANGANAN_KB: SIGN_KB=ADMIN CONFIRM_SIGNED_COPY=ADMIN RETURN_SIGNED_COPY=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD,PARTNER +pre
            PERSETUJUAN_DPRD: SUBMIT_TO_DPRD=ADMIN DPRD_APPROVE=ADMIN DPRD_REJECT=ADMIN DPRD_DEEMED_APPROVE=ADMIN,SYSTEM UPLOAD_DOCUMENT=ADMIN +pre
            PENYUSUNAN_PKS: FINALIZE_PKS_DRAFT=ADMIN,OPD SET_AS_FRAMEWORK=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PENANDATANGANAN_PKS: SIGN_PKS=ADMIN CONFIRM_SIGNED_COPY=ADMIN RETURN_SIGNED_COPY=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD,PARTNER +pre
            PELAKSANAAN: SUBMIT_PARTNER_MONEV=ADMIN,PARTNER SUBMIT_OPD_MONEV=ADMIN,OPD RECORD_MONEV_EVALUATION=ADMIN END=ADMIN EXPIRE=ADMIN,SYSTEM UPLOAD_DOCUMENT=ADMIN,OPD,TKKSD,PARTNER RECORD_BUDGET_YEAR=ADMIN,OPD RECORD_YEAR_VALUE=ADMIN,OPD PROPOSE_AMENDMENT=ADMIN,OPD
            PENATAUSAHAAN: COMPLETE_ADMINISTRATION=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD
            PELAPORAN: SUBMIT_FINAL_REPORT=ADMIN,OPD UPLOAD_DOCUMENT=ADMIN,OPD
            """;

    private static final String FOREIGN = """
            INTAKE: ACCEPT=ADMIN RETURN_FOR_REVISION=ADMIN REJECT=ADMIN UPLOAD_DOCUMENT=ADMIN,PARTNER +pre
            REVISI: RESUBMIT=ADMIN,PARTNER REJECT=ADMIN UPLOAD_DOCUMENT=ADMIN,PARTNER +pre
            PRAKARSA: COMPLETE_INITIATIVE=ADMIN,OPD UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PENJAJAKAN: COMPLETE_EXPLORATION=ADMIN,OPD UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PERNYATAAN_KEHENDAK: RECORD_TKKSD_ASSESSMENT=ADMIN,TKKSD SIGN_LOI=ADMIN REJECT_BY_TKKSD=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD,TKKSD,PARTNER +pre
            RENCANA_KERJA_SAMA: COMPLETE_RKS=ADMIN,OPD UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PERSETUJUAN_DPRD: SUBMIT_TO_DPRD=ADMIN DPRD_APPROVE=ADMIN DPRD_REJECT=ADMIN DPRD_DEEMED_APPROVE=ADMIN,SYSTEM UPLOAD_DOCUMENT=ADMIN +pre
            VERIFIKASI_MENTERI: SEND_TO_GUBERNUR=ADMIN RECORD_GUBERNUR_RECEIPT=ADMIN RECORD_GUBERNUR_RELAY=ADMIN SEND_TO_MENTERI=ADMIN RECORD_VERIFICATION=ADMIN REJECT_BY_MENTERI=ADMIN UPLOAD_DOCUMENT=ADMIN +pre
            RANCANGAN_NASKAH: FINALIZE_NASKAH_DRAFT=ADMIN,OPD UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PEMBAHASAN: RECORD_CONFIRMATION=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PERSETUJUAN_MENTERI: RECORD_MENTERI_APPROVAL=ADMIN REJECT_BY_MENTERI=ADMIN UPLOAD_DOCUMENT=ADMIN +pre
            PENANDATANGANAN_NASKAH: SIGN_NASKAH=ADMIN CONFIRM_SIGNED_COPY=ADMIN RETURN_SIGNED_COPY=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD,PARTNER +pre
            PELAKSANAAN: SUBMIT_ANNUAL_PLAN=ADMIN,OPD SUBMIT_ANNUAL_REPORT=ADMIN REQUEST_EXTENSION=ADMIN SUBMIT_PARTNER_MONEV=ADMIN,PARTNER SUBMIT_OPD_MONEV=ADMIN,OPD RECORD_MONEV_EVALUATION=ADMIN END=ADMIN EXPIRE=ADMIN,SYSTEM UPLOAD_DOCUMENT=ADMIN,OPD,TKKSD,PARTNER RECORD_BUDGET_YEAR=ADMIN,OPD RECORD_YEAR_VALUE=ADMIN,OPD PROPOSE_AMENDMENT=ADMIN,OPD
            """;

    /** issue 13 item 8 (h-legal-c): SINERGI (PP 28/2018 Ps 46): no DPRD, no KB/PKS, no Penatausahaan/Pelaporan. */
    private static final String SINERGI = """
            INTAKE: ACCEPT=ADMIN RETURN_FOR_REVISION=ADMIN REJECT=ADMIN UPLOAD_DOCUMENT=ADMIN,PARTNER +pre
            REVISI: RESUBMIT=ADMIN,PARTNER REJECT=ADMIN UPLOAD_DOCUMENT=ADMIN,PARTNER +pre
            PERSIAPAN: COMPLETE_PREPARATION=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PENYUSUNAN_NOTA_KESEPAKATAN: FINALIZE_NOTA_DRAFT=ADMIN,OPD UPLOAD_DOCUMENT=ADMIN,OPD +pre
            PENANDATANGANAN_NOTA_KESEPAKATAN: SIGN_NOTA=ADMIN CONFIRM_SIGNED_COPY=ADMIN RETURN_SIGNED_COPY=ADMIN UPLOAD_DOCUMENT=ADMIN,OPD,PARTNER +pre
            RENCANA_AKSI: COMPLETE_RENCANA_AKSI=ADMIN,OPD UPLOAD_DOCUMENT=ADMIN,OPD,PARTNER +pre
            PELAKSANAAN: SUBMIT_PARTNER_MONEV=ADMIN,PARTNER SUBMIT_OPD_MONEV=ADMIN,OPD RECORD_MONEV_EVALUATION=ADMIN END=ADMIN EXPIRE=ADMIN,SYSTEM UPLOAD_DOCUMENT=ADMIN,OPD,TKKSD,PARTNER RECORD_BUDGET_YEAR=ADMIN,OPD RECORD_YEAR_VALUE=ADMIN,OPD PROPOSE_AMENDMENT=ADMIN,OPD
            """;

    // issue 18 (h18-amend): Pelaksanaan offers PROPOSE_AMENDMENT (admin, OPD) while no amendment is open, and the
    // TKKSD uploads its review of one (KAJIAN_TKKSD); the amendment's later steps apply only once one is open
    // (AmendmentsTest checks who may take them).

    enum Outcome { NOT_APPLICABLE, FORBIDDEN, PERMITTED }

    /** stage → action → roles permitted. */
    private static Map<Stage, Map<Action, Set<Role>>> parse(String matrix) {
        Map<Stage, Map<Action, Set<Role>>> out = new EnumMap<>(Stage.class);
        for (String line : matrix.strip().split("\n")) {
            String[] head = line.split(":", 2);
            Stage stage = Stage.valueOf(head[0].strip());
            Map<Action, Set<Role>> actions = new LinkedHashMap<>();
            String body = head[1].replace("+pre", BEFORE_IMPLEMENTATION) + " " + EVERY_STAGE;
            for (String cell : body.strip().split("\\s+")) {
                String[] kv = cell.split("=");
                EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                for (String r : kv[1].split(",")) {
                    roles.add(Role.valueOf(r));
                }
                if (actions.put(Action.valueOf(kv[0]), roles) != null) {
                    throw new IllegalStateException("twice: " + cell + " in " + stage);
                }
            }
            out.put(stage, actions);
        }
        return out;
    }

    private static final Map<Stage, Map<Action, Set<Role>>> DOMESTIC_EXPECTED = parse(DOMESTIC);
    private static final Map<Stage, Map<Action, Set<Role>>> FOREIGN_EXPECTED = parse(FOREIGN);
    private static final Map<Stage, Map<Action, Set<Role>>> SINERGI_EXPECTED = parse(SINERGI);

    static Stream<Arguments> everyCombination() {
        List<Arguments> out = new ArrayList<>();
        for (Category c : Category.values()) {
            for (Stage s : Stage.values()) {
                for (Action a : Action.values()) {
                    out.add(Arguments.of(c, s, a));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyCombination")
    void permissionsMatchTheExpectationMatrix(Category category, Stage stage, Action action) {
        Map<Action, Set<Role>> expectedInStage = (category == Category.SINERGI ? SINERGI_EXPECTED
                : category.isForeign() ? FOREIGN_EXPECTED : DOMESTIC_EXPECTED)
                .getOrDefault(stage, Map.of());
        Set<Role> permitted = expectedInStage.get(action);
        CaseState state = Fixtures.bare("C-1", category, stage, Origin.PARTNER_APPLICATION);
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Role role : Role.values()) {
            Outcome expected = permitted == null ? Outcome.NOT_APPLICABLE
                    : permitted.contains(role) ? Outcome.PERMITTED : Outcome.FORBIDDEN;
            Outcome actual = outcome(state, role, action);
            checks.add(() -> assertEquals(expected, actual, role + " " + action + " in " + category + "/" + stage));
        }
        assertAll(checks);
    }

    /** Upload is permitted when the role may upload at least one document type here. */
    private static Outcome outcome(CaseState state, Role role, Action action) {
        Actor actor = Fixtures.actorFor(role, state.id());
        if (action == Action.UPLOAD_DOCUMENT) {
            Outcome best = null;
            for (DocumentType t : DocumentType.values()) {
                Outcome o = classify(Fixtures.WORKFLOW.decide(state, actor,
                        Command.of(action).withDocument(Fixtures.upload(t)), Fixtures.at(2026, 6, 2)));
                if (o == Outcome.PERMITTED) {
                    return o;
                }
                best = o;
            }
            return best;
        }
        return classify(Fixtures.WORKFLOW.decide(state, actor, Command.of(action), Fixtures.at(2026, 6, 2)));
    }

    private static Outcome classify(Decision d) {
        if (d instanceof Refusal.NotApplicable) {
            return Outcome.NOT_APPLICABLE;
        }
        if (d instanceof Refusal.Forbidden) {
            return Outcome.FORBIDDEN;
        }
        assertFalse(d instanceof Refusal.InvalidCommand, "an empty command is never malformed: " + d);
        return Outcome.PERMITTED;
    }
}
