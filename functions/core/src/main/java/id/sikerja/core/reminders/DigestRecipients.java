package id.sikerja.core.reminders;

import id.sikerja.core.workflow.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who receives digests. */
public final class DigestRecipients {

    private DigestRecipients() {
    }

    /**
     * The officers who chose a digest, and the Bagian Kerja Sama's shared inbox(es), which get the admin digest
     * daily unless an officer with that address (compared case-insensitively) chose otherwise.
     */
    public static List<Officer> of(List<Officer> officers, List<String> adminInboxes) {
        List<Officer> all = new ArrayList<>(officers);
        for (String inbox : adminInboxes) {
            if (all.stream().noneMatch(o -> o.email().equalsIgnoreCase(inbox))) {
                all.add(new Officer("inbox:" + inbox, inbox, Set.of(Role.ADMIN), Optional.empty(),
                        DigestPreference.DEFAULT));
            }
        }
        return all;
    }
}
