package id.sikerja.core.reads;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What lists, search, the dashboard and the public registry need of a case, and nothing else: no contact person,
 * e-mail, phone or address of the partner, no officer ids but the responsible officer's (issue 18; never in the
 * public registry). Derived from the case ({@link Summaries#of}) and
 * stored beside it in the same transaction, so it is never stale.
 *
 * @param partnerRegion   the partner's region (domestic) or country (foreign)
 * @param field           the field (bidang) of the cooperation; null until the case records one
 * @param startDate       the start of the term, when recorded
 * @param endDate         the last day of the term, when the start and the term are recorded
 * @param signedOn        the signing date of the PKS, the foreign agreement, or else the KB
 * @param dueDates        the case's due dates as of its last transition
 * @param inBudget        the case is recorded as in the APBD
 * @param endReason       why the case ended, null while it runs
 * @param signedDocuments every registered version of a signed agreement (KB, PKS, foreign agreement)
 * @param words           the search words of the title, partner name, purpose and scope ({@link SearchText})
 * @param refusedMandatory a KSDD wajib the region refused (issue 13 item 7, {@code MandatoryRefusal}): flagged on
 *                        the dashboard and in the reports
 * @param responsibleOfficer     issue 18 (h18-owner): the responsible officer's user name (what {@code responsible=}
 *                               filters and the hand-over compare), null while none is recorded
 * @param responsibleOfficerName the name the lists show
 */
public record CaseSummary(
        String id,
        long version,
        String trackingCode,
        String title,
        Category category,
        Stage stage,
        String partnerName,
        PartnerType partnerType,
        String partnerRegion,
        List<String> departments,
        String field,
        Instant createdAt,
        Instant updatedAt,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate signedOn,
        List<Due> dueDates,
        boolean inBudget,
        EndReason endReason,
        List<SignedDocument> signedDocuments,
        List<String> words,
        boolean refusedMandatory,
        String responsibleOfficer,
        String responsibleOfficerName,
        AgreementChanges changes) {

    /** A summary without a responsible officer, amendments or an early ending (summaries written before issue 18). */
    public CaseSummary(String id, long version, String trackingCode, String title, Category category, Stage stage,
                       String partnerName, PartnerType partnerType, String partnerRegion, List<String> departments,
                       String field, Instant createdAt, Instant updatedAt, LocalDate startDate, LocalDate endDate,
                       LocalDate signedOn, List<Due> dueDates, boolean inBudget, EndReason endReason,
                       List<SignedDocument> signedDocuments, List<String> words, boolean refusedMandatory) {
        this(id, version, trackingCode, title, category, stage, partnerName, partnerType, partnerRegion, departments,
                field, createdAt, updatedAt, startDate, endDate, signedOn, dueDates, inBudget, endReason,
                signedDocuments, words, refusedMandatory, null, null, AgreementChanges.NONE);
    }

    /** A summary with a responsible officer and no amendments or early ending. */
    public CaseSummary(String id, long version, String trackingCode, String title, Category category, Stage stage,
                       String partnerName, PartnerType partnerType, String partnerRegion, List<String> departments,
                       String field, Instant createdAt, Instant updatedAt, LocalDate startDate, LocalDate endDate,
                       LocalDate signedOn, List<Due> dueDates, boolean inBudget, EndReason endReason,
                       List<SignedDocument> signedDocuments, List<String> words, boolean refusedMandatory,
                       String responsibleOfficer, String responsibleOfficerName) {
        this(id, version, trackingCode, title, category, stage, partnerName, partnerType, partnerRegion, departments,
                field, createdAt, updatedAt, startDate, endDate, signedOn, dueDates, inBudget, endReason,
                signedDocuments, words, refusedMandatory, responsibleOfficer, responsibleOfficerName, AgreementChanges.NONE);
    }

    /** A summary with amendments or an early ending and no responsible officer. */
    public CaseSummary(String id, long version, String trackingCode, String title, Category category, Stage stage,
                       String partnerName, PartnerType partnerType, String partnerRegion, List<String> departments,
                       String field, Instant createdAt, Instant updatedAt, LocalDate startDate, LocalDate endDate,
                       LocalDate signedOn, List<Due> dueDates, boolean inBudget, EndReason endReason,
                       List<SignedDocument> signedDocuments, List<String> words, boolean refusedMandatory,
                       AgreementChanges changes) {
        this(id, version, trackingCode, title, category, stage, partnerName, partnerType, partnerRegion, departments,
                field, createdAt, updatedAt, startDate, endDate, signedOn, dueDates, inBudget, endReason,
                signedDocuments, words, refusedMandatory, null, null, changes);
    }

    /**
     * Issue 18 (h18-amend): what changed the agreement after its signing, as the registry shows it: the signed
     * amendments (oldest first) and, when it was ended before its term, the day it was ended.
     *
     * @param endedOn    the day an officer ended the agreement ({@code END}), null otherwise
     * @param endedEarly ended with a reason of domain.md §2.3 before the last day of its term
     */
    public record AgreementChanges(List<Amendment> amendments, LocalDate endedOn, boolean endedEarly) {
        public static final AgreementChanges NONE = new AgreementChanges(List.of(), null, false);

        public AgreementChanges {
            amendments = List.copyOf(amendments);
        }
    }

    /** A signed amendment: its number, signing date, the terms it changed, the end before and after, its copy. */
    public record Amendment(int number, LocalDate signedOn, List<String> changed, LocalDate termEndBefore,
                            LocalDate termEndAfter, int documentVersion) {
        public Amendment {
            Objects.requireNonNull(signedOn, "signedOn");
            changed = List.copyOf(changed);
        }
    }

    /** A summary that is not a refused mandatory KSDD (summaries written before issue 13 item 7's flag). */
    public CaseSummary(String id, long version, String trackingCode, String title, Category category, Stage stage,
                       String partnerName, PartnerType partnerType, String partnerRegion, List<String> departments,
                       String field, Instant createdAt, Instant updatedAt, LocalDate startDate, LocalDate endDate,
                       LocalDate signedOn, List<Due> dueDates, boolean inBudget, EndReason endReason,
                       List<SignedDocument> signedDocuments, List<String> words) {
        this(id, version, trackingCode, title, category, stage, partnerName, partnerType, partnerRegion, departments,
                field, createdAt, updatedAt, startDate, endDate, signedOn, dueDates, inBudget, endReason,
                signedDocuments, words, false);
    }

    public CaseSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(partnerName, "partnerName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        departments = List.copyOf(departments);
        dueDates = List.copyOf(dueDates);
        signedDocuments = List.copyOf(signedDocuments);
        words = List.copyOf(words);
        changes = changes == null ? AgreementChanges.NONE : changes;
    }

    /** A due date: what, and by when. */
    public record Due(DueDateKind kind, LocalDate date) {
        public Due {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(date, "date");
        }
    }

    /** A registered version of a signed agreement, verifiable by its SHA-256. */
    public record SignedDocument(DocumentType type, int version, String sha256, Instant registeredAt) {
        public SignedDocument {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(registeredAt, "registeredAt");
        }
    }

    /** Whether the public registry lists the case: a signed agreement that runs or has ended. */
    public boolean isPublic() {
        return status().isPresent();
    }

    /** {@code BERLAKU} (running) or {@code BERAKHIR} (ended) for a public agreement; empty otherwise. */
    public Optional<String> status() {
        return switch (stage) {
            case PELAKSANAAN -> Optional.of(Registry.RUNNING);
            case PENATAUSAHAAN, PELAPORAN -> Optional.of(Registry.ENDED);
            case SELESAI -> endReason != null && endReason.kind() == EndReason.Kind.TERMINATION
                    ? Optional.of(Registry.ENDED) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The deadlines: the due dates except the expiry reminders (which remind of the agreement's end, itself a
     * deadline). Overdue, due this week and "due before" count these.
     */
    public List<Due> deadlines() {
        return dueDates.stream().filter(d -> d.kind() != DueDateKind.EXPIRY_REMINDER).toList();
    }

    /** The earliest deadline: overdue when before {@code today}. */
    public Optional<Due> nextDue() {
        return deadlines().stream().min(Comparator.comparing(Due::date).thenComparing(d -> d.kind().name()));
    }

    /** The year the case was created, in the Pemda's zone. */
    public int createdYear(ZoneId zone) {
        return createdAt.atZone(zone).getYear();
    }

    /** The date the registry dates an agreement by: its signing, else its start, else its creation. */
    public LocalDate registryDate(ZoneId zone) {
        if (signedOn != null) {
            return signedOn;
        }
        return startDate != null ? startDate : createdAt.atZone(zone).toLocalDate();
    }
}
