package id.sikerja.intake;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import id.sikerja.api.HttpFunction;
import id.sikerja.api.HttpRequest;
import id.sikerja.api.HttpResponses;
import id.sikerja.api.Metrics;
import id.sikerja.api.IdempotentBody;
import id.sikerja.api.JsonLog;
import id.sikerja.api.Problem;
import id.sikerja.api.Route;
import id.sikerja.core.answers.AnsweredEntries;
import id.sikerja.core.answers.Answering;
import id.sikerja.core.intake.IntakeMails;
import id.sikerja.core.intake.IntakeService;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.intake.Submission;
import id.sikerja.core.intake.TrackingService;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.settings.PemdaSettings;
import id.sikerja.core.validation.Language;

import java.util.LinkedHashMap;
import java.util.Map;

/** POST /proposals (public) and GET /track/{trackingCode} (partner, with X-Access-Token). */
public final class IntakeRoutes {

    static final String SUBMIT = "POST /proposals";
    static final String TRACK = "GET /track/{trackingCode}";
    /** The routes this function serves; template.yaml must route exactly these to it (checked by a test). */
    public static final java.util.Set<String> ROUTES = java.util.Set.of(SUBMIT, TRACK);
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final JsonLog LOG = JsonLog.get(IntakeRoutes.class);

    private final IntakeService intake;
    private final TrackingService tracking;
    private final PemdaSettings pemda;

    private final AnsweredEntries entries;

    public IntakeRoutes(IntakeService intake, TrackingService tracking, PemdaSettings pemda) {
        this(intake, tracking, pemda, AnsweredEntries.NONE);
    }

    /** @param entries the potentials and needs a proposal may answer ({@code potentialId}, issue 16) */
    public IntakeRoutes(IntakeService intake, TrackingService tracking, PemdaSettings pemda, AnsweredEntries entries) {
        this.intake = intake;
        this.tracking = tracking;
        this.pemda = pemda;
        this.entries = entries;
    }

    public HttpFunction function() {
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put(SUBMIT, this::submit);
        routes.put(TRACK, this::track);
        return HttpFunction.serving(ROUTES, routes);
    }

    APIGatewayV2HTTPResponse submit(HttpRequest request) {
        IdempotentBody<Answering.Read<Proposal>> read = IdempotentBody.read(request,
                request.jsonObjectBody(MAX_BODY_BYTES), body -> Answering.read(body, ProposalReader::read));
        Proposal proposal = read.value().value();
        // issue 16: the potential or need it answers exists and takes proposals (else 422 naming potentialId)
        Answering.check(read.value().potentialId(), entries);
        Submission s;
        try {
            s = intake.submit(proposal, read.value().potentialId(), read.key().orElse(null), read.fingerprint(),
                    request.sourceIp());
        } catch (IntakeService.LimitReached limit) {
            LOG.info("proposal refused: daily limit", "category", proposal.category().name());
            return tooManyProposals(request, limit.retryAfterSeconds());
        }
        if (!s.replayed()) {
            Metrics.count(Metrics.Metric.ProposalsReceived);
        }
        LOG.info(s.replayed() ? "proposal replayed" : "proposal submitted", "caseId", s.caseId(),
                "trackingCode", s.trackingCode(), "category", proposal.category().name());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.caseId());
        out.put("trackingCode", s.trackingCode());
        out.put("accessToken", s.accessToken());
        out.put("stage", s.stage());
        out.put("submittedAt", s.submittedAt().toString());
        out.put("trackingUrl", IntakeMails.trackingLink(pemda, s.trackingCode(), s.accessToken()));
        out.put("message", "Simpan kode pelacakan dan kode akses ini: kode akses hanya ditampilkan sekali.");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/track/" + s.trackingCode());
        if (s.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        return HttpResponses.json(201, out, headers);
    }

    /**
     * 429: today's proposals for this partner address or from this address reached the cap; Retry-After is the
     * seconds until the Pemda's day rolls over.
     */
    private static APIGatewayV2HTTPResponse tooManyProposals(HttpRequest request, long retryAfterSeconds) {
        boolean en = request.language() == Language.EN;
        Problem problem = Problem.of(429, "too-many-proposals",
                en ? "Too many proposals today" : "Terlalu banyak permohonan hari ini",
                en ? "Today's limit of proposals for this e-mail address or from this network is reached. Try again tomorrow, or contact the Bagian Kerja Sama."
                        : "Batas permohonan hari ini untuk alamat e-mail ini atau dari jaringan ini telah tercapai. Coba lagi besok, atau hubungi Bagian Kerja Sama.")
                .with("retryAfterSeconds", retryAfterSeconds);
        APIGatewayV2HTTPResponse response = HttpResponses.problem(problem, request.path(), request.language());
        Map<String, String> headers = new LinkedHashMap<>(response.getHeaders() == null ? Map.of() : response.getHeaders());
        headers.put("Retry-After", Long.toString(retryAfterSeconds));
        response.setHeaders(headers);
        return response;
    }

    APIGatewayV2HTTPResponse track(HttpRequest request) {
        String code = request.pathParameter("trackingCode");
        String token = request.header("X-Access-Token").orElse(null);
        return tracking.view(code, token, request.language())
                .map(view -> HttpResponses.json(200, view))
                .orElseThrow(() -> Problem.of(404, "not-found", "Permohonan tidak ditemukan",
                        "Periksa kode pelacakan dan kode akses Anda."));
    }
}
