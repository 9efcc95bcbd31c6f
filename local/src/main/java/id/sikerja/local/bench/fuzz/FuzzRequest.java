package id.sikerja.local.bench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request.
 *
 * @param index   its number in the run: with the seed it makes the same request again
 * @param family  the mutation family (wrong types, nulls, ...) and {@code variant} the mutation within it
 * @param target  path and query as sent (percent-encoded)
 * @param body    null: no body
 */
record FuzzRequest(int index, String family, String variant, String routeKey, String method, String target,
                   List<Map.Entry<String, String>> headers, byte[] body) {

    /** Method, target, family, the headers (tokens shortened) and the body, each truncated, for a developer to read. */
    String describe(int max) {
        StringBuilder b = new StringBuilder();
        b.append('#').append(index).append(' ').append(method).append(' ').append(truncate(target, max))
                .append("  (route ").append(routeKey).append(", ").append(family).append('/').append(variant).append(')');
        for (Map.Entry<String, String> h : headers) {
            String value = h.getKey().equalsIgnoreCase("authorization") || h.getKey().equalsIgnoreCase("x-access-token")
                    ? truncate(h.getValue(), 24) : truncate(h.getValue(), 80);
            b.append("\n      ").append(h.getKey()).append(": ").append(printable(value));
        }
        if (body != null) {
            b.append("\n      body (").append(body.length).append(" bytes): ")
                    .append(printable(truncate(new String(body, 0, Math.min(body.length, max * 4), StandardCharsets.UTF_8), max)));
        }
        return b.toString();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + ")";
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x200b && c <= 0x202e) || c == 0xfeff || c == 0xfffd) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
