package id.sikerja.local.journeys;

import id.sikerja.local.journeys.WorkflowApi.Answer;
import id.sikerja.local.journeys.WorkflowApi.Walk;
import id.sikerja.local.testing.LocalSystem;
import id.sikerja.local.testing.SentMail;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static id.sikerja.local.journeys.WorkflowApi.docs;
import static id.sikerja.local.journeys.WorkflowApi.m;
import static id.sikerja.local.journeys.WorkflowApi.today;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Through the gateway: the partner receives an e-mail (read from the SES emulator's store) at each change that
 * concerns it, each with its tracking link, and a retried request sends nothing twice.
 */
class PartnerNoticeJourneyTest {

    private final LocalSystem system = LocalSystem.shared();
    private final WorkflowApi api = new WorkflowApi(system);
    private final String today = today().toString();

    @Test
    void thePartnerIsMailedWhenAcceptedAskedToSignAndSignedOnceEach() throws InterruptedException {
        Answer proposed = api.propose("Uji pemberitahuan mitra " + UUID.randomUUID());
        String id = (String) proposed.body().get("id");
        String code = (String) proposed.body().get("trackingCode");
        String token = (String) proposed.body().get("accessToken");
        Walk w = api.new Walk(id, api.view("admin", id).version());

        w.act("admin", "ACCEPT", m("documents", docs("SURAT_PERMOHONAN", "STUDI_KELAYAKAN")));
        long acceptedAt = w.version;
        SentMail accepted = awaitMail(code, "Anda diterima");
        assertTrue(accepted.text().contains("/lacak/" + code), accepted.text());
        assertFalse(accepted.text().contains(token) || accepted.html().contains(token), "never the token again");

        // the same acceptance sent again (a client retrying on the version it saw) changes and sends nothing
        Answer again = api.post("admin", "/cooperations/" + id + "/transitions",
                WorkflowApi.transition("ACCEPT", acceptedAt - 1, m()));
        assertEquals(409, again.status(), again.raw().body());

        w.act("tkksd", "RECORD_TKKSD_ASSESSMENT", m("documents", docs("KAJIAN_TKKSD"),
                "facts", m("tkksdAssessedOn", today, "tkksdRecommendation", "SETUJU")));
        w.act("opd-dinkes", "RECORD_FACTS", m("facts", m("dprdBurdensPublic", false, "dprdFundingUnbudgeted", false,
                "objectInPlan", true)));
        w.act("admin", "COMPLETE_PREPARATION", m());
        w.act("admin", "SEND_OFFER", m("documents", docs("SURAT_JAWABAN")));
        w.act("opd-dinkes", "FINALIZE_KB_DRAFT", m("documents", docs("KB_DRAFT")));
        SentMail toSign = awaitMail(code, "siap ditandatangani");
        assertTrue(toSign.text().contains("Penandatanganan Kesepakatan Bersama"), toSign.text());
        assertTrue(toSign.text().contains("Signing the KB"), "English below the Indonesian");

        w.act("admin", "SIGN_KB", m("documents", docs("KB_SIGNED"), "facts", m("kbSignedOn", today,
                "kbSignatory", "KEPALA_DAERAH")));
        awaitMail(code, "Penandatanganan tercatat");

        // the partner's mails: all but the Bagian Kerja Sama's notice of a new proposal
        List<String> subjects = system.mail().sent().stream().filter(m -> m.subject().contains(code))
                .filter(m -> m.to().equals(accepted.to())).map(SentMail::subject).toList();
        assertEquals(1, subjects.stream().filter(s -> s.contains("Anda diterima")).count(), subjects.toString());
        assertEquals(1, subjects.stream().filter(s -> s.contains("siap ditandatangani")).count(), subjects.toString());
        assertEquals(4, subjects.size(), "confirmation, accepted, to sign, signed — and no mail for officers' "
                + "intermediate steps: " + subjects);
    }

    private SentMail awaitMail(String code, String subjectPart) throws InterruptedException {
        Predicate<SentMail> which = m -> m.subject().contains(code) && m.subject().contains(subjectPart);
        for (int i = 0; i < 50; i++) {
            for (SentMail m : system.mail().sent()) {
                if (which.test(m)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail '" + subjectPart + "' for " + code + " in " + system.mail().sent().size());
    }
}
