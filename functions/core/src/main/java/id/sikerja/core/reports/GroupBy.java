package id.sikerja.core.reports;

import id.sikerja.core.workflow.Text;

import java.util.Locale;
import java.util.Optional;

/** What a report groups cases by; {@link #code()} is the query value ({@code groupBy=department}). */
public enum GroupBy {
    YEAR(Text.of("Tahun", "Year")),
    DEPARTMENT(Text.of("OPD", "Department")),
    PARTNER(Text.of("Mitra", "Partner")),
    FIELD(Text.of("Bidang", "Field")),
    CATEGORY(Text.of("Kategori", "Category"));

    private final Text label;

    GroupBy(Text label) {
        this.label = label;
    }

    public Text label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GroupBy> fromCode(String code) {
        for (GroupBy g : values()) {
            if (g.code().equals(code)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
