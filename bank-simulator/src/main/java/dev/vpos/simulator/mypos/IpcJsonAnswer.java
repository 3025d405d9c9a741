package dev.vpos.simulator.mypos;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A server-to-server answer as myPOS writes it with {@code OutputFormat=json}: one object, properties in order,
 * possibly one nested object (IPCGetTxnStatus's {@code OrderStatus}), {@code Status} a number, and {@code Signature}
 * last — computed over every value in document order, nested values in place (the nested object's own
 * {@code Signature} included), only this {@code Signature} left out.
 */
public final class IpcJsonAnswer {

    private record Entry(String name, Object value) {}

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

    public byte[] signedJson(PrivateKey key) {
        List<String> values = new ArrayList<>();
        StringBuilder json = new StringBuilder("{");
        for (Entry e : entries) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(e.name())).append(':');
            if (e.value() instanceof List<?> nested) {
                json.append('{');
                boolean first = true;
                for (Object o : nested) {
                    Map.Entry<?, ?> f = (Map.Entry<?, ?>) o;
                    json.append(first ? "" : ",")
                            .append(quote(f.getKey().toString()))
                            .append(':')
                            .append(quote(f.getValue().toString()));
                    values.add(f.getValue().toString());
                    first = false;
                }
                json.append('}');
            } else if (e.value() instanceof Integer n) {
                json.append(n);
                values.add(n.toString());
            } else {
                json.append(quote(e.value().toString()));
                values.add(e.value().toString());
            }
        }
        json.append(',')
                .append(quote(IpcForm.SIGNATURE))
                .append(':')
                .append(quote(IpcForm.signature(values, key)))
                .append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
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
