package dev.vpos.simulator.kuveytturk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes the bank's documents: {@code VPosTransactionResponseContract}, SOAP answers and the HTML pages. */
final class KuveytTurkWriter {

    static final String XML_TYPE = "text/xml; charset=utf-8";
    static final String HTML_TYPE = "text/html; charset=utf-8";
    private static final String XSI = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"";

    private KuveytTurkWriter() {}

    /** A response contract; {@code fields} in order, nested maps become elements (e.g. VPosMessage). */
    static String contract(Map<String, ?> fields) {
        StringBuilder xml = new StringBuilder(1024)
                .append("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .append("<VPosTransactionResponseContract")
                .append(XSI)
                .append('>');
        elements(xml, fields);
        return xml.append("</VPosTransactionResponseContract>").toString();
    }

    /** A SOAP answer {@code <op>Response/<op>Result} with an optional error and a Value. */
    static String soap(String operation, String errorCode, String errorMessage, boolean success, Map<String, ?> value) {
        StringBuilder xml = new StringBuilder(2048)
                .append("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body")
                .append(XSI)
                .append('>')
                .append('<')
                .append(operation)
                .append("Response xmlns=\"http://boa.net/BOA.Integration.VirtualPos/Service\">")
                .append('<')
                .append(operation)
                .append("Result>");
        if (errorCode == null) {
            xml.append("<Results/>");
        } else {
            xml.append("<Results><Result><ErrorMessage>");
            escape(errorMessage, xml);
            xml.append("</ErrorMessage><ErrorCode>");
            escape(errorCode, xml);
            xml.append(
                    "</ErrorCode><IsFriendly>true</IsFriendly><Severity>BusinessError</Severity></Result></Results>");
        }
        xml.append("<Success>").append(success).append("</Success><Value>");
        elements(xml, value);
        return xml.append("</Value></")
                .append(operation)
                .append("Result></")
                .append(operation)
                .append("Response>")
                .append("</s:Body></s:Envelope>")
                .toString();
    }

    static String soapFault(String reason) {
        StringBuilder xml =
                new StringBuilder("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                        + "<s:Fault><faultcode>s:Client</faultcode><faultstring xml:lang=\"en-US\">");
        escape(reason, xml);
        return xml.append("</faultstring></s:Fault></s:Body></s:Envelope>").toString();
    }

    /** An auto-submitting page that posts {@code fields} to {@code action}, as the bank's pages do. */
    static String autoPost(String title, String action, Map<String, String> fields) {
        StringBuilder html =
                new StringBuilder(2048).append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
        escape(title, html);
        html.append("</title></head><body onload=\"OnLoadEvent();\"><form name=\"downloadForm\" action=\"");
        escape(action, html);
        html.append("\" method=\"POST\">");
        fields.forEach((name, value) -> {
            html.append("<input type=\"hidden\" name=\"");
            escape(name, html);
            html.append("\" value=\"");
            escape(value, html);
            html.append("\">");
        });
        return html.append("<noscript><input type=\"submit\" name=\"submit\" value=\"Submit\"></noscript></form>")
                .append("<script>function OnLoadEvent() { document.downloadForm.submit(); }</script></body></html>")
                .toString();
    }

    /** The callback's form field: the response contract URL-encoded, as KuveytTürk posts it. */
    static String urlEncoded(String xml) {
        return URLEncoder.encode(xml, StandardCharsets.UTF_8);
    }

    static void elements(StringBuilder xml, Map<String, ?> fields) {
        fields.forEach((name, value) -> {
            if (value instanceof Map<?, ?> nested) {
                xml.append('<').append(name).append('>');
                @SuppressWarnings("unchecked")
                Map<String, ?> typed = (Map<String, ?>) nested;
                elements(xml, typed);
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
