package dev.vpos.gateway.payfor;

import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@code PayforResponse}: its flat fields (payment, follow-up and status answers) and, for a history
 * report, one field map per {@code PaymentRequestExtended/PaymentRequest}.
 */
record PayForResponse(Map<String, String> fields, List<Map<String, String>> paymentRequests) {

    static final String APPROVED = "00";

    static Optional<PayForResponse> parse(byte[] body) {
        return XmlNode.parse(body)
                .filter(root -> "PayforResponse".equals(root.name()))
                .map(root -> new PayForResponse(
                        root.leaves(),
                        root.all("PaymentRequestExtended").stream()
                                .flatMap(ext -> ext.all("PaymentRequest").stream())
                                .map(XmlNode::leaves)
                                .toList()));
    }

    String get(String name) {
        return fields.getOrDefault(name, "");
    }

    String procReturnCode() {
        return get("ProcReturnCode");
    }

    boolean approved() {
        return APPROVED.equals(procReturnCode());
    }
}
