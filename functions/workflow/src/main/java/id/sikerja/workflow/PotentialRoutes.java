package id.sikerja.workflow;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.IdempotentBody;
import id.sikerja.api.Json;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.PotentialJson;
import id.sikerja.api.Problem;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialDraft;
import id.sikerja.core.potentials.PotentialRequests;
import id.sikerja.core.potentials.PotentialService;
import id.sikerja.core.potentials.PotentialService.Outcome;
import id.sikerja.core.settings.DepartmentSettings;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Officers' writes of departments' potentials and needs (issue 16); the public reads them through the public
 * registry function.
 * <ul>
 *   <li>{@code POST /potentials}: a new entry (an OPD user: its own department's; an admin: the named
 *       department's) → 201 + Location. Optional {@code Idempotency-Key}: a retry gets the first answer.</li>
 *   <li>{@code PUT /potentials/{id}}: the entry's fields with the {@code version} the editor saw → 200; 409 with
 *       {@code current} on a stale version; status CLOSED archives it.</li>
 * </ul>
 * 401 without sign-in (the authorizer), 403 for roles that maintain no entries, 404 for an entry of another
 * department (an OPD user), 422 naming each bad field.
 */
final class PotentialRoutes {

    static final String CREATE = "POST /potentials";
    static final String UPDATE = "PUT /potentials/{id}";
    private static final JsonLog LOG = JsonLog.get(PotentialRoutes.class);

    private final PotentialService service;
    private final DepartmentSettings departments;
    private final String pemdaName;

    PotentialRoutes(PotentialService service, DepartmentSettings departments, String pemdaName) {
        this.service = service;
        this.departments = departments;
        this.pemdaName = pemdaName;
    }

    APIGatewayV2HTTPResponse create(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Language lang = request.language();
        if (!PotentialService.maintains(actor)) {
            throw forbidden(lang);
        }
        Map<String, Object> body = request.jsonObjectBody(WorkflowRoutes.MAX_BODY_BYTES);
        IdempotentBody<PotentialDraft> read = IdempotentBody.read(request, body, PotentialRequests::draft);
        Optional<Idempotency> idempotency = read.idempotency(CREATE, "", actor.id());
        DepartmentSettings.Names names = departments.names();
        Outcome outcome = service.create(actor, read.value(), idempotency,
                p -> Json.write(PotentialJson.entry(p, pemdaName, names::of)));
        LOG.info("potential " + outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT),
                "route", CREATE, "role", actor.role().name(),
                "potentialId", outcome instanceof Outcome.Done d ? d.potential().id() : null);
        if (outcome instanceof Outcome.Done done) {
            return answer(201, Json.write(PotentialJson.entry(done.potential(), pemdaName, names::of)),
                    done.potential().id(), false);
        } else if (outcome instanceof Outcome.Replayed replayed) {
            return answer(201, replayed.response(), String.valueOf(Json.readObject(replayed.response()).get("id")),
                    true);
        }
        throw forbiddenDepartment(lang);
    }

    APIGatewayV2HTTPResponse update(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Language lang = request.language();
        if (!PotentialService.maintains(actor)) {
            throw forbidden(lang);
        }
        String id = request.pathParameter("id");
        Map<String, Object> body = request.jsonObjectBody(WorkflowRoutes.MAX_BODY_BYTES);
        List<FieldError> errors = new ArrayList<>();
        Fields f = Fields.of(body);
        Integer version = f.integer("version", 1, Integer.MAX_VALUE);
        errors.addAll(f.errors());
        PotentialDraft draft = null;
        try {
            draft = PotentialRequests.draft(body);
        } catch (InvalidInput bad) {
            errors.addAll(bad.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Outcome outcome = service.update(actor, id, version, draft);
        LOG.info("potential " + outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT),
                "route", UPDATE, "role", actor.role().name(), "potentialId", id);
        DepartmentSettings.Names names = departments.names();
        if (outcome instanceof Outcome.Done done) {
            return answer(200, Json.write(PotentialJson.entry(done.potential(), pemdaName, names::of)), id, false);
        } else if (outcome instanceof Outcome.Stale stale) {
            throw Problem.of(409, "version-conflict", lang.pick("Peluang sudah berubah", "The entry has changed"),
                    lang.pick("Peluang ini sudah diubah orang lain sejak Anda membukanya. Periksa isinya sekarang, "
                                    + "lalu simpan lagi bila masih perlu.",
                            "Someone changed this entry after you opened it. Check how it reads now, then save "
                                    + "again if still needed."))
                    .with("current", PotentialJson.entry(stale.current(), pemdaName, names::of));
        } else if (outcome instanceof Outcome.Forbidden) {
            throw forbiddenDepartment(lang);
        }
        throw Problem.of(404, "not-found", lang.pick("Peluang tidak ditemukan", "Entry not found"),
                lang.pick("Tidak ada peluang kerja sama dengan nomor ini yang dapat Anda ubah.",
                        "There is no entry with this id that you may change."));
    }

    private static APIGatewayV2HTTPResponse answer(int status, String body, String id, boolean replayed) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        if (status == 201) {
            headers.put("Location", "/potentials/" + id);
        }
        if (replayed) {
            headers.put("Idempotent-Replayed", "true");
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers).withBody(body)
                .withIsBase64Encoded(false).build();
    }

    private static Problem forbidden(Language lang) {
        return Problem.of(403, "forbidden", lang.pick("Tidak berwenang", "Not permitted"),
                lang.pick("Hanya OPD dan admin Bagian Kerja Sama yang dapat menerbitkan potensi dan kebutuhan.",
                        "Only departments and the cooperation office's admins may publish potentials and needs."));
    }

    private static Problem forbiddenDepartment(Language lang) {
        return Problem.of(403, "forbidden", lang.pick("Tidak berwenang", "Not permitted"),
                lang.pick("Anda hanya dapat menerbitkan potensi dan kebutuhan OPD Anda sendiri.",
                        "You may publish only your own department's potentials and needs."));
    }
}
