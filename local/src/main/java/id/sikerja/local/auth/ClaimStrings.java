package id.sikerja.local.auth;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders token claims the way an HTTP API's JWT authorizer passes them to the integration: every value
 * becomes a string, numbers without exponent, arrays as {@code [a b]}, objects as {@code map[k:v]}.
 */
public final class ClaimStrings {

    private ClaimStrings() {
    }

    public static Map<String, String> render(Map<String, Object> claims) {
        Map<String, String> rendered = new LinkedHashMap<>();
        claims.forEach((name, value) -> rendered.put(name, renderValue(value)));
        return rendered;
    }

    static String renderValue(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Iterator<?> items = list.iterator(); items.hasNext(); ) {
                out.append(renderValue(items.next()));
                if (items.hasNext()) {
                    out.append(' ');
                }
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("map[");
            Iterator<? extends Map.Entry<?, ?>> entries = new TreeMap<>(map).entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                out.append(entry.getKey()).append(':').append(renderValue(entry.getValue()));
                if (entries.hasNext()) {
                    out.append(' ');
                }
            }
            return out.append(']').toString();
        }
        return value.toString();
    }
}
