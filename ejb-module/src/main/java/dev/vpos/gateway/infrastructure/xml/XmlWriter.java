package dev.vpos.gateway.infrastructure.xml;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a bank's XML request: elements in the order given, every value escaped ({@code & < > " '}), characters XML
 * 1.0 does not allow dropped, and in a charset narrower than Unicode (ISO-8859-9) any character it cannot hold written
 * as a character reference. A value that is a {@code Map} becomes nested elements; an optional prefix (e.g.
 * {@code ser:}) is written before every element name. Values are text only: nothing a bank or a payer typed can open
 * or close an element.
 */
public final class XmlWriter {

    private final StringBuilder out = new StringBuilder(512);
    private final Charset charset;
    private final CharsetEncoder encoder;
    private String prefix = "";

    private XmlWriter(Charset charset) {
        this.charset = charset;
        this.encoder = StandardCharsets.UTF_8.equals(charset) ? null : charset.newEncoder();
    }

    public static XmlWriter utf8() {
        return new XmlWriter(StandardCharsets.UTF_8);
    }

    /** A document in {@code charset}; characters it cannot hold become character references. */
    public static XmlWriter in(Charset charset) {
        return new XmlWriter(charset);
    }

    /** {@code <?xml version="1.0" encoding="..."?>} in the writer's charset. */
    public XmlWriter declaration() {
        out.append("<?xml version=\"1.0\" encoding=\"").append(charset.name()).append("\"?>");
        return this;
    }

    /** Every element written from here on is named with {@code prefix} in front (e.g. {@code ser:}). */
    public XmlWriter prefixed(String elementPrefix) {
        this.prefix = elementPrefix == null ? "" : elementPrefix;
        return this;
    }

    public XmlWriter open(String name) {
        out.append('<').append(prefix).append(name).append('>');
        return this;
    }

    public XmlWriter close(String name) {
        out.append("</").append(prefix).append(name).append('>');
        return this;
    }

    /** {@code <name>value</name>}; null is written as empty. */
    public XmlWriter leaf(String name, String value) {
        open(name);
        escape(value == null ? "" : value);
        return close(name);
    }

    /** {@code <name>} with {@code children} inside, maps nested. */
    public XmlWriter element(String name, Map<String, ?> children) {
        open(name);
        elements(children);
        return close(name);
    }

    /** Each entry as an element: a {@code Map} value nested, anything else as its text. */
    public XmlWriter elements(Map<String, ?> fields) {
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (field.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> children = (Map<String, ?>) nested;
                element(field.getKey(), children);
            } else {
                leaf(
                        field.getKey(),
                        field.getValue() == null ? null : field.getValue().toString());
            }
        }
        return this;
    }

    /** Markup the caller made itself (e.g. a SOAP envelope's opening tag with its namespaces). */
    public XmlWriter markup(String xml) {
        out.append(xml);
        return this;
    }

    private void escape(String value) {
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') {
                        return; // not allowed in XML 1.0: dropped
                    }
                    if (encoder == null || encoder.canEncode(new String(Character.toChars(cp)))) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append("&#x").append(Integer.toHexString(cp)).append(';');
                    }
                }
            }
        });
    }

    /** The document so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    /** The document in the writer's charset, as it goes on the wire. */
    public byte[] bytes() {
        return out.toString().getBytes(charset);
    }
}
