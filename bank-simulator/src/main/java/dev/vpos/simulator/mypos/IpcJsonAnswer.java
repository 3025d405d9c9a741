package dev.vpos.simulator.mypos;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A server-to-server answer as myPOS writes it with {@code OutputFormat=json}: one object, properties in order,
 * possibly nested objects (IPCGetTxnStatus's {@code OrderStatus}) or a list of them (IPCGetTxnLog's {@code log}),
 * {@code Status} a number, and {@code Signature} last — computed over every value in document order, nested values
 * in place (a nested object's own {@code Signature} included), only this {@code Signature} left out.
 */
public final class IpcJsonAnswer {

    private record Entry(String name, Object value) {}

    /** A JSON array of values: texts, objects ({@code List<Map.Entry<String, ?>>}) or lists. */
    public record Items(List<?> items) {

        public Items {
            items = List.copyOf(items);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public IpcJsonAnswer text(String name, String value) {
        if (value != null) {
            entries.add(new Entry(name, value));
        }
        return this;
    }

    public IpcJsonAnswer number(String name, int value) {
        entries.add(new Entry(name, value));
        return this;
    }

    /** A nested object from an IPC message's fields (its signature included as it was). */
    public IpcJsonAnswer object(String name, List<Map.Entry<String, String>> fields) {
        entries.add(new Entry(name, List.copyOf(fields)));
        return this;
    }

    /** A list (IPCGetTxnLog's {@code log}): its elements' values are signed in document order. */
    public IpcJsonAnswer array(String name, Items items) {
        entries.add(new Entry(name, items));
        return this;
    }

    /** The answer's top-level properties as text, in order (nested ones left out): what the log shows of it. */
    public List<Map.Entry<String, String>> fields() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.value() instanceof String || e.value() instanceof Integer) {
                out.add(Map.entry(e.name(), e.value().toString()));
            }
        }
        return out;
    }

    public byte[] signedJson(PrivateKey key) {
        List<String> values = new ArrayList<>();
        StringBuilder json = new StringBuilder("{");
        for (Entry e : entries) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(e.name())).append(':');
            write(e.value(), json, values);
        }
        json.append(',')
                .append(quote(IpcForm.SIGNATURE))
                .append(':')
                .append(quote(IpcForm.signature(values, key)))
                .append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One value into the JSON, its texts (in document order) into what is signed. */
    private static void write(Object value, StringBuilder json, List<String> values) {
        if (value instanceof Items list) {
            json.append('[');
            boolean first = true;
            for (Object item : list.items()) {
                json.append(first ? "" : ",");
                write(item, json, values);
                first = false;
            }
            json.append(']');
        } else if (value instanceof List<?> object) {
            json.append('{');
            boolean first = true;
            for (Object o : object) {
                Map.Entry<?, ?> f = (Map.Entry<?, ?>) o;
                json.append(first ? "" : ",")
                        .append(quote(f.getKey().toString()))
                        .append(':');
                write(f.getValue(), json, values);
                first = false;
            }
            json.append('}');
        } else if (value instanceof Integer n) {
            json.append(n);
            values.add(n.toString());
        } else {
            json.append(quote(value.toString()));
            values.add(value.toString());
        }
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
