package id.sikerja.core.intake;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.cases.TrackingCode;
import id.sikerja.core.documents.CaseUploads;
import id.sikerja.core.documents.Upload;
import id.sikerja.core.workflow.CaseHolder;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.TimelineEvent;
import id.sikerja.core.security.Secrets;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The partner's view of its case, reached with the tracking code and the access token. An unknown code,
 * a missing token and a wrong token all look the same from outside: empty. Besides the stage and history it lists
 * the files the partner uploaded and what became of each (a rejected one with the reason), and one banner: who holds
 * the case, what is next and by when ({@link PartnerBanner}, from the process table).
 */
public final class TrackingService {

    /** Compared against when the code is unknown, so that both paths do the same work. */
    private static final String NO_HASH = Secrets.sha256Hex("no such tracking code");

    private final CaseStore store;
    private final CaseUploads uploads;

    private final Clock clock;
    private final java.util.function.Supplier<id.sikerja.core.workflow.Workflow> workflow;

    public TrackingService(CaseStore store, CaseUploads uploads, Clock clock) {
        this(store, uploads, clock, defaults());
    }

    /** @param workflow the process table and the Pemda's calendar: the banner's holder and due date come from it */
    public TrackingService(CaseStore store, CaseUploads uploads, Clock clock,
                           java.util.function.Supplier<id.sikerja.core.workflow.Workflow> workflow) {
        this.clock = clock;
        this.store = store;
        this.uploads = uploads;
        this.workflow = workflow;
    }

    private static java.util.function.Supplier<id.sikerja.core.workflow.Workflow> defaults() {
        id.sikerja.core.workflow.Workflow w = id.sikerja.core.workflow.Workflow.withDefaults();
        return () -> w;
    }

    public Optional<PartnerView> view(String typedCode, String accessToken) {
        return view(typedCode, accessToken, id.sikerja.core.validation.Language.ID);
    }

    /** As {@link #view(String, String)}, with the stages' and documents' names in the caller's language. */
    public Optional<PartnerView> view(String typedCode, String accessToken, id.sikerja.core.validation.Language lang) {
        String code = TrackingCode.normalise(typedCode);
        Optional<CaseStore.Tracking> entry = code == null ? Optional.empty() : store.findTracking(code);
        boolean tokenOk = Secrets.tokenMatches(accessToken, entry.map(CaseStore.Tracking::accessTokenHash).orElse(NO_HASH));
        if (entry.isEmpty() || !tokenOk) {
            return Optional.empty();
        }
        Optional<CaseRecord> found = store.find(entry.get().caseId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseRecord c = found.get();
        List<PartnerView.Step> history = store.timeline(c.id()).stream()
                .filter(TimelineEvent::visibleToPartner)
                .map(e -> new PartnerView.Step(e.at(), e.action().name(), e.to().name(), e.to().label().in(lang),
                        e.note().isBlank() ? null : e.note()))
                .toList();
        Instant now = clock.instant();
        List<PartnerView.PartnerUpload> uploaded = uploads.ofCase(c.id()).stream()
                .filter(u -> u.uploader().role() == Role.PARTNER)
                .map(u -> partnerUpload(u.seenAt(now), lang))
                .toList();
        return Optional.of(new PartnerView(c.trackingCode(), c.proposal().title(), c.proposal().category().name(),
                c.proposal().partner().name(), c.stage().name(), c.stage().label().in(lang), c.version(), c.state().createdAt(),
                c.updatedAt(), history, PartnerGuidance.nextSteps(c.stage()), uploaded,
                PartnerBanner.of(CaseHolder.of(workflow.get(), c.state(), now), c.state(), lang)));
    }

    private static PartnerView.PartnerUpload partnerUpload(Upload u, id.sikerja.core.validation.Language lang) {
        return new PartnerView.PartnerUpload(u.documentId(), u.type().name(), u.type().label().in(lang), u.fileName(),
                u.status().name(), u.requestedAt(), u.decidedAt().orElse(null), u.version().orElse(null),
                u.rejection().map(Upload.Rejection::code).orElse(null),
                u.rejection().map(r -> r.message().id()).orElse(null),
                u.rejection().map(r -> r.message().en()).orElse(null));
    }

    /**
     * What the partner sees; {@code version} is what its next transition must name; {@code uploads} the files it
     * uploaded, oldest first.
     */
    public record PartnerView(String trackingCode, String title, String category, String partnerName, String stage,
                              String stageLabel, long version, Instant submittedAt, Instant updatedAt, List<Step> history,
                              List<PartnerGuidance.NextStep> nextSteps, List<PartnerUpload> uploads,
                              PartnerBanner banner) {

        public record Step(Instant at, String action, String stage, String stageLabel, String note) {
        }

        /**
         * One upload: {@code status} PENDING (waiting for the file), REGISTERED (as document {@code version}),
         * REJECTED (with {@code reasonCode} and {@code reason}, in Indonesian, and {@code reasonEn}) or EXPIRED (its
         * link expired before the file arrived: {@code reasonCode} UPLOAD_EXPIRED, the reasons say to upload again).
         */
        public record PartnerUpload(String documentId, String type, String typeLabel, String fileName, String status,
                                    Instant requestedAt, Instant decidedAt, Integer version, String reasonCode,
                                    String reason, String reasonEn) {
        }
    }
}
