package id.sikerja.letters;

import id.sikerja.core.letters.LetterFields;
import id.sikerja.core.letters.LetterRenderer;
import id.sikerja.core.workflow.LetterTemplate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The shipped templates and the renderer: each default is a DOCX that POI reads back, uses only documented
 * placeholders, and renders with the case's data; what the case lacks is marked "[…]"; the output is reproducible;
 * uploads that are not DOCX templates are told apart from templates with unknown placeholders.
 */
class LetterTemplatesTest {

    private final PoiTlRenderer renderer = new PoiTlRenderer();

    @ParameterizedTest
    @EnumSource(LetterTemplate.class)
    void eachShippedTemplateIsADocxThatPoiReadsAndUsesOnlyKnownPlaceholders(LetterTemplate template) throws IOException {
        byte[] docx = ShippedTemplates.docx(template);
        String text = text(docx);
        assertTrue(text.contains("{{title}}"), template + " names the cooperation");
        assertFalse(text.contains("//"), "the resource's notes stay out of the document");
        Set<String> used = renderer.placeholders(docx);
        assertTrue(LetterFields.names().containsAll(used), () -> template + " uses " + used);
        assertTrue(used.containsAll(List.of("title", "partnerName", "pemdaName")), template + " " + used);
    }

    @ParameterizedTest
    @EnumSource(LetterTemplate.class)
    void eachTemplateRendersTheCasesDataAndMarksWhatIsMissing(LetterTemplate template) throws IOException {
        Map<String, String> values = new HashMap<>();
        values.put("title", "Pengelolaan Air Minum Lintas Batas");
        values.put("partnerName", "Kabupaten Tetangga Makmur");
        values.put("pemdaName", "Pemerintah Kota Contoh");
        values.put("termMonths", "24 (dua puluh empat) bulan");
        String text = text(renderer.render(ShippedTemplates.docx(template), values));
        assertTrue(text.contains("Pengelolaan Air Minum Lintas Batas"), text);
        assertTrue(text.contains("Kabupaten Tetangga Makmur"), text);
        assertTrue(text.contains("Pemerintah Kota Contoh"), text);
        assertTrue(text.contains(LetterFields.MISSING), "a field without data stays visible");
        assertFalse(text.contains("{{"), "every placeholder is filled: " + text);
        if (template != LetterTemplate.SURAT_JAWABAN) {
            assertTrue(text.contains("24 (dua puluh empat) bulan"), template + ": the term");
        }
    }

    @Test
    void theDprdRequestExplainsWhatPp28RequiresAndThePksDraftHasTheFourKsdpkClauses() throws IOException {
        String dprd = text(ShippedTemplates.docx(LetterTemplate.PERMOHONAN_DPRD));
        for (String part : List.of("Tujuan kerja sama", "Objek kerja sama", "Hak dan kewajiban",
                "kontribusi APBD", "Manfaat kerja sama", "Jangka waktu", "Beban bagi masyarakat")) {
            assertTrue(dprd.contains(part), part);
        }
        String pks = text(ShippedTemplates.docx(LetterTemplate.RANCANGAN_PKS));
        for (String clause : List.of("Hak dan Kewajiban", "Jangka Waktu", "Penyelesaian Perselisihan", "Sanksi")) {
            assertTrue(pks.contains(clause), clause);
        }
    }

    @Test
    void theSameTemplateAndDataGiveTheSameBytes() {
        byte[] docx = ShippedTemplates.docx(LetterTemplate.RANCANGAN_PKS);
        Map<String, String> values = Map.of("title", "Sama");
        assertArrayEquals(renderer.render(docx, values), renderer.render(docx, values));
    }

    @Test
    void aTemplateAnAdminWroteInWordIsReadWithItsPlaceholdersEvenInATable() throws IOException {
        byte[] docx = wordDocument("Perihal: {{title}}", "Mitra: {{partnerName}} {{unknownThing}}");
        assertEquals(Set.of("title", "partnerName", "unknownThing", "budgetAmount"), renderer.placeholders(docx));
    }

    @Test
    void bytesThatAreNotADocxAreUnreadable() {
        assertThrows(LetterRenderer.UnreadableTemplate.class,
                () -> renderer.placeholders("%PDF-1.7 not a word file".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(LetterRenderer.UnreadableTemplate.class, () -> renderer.placeholders(new byte[0]));
    }

    @Test
    void primingRendersEveryShippedTemplate() {
        assertTrue(LettersHandler.primeRendering() > 5 * 1000);
    }

    static byte[] wordDocument(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                XWPFParagraph paragraph = doc.createParagraph();
                XWPFRun run = paragraph.createRun();
                run.setText(p);
            }
            doc.createTable(1, 1).getRow(0).getCell(0).setText("Nilai: {{budgetAmount}}");
            doc.write(out);
            return out.toByteArray();
        }
    }

    static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
