package id.sikerja.documents;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Officers;
import id.sikerja.api.Problem;
import id.sikerja.api.Route;
import id.sikerja.core.documents.DocumentService;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.documents.UploadRequest;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.DocumentType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The documents function's routes.
 *
 * <p>Officers (JWT authorizer; see {@link Officers}):
 * <ul>
 *   <li>{@code POST /cooperations/{id}/uploads}: declare a file ({@link UploadRequest}) → 201 with the pre-signed
 *       PUT (URL, headers to send, expiry: 15 minutes) and the upload's {@code documentId}.</li>
 *   <li>{@code GET /cooperations/{id}/uploads}: the case's uploads and what became of each.</li>
 *   <li>{@code POST /uploads}: a file for a case not created yet (a legacy agreement, a department's initiative)
 *       → 201 as above, {@code Location: /uploads/{documentId}}; {@code GET /uploads/{documentId}}: its state, to
 *       its uploader.</li>
 *   <li>{@code GET /cooperations/{id}/documents/{type}/{version}}: a pre-signed GET (5 minutes) of a registered
 *       version, recorded in the case's timeline.</li>
 * </ul>
 * The partner, with its tracking code and {@code X-Access-Token} only: {@code POST /track/{trackingCode}/uploads}
 * and {@code GET /track/{trackingCode}/documents/{type}/{version}}; a wrong or missing token answers exactly like an
 * unknown code. (The tracking view {@code GET /track/{trackingCode}} lists the partner's uploads.)
 *
 * <p>Answers: 404 for a case, upload or version the caller cannot see (ids of other cases do not leak), 422 naming
 * every bad member of a declaration, or {@code type} when the caller may not upload that type in the case's stage.
 */
final class DocumentsRoutes {

    static final String REQUEST_UPLOAD = "POST /cooperations/{id}/uploads";
    static final String LIST_UPLOADS = "GET /cooperations/{id}/uploads";
    static final String DOWNLOAD = "GET /cooperations/{id}/documents/{type}/{version}";
    static final String NEW_CASE_UPLOAD = "POST /uploads";
    static final String NEW_CASE_UPLOAD_STATE = "GET /uploads/{documentId}";
    static final String PARTNER_UPLOAD = "POST /track/{trackingCode}/uploads";
    static final String PARTNER_DOWNLOAD = "GET /track/{trackingCode}/documents/{type}/{version}";
    /** The routes this function serves; template.yaml must route exactly these to it. */
    static final Set<String> ROUTES = Set.of(REQUEST_UPLOAD, LIST_UPLOADS, DOWNLOAD, NEW_CASE_UPLOAD,
            NEW_CASE_UPLOAD_STATE, PARTNER_UPLOAD, PARTNER_DOWNLOAD);
    static final int MAX_BODY_BYTES = 4 * 1024;
    private static final JsonLog LOG = JsonLog.get(DocumentsRoutes.class);

    private final DocumentService documents;

    DocumentsRoutes(DocumentService documents) {
        this.documents = documents;
    }

    HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(REQUEST_UPLOAD, this::requestUpload);
        routes.put(LIST_UPLOADS, this::listUploads);
        routes.put(DOWNLOAD, this::download);
        routes.put(NEW_CASE_UPLOAD, this::requestNewCaseUpload);
        routes.put(NEW_CASE_UPLOAD_STATE, this::newCaseUpload);
        routes.put(PARTNER_UPLOAD, this::partnerUpload);
        routes.put(PARTNER_DOWNLOAD, this::partnerDownload);
        return HttpFunction.serving(ROUTES, routes);
    }

    // =====================================================================================================
    // Officers
    // =====================================================================================================

    APIGatewayV2HTTPResponse requestUpload(HttpRequest request) {
        Actor actor = Officers.actor(request);
        UploadRequest declared = UploadRequest.read(request.jsonObjectBody(MAX_BODY_BYTES));
        String id = request.pathParameter("id");
        DocumentService.Ticket ticket = documents.requestUpload(id, actor, declared)
                .orElseThrow(() -> DocumentProblems.caseNotFound(request.language()));
        return issued(request, ticket, Map.of());
    }

    APIGatewayV2HTTPResponse listUploads(HttpRequest request) {
        Actor actor = Officers.actor(request);
        DocumentJson json = new DocumentJson(request.language());
        List<Upload> uploads = documents.uploads(request.pathParameter("id"), actor)
                .orElseThrow(() -> DocumentProblems.caseNotFound(request.language()));
        return HttpResponses.json(200, Map.of("uploads", uploads.stream().map(json::upload).toList()));
    }

    APIGatewayV2HTTPResponse download(HttpRequest request) {
        Actor actor = Officers.actor(request);
        return download(request, request.pathParameter("id"), actor,
                () -> DocumentProblems.documentNotFound(request.language()));
    }

    APIGatewayV2HTTPResponse requestNewCaseUpload(HttpRequest request) {
        Actor actor = Officers.actor(request);
        UploadRequest declared = UploadRequest.read(request.jsonObjectBody(MAX_BODY_BYTES));
        DocumentService.Ticket ticket = documents.requestUploadForNewCase(actor, declared);
        return issued(request, ticket, Map.of("Location", "/uploads/" + ticket.upload().documentId()));
    }

    APIGatewayV2HTTPResponse newCaseUpload(HttpRequest request) {
        Actor actor = Officers.actor(request);
        Upload upload = documents.uploadForNewCase(request.pathParameter("documentId"), actor)
                .orElseThrow(() -> DocumentProblems.uploadNotFound(request.language()));
        return HttpResponses.json(200, new DocumentJson(request.language()).upload(upload));
    }

    // =====================================================================================================
    // The partner
    // =====================================================================================================

    APIGatewayV2HTTPResponse partnerUpload(HttpRequest request) {
        String caseId = partnerCase(request);
        UploadRequest declared = UploadRequest.read(request.jsonObjectBody(MAX_BODY_BYTES));
        DocumentService.Ticket ticket = documents.requestUpload(caseId, Actor.partner(caseId), declared)
                .orElseThrow(DocumentProblems::trackingNotFound);
        return issued(request, ticket, Map.of());
    }

    APIGatewayV2HTTPResponse partnerDownload(HttpRequest request) {
        String caseId = partnerCase(request);
        return download(request, caseId, Actor.partner(caseId), DocumentProblems::trackingNotFound);
    }

    private String partnerCase(HttpRequest request) {
        return documents.partnerCase(request.pathParameter("trackingCode"),
                request.header("X-Access-Token").orElse(null)).orElseThrow(DocumentProblems::trackingNotFound);
    }

    // =====================================================================================================

    private APIGatewayV2HTTPResponse issued(HttpRequest request, DocumentService.Ticket ticket,
                                            Map<String, String> headers) {
        Upload u = ticket.upload();
        LOG.info("upload requested", "documentId", u.documentId(), "caseId", u.caseId().orElse(null),
                "type", u.type().name(), "size", u.size(), "role", u.uploader().role().name());
        return HttpResponses.json(201, new DocumentJson(request.language()).ticket(ticket), headers);
    }

    private APIGatewayV2HTTPResponse download(HttpRequest request, String caseId, Actor actor,
                                              Supplier<Problem> notFound) {
        Optional<DocumentType> type = Arrays.stream(DocumentType.values())
                .filter(t -> t.name().equals(request.pathParameter("type"))).findFirst();
        Optional<Integer> version = positive(request.pathParameter("version"));
        if (type.isEmpty() || version.isEmpty()) {
            throw notFound.get();
        }
        DocumentService.Download d = documents.download(caseId, actor, type.get(), version.get())
                .orElseThrow(notFound);
        LOG.info("download issued", "caseId", caseId, "type", type.get().name(), "version", version.get(),
                "role", actor.role().name());
        return HttpResponses.json(200, new DocumentJson(request.language()).download(d));
    }

    private static Optional<Integer> positive(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,5}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }
}
