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
import id.sikerja.core.documents.ObjectStore;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.documents.UploadRequest;
import id.sikerja.core.potentials.Potential;
import id.sikerja.core.potentials.PotentialService;
import id.sikerja.core.potentials.PotentialUploads;
import id.sikerja.core.validation.Language;
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
    // issue 16: an entry's files (officers of its department or an admin upload and remove; everyone downloads)
    static final String POTENTIAL_UPLOAD = "POST /potentials/{id}/attachments";
    static final String POTENTIAL_DETACH = "DELETE /potentials/{id}/attachments/{documentId}";
    static final String POTENTIAL_DOWNLOAD = "GET /potentials/{id}/attachments/{documentId}";
    /** The routes this function serves; template.yaml must route exactly these to it. */
    static final Set<String> ROUTES = Set.of(REQUEST_UPLOAD, LIST_UPLOADS, DOWNLOAD, NEW_CASE_UPLOAD,
            NEW_CASE_UPLOAD_STATE, PARTNER_UPLOAD, PARTNER_DOWNLOAD, POTENTIAL_UPLOAD, POTENTIAL_DETACH,
            POTENTIAL_DOWNLOAD);
    static final int MAX_BODY_BYTES = 4 * 1024;
    private static final JsonLog LOG = JsonLog.get(DocumentsRoutes.class);

    private final DocumentService documents;
    private final PotentialUploads potentialUploads;

    DocumentsRoutes(DocumentService documents, PotentialUploads potentialUploads) {
        this.documents = documents;
        this.potentialUploads = potentialUploads;
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
        routes.put(POTENTIAL_UPLOAD, this::potentialUpload);
        routes.put(POTENTIAL_DETACH, this::potentialDetach);
        routes.put(POTENTIAL_DOWNLOAD, this::potentialDownload);
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
    // An entry's files (issue 16)
    // =====================================================================================================

    /**
     * 201 with the pre-signed PUT ({@code upload}) and the file's {@code documentId}; the file appears in the
     * entry's {@code attachments} once it arrived and passed the checks.
     */
    APIGatewayV2HTTPResponse potentialUpload(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        PotentialUploads.Ticket ticket = potentialUploads.request(actor, id, request.jsonObjectBody(MAX_BODY_BYTES));
        if (ticket instanceof PotentialUploads.Ticket.Issued issued) {
            LOG.info("entry upload requested", "potentialId", id, "documentId", issued.declared().documentId(),
                    "kind", issued.declared().kind().name(), "size", issued.declared().size(),
                    "role", actor.role().name());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("documentId", issued.declared().documentId());
            out.put("upload", DocumentJson.request(issued.put()));
            return HttpResponses.json(201, out);
        }
        throw entryNotFound(request.language());
    }

    /** 200 with the entry as it is now; 404 for another department's entry or an unknown file. */
    APIGatewayV2HTTPResponse potentialDetach(HttpRequest request) {
        Actor actor = Officers.actor(request);
        String id = request.pathParameter("id");
        String documentId = request.pathParameter("documentId");
        PotentialService.Outcome outcome = potentialUploads.detach(actor, id, documentId);
        LOG.info("entry file " + outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT),
                "potentialId", id, "documentId", documentId, "role", actor.role().name());
        if (outcome instanceof PotentialService.Outcome.Done done) {
            Potential p = done.potential();
            return HttpResponses.json(200, Map.of("id", p.id(), "version", p.version(), "attachments",
                    p.attachments().stream().map(a -> a.documentId()).toList()));
        }
        if (outcome instanceof PotentialService.Outcome.Stale) {
            throw Problem.of(409, "version-conflict",
                    request.language().pick("Peluang sudah berubah", "The entry has changed"),
                    request.language().pick("Peluang ini baru saja diubah. Muat ulang lalu coba lagi.",
                            "The entry has just changed. Reload it and try again."));
        }
        throw entryNotFound(request.language());
    }

    /** Public, as the entry is: 302 to a pre-signed GET (5 minutes) that downloads under the file's name. */
    APIGatewayV2HTTPResponse potentialDownload(HttpRequest request) {
        String id = request.pathParameter("id");
        String documentId = request.pathParameter("documentId");
        ObjectStore.PresignedRequest get = potentialUploads.download(id, documentId)
                .orElseThrow(() -> Problem.of(404, "not-found",
                        request.language().pick("Berkas tidak ditemukan", "File not found"),
                        request.language().pick("Peluang ini tidak memiliki berkas dengan nomor ini.",
                                "This entry has no file with this id.")));
        return APIGatewayV2HTTPResponse.builder().withStatusCode(302)
                .withHeaders(Map.of("Location", get.url().toString(), "Cache-Control", "no-store"))
                .withIsBase64Encoded(false).build();
    }

    private static Problem entryNotFound(Language lang) {
        return Problem.of(404, "not-found", lang.pick("Peluang tidak ditemukan", "Entry not found"),
                lang.pick("Tidak ada peluang kerja sama dengan nomor ini yang dapat Anda ubah.",
                        "There is no entry with this id that you may change."));
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
