package id.sikerja.core.workflow;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsddKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * Issue 13 item 7: a KSDD wajib that the region refused (rejected or withdrew). It is flagged in the dashboard and
 * the reports for the Gubernur (a kab/kota) or the Minister (a province), who may take it over (domain.md §2.1 [I];
 * UU 23/2014 Ps 363-364).
 */
public final class MandatoryRefusal {

    /** The endings that are the region's refusal; a DPRD or Minister refusal is not the region's choice. */
    static final Set<EndReason> REFUSALS = EnumSet.of(EndReason.DITOLAK_SAAT_INTAKE, EndReason.DITOLAK_TKKSD,
            EndReason.DITARIK_PEMOHON);

    private MandatoryRefusal() {
    }

    /** Whether the case is a refused mandatory cooperation. */
    public static boolean isRefusedMandatory(CaseState s) {
        return s.category() == Category.KSDD && s.ksddKind().filter(k -> k == KsddKind.WAJIB).isPresent()
                && s.endReason().filter(REFUSALS::contains).isPresent();
    }
}
