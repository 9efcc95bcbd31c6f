package id.sikerja.letters;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.IterableTemplate;
import com.deepoove.poi.template.MetaTemplate;
import id.sikerja.core.letters.LetterFields;
import id.sikerja.core.letters.LetterRenderer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link LetterRenderer} with poi-tl (on Apache POI): {@code {{name}}} placeholders in the DOCX's runs, tables,
 * headers and footers. Only text placeholders are filled; a section ({@code {{?name}}…{{/name}}}) shows when its
 * field has data. The output is normalised ({@link Docx#reproducible}) so that the same template and data give the
 * same bytes (and SHA-256).
 */
public final class PoiTlRenderer implements LetterRenderer {

    private static final Configure CONFIG = Configure.createDefault();

    @Override
    public Set<String> placeholders(byte[] docx) {
        try (XWPFTemplate template = compile(docx)) {
            Set<String> names = new LinkedHashSet<>();
            collect(template.getElementTemplates(), names);
            return names;
        } catch (IOException e) {
            throw new UnreadableTemplate("the template cannot be closed", e);
        }
    }

    @Override
    public byte[] render(byte[] docx, Map<String, String> values) {
        Set<String> names = placeholders(docx);
        Map<String, Object> model = new HashMap<>();
        for (String name : names) {
            model.put(name, values.getOrDefault(name, LetterFields.MISSING));
        }
        try (XWPFTemplate template = compile(docx)) {
            template.render(model);
            ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length * 2);
            template.write(out);
            return Docx.reproducible(out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("the document could not be written", e);
        }
    }

    private static XWPFTemplate compile(byte[] docx) {
        try {
            return XWPFTemplate.compile(new ByteArrayInputStream(docx), CONFIG);
        } catch (RuntimeException e) {
            // not a ZIP, not OOXML, not a Word document, a broken tag: all the same to the uploader
            throw new UnreadableTemplate("not a DOCX template: " + e.getClass().getSimpleName(), e);
        }
    }

    private static void collect(List<MetaTemplate> templates, Set<String> names) {
        for (MetaTemplate t : templates) {
            if (t instanceof ElementTemplate e) {
                names.add(e.getTagName());
            } else if (t instanceof IterableTemplate section) {
                names.add(section.getStartMark().getTagName());
                collect(section.getTemplates(), names);
            }
        }
    }
}
