package dev.vpos.gateway.est;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Writes a flat {@code CC5Request} document in ISO-8859-9 (as the EST gateway expects), escaping every value.
 * Turkish letters are written as themselves; a character the charset cannot hold becomes a character reference.
 */
final class EstXml {

    static final String CHARSET_NAME = "ISO-8859-9";
    static final Charset CHARSET = Charset.forName(CHARSET_NAME);

    private EstXml() {}

    static byte[] cc5Request(Map<String, String> fields) {
        return cc5Request(fields, Map.of());
    }

    /** With an {@code Extra} block (e.g. {@code ORDERSTATUS=QUERY}) when {@code extra} is not empty. */
    static byte[] cc5Request(Map<String, String> fields, Map<String, String> extra) {
        CharsetEncoder encoder = CHARSET.newEncoder();
        StringBuilder xml = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"")
                .append(CHARSET_NAME)
                .append("\"?><CC5Request>");
        elements(fields, encoder, xml);
        if (!extra.isEmpty()) {
            xml.append("<Extra>");
            elements(extra, encoder, xml);
            xml.append("</Extra>");
        }
        return xml.append("</CC5Request>").toString().getBytes(CHARSET);
    }

    private static void elements(Map<String, String> fields, CharsetEncoder encoder, StringBuilder xml) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            xml.append('<').append(field.getKey()).append('>');
            escape(field.getValue() == null ? "" : field.getValue(), encoder, xml);
            xml.append("</").append(field.getKey()).append('>');
        }
    }

    private static void escape(String value, CharsetEncoder encoder, StringBuilder out) {
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    String ch = new String(Character.toChars(cp));
                    if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') {
                        return; // not allowed in XML 1.0: dropped
                    }
                    out.append(encoder.canEncode(ch) ? ch : "&#x" + Integer.toHexString(cp) + ";");
                }
            }
        });
    }
}
