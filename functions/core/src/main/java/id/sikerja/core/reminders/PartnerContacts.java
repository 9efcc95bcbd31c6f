package id.sikerja.core.reminders;

import java.util.Optional;

/** Where a case's partner is reached: the address it gave and the tracking code of its page. */
public interface PartnerContacts {

    Optional<Contact> contact(String caseId);

    record Contact(String email, String trackingCode) {
    }
}
