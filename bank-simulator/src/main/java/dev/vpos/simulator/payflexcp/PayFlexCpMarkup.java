package dev.vpos.simulator.payflexcp;

import java.util.Map;

/** XML answers and HTML pages of the simulated Common Payment, every value escaped. */
final class PayFlexCpMarkup {

    private PayFlexCpMarkup() {}

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

    /** {@code <?xml ...?><root>...</root>} with flat children; null writes an empty element. */
    static String xml(String root, Map<String, ?> fields) {
        StringBuilder xml = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"utf-8\"?><")
                .append(root)
                .append('>');
        fields.forEach((k, v) -> xml.append('<')
                .append(k)
                .append('>')
                .append(escape(v == null ? "" : v.toString()))
                .append("</")
                .append(k)
                .append('>'));
        return xml.append("</").append(root).append('>').toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head><body>"
                + body + "</body></html>\n";
    }

    static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    /** A page that posts {@code fields} to {@code action} as soon as it loads (a button without JavaScript). */
    static String autoPost(String action, Map<String, String> fields) {
        StringBuilder form = new StringBuilder("<form method=\"post\" action=\"")
                .append(escape(action))
                .append("\">");
        fields.forEach((name, value) -> form.append(hidden(name, value)));
        form.append("<noscript><button type=\"submit\">Devam / Continue</button></noscript></form>");
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Yönlendiriliyor</title></head>"
                + "<body onload=\"document.forms[0].submit()\"><p>İşyerine yönlendiriliyorsunuz...</p>" + form
                + "</body></html>\n";
    }
}
