package id.sikerja.core.events;

import java.time.Instant;
import java.util.Objects;

/**
 * A fact other city systems may act on, published on the event bus ({@code source} {@code id.sikerja}). Written in
 * the same transaction as the change it reports (the outbox), then published; its id is derived from the change, so
 * that every retry of a publication carries the same {@code eventId} and a consumer that dedupes by it sees the event
 * once.
 *
 * @param eventId    stable, unique: a name-based UUID of the case, its version, the detail type and the position
 * @param detailType one of {@link DomainEvents#TYPES}
 * @param caseId     the case the event is about
 * @param detail     the event's {@code detail} as JSON text (documented in {@code docs/events.asyncapi.yaml}); never
 *                   personal data: no partner name, e-mail, phone, address or contact person, no note
 */
public record DomainEvent(String eventId, String detailType, Instant occurredAt, String caseId, String detail) {

    public DomainEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(detail, "detail");
    }

    /** The bus's {@code source} of every Si Kerja event. */
    public static final String SOURCE = "id.sikerja";
}
