package dev.vpos.simulator.vakifkatilim;

import java.util.Map;

/** Writes the bank's XML answers and its HTML pages. */
final class VakifKatilimWriter {

    static final String XML_TYPE = "text/xml; charset=utf-8";
    static final String HTML_TYPE = "text/html; charset=utf-8";
    /** The answer of the payment gates and follow-ups (mews/pos fixtures). */
    static final String PAYMENT_ROOT = "VPosTransactionResponseContract";
    /** The answer of the order queries: the simulator's name (mews/pos's fixtures show only the content). */
    static final String QUERY_ROOT = "VPosOrderQueryResponseContract";

    private static final String XSI = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"";

    private VakifKatilimWriter() {}

    /** {@code fields} in order below {@code root}; nested maps become elements, lists repeat their element. */
    static String document(String root, Map<String, ?> fields) {
        StringBuilder xml = new StringBuilder(1024)
                .append("<?xml version=\"1.0\" encoding=\"utf-8\"?><")
                .append(root)
                .append(XSI)
                .append('>');
        elements(xml, fields);
        return xml.append("</").append(root).append('>').toString();
    }

    /** An auto-submitting page that posts {@code fields} to {@code action}, as the bank's pages do. */
    static String autoPost(String title, String action, Map<String, String> fields) {
        StringBuilder html =
                new StringBuilder(2048).append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
        escape(title, html);
        html.append("</title></head><body onload=\"document.forms[0].submit();\"><form name=\"returnForm\" action=\"");
        escape(action, html);
        html.append("\" method=\"POST\">");
        fields.forEach((name, value) -> {
            html.append("<input type=\"hidden\" name=\"");
            escape(name, html);
            html.append("\" value=\"");
            escape(value, html);
            html.append("\">");
        });
        return html.append("<noscript><input type=\"submit\" value=\"Devam\"></noscript></form></body></html>")
                .toString();
    }

    @SuppressWarnings("unchecked")
    private static void elements(StringBuilder xml, Map<String, ?> fields) {
        fields.forEach((name, value) -> {
            if (value instanceof java.util.List<?> list) {
                for (Object item : list) {
                    xml.append('<').append(name).append('>');
                    elements(xml, (Map<String, ?>) item);
                    xml.append("</").append(name).append('>');
                }
            } else if (value instanceof Map<?, ?> nested) {
                xml.append('<').append(name).append('>');
                elements(xml, (Map<String, ?>) nested);
                xml.append("</").append(name).append('>');
            } else {
                xml.append('<').append(name).append('>');
                escape(value == null ? "" : value.toString(), xml);
                xml.append("</").append(name).append('>');
            }
        });
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        escape(text, out);
        return out.toString();
    }

    static void escape(String text, StringBuilder out) {
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
