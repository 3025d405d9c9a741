package dev.vpos.simulator.payflex;

import java.util.Map;

/** XML answers and HTML pages of the simulated bank, every value escaped. */
final class PayFlexMarkup {

    private PayFlexMarkup() {}

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** {@code <?xml ...?><root>...</root>}; a {@code Map} value becomes a nested element, null an empty one. */
    static String xml(String root, Map<String, ?> fields) {
        StringBuilder xml = new StringBuilder(512).append("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        element(root, fields, xml);
        return xml.toString();
    }

    private static void element(String name, Object value, StringBuilder xml) {
        xml.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> children) {
            children.forEach((k, v) -> element(k.toString(), v, xml));
        } else {
            xml.append(escape(value == null ? "" : value.toString()));
        }
        xml.append("</").append(name).append('>');
    }

    /** A page that posts {@code fields} to {@code action} as soon as it loads (a button without JavaScript). */
    static String autoPost(String title, String action, Map<String, String> fields) {
        StringBuilder html = new StringBuilder(1024)
                .append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append(
                        "</title></head>\n<body onload=\"document.forms[0].submit()\">\n<form method=\"post\" action=\"")
                .append(escape(action))
                .append("\">\n");
        fields.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
                .append(escape(name))
                .append("\" value=\"")
                .append(escape(value))
                .append("\">\n"));
        return html.append(
                        "<noscript><button type=\"submit\">Devam / Continue</button></noscript>\n</form></body></html>\n")
                .toString();
    }
}
