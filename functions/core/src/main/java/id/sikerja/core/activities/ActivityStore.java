package id.sikerja.core.activities;

import id.sikerja.core.cases.CaseStore;
import id.sikerja.core.idempotency.Remembered;
import id.sikerja.core.idempotency.RememberedAnswers;
import id.sikerja.core.mail.OutboxEntry;
import id.sikerja.core.workflow.TimelineEvent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What activities need from storage (the single table: an item per activity beside its case, found with its case's
 * key, never by a scan).
 */
public interface ActivityStore extends RememberedAnswers {

    /** The case's activities, oldest first (strongly consistent). */
    List<Activity> ofCase(String caseId);

    /** One activity of a case. */
    Optional<Activity> find(String caseId, String activityId);

    /**
     * Writes in one transaction: the activity (conditional on {@code expectedVersion}, 0 = must not exist yet), the
     * case change when the step changes the case (a verification moves the "no verified activity" due date;
     * conditional on the case's version, with {@code event} in its timeline) or else {@code event} alone in the
     * case's timeline, and the answer to remember (conditional on its key not being remembered yet).
     *
     * @throws CaseStore.Conflict when a condition failed; nothing was written
     */
    void commit(Write write);

    /** @param outbox the e-mails the step owes (the partner's, when its activity is returned), kept until sent */
    record Write(Activity activity, long expectedVersion, TimelineEvent event, Optional<CaseStore.CaseWrite> caseChange,
                 Optional<Remembered> remember, List<OutboxEntry> outbox) {
        public Write {
            Objects.requireNonNull(activity, "activity");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(caseChange, "caseChange");
            Objects.requireNonNull(remember, "remember");
            outbox = List.copyOf(outbox);
        }

        public Write(Activity activity, long expectedVersion, TimelineEvent event,
                     Optional<CaseStore.CaseWrite> caseChange, Optional<Remembered> remember) {
            this(activity, expectedVersion, event, caseChange, remember, List.of());
        }
    }
}
