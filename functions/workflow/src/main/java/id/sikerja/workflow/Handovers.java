package id.sikerja.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.Caller;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.Problem;
import id.sikerja.core.users.Handover;
import id.sikerja.core.users.ResponsibleOfficers;
import id.sikerja.core.users.UserAdministration;
import id.sikerja.core.users.UserDirectory;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Command;
import id.sikerja.core.workflow.Fact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Issue 18 (h18-owner): {@code POST /users/{username}/handover {successor}} (admins): the leaving officer's open
 * cases, digest subscription and (after the merge of issue 17) notifications go to the successor in one step
 * ({@link Handover}). 200 with what moved; 404 an unknown officer; 422 naming {@code successor}; 503 when the
 * directory does not answer. Repeating it moves nothing again. Logs name the outcome and counts, never a name.
 */
final class Handovers {

    private static final JsonLog LOG = JsonLog.get(Handovers.class);
    private static final int MAX_BODY_BYTES = 4 * 1024;
    private static final Set<String> MEMBERS = Set.of("successor");

    private Handovers() {
    }

    static APIGatewayV2HTTPResponse handOver(HttpRequest request, Handover handover) {
        Caller caller = Officers.signedIn(request);
        Language lang = request.language();
        if (!UserAdministration.mayManage(Officers.roles(caller))) {
            throw Problem.of(403, "admin-only", lang.pick("Hanya admin", "Admins only"),
                    lang.pick("Hanya admin Bagian Kerja Sama yang dapat mengalihkan berkas petugas.",
                            "Only the cooperation office's admins hand officers' files over."));
        }
        Map<String, Object> body = request.bodyBytes().length == 0 ? Map.of() : request.jsonObjectBody(MAX_BODY_BYTES);
        List<FieldError> errors = new java.util.ArrayList<>();
        body.keySet().stream().filter(k -> !MEMBERS.contains(k)).sorted()
                .forEach(k -> errors.add(FieldError.of(k, "unknown_field")));
        Object successor = body.get("successor");
        if (successor == null) {
            errors.add(FieldError.of("successor", "required"));
        } else if (!(successor instanceof String)) {
            errors.add(FieldError.of("successor", "not_text"));
        } else if (((String) successor).length() > 128) {
            errors.add(FieldError.of("successor", "too_long", "max", 128));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (handover == null) {
            throw unavailable(lang);
        }
        String from = request.pathParameter("username");
        Handover.Result result;
        try {
            result = handover.handOver(Officers.actor(request), from, ((String) successor).strip());
        } catch (Handover.UnknownOfficer e) {
            throw Problem.of(404, "not-found", lang.pick("Pengguna tidak ditemukan", "No such user"), null);
        } catch (UserDirectory.Unavailable e) {
            throw unavailable(lang);
        }
        LOG.info("handover", "cases", result.cases().size(), "moved", result.moved().size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", Map.of("username", result.from(), "name", result.fromName()));
        out.put("successor", Map.of("username", result.successor(), "name", result.successorName()));
        out.put("moved", result.moved().stream().map(m -> Map.of("kind", m.kind(), "id", m.id())).toList());
        out.put("cases", result.cases());
        return HttpResponses.json(200, out);
    }

    /**
     * The command with its responsible officer checked against the directory and the directory's name recorded;
     * without a directory every named officer is unknown.
     */
    static Command checked(ResponsibleOfficers officers, Command command, Collection<String> departments,
                           String caseLabel) {
        if (officers == null) {
            if (!command.facts().has(Fact.RESPONSIBLE_OFFICER)) {
                return command.withOnlyFacts(command.facts().without(Fact.RESPONSIBLE_OFFICER_NAME));
            }
            throw new InvalidInput(List.of(FieldError.of("facts." + Fact.RESPONSIBLE_OFFICER.key(), "unknown_officer")));
        }
        return officers.checked(command, departments, caseLabel == null ? "" : caseLabel);
    }

    private static Problem unavailable(Language lang) {
        return Problem.of(503, "directory-unavailable", lang.pick("Layanan akun sedang tidak tersedia",
                        "The account service is unavailable"),
                lang.pick("Coba lagi sebentar lagi.", "Try again in a moment.")).with("retryAfterSeconds", 5);
    }
}
