package id.sikerja.core.signing;

import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Text;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A signing's schedule (issue 17): when (an instant, with the Pemda's zone it was given in), where, how, and who
 * signs for each party; proposed by a department or an admin, approved by an admin. Every change of the time, place
 * or signers is a new {@code sequence} of the same {@code uid}, so that calendars replace the invitation.
 *
 * @param version  for conditional writes: +1 on every change (a stale one is answered 409)
 * @param sequence the iCalendar SEQUENCE: 0 when first proposed, +1 on each reschedule
 */
public record SigningSchedule(String caseId, String uid, Mode mode, Instant start, ZoneId zone, int durationMinutes,
                              String place, List<Signer> signers, Status status, int sequence, long version,
                              String proposedBy, Optional<String> approvedBy, Instant updatedAt) {

    /** The mode, named as the API names it. */
    public enum Mode {
        DESK_TO_DESK("Dari meja ke meja", "Desk to desk"),
        SEREMONIAL("Seremonial", "Ceremony"),
        HYBRID("Gabungan: meja ke meja dan seremonial", "Hybrid: desk to desk and a ceremony");

        private final Text label;

        Mode(String id, String en) {
            this.label = Text.of(id, en);
        }

        public Text label() {
            return label;
        }
    }

    /** Where a schedule stands. */
    public enum Status {
        PROPOSED("Diusulkan, menunggu persetujuan", "Proposed, awaiting approval"),
        APPROVED("Disetujui, undangan terkirim", "Approved, invitation sent"),
        CANCELLED("Dibatalkan", "Cancelled");

        private final Text label;

        Status(String id, String en) {
            this.label = Text.of(id, en);
        }

        public Text label() {
            return label;
        }
    }

    /** A party to the signing. */
    public enum Party {
        PEMDA("Pemerintah daerah", "The regional government"),
        MITRA("Mitra", "The partner");

        private final Text label;

        Party(String id, String en) {
            this.label = Text.of(id, en);
        }

        public Text label() {
            return label;
        }
    }

    /** Who signs for a party: a name and a position. */
    public record Signer(Party party, String name, String position) {
        public Signer {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(position, "position");
        }
    }

    public SigningSchedule {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(place, "place");
        signers = List.copyOf(signers);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(proposedBy, "proposedBy");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Instant end() {
        return start.plusSeconds(60L * durationMinutes);
    }

    /** The same time, place, mode and signers: proposing it again (a retry) changes nothing. */
    public boolean sameAs(Proposal p) {
        return mode == p.mode() && start.equals(p.start()) && durationMinutes == p.durationMinutes()
                && place.equals(p.place()) && signers.equals(p.signers());
    }

    /** A proposal read from a request: what a schedule is made of. */
    public record Proposal(Mode mode, Instant start, ZoneId zone, int durationMinutes, String place,
                           List<Signer> signers) {
        public Proposal {
            signers = List.copyOf(signers);
        }
    }

    /** The first schedule of a case. */
    static SigningSchedule first(String caseId, String uid, Proposal p, Actor by, Instant at) {
        return new SigningSchedule(caseId, uid, p.mode(), p.start(), p.zone(), p.durationMinutes(), p.place(),
                p.signers(), Status.PROPOSED, 0, 1, by.id(), Optional.empty(), at);
    }

    /**
     * A new time, place or signers: the same UID, a higher SEQUENCE. An approver's change stays approved (and is
     * sent again); anyone else's waits for approval again.
     */
    SigningSchedule rescheduled(Proposal p, Actor by, boolean approver, Instant at) {
        boolean keepsApproval = approver && status == Status.APPROVED;
        return new SigningSchedule(caseId, uid, p.mode(), p.start(), p.zone(), p.durationMinutes(), p.place(),
                p.signers(), keepsApproval ? Status.APPROVED : Status.PROPOSED, sequence + 1, version + 1, by.id(),
                keepsApproval ? approvedBy : Optional.empty(), at);
    }

    SigningSchedule approved(Actor by, Instant at) {
        return new SigningSchedule(caseId, uid, mode, start, zone, durationMinutes, place, signers, Status.APPROVED,
                sequence, version + 1, proposedBy, Optional.of(by.id()), at);
    }
}
