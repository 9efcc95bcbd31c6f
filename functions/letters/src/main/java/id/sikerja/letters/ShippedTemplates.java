package id.sikerja.letters;

import id.sikerja.core.workflow.LetterTemplate;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The shipped default templates: plain Indonesian text kept in this module's resources
 * ({@code templates/<slug>.txt}, reviewable in a diff), made into a DOCX once per container (A4, Times New Roman
 * 12 pt). A line {@code # …} is a centred bold heading, {@code ## …} a bold line, an empty line an empty paragraph,
 * any other line a justified paragraph; each paragraph is one run, so each {@code {{placeholder}}} is whole.
 */
public final class ShippedTemplates {

    private static final Map<LetterTemplate, byte[]> CACHE = new EnumMap<>(LetterTemplate.class);

    private ShippedTemplates() {
    }

    /** The default DOCX of a template. */
    public static synchronized byte[] docx(LetterTemplate template) {
        return CACHE.computeIfAbsent(template, t -> build(text(t))).clone();
    }

    /** The default's text, as kept in the resources. */
    static String text(LetterTemplate template) {
        String name = "templates/" + template.slug() + ".txt";
        try (InputStream in = ShippedTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] build(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            CTPageSz a4 = section.addNewPgSz();
            a4.setW(BigInteger.valueOf(11906));
            a4.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1418));
            margins.setBottom(BigInteger.valueOf(1418));
            margins.setLeft(BigInteger.valueOf(1701));
            margins.setRight(BigInteger.valueOf(1418));
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("//")) {
                    continue; // a note for whoever edits the resource
                }
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingAfter(120);
                XWPFRun run = p.createRun();
                run.setFontFamily("Times New Roman");
                run.setFontSize(12);
                if (line.startsWith("# ")) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run.setBold(true);
                    run.setText(line.substring(2));
                } else if (line.startsWith("## ")) {
                    run.setBold(true);
                    run.setText(line.substring(3));
                } else {
                    p.setAlignment(line.contains("\t") ? ParagraphAlignment.LEFT : ParagraphAlignment.BOTH);
                    String[] cells = line.split("\t", -1);
                    for (int i = 0; i < cells.length; i++) {
                        if (i > 0) {
                            run.addTab();
                        }
                        run.setText(cells[i], i);
                    }
                }
            }
            doc.write(out);
            return Docx.reproducible(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
