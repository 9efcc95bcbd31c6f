package id.sikerja.core.reminders;

import id.sikerja.core.workflow.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DigestRecipientsTest {

    @Test
    void theAdminInboxGetsTheDailyAdminDigestUnlessAnOfficerWithItsAddressChoseOtherwise() {
        Officer opd = new Officer("sub-1", "dinkes@kota.go.id", Set.of(Role.OPD), Optional.of("DINKES"),
                DigestPreference.DEFAULT);
        Officer inboxOwner = new Officer("sub-2", "KerjaSama@kota.go.id", Set.of(Role.ADMIN), Optional.empty(),
                new DigestPreference(DigestPreference.Frequency.OFF, null));

        List<Officer> added = DigestRecipients.of(List.of(opd), List.of("kerjasama@kota.go.id"));
        assertEquals(2, added.size());
        Officer inbox = added.get(1);
        assertEquals("inbox:kerjasama@kota.go.id", inbox.id());
        assertEquals(Set.of(Role.ADMIN), inbox.roles());
        assertEquals(DigestPreference.DEFAULT, inbox.preference());

        assertEquals(List.of(opd, inboxOwner), DigestRecipients.of(List.of(opd, inboxOwner),
                List.of("kerjasama@kota.go.id")), "the officer's own choice stands");
    }
}
