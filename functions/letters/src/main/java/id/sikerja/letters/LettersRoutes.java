package id.sikerja.letters;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.IdempotentBody;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.Problem;
import id.sikerja.api.Route;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.letters.LetterFields;
import id.sikerja.core.letters.LetterService;
import id.sikerja.core.letters.LetterTemplateStore.TemplateVersion;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.Fields;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.validation.Language;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.LetterTemplate;
import id.sikerja.core.workflow.Text;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The letters function's routes (issue 17). Officers (JWT authorizer):
 * <ul>
 *   <li>{@code GET /cooperations/{id}/letters}: the templates the caller may generate on the case now;</li>
 *   <li>{@code POST /cooperations/{id}/letters {template}}: generate one, registered as the case's next version of
 *       its document type → 201 with the version, its SHA-256, the download route and the placeholders the case had
 *       no data for ({@code missing}); optional Idempotency-Key (a retry answers the same version, creates none).</li>
 * </ul>
 * Admins: {@code GET /settings/letter-templates} (each template's current version and the placeholders),
 * {@code GET /settings/letter-templates/{name}} (its DOCX, base64), {@code PUT /settings/letter-templates/{name}
 * {version, fileName, contentBase64}} (a new version: a DOCX with known placeholders only, else 422 naming each
 * unknown one; 409 when {@code version} is not the current one), {@code POST /settings/letter-templates/{name}/reset
 * {version}} (back to the shipped default, as a new version).
 */
final class LettersRoutes {

    static final String AVAILABLE = "GET /cooperations/{id}/letters";
    static final String GENERATE = LetterService.GENERATE_ROUTE;
    static final String LIST_TEMPLATES = "GET /settings/letter-templates";
    static final String GET_TEMPLATE = "GET /settings/letter-templates/{name}";
    static final String PUT_TEMPLATE = "PUT /settings/letter-templates/{name}";
    static final String RESET_TEMPLATE = "POST /settings/letter-templates/{name}/reset";
    static final Set<String> ROUTES = Set.of(AVAILABLE, GENERATE, LIST_TEMPLATES, GET_TEMPLATE, PUT_TEMPLATE,
            RESET_TEMPLATE);
    static final int MAX_BODY = 1024;
    /** A template of {@link LetterService#MAX_TEMPLATE_BYTES} in base64, with the other members. */
    static final int MAX_TEMPLATE_BODY = LetterService.MAX_TEMPLATE_BYTES / 3 * 4 + 8 * 1024;
    private static final JsonLog LOG = JsonLog.get(LettersRoutes.class);

    private final LetterService letters;

    LettersRoutes(LetterService letters) {
        this.letters = letters;
    }

    HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(AVAILABLE, this::available);
        routes.put(GENERATE, this::generate);
        routes.put(LIST_TEMPLATES, this::listTemplates);
        routes.put(GET_TEMPLATE, this::getTemplate);
        routes.put(PUT_TEMPLATE, this::putTemplate);
        routes.put(RESET_TEMPLATE, this::resetTemplate);
        return HttpFunction.serving(ROUTES, routes);
    }

    // =====================================================================================================
    // Generating
    // =====================================================================================================

    APIGatewayV2HTTPResponse available(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Language lang = request.language();
        List<LetterTemplate> templates = letters.available(request.pathParameter("id"), actor)
                .orElseThrow(() -> caseNotFound(lang));
        return HttpResponses.json(200, Map.of("templates", templates.stream().map(t -> template(t)).toList()));
    }

    APIGatewayV2HTTPResponse generate(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Language lang = request.language();
        String caseId = request.pathParameter("id");
        IdempotentBody<String> body = IdempotentBody.read(request, request.jsonObjectBody(MAX_BODY), values -> {
            Fields f = Fields.of(values);
            for (String name : values.keySet()) {
                if (!name.equals("template")) {
                    f.reject(name, "unknown_field", Map.of());
                }
            }
            String template = f.text("template", 1, 64);
            f.throwIfInvalid();
            return template;
        });
        java.util.Optional<Idempotency> idempotency = body.key().map(k -> Idempotency.of(k, GENERATE, caseId,
                actor.id(), body.fingerprint()));
        LetterService.Generated g = letters.generate(caseId, actor, body.value(), idempotency)
                .orElseThrow(() -> caseNotFound(lang));
        LOG.info(g.replayed() ? "letter replayed" : "letter generated", "caseId", caseId,
                "template", g.template().slug(), "version", g.version(), "missing", g.missing().size(),
                "role", actor.role().name());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("template", g.template().slug());
        out.put("templateLabel", text(g.template().label()));
        out.put("documentType", g.template().documentType().name());
        out.put("documentLabel", text(g.template().documentType().label()));
        out.put("version", g.version());
        out.put("fileName", g.upload().fileName());
        out.put("size", g.upload().size());
        out.put("sha256", g.upload().sha256());
        out.put("download", "/cooperations/" + caseId + "/documents/" + g.template().documentType().name() + "/"
                + g.version());
        List<Map<String, Object>> missing = new ArrayList<>();
        for (String name : g.missing()) {
            missing.add(Map.of("field", name, "label", text(LetterFields.ALL.get(name))));
        }
        out.put("missing", missing);
        out.put("replayed", g.replayed());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", (String) out.get("download"));
        if (g.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        return HttpResponses.json(201, out, headers);
    }

    // =====================================================================================================
    // Templates
    // =====================================================================================================

    APIGatewayV2HTTPResponse listTemplates(HttpRequest request) {
        Actor actor = admin(request);
        List<Map<String, Object>> placeholders = new ArrayList<>();
        LetterFields.ALL.forEach((name, description) -> placeholders.add(Map.of("name", name,
                "description", text(description))));
        return HttpResponses.json(200, Map.of("items", letters.templates(actor).stream().map(this::version).toList(),
                "placeholders", placeholders));
    }

    APIGatewayV2HTTPResponse getTemplate(HttpRequest request) {
        Actor actor = admin(request);
        LetterTemplate template = named(request);
        LetterService.TemplateFile file = letters.template(actor, template);
        Map<String, Object> out = version(file.version());
        out.put("contentBase64", Base64.getEncoder().encodeToString(file.docx()));
        return HttpResponses.json(200, out);
    }

    APIGatewayV2HTTPResponse putTemplate(HttpRequest request) {
        Actor actor = admin(request);
        LetterTemplate template = named(request);
        Map<String, Object> values = request.jsonObjectBody(MAX_TEMPLATE_BODY);
        Fields f = Fields.of(values);
        Integer version = f.integer("version", 0, Integer.MAX_VALUE);
        String fileName = f.text("fileName", 1, 200);
        String content = f.text("contentBase64", 1, MAX_TEMPLATE_BODY);
        if (fileName != null && !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            f.reject("fileName", "file_extension", Map.of("allowed", ".docx"));
        }
        byte[] docx = null;
        if (content != null) {
            try {
                docx = Base64.getDecoder().decode(content);
            } catch (IllegalArgumentException notBase64) {
                f.reject("contentBase64", "not_a_docx_template", Map.of());
            }
        }
        f.throwIfInvalid();
        try {
            TemplateVersion saved = letters.upload(actor, template, version, fileName, docx);
            LOG.info("letter template uploaded", "template", template.slug(), "version", saved.version());
            return HttpResponses.json(200, version(saved));
        } catch (InvalidInput bad) {
            // the core names the DOCX "content"; in this request it is contentBase64
            throw new InvalidInput(bad.errors().stream().map(e -> e.field().equals("content")
                    ? new FieldError("contentBase64", e.code(), e.params()) : e).toList());
        } catch (CaseStore.Conflict changed) {
            throw conflict(request.language());
        }
    }

    APIGatewayV2HTTPResponse resetTemplate(HttpRequest request) {
        Actor actor = admin(request);
        LetterTemplate template = named(request);
        Fields f = Fields.of(request.jsonObjectBody(MAX_BODY));
        Integer version = f.integer("version", 0, Integer.MAX_VALUE);
        f.throwIfInvalid();
        try {
            TemplateVersion saved = letters.reset(actor, template, version);
            LOG.info("letter template reset", "template", template.slug(), "version", saved.version());
            return HttpResponses.json(200, version(saved));
        } catch (CaseStore.Conflict changed) {
            throw conflict(request.language());
        }
    }

    // =====================================================================================================

    private Map<String, Object> version(TemplateVersion v) {
        Map<String, Object> out = new LinkedHashMap<>(template(v.template()));
        out.put("version", v.version());
        out.put("custom", v.custom());
        out.put("fileName", v.fileName());
        out.put("sha256", v.sha256().isEmpty() ? null : v.sha256());
        out.put("updatedAt", v.updatedAt().map(Object::toString).orElse(null));
        return out;
    }

    private static Map<String, Object> template(LetterTemplate t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", t.slug());
        out.put("label", text(t.label()));
        out.put("documentType", t.documentType().name());
        out.put("documentLabel", text(t.documentType().label()));
        return out;
    }

    private static Map<String, String> text(Text t) {
        return Map.of("id", t.id(), "en", t.en());
    }

    private static LetterTemplate named(HttpRequest request) {
        return LetterTemplate.ofSlug(request.pathParameter("name")).orElseThrow(() -> Problem.of(404, "not-found",
                request.language().pick("Templat tidak ditemukan", "No such template"), null));
    }

    /** 403 for anyone but an admin. */
    private static Actor admin(HttpRequest request) {
        Actor actor = Officers.actor(request);
        if (actor.role() != id.sikerja.core.workflow.Role.ADMIN) {
            Language lang = request.language();
            throw Problem.of(403, "admin-only", lang.pick("Hanya admin", "Admins only"),
                    lang.pick("Hanya admin Bagian Kerja Sama yang dapat mengelola templat surat.",
                            "Only the cooperation office's admins manage the letter templates."));
        }
        return actor;
    }

    private static Problem caseNotFound(Language lang) {
        return Problem.of(404, "not-found", lang.pick("Kasus tidak ditemukan", "No such case"), null);
    }

    private static Problem conflict(Language lang) {
        return Problem.of(409, "version-conflict", lang.pick("Templat sudah berubah", "The template has changed"),
                lang.pick("Templat ini diubah orang lain. Muat ulang daftar templat, lalu coba lagi.",
                        "Someone else changed this template. Reload the list of templates and try again."));
    }
}
