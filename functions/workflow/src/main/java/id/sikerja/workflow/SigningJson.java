package id.sikerja.workflow;

import id.sikerja.core.signing.SigningSchedule;
import id.sikerja.core.validation.Language;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Issue 17: the JSON of a signing's schedule; the date and time also in the Pemda's zone, labels in the caller's language. */
final class SigningJson {

    private SigningJson() {
    }

    static Map<String, Object> schedule(SigningSchedule s, Language lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", s.caseId());
        out.put("uid", s.uid());
        out.put("mode", s.mode().name());
        out.put("modeLabel", s.mode().label().in(lang));
        out.put("start", s.start().toString());
        out.put("end", s.end().toString());
        out.put("date", DateTimeFormatter.ISO_LOCAL_DATE.format(s.start().atZone(s.zone())));
        out.put("time", DateTimeFormatter.ofPattern("HH:mm").format(s.start().atZone(s.zone())));
        out.put("zone", s.zone().getId());
        out.put("durationMinutes", s.durationMinutes());
        out.put("place", s.place());
        out.put("signers", s.signers().stream().map(g -> Map.of("party", g.party().name(),
                "partyLabel", g.party().label().in(lang), "name", g.name(), "position", g.position())).toList());
        out.put("status", s.status().name());
        out.put("statusLabel", s.status().label().in(lang));
        out.put("sequence", s.sequence());
        out.put("version", s.version());
        out.put("updatedAt", s.updatedAt().toString());
        return out;
    }

    static Map<String, Object> answer(SigningSchedule s, boolean changed, List<String> invitedCount, Language lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schedule", schedule(s, lang));
        out.put("changed", changed);
        out.put("invitations", invitedCount.size());
        return out;
    }
}
