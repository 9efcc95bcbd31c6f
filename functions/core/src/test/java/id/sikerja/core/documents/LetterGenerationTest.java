package id.sikerja.core.documents;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.idempotency.Idempotency;
import id.sikerja.core.idempotency.IdempotencyKey;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.letters.LetterRenderer;
import id.sikerja.core.letters.LetterService;
import id.sikerja.core.letters.LetterTemplateStore;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.validation.InvalidInput;
import id.sikerja.core.workflow.Actor;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 17: a generated letter is registered like an upload — the next version of its document type, with the SHA-256
 * of the bytes stored under its key — and a retry with the same Idempotency-Key registers nothing new.
 */
class LetterGenerationTest {

    private static final Instant NOW = Instant.parse("2026-06-02T02:00:00Z");
    private final InMemoryStores stores = new InMemoryStores();
    private final Map<String, byte[]> objects = new TreeMap<>();
    private final Actor admin = Actor.admin("admin-sub");
    private final LetterService letters = new LetterService(stores, stores, (key, bytes, type) -> objects.put(key, bytes),
            new NoTemplates(), new Concatenating(), t -> ("TEMPLATE " + t.slug()).getBytes(StandardCharsets.UTF_8),
            Workflow::withDefaults, "Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theGeneratedFileIsTheNextDraftVersionWithTheSha256OfTheStoredBytes() throws Exception {
        stores.put(caseAt(Stage.PENYUSUNAN_PKS));
        LetterService.Generated first = letters.generate("case-1", admin, "rancangan-pks", Optional.empty()).orElseThrow();
        LetterService.Generated second = letters.generate("case-1", admin, "rancangan-pks", Optional.empty()).orElseThrow();
        assertEquals(1, first.version());
        assertEquals(2, second.version());
        CaseRecord c = stores.find("case-1").orElseThrow();
        assertEquals(2, c.state().documents().all().stream().filter(d -> d.type() == DocumentType.PKS_DRAFT).count());
        byte[] stored = objects.get(second.upload().storedKey());
        assertEquals(sha256(stored), second.upload().sha256());
        assertEquals(List.of("termStart"), first.missing(), "the renderer's placeholders the case has no data for");
        assertEquals(Upload.Status.REGISTERED, second.upload().status());
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheSameVersionAndRegistersNothing() {
        stores.put(caseAt(Stage.PENYUSUNAN_PKS));
        Idempotency key = Idempotency.of(new IdempotencyKey("retry-key-1"), LetterService.GENERATE_ROUTE, "case-1",
                admin.id(), "fingerprint");
        LetterService.Generated first = letters.generate("case-1", admin, "rancangan-pks", Optional.of(key)).orElseThrow();
        long version = stores.find("case-1").orElseThrow().version();
        LetterService.Generated retried = letters.generate("case-1", admin, "rancangan-pks", Optional.of(key)).orElseThrow();
        assertTrue(retried.replayed());
        assertEquals(first.version(), retried.version());
        assertEquals(version, stores.find("case-1").orElseThrow().version(), "nothing written");
        assertThrows(InvalidInput.class, () -> letters.generate("case-1", admin, "rancangan-kb", Optional.of(key)),
                "the key of another template's request");
    }

    @Test
    void aTemplateOutsideItsStageChangesNothing() {
        stores.put(caseAt(Stage.PENAWARAN));
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> letters.generate("case-1", admin, "rancangan-pks", Optional.empty()));
        assertEquals("template_not_available_now", refused.errors().get(0).code());
        assertTrue(objects.isEmpty());
        assertTrue(stores.uploads.isEmpty());
        assertTrue(letters.generate("case-1", Actor.opd("x", "DISHUB"), "surat-penawaran", Optional.empty()).isEmpty(),
                "another department's case is not found");
    }

    private static CaseRecord caseAt(Stage stage) {
        Instant t = NOW.minus(Duration.ofDays(30));
        CaseState s = new CaseState("case-1", Category.KSDPK, Optional.empty(), Optional.of(KsdpkInitiative.PIHAK_KETIGA),
                Origin.PARTNER_APPLICATION, stage, t, List.of("DINKES"), 7,
                Facts.empty().with(Fact.DPRD_BURDENS_PUBLIC, false).with(Fact.DPRD_FUNDING_UNBUDGETED, false),
                Documents.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), t);
        return new CaseRecord("KS-1", ProposalReader.read(Proposals.validKsdpk()), s, t);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The document is the template followed by the values of its three placeholders. */
    private static final class Concatenating implements LetterRenderer {
        @Override
        public Set<String> placeholders(byte[] docx) {
            return Set.of("title", "partnerName", "termStart");
        }

        @Override
        public byte[] render(byte[] docx, Map<String, String> values) {
            return (new String(docx, StandardCharsets.UTF_8) + " " + values.get("title") + " "
                    + values.getOrDefault("termStart", "[…]")).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final class NoTemplates implements LetterTemplateStore {
        private final Map<String, TemplateVersion> stored = new HashMap<>();

        @Override
        public List<TemplateVersion> current() {
            return List.copyOf(stored.values());
        }

        @Override
        public Optional<TemplateVersion> current(id.sikerja.core.workflow.LetterTemplate template) {
            return Optional.ofNullable(stored.get(template.slug()));
        }

        @Override
        public byte[] read(TemplateVersion version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void save(TemplateVersion next, Optional<byte[]> docx) {
            stored.put(next.template().slug(), next);
        }
    }
}
