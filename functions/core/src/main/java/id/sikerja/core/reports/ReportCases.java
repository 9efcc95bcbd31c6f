package id.sikerja.core.reports;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.workflow.Stage;

import java.util.List;
import java.util.Set;

/**
 * How the reports read cases (the single table in AWS): by key or index, never by a scan. Kept small so that the
 * grouped reports can be served from compact per-case summaries instead of whole case items without changing them.
 */
public interface ReportCases {

    /** Every case, as report rows. */
    List<CaseRow> all();

    /** Every case of a department (an OPD user's or a scoped TKKSD member's scope), as report rows. */
    List<CaseRow> ofDepartment(String department);

    /** The whole records of the cases in these stages (the foreign annual report needs facts and monev). */
    List<CaseRecord> inStages(Set<Stage> stages);
}
