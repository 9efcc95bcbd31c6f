package id.sikerja.core.intake;

import java.util.List;
import java.util.Map;

/** What a partner is told to expect or to do next, per stage, in Indonesian and English. */
public final class PartnerGuidance {

    private static final Map<String, List<NextStep>> BY_STAGE = Map.of(
            "INTAKE", List.of(new NextStep(false,
                    "Bagian Kerja Sama sedang memeriksa kelengkapan permohonan Anda.",
                    "The Bagian Kerja Sama is checking that your application is complete.")));

    private static final List<NextStep> DEFAULT = List.of(new NextStep(false,
            "Permohonan Anda sedang diproses. Kami akan mengabari Anda bila ada yang perlu Anda lakukan.",
            "Your application is being processed. We will tell you when you need to act."));

    private PartnerGuidance() {
    }

    public static List<NextStep> nextSteps(String stage) {
        return BY_STAGE.getOrDefault(stage, DEFAULT);
    }

    /** @param partnerMustAct whether the partner has something to do */
    public record NextStep(boolean partnerMustAct, String id, String en) {
    }
}
