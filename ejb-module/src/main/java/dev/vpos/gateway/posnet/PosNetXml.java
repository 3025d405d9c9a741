package dev.vpos.gateway.posnet;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Writes a {@code posnetRequest} in ISO-8859-9 and wraps it in the form field {@code xmldata} the way PosNet takes it
 * ({@code application/x-www-form-urlencoded}; the XML is percent-encoded so that Base64 {@code +} and {@code /} in a
 * MAC survive).
 */
final class PosNetXml {

    static final String CHARSET_NAME = "ISO-8859-9";
    static final Charset CHARSET = Charset.forName(CHARSET_NAME);
    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private PosNetXml() {}

    /** {@code <posnetRequest><mid/><tid/>[<tranDateRequired>1</tranDateRequired>]<op>fields</op></posnetRequest>}. */
    static String request(
            String mid, String tid, boolean tranDateRequired, String operation, Map<String, String> fields) {
        CharsetEncoder encoder = CHARSET.newEncoder();
        StringBuilder xml = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"")
                .append(CHARSET_NAME)
                .append("\"?><posnetRequest>");
        element("mid", mid, encoder, xml);
        element("tid", tid, encoder, xml);
        if (tranDateRequired) {
            element("tranDateRequired", "1", encoder, xml);
        }
        xml.append('<').append(operation).append('>');
        fields.forEach((name, value) -> element(name, value, encoder, xml));
        return xml.append("</").append(operation).append("></posnetRequest>").toString();
    }

    static byte[] formBody(String xml) {
        return ("xmldata=" + URLEncoder.encode(xml, CHARSET)).getBytes(CHARSET);
    }

    private static void element(String name, String value, CharsetEncoder encoder, StringBuilder xml) {
        xml.append('<').append(name).append('>');
        escape(value == null ? "" : value, encoder, xml);
        xml.append("</").append(name).append('>');
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
                    if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') {
                        return;
                    }
                    String ch = new String(Character.toChars(cp));
                    out.append(encoder.canEncode(ch) ? ch : "&#x" + Integer.toHexString(cp) + ";");
                }
            }
        });
    }
}
