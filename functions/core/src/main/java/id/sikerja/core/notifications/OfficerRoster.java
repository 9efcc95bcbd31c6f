package id.sikerja.core.notifications;

import java.util.List;
import java.util.Optional;

/** The officers Si Kerja knows (each registered by their own visits), for mentions and for whom a change concerns. */
public interface OfficerRoster {

    Optional<Recipient> find(String username);

    List<Recipient> all();
}
