package id.sikerja.core.reads;

import id.sikerja.core.model.Category;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.workflow.DocumentType;
import id.sikerja.core.workflow.DueDateKind;
import id.sikerja.core.workflow.EndReason;
import id.sikerja.core.workflow.Stage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Summaries built for tests, one field changed at a time. */
final class ReadsFixtures {

    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z"); // 10:00 in Makassar
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private ReadsFixtures() {
    }

    static Builder summary(String id) {
        return new Builder(id);
    }

    static final class Builder {
        String id;
        long version = 1;
        String title = "Kerja sama " + "umum";
        Category category = Category.KSDPK;
        Stage stage = Stage.INTAKE;
        String partner = "PT Mitra Umum";
        PartnerType partnerType = PartnerType.BADAN_USAHA;
        String region = "Kota Samarinda";
        List<String> departments = List.of("DINKES");
        Instant createdAt = NOW.minusSeconds(86_400);
        Instant updatedAt = NOW.minusSeconds(3_600);
        LocalDate start;
        LocalDate end;
        LocalDate signed;
        List<CaseSummary.Due> due = new ArrayList<>();
        boolean inBudget;
        EndReason endReason;
        List<CaseSummary.SignedDocument> docs = new ArrayList<>();
        String purpose = "";
        boolean refusedMandatory;
        String responsible; // issue 18 (h18-owner)

        Builder(String id) {
            this.id = id;
        }

        Builder title(String t) { title = t; return this; }
        Builder category(Category c) { category = c; return this; }
        Builder stage(Stage s) { stage = s; return this; }
        Builder partner(String p) { partner = p; return this; }
        Builder region(String r) { region = r; return this; }
        Builder partnerType(PartnerType t) { partnerType = t; return this; }
        Builder departments(String... d) { departments = List.of(d); return this; }
        Builder created(Instant i) { createdAt = i; return this; }
        Builder updated(Instant i) { updatedAt = i; return this; }
        Builder term(LocalDate s, LocalDate e) { start = s; end = e; return this; }
        Builder signed(LocalDate d) { signed = d; return this; }
        Builder due(DueDateKind k, LocalDate d) { due.add(new CaseSummary.Due(k, d)); return this; }
        Builder ended(EndReason r) { endReason = r; return this; }
        Builder purpose(String p) { purpose = p; return this; }
        Builder refusedMandatory() { refusedMandatory = true; return this; }
        Builder version(long v) { version = v; return this; }
        Builder responsible(String username) { responsible = username; return this; }
        Builder document(DocumentType t, int v, String sha) {
            docs.add(new CaseSummary.SignedDocument(t, v, sha, NOW)); return this;
        }

        CaseSummary build() {
            return new CaseSummary(id, version, "KS-" + id, title, category, stage, partner, partnerType, region,
                    departments, null, createdAt, updatedAt, start, end, signed, due, inBudget, endReason, docs,
                    SearchText.words(title, partner, purpose), refusedMandatory, responsible,
                    responsible == null ? null : "Nama " + responsible);
        }
    }
}
