package id.sikerja.core.potentials;

import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.validation.FieldError;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Creates and changes the entries of departments' maps. Who may: an admin (Bagian Kerja Sama) any department's
 * entry; an OPD user its own department's only, and another department's entry does not exist for it (not found,
 * as a case of another department). Every change is conditional on the version the caller saw.
 */
public final class PotentialService {

    /** How often {@link #setStatus} without an expected version reads again after a concurrent change. */
    private static final int STATUS_ATTEMPTS = 3;

    private final PotentialStore store;
    private final Predicate<String> knownDepartment;
    private final Clock clock;
    private final Supplier<String> ids;

    /** What became of a change. */
    public sealed interface Outcome {
        /** Stored: the entry as it is now. */
        record Done(Potential potential) implements Outcome {
        }

        /** No such entry, or one the actor may not see to change (another department's). */
        record NotFound() implements Outcome {
        }

        /** The actor's role may not change entries (or not this department's: create). */
        record Forbidden() implements Outcome {
        }

        /** The caller saw another version than the one stored now. */
        record Stale(Potential current) implements Outcome {
        }

        /** A retry of an idempotent request: the first answer, as it was sent. */
        record Replayed(String response) implements Outcome {
        }
    }

    /**
     * @param knownDepartment whether a code is in the department directory
     * @param ids             new entry ids (UUIDs)
     */
    public PotentialService(PotentialStore store, Predicate<String> knownDepartment, Clock clock,
                            Supplier<String> ids) {
        this.store = Objects.requireNonNull(store, "store");
        this.knownDepartment = Objects.requireNonNull(knownDepartment, "knownDepartment");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Whether the actor may create and change entries at all (admins, OPD users). */
    public static boolean maintains(Actor actor) {
        return actor.role() == Role.ADMIN || actor.role() == Role.OPD;
    }

    /** Whether the actor may change this department's entries. */
    public static boolean maintains(Actor actor, String departmentCode) {
        return actor.role() == Role.ADMIN
                || (actor.role() == Role.OPD && actor.department().orElse("").equals(departmentCode));
    }

    /** The entry as stored, whoever asks: entries are public. */
    public Optional<Potential> find(String id) {
        return store.find(id);
    }

    /** The entry when the actor may change it; empty for another department's (and for other roles). */
    public Optional<Potential> findFor(Actor actor, String id) {
        return store.find(id).filter(p -> maintains(actor, p.departmentCode()));
    }

    /**
     * {@code POST /potentials}: a new OPEN entry (unless the draft names another status) at version 1. An OPD user's
     * entry is its own department's (a draft without a department is); an admin names the department.
     *
     * @throws InvalidInput when the department is missing (admin) or not in the directory
     */
    public Outcome create(Actor actor, PotentialDraft draft) {
        return create(actor, draft, Optional.empty(), p -> "");
    }

    /**
     * {@link #create(Actor, PotentialDraft)} for a request with an Idempotency-Key: a retry gets the first answer
     * ({@link Outcome.Replayed}) and creates nothing; the answer ({@code render} of the new entry) is remembered in
     * the transaction that creates it.
     */
    public Outcome create(Actor actor, PotentialDraft draft, Optional<Idempotency> idempotency,
                          Function<Potential, String> render) {
        Optional<String> earlier = Idempotency.replay(idempotency, store);
        if (earlier.isPresent()) {
            return new Outcome.Replayed(earlier.get());
        }
        if (!maintains(actor)) {
            return new Outcome.Forbidden();
        }
        String department = draft.departmentCode();
        if (department == null && actor.role() == Role.OPD) {
            department = actor.department().orElseThrow();
        }
        if (department == null) {
            throw new InvalidInput(List.of(FieldError.of("departmentCode", "required")));
        }
        if (!maintains(actor, department)) {
            return new Outcome.Forbidden();
        }
        requireKnown(department);
        var now = clock.instant();
        Potential created = new Potential(ids.get(), draft.kind(), department, draft.title(), draft.description(),
                draft.field(), draft.partnerKinds(), draft.location(), draft.expectedForm(), draft.inRkpd(),
                draft.rkpdYear(), draft.indicativeValue(), draft.status().orElse(PotentialStatus.OPEN),
                draft.titleEn(), draft.descriptionEn(), List.of(), 1, now, now, actor.id());
        try {
            store.create(created, idempotency.map(i -> i.remember(render.apply(created), now)));
        } catch (PotentialStore.Conflict conflict) {
            // a concurrent retry with the same key got there first: its answer is the answer
            Optional<String> won = Idempotency.replay(idempotency, store);
            if (won.isPresent()) {
                return new Outcome.Replayed(won.get());
            }
            throw conflict;
        }
        return new Outcome.Done(created);
    }

    /**
     * {@code PUT /potentials/{id}}: replaces the entry's fields (its attachments stay), on condition that it is
     * still at {@code expectedVersion}. A draft without a department keeps the entry's; an OPD user cannot move an
     * entry to another department.
     */
    public Outcome update(Actor actor, String id, long expectedVersion, PotentialDraft draft) {
        if (!maintains(actor)) {
            return new Outcome.Forbidden();
        }
        Optional<Potential> found = findFor(actor, id);
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        Potential current = found.get();
        PotentialDraft d = draft.departmentCode() == null ? draft.forDepartment(current.departmentCode()) : draft;
        if (!maintains(actor, d.departmentCode())) {
            return new Outcome.Forbidden();
        }
        if (!d.departmentCode().equals(current.departmentCode())) {
            requireKnown(d.departmentCode());
        }
        if (current.version() != expectedVersion) {
            return new Outcome.Stale(current);
        }
        return write(current.edited(d, clock.instant()), expectedVersion);
    }

    /** Archives the entry (status CLOSED): it leaves the public catalogue's default list. */
    public Outcome archive(Actor actor, String id, long expectedVersion) {
        return setStatus(id, PotentialStatus.CLOSED, actor, Optional.of(expectedVersion));
    }

    /**
     * Moves the entry to {@code status}: for an officer (admin, or the entry's OPD), or for Si Kerja itself
     * ({@link Actor#system()}: the status following the cases that answer it). With an expected version the change
     * is conditional on it (Stale otherwise); without one it applies to the entry as stored now, reading again after
     * a concurrent change. Setting the status it already has changes nothing (no new version).
     */
    public Outcome setStatus(String id, PotentialStatus status, Actor actor, Optional<Long> expectedVersion) {
        Objects.requireNonNull(status, "status");
        if (!maintains(actor) && actor.role() != Role.SYSTEM) {
            return new Outcome.Forbidden();
        }
        for (int attempt = 1; ; attempt++) {
            Optional<Potential> found = actor.role() == Role.SYSTEM ? store.find(id) : findFor(actor, id);
            if (found.isEmpty()) {
                return new Outcome.NotFound();
            }
            Potential current = found.get();
            if (expectedVersion.isPresent() && current.version() != expectedVersion.get()) {
                return new Outcome.Stale(current);
            }
            if (current.status() == status) {
                return new Outcome.Done(current);
            }
            Outcome outcome = write(current.withStatus(status, clock.instant()), current.version());
            if (!(outcome instanceof Outcome.Stale) || expectedVersion.isPresent() || attempt >= STATUS_ATTEMPTS) {
                return outcome;
            }
        }
    }

    /**
     * Adds a registered file to the entry (the upload registration: no version check by the uploader, who could
     * not know one; the write is still conditional, read again on a concurrent change).
     */
    public Outcome attach(String id, PotentialAttachment attachment) {
        for (int attempt = 1; ; attempt++) {
            Optional<Potential> found = store.find(id);
            if (found.isEmpty()) {
                return new Outcome.NotFound();
            }
            Potential current = found.get();
            if (current.attachments().stream().anyMatch(a -> a.documentId().equals(attachment.documentId()))) {
                return new Outcome.Done(current);
            }
            List<PotentialAttachment> next = new ArrayList<>(current.attachments());
            next.add(attachment);
            Outcome outcome = write(current.withAttachments(next, clock.instant()), current.version());
            if (!(outcome instanceof Outcome.Stale) || attempt >= STATUS_ATTEMPTS) {
                return outcome;
            }
        }
    }

    /** Removes a file from the entry, on condition that it is still at {@code expectedVersion}. */
    public Outcome detach(Actor actor, String id, String documentId, long expectedVersion) {
        if (!maintains(actor)) {
            return new Outcome.Forbidden();
        }
        Optional<Potential> found = findFor(actor, id);
        if (found.isEmpty()) {
            return new Outcome.NotFound();
        }
        Potential current = found.get();
        if (current.version() != expectedVersion) {
            return new Outcome.Stale(current);
        }
        List<PotentialAttachment> next = current.attachments().stream()
                .filter(a -> !a.documentId().equals(documentId)).toList();
        if (next.size() == current.attachments().size()) {
            return new Outcome.NotFound();
        }
        return write(current.withAttachments(next, clock.instant()), expectedVersion);
    }

    private Outcome write(Potential next, long expectedVersion) {
        try {
            store.update(next, expectedVersion);
            return new Outcome.Done(next);
        } catch (PotentialStore.Conflict conflict) {
            return store.find(next.id()).<Outcome>map(Outcome.Stale::new).orElseGet(Outcome.NotFound::new);
        }
    }

    private void requireKnown(String department) {
        if (!knownDepartment.test(department)) {
            throw new InvalidInput(List.of(FieldError.of("departmentCode", "unknown_department")));
        }
    }
}
