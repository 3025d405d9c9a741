package dev.vpos.simulator.est;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds {@code CC5Request} order-status queries for the tests, as mews/pos sends them: the Payten test merchant's
 * credentials, {@code <Extra><ORDERSTATUS>QUERY</ORDERSTATUS></Extra>}, the order id, and no {@code Type}.
 */
final class StatusQueries {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, String> extras = new LinkedHashMap<>();

    private StatusQueries(String orderId) {
        fields.put("Name", "ISBANKAPI");
        fields.put("Password", "ISBANK07");
        fields.put("ClientId", "700655000200");
        fields.put("Extra", null);
        fields.put("OrderId", orderId);
        extras.put("ORDERSTATUS", "QUERY");
    }

    static StatusQueries statusOf(String orderId) {
        return new StatusQueries(orderId);
    }

    StatusQueries with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    StatusQueries without(String field) {
        fields.remove(field);
        return this;
    }

    StatusQueries extra(String name, String value) {
        extras.put(name, value);
        return this;
    }

    EstRequest request() {
        Map<String, String> flat = new LinkedHashMap<>(fields);
        flat.remove("Extra");
        return new EstRequest(flat, extras);
    }

    /** The document with an ISO-8859-9 declaration; values are written as they are (tests choose safe ones). */
    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Request>");
        fields.forEach((name, value) -> {
            if (name.equals("Extra")) {
                xml.append("<Extra>");
                extras.forEach((extra, text) -> element(xml, extra, text));
                xml.append("</Extra>");
            } else {
                element(xml, name, value);
            }
        });
        return xml.append("</CC5Request>").toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append('<')
                .append(name)
                .append('>')
                .append(value)
                .append("</")
                .append(name)
                .append('>');
    }
}
