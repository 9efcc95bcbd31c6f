package id.sikerja.core.activities;

import java.math.BigDecimal;
import java.util.Objects;

/** A measurable indicator of an activity: what is measured, in which unit, the target and what was achieved. */
public record Indicator(String name, String unit, BigDecimal target, BigDecimal achievement) {

    public Indicator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(achievement, "achievement");
    }
}
