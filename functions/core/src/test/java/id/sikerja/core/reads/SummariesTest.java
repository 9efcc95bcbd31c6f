package id.sikerja.core.reads;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.KsdpkInitiative;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DocumentVersion;
import id.sikerja.core.workflow.Documents;
import id.sikerja.core.workflow.DueDate;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Facts;
import id.sikerja.core.workflow.Origin;
import id.sikerja.core.workflow.Role;
import id.sikerja.core.workflow.Stage;
import id.sikerja.core.workflow.Text;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class SummariesTest {

    static final Instant AT = Instant.parse("2025-02-01T01:00:00Z");

    @Test
    void aSummaryCarriesWhatListsNeedAndNoContactData() {
        Partner partner = new Partner("PT Air Nusantara", PartnerType.BADAN_USAHA, "Kota Bontang", "Jl. Rahasia 1",
                "Budi Kontak", "budi@example.id", "+62 811 000");
        Proposal p = new Proposal(Category.KSDPK, null, KsdpkInitiative.PIHAK_KETIGA, partner, "Air Bersih Desa",
                "latar", "Menyediakan air minum", "Pipa dan tandon", "manfaat", "Bontang", 24, "APBD", List.of("DPUPR"));
        Facts facts = Facts.empty().with(Fact.TERM_START, LocalDate.of(2025, 3, 1)).with(Fact.TERM_MONTHS, 24)
                .with(Fact.PKS_SIGNED_ON, LocalDate.of(2025, 2, 20)).with(Fact.IN_APBD, true);
        DocumentVersion pks = new DocumentVersion(DocumentType.PKS_SIGNED, 1, "documents/x", "AB".repeat(32), "pks.pdf",
                AT, "officer-1", Role.ADMIN);
        DocumentVersion draft = new DocumentVersion(DocumentType.PKS_DRAFT, 1, "documents/y", "cd".repeat(32), "d.docx",
                AT, "officer-1", Role.ADMIN);
        CaseState s = new CaseState("case-1", Category.KSDPK, Optional.empty(), Optional.of(KsdpkInitiative.PIHAK_KETIGA),
                Origin.LEGACY, Stage.PELAKSANAAN, AT, List.of("DPUPR"), 3, facts, Documents.of(List.of(pks, draft)),
                List.of(), List.of(new DueDate(DueDateKind.AGREEMENT_END, LocalDate.of(2027, 2, 28), Set.of(Role.ADMIN),
                Text.of("", ""))), Optional.empty(), Optional.empty(), Optional.empty(), AT);

        CaseSummary sum = Summaries.of(new CaseRecord(null, p, s, AT.plusSeconds(60)));

        assertEquals(LocalDate.of(2025, 3, 1), sum.startDate());
        assertEquals(LocalDate.of(2027, 2, 28), sum.endDate());
        assertEquals(LocalDate.of(2025, 2, 20), sum.signedOn());
        assertTrue(sum.inBudget());
        assertEquals(Optional.of(Registry.RUNNING), sum.status());
        assertEquals(List.of(new CaseSummary.SignedDocument(DocumentType.PKS_SIGNED, 1, "ab".repeat(32), AT)),
                sum.signedDocuments(), "signed agreements only, hash in lower case");
        assertEquals(List.of("air", "bersih", "desa", "pt", "nusantara", "menyediakan", "minum", "pipa", "dan", "tandon"),
                sum.words());
        assertNull(sum.field());
        String all = sum.toString();
        for (String personal : List.of("Budi", "budi@example.id", "+62 811", "Rahasia")) {
            assertFalse(all.contains(personal), personal);
        }
    }
}
