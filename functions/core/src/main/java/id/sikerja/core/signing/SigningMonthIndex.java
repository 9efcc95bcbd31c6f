package id.sikerja.core.signing;

import java.time.YearMonth;
import java.util.List;

/**
 * The signing schedules of one month in the Pemda's zone (issue 17's calendar): one indexed query, never a scan.
 */
public interface SigningMonthIndex {

    /** Every stored schedule whose start falls in {@code month} in the Pemda's zone, earliest first. */
    List<SigningSchedule> inMonth(YearMonth month);
}
