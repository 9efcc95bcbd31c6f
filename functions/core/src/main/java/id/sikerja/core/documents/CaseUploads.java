package id.sikerja.core.documents;

import java.util.List;

/** The uploads of a case, for the views that list them (the partner's tracking page). */
@FunctionalInterface
public interface CaseUploads {

    /** Pending, registered and rejected, oldest first. */
    List<Upload> ofCase(String caseId);
}
