package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import id.sikerja.local.testing.SentMail;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 17 through the gateway: the partner's signed KB is checked by the admin (paraf on every page, meterai,
 * cap); sent back with a reason, it keeps the signing closed, the partner reads the reason on its tracking page and
 * is mailed (the SES emulator's store); the corrected copy, confirmed, opens the signing. Only the admin checks.
 */
class SignedCopyCheckJourneyTest {

    private static final String REASON = "Halaman 3 belum diparaf dan meterai belum ditandatangani";

    private final LocalSystem system = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(system);
    private final String today = today().toString();

    private Answer post(String user, String id, String action, long version, Map<String, Object> members) {
        return api.post(user, "/cooperations/" + id + "/transitions", WorkflowApi.transition(action, version, members));
    }

    private static Map<String, Object> ticks() {
        return m("facts", m("signedCopyParaf", true, "signedCopyMeterai", true, "signedCopyCap", true));
    }

    @Test
    void aSignedCopySentBackBlocksTheSigningUntilAConfirmedOneArrives() throws InterruptedException {
        Answer proposed = api.propose("Uji pemeriksaan salinan bertanda tangan " + UUID.randomUUID());
        String id = (String) proposed.body().get("id");
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        Walk w = api.new Walk(id, api.view("admin", id).version());
        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));

        // the partner uploads its signed copy through the tracking link
        api.partnerUpload(code, token, "KB_SIGNED", WorkflowApi.pdf("KB ditandatangani mitra"));
        w.version = api.view("admin", id).version();
        Map<String, Object> sign = m("facts", m("kbSignedOn", today, "kbSignatory", "KEPALA_DAERAH"));
        Answer unchecked = post("admin", id, "SIGN_KB", w.version, sign);
        assertEquals(422, unchecked.status(), unchecked.raw().body());
        assertEquals(List.of("CHECK:KB_SIGNED"), unchecked.unmetCodes());

        // only the admin checks: the department, the TKKSD and the leadership may not
        for (String other : List.of("opd-dinkes", "tkksd", "pimpinan")) {
            Answer refused = post(other, id, "CONFIRM_SIGNED_COPY", w.version, ticks());
            assertEquals(403, refused.status(), other + ": " + refused.raw().body());
            Answer notBack = post(other, id, "RETURN_SIGNED_COPY", w.version, m("note", REASON));
            assertEquals(403, notBack.status(), other + ": " + notBack.raw().body());
        }
        // an unticked item is named; a send-back without its reason too
        Answer noSeal = post("admin", id, "CONFIRM_SIGNED_COPY", w.version,
                m("facts", m("signedCopyParaf", true, "signedCopyMeterai", true)));
        assertEquals(422, noSeal.status(), noSeal.raw().body());
        assertEquals(List.of("CONFIRM:signedCopyCap"), noSeal.unmetCodes());
        assertEquals("facts.signedCopyCap", noSeal.list("unmet").get(0).get("field"));
        assertEquals(422, post("admin", id, "RETURN_SIGNED_COPY", w.version, m()).status());

        w.act("admin", "RETURN_SIGNED_COPY", m("note", REASON));
        assertEquals("PENANDATANGANAN_KB", w.stage());
        Answer stillClosed = post("admin", id, "SIGN_KB", w.version, sign);
        assertEquals(List.of("CHECK:KB_SIGNED"), stillClosed.unmetCodes(), "a copy sent back keeps the gate closed");

        // the partner reads the reason on its tracking page and is mailed
        List<Map<String, Object>> history = api.track(code, token).list("history");
        assertTrue(history.stream().anyMatch(s -> "RETURN_SIGNED_COPY".equals(s.get("action"))
                && REASON.equals(s.get("note"))), history.toString());
        SentMail mail = awaitMail(code, "Salinan bertanda tangan dikembalikan");
        assertTrue(mail.text().contains("/lacak/" + code), mail.text());
        assertTrue(mail.text().contains("sent back"), "English below the Indonesian");

        // a new copy arrives: checked again before it opens the signing
        api.partnerUpload(code, token, "KB_SIGNED", WorkflowApi.pdf("KB ditandatangani mitra"));
        w.version = api.view("admin", id).version();
        assertEquals(List.of("CHECK:KB_SIGNED"), post("admin", id, "SIGN_KB", w.version, sign).unmetCodes());
        Answer confirmed = post("admin", id, "CONFIRM_SIGNED_COPY", w.version, ticks());
        assertEquals(200, confirmed.status(), confirmed.raw().body());
        w.version = confirmed.version();
        Answer signed = post("admin", id, "SIGN_KB", w.version, sign);
        assertEquals(200, signed.status(), signed.raw().body());
        assertEquals("PENYUSUNAN_PKS", signed.stage());
    }

    private SentMail awaitMail(String code, String subjectPart) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            for (SentMail m : system.mail().sent()) {
                if (m.subject().contains(code) && m.subject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail '" + subjectPart + "' for " + code);
    }
}
