package dev.vpos.gateway.kuveytturk;

import dev.vpos.gateway.infrastructure.BankRequest;
import dev.vpos.gateway.infrastructure.FieldMasking;
import dev.vpos.gateway.infrastructure.xml.XmlWriter;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/** One {@code KuveytTurkVPosMessage} in UTF-8, and its masked twin for the transaction log. */
final class KuveytTurkRequest {

    static final String CONTENT_TYPE = "text/xml; charset=UTF-8";
    private static final FieldMasking MASKING = FieldMasking.of(Set.of("CardCVV2"), Set.of("CardNumber"));

    private final Map<String, Object> fields;

    KuveytTurkRequest(Map<String, Object> fields) {
        this.fields = fields;
    }

    String get(String name) {
        Object v = fields.get(name);
        return v == null ? "" : v.toString();
    }

    /** The message posted to one of the bank's gates. */
    BankRequest to(URI gate) {
        return BankRequest.post(gate, xml(fields).bytes(), CONTENT_TYPE, toMaskedXml());
    }

    /** Card number as BIN + last 4, CVV removed; the password never appears (only hashes of it). */
    String toMaskedXml() {
        return xml(MASKING.applyTo(fields)).toString();
    }

    private static XmlWriter xml(Map<String, ?> fields) {
        return XmlWriter.utf8()
                .markup("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .element("KuveytTurkVPosMessage", fields);
    }
}
