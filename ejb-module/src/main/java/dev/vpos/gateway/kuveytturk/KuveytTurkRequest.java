package dev.vpos.gateway.kuveytturk;

import dev.vpos.shared.domain.CardNumber;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One {@code KuveytTurkVPosMessage} in UTF-8, and its masked twin for the transaction log. */
final class KuveytTurkRequest {

    static final String CONTENT_TYPE = "text/xml; charset=UTF-8";

    private final Map<String, Object> fields;

    KuveytTurkRequest(Map<String, Object> fields) {
        this.fields = fields;
    }

    String get(String name) {
        Object v = fields.get(name);
        return v == null ? "" : v.toString();
    }

    byte[] toXml() {
        return xml(fields).getBytes(StandardCharsets.UTF_8);
    }

    /** Card number as BIN + last 4, CVV removed; the password never appears (only hashes of it). */
    String toMaskedXml() {
        Map<String, Object> masked = new LinkedHashMap<>(fields);
        if (masked.containsKey("CardNumber")) {
            masked.put("CardNumber", CardNumber.mask(get("CardNumber")));
        }
        if (masked.containsKey("CardCVV2")) {
            masked.put("CardCVV2", "***");
        }
        return xml(masked);
    }

    private static String xml(Map<String, Object> fields) {
        StringBuilder xml = new StringBuilder(1024).append("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        KuveytTurkXml.write(xml, "", "KuveytTurkVPosMessage", fields);
        return xml.toString();
    }
}
