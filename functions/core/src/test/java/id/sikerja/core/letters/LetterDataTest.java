package id.sikerja.core.letters;

import id.sikerja.core.cases.CaseRecord;
import id.sikerja.core.intake.Proposals;
import id.sikerja.core.model.Category;
import id.sikerja.core.model.ProposalReader;
import id.sikerja.core.workflow.CaseState;
import id.sikerja.core.workflow.Fact;
import id.sikerja.core.workflow.Stage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a letter says about a case, in Indonesian: dates, Rupiah, numbers in words, what is missing. */
class LetterDataTest {

    @Test
    void datesAreIndonesianAndTodayIsReadInThePemdasZone() {
        assertEquals("6 Desember 2026", IndonesianFormat.date(LocalDate.of(2026, 12, 6)));
        assertEquals("1 Januari 2027", IndonesianFormat.date(LocalDate.of(2027, 1, 1)));
        CaseRecord c = record(LetterPermissionsTest.caseAt(Category.KSDPK, Stage.PENAWARAN));
        // 16:30 UTC on 6 December is 00:30 on 7 December in Makassar
        Map<String, String> v = LetterData.of(c, "Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"),
                Instant.parse("2026-12-06T16:30:00Z"));
        assertEquals("7 Desember 2026", v.get("today"));
        assertEquals("Pemerintah Kota Contoh", v.get("pemdaName"));
    }

    @Test
    void rupiahHasDotsBetweenThousandsAndACommaBeforeTheCents() {
        assertEquals("Rp1.250.000.000,00", IndonesianFormat.rupiah(new BigDecimal("1250000000")));
        assertEquals("Rp999,50", IndonesianFormat.rupiah(new BigDecimal("999.5")));
    }

    @Test
    void numbersAreAlsoWrittenInWords() {
        assertEquals("12 (dua belas)", IndonesianFormat.numberWithWords(12));
        assertEquals("sebelas", IndonesianFormat.words(11));
        assertEquals("seratus dua puluh", IndonesianFormat.words(120));
        assertEquals("seribu lima ratus", IndonesianFormat.words(1500));
        assertEquals("dua juta tiga ratus ribu", IndonesianFormat.words(2_300_000));
        assertEquals("enam puluh", IndonesianFormat.words(60));
    }

    @Test
    void theCasesDataFillsItsFieldsAndWhatItLacksIsListedAsMissing() {
        CaseState s = LetterPermissionsTest.caseAt(Category.KSDPK, Stage.PENYUSUNAN_PKS);
        s = s.withFacts(s.facts().with(Fact.TERM_START, LocalDate.of(2027, 1, 1)).with(Fact.TERM_MONTHS, 24)
                .with(Fact.BUDGET_AMOUNT, new BigDecimal("150000000")));
        CaseRecord c = record(s);
        Map<String, String> v = LetterData.of(c, "Pemerintah Kota Contoh", ZoneId.of("Asia/Makassar"),
                Instant.parse("2026-12-06T02:00:00Z"));
        assertEquals(c.proposal().title(), v.get("title"));
        assertEquals(c.proposal().partner().name(), v.get("partnerName"));
        assertEquals("24 (dua puluh empat) bulan", v.get("termMonths"));
        assertEquals("1 Januari 2027", v.get("termStart"));
        assertEquals("31 Desember 2028", v.get("termEnd"));
        assertEquals("Rp150.000.000,00", v.get("budgetAmount"));
        assertEquals("membebani masyarakat dan daerah", v.get("burdensPublic"));
        assertFalse(v.containsKey("agreementNumber"));
        assertEquals(List.of("agreementNumber", "kbSignedOn"),
                LetterData.missing(v, List.of("kbSignedOn", "title", "agreementNumber")));
        assertTrue(LetterFields.names().containsAll(v.keySet()), "only documented names are filled");
    }

    private static CaseRecord record(CaseState s) {
        return new CaseRecord("KS-2026-0001", ProposalReader.read(Proposals.validKsdpk()), s, s.createdAt());
    }
}
