package id.sikerja.core.intake;

import id.sikerja.core.workflow.Stage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a partner is told to expect or to do next, per stage, in Indonesian and English. */
public final class PartnerGuidance {

    private static final Map<Stage, List<NextStep>> BY_STAGE = new EnumMap<>(Stage.class);

    static {
        BY_STAGE.put(Stage.INTAKE, List.of(new NextStep(false,
                "Bagian Kerja Sama sedang memeriksa kelengkapan permohonan Anda.",
                "The Bagian Kerja Sama is checking that your application is complete.")));
        BY_STAGE.put(Stage.REVISI, List.of(new NextStep(true,
                "Perbaiki permohonan sesuai catatan Bagian Kerja Sama, lalu kirim kembali melalui halaman ini.",
                "Revise your application as the Bagian Kerja Sama noted, then send it back through this page.")));
        BY_STAGE.put(Stage.PELAKSANAAN, List.of(new NextStep(true,
                "Kerja sama sedang dilaksanakan: kirim laporan monev Anda setiap periode melalui halaman ini.",
                "The cooperation is running: send your monitoring report each period through this page.")));
    }

    private static final List<NextStep> DEFAULT = List.of(new NextStep(false,
            "Permohonan Anda sedang diproses. Kami akan mengabari Anda bila ada yang perlu Anda lakukan.",
            "Your application is being processed. We will tell you when you need to act."));

    private PartnerGuidance() {
    }

    public static List<NextStep> nextSteps(Stage stage) {
        return BY_STAGE.getOrDefault(stage, DEFAULT);
    }

    /** @param partnerMustAct whether the partner has something to do */
    public record NextStep(boolean partnerMustAct, String id, String en) {
    }
}
