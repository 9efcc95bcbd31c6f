package id.sikerja.core.letters;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.Partner;
import id.sikerja.core.model.PartnerType;
import id.sikerja.core.model.Proposal;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Signatory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of {@link LetterFields} for one case: from its proposal and recorded facts, dates in the Pemda's zone
 * in Indonesian, amounts in Rupiah. A value the case does not have is absent (the renderer writes
 * {@link LetterFields#MISSING} and lists it).
 */
public final class LetterData {

    private LetterData() {
    }

    /**
     * @param pemdaName the Pemda's name (PEMDA_NAME)
     * @param zone      the Pemda's zone, in which "today" is read
     */
    public static Map<String, String> of(CaseRecord c, String pemdaName, ZoneId zone, Instant now) {
        Map<String, String> v = new LinkedHashMap<>();
        Proposal p = c.proposal();
        CaseState s = c.state();
        Partner partner = p.partner();
        put(v, "pemdaName", pemdaName);
        put(v, "today", IndonesianFormat.date(LocalDate.ofInstant(now, zone)));
        put(v, "trackingCode", c.trackingCode());
        put(v, "title", p.title());
        put(v, "categoryLabel", categoryLabel(s.category()));
        if (partner != null) {
            put(v, "partnerName", partner.name());
            put(v, "partnerTypeLabel", partner.type() == null ? null : partnerTypeLabel(partner.type()));
            put(v, "partnerRegion", partner.regionOrCountry());
            put(v, "partnerAddress", partner.address());
            put(v, "partnerRepresentative", partner.contactPerson());
        }
        Optional<Signatory> signatory = s.fact(Fact.SIGNATORY).or(() -> s.fact(Fact.KB_SIGNATORY));
        put(v, "pemdaSignatory", signatory.map(LetterData::signatoryLabel).orElse(null));
        put(v, "departments", String.join(", ", s.departments()));
        put(v, "background", p.background());
        put(v, "purpose", p.purpose());
        put(v, "scope", p.scope());
        put(v, "expectedBenefits", p.expectedBenefits());
        put(v, "location", p.location());
        put(v, "financing", p.financing());
        Optional<Integer> months = s.fact(Fact.TERM_MONTHS)
                .or(() -> p.durationMonths() > 0 ? Optional.of(p.durationMonths()) : Optional.empty());
        put(v, "termMonths", months.map(m -> IndonesianFormat.numberWithWords(m) + " bulan").orElse(null));
        Optional<LocalDate> start = s.fact(Fact.TERM_START);
        put(v, "termStart", start.map(IndonesianFormat::date).orElse(null));
        if (start.isPresent() && months.isPresent()) {
            put(v, "termEnd", IndonesianFormat.date(start.get().plusMonths(months.get()).minusDays(1)));
        }
        put(v, "agreementNumber", s.fact(Fact.AGREEMENT_NUMBER).orElse(null));
        put(v, "budgetAmount", s.fact(Fact.BUDGET_AMOUNT).map(IndonesianFormat::rupiah).orElse(null));
        put(v, "budgetYear", s.fact(Fact.BUDGET_YEAR).or(() -> s.fact(Fact.PKS_BUDGET_YEAR))
                .map(String::valueOf).orElse(null));
        put(v, "burdensPublic", s.fact(Fact.DPRD_BURDENS_PUBLIC).map(b -> b
                ? "membebani masyarakat dan daerah" : "tidak membebani masyarakat dan daerah").orElse(null));
        put(v, "fundingUnbudgeted", s.fact(Fact.DPRD_FUNDING_UNBUDGETED).map(b -> b
                ? "pendanaannya belum teranggarkan dalam APBD tahun anggaran berjalan"
                : "pendanaannya telah teranggarkan dalam APBD tahun anggaran berjalan").orElse(null));
        put(v, "kbSignedOn", s.fact(Fact.KB_SIGNED_ON).map(IndonesianFormat::date).orElse(null));
        return v;
    }

    /** The fields of {@code used} that {@code values} has no data for, in the order of {@link LetterFields#ALL}. */
    public static List<String> missing(Map<String, String> values, java.util.Collection<String> used) {
        return LetterFields.names().stream().filter(used::contains).filter(n -> !values.containsKey(n)).toList();
    }

    private static void put(Map<String, String> v, String name, String value) {
        if (value != null && !value.isBlank()) {
            v.put(name, value.strip());
        }
    }

    static String categoryLabel(Category c) {
        return switch (c) {
            case KSDD -> "Kerja sama daerah dengan daerah lain";
            case KSDPK -> "Kerja sama daerah dengan pihak ketiga";
            case KSDPL -> "Kerja sama daerah dengan pemerintah daerah di luar negeri";
            case KSDLL -> "Kerja sama daerah dengan lembaga di luar negeri";
            case SINERGI -> "Sinergi dengan kementerian/lembaga";
        };
    }

    static String partnerTypeLabel(PartnerType t) {
        return switch (t) {
            case PEMERINTAH_DAERAH -> "Pemerintah daerah";
            case BADAN_USAHA -> "Badan usaha";
            case ORGANISASI -> "Organisasi kemasyarakatan berbadan hukum";
            case PERGURUAN_TINGGI -> "Perguruan tinggi";
            case PERORANGAN -> "Perorangan";
            case PEMERINTAH_DAERAH_LUAR_NEGERI -> "Pemerintah daerah di luar negeri";
            case LEMBAGA_LUAR_NEGERI -> "Lembaga di luar negeri";
            case KEMENTERIAN_LEMBAGA -> "Kementerian/lembaga";
        };
    }

    static String signatoryLabel(Signatory s) {
        return switch (s) {
            case KEPALA_DAERAH -> "Kepala Daerah";
            case PEJABAT_OPD -> "Pejabat perangkat daerah selaku penerima kuasa";
        };
    }

}
