package id.sikerja.local.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON from plain values (maps, lists, strings, numbers, booleans, null) and {@link Raw} bytes placed verbatim,
 * so that a body can hold what no JSON library would write: numbers beyond any range, invalid UTF-8, nesting deeper
 * than parsers allow, unescaped control characters.
 */
final class JsonText {

    /** Bytes written as they are, where a value goes. */
    record Raw(byte[] bytes) {
        static Raw of(String text) {
            return new Raw(text.getBytes(StandardCharsets.UTF_8));
        }

        static Raw latin1(String text) {
            return new Raw(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private JsonText() {
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toByteArray();
    }

    private static void write(Object value, ByteArrayOutputStream out) {
        if (value == null) {
            out.writeBytes("null".getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof Raw raw) {
            out.writeBytes(raw.bytes());
        } else if (value instanceof String s) {
            out.writeBytes(quote(s).getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.writeBytes(String.valueOf(value).getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof Map<?, ?> map) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.writeBytes(quote(String.valueOf(e.getKey())).getBytes(StandardCharsets.UTF_8));
                out.write(':');
                write(e.getValue(), out);
            }
            out.write('}');
        } else if (value instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(list.get(i), out);
            }
            out.write(']');
        } else {
            out.writeBytes(quote(String.valueOf(value)).getBytes(StandardCharsets.UTF_8));
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
