package dev.vpos.simulator.est;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a {@code CC5Response} in ISO-8859-9, as the EST gateway does. */
public final class EstResponseWriter {

    public static final Charset CHARSET = Charset.forName("ISO-8859-9");

    private EstResponseWriter() {
    }

    public static byte[] write(Map<String, String> top, Map<String, String> extra) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Response>");
        append(xml, top);
        xml.append("<Extra>");
        append(xml, extra);
        xml.append("</Extra></CC5Response>");
        return xml.toString().getBytes(CHARSET);
    }

    private static void append(StringBuilder xml, Map<String, String> fields) {
        new LinkedHashMap<>(fields).forEach((name, value) -> xml.append('<').append(name).append('>')
                .append(escape(value)).append("</").append(name).append('>'));
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
