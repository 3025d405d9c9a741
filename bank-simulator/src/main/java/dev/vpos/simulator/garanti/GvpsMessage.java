package dev.vpos.simulator.garanti;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.XmlRequestBody;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A {@code GVPSRequest} as the bank reads it: every leaf by its path ({@code Terminal/ID}, {@code Transaction/Type},
 * {@code Transaction/Secure3D/Md}, ...). The XML comes as the raw body or in a {@code data=} form field; parsing is
 * hardened (no DTD, no external entities). {@code toString()} masks the card and omits CVV and hash.
 */
public final class GvpsMessage {

    private final Map<String, String> leaves;

    private GvpsMessage(Map<String, String> leaves) {
        this.leaves = Map.copyOf(leaves);
    }

    public static Optional<GvpsMessage> read(byte[] body, String contentType) {
        return XmlRequestBody.read(body, contentType, "data")
                .map(doc -> doc.getDocumentElement())
                .filter(root -> "GVPSRequest".equals(root.getNodeName()))
                .map(root -> {
                    Map<String, String> leaves = new HashMap<>();
                    collect(root, "", leaves);
                    return new GvpsMessage(leaves);
                });
    }

    /** For tests: a message from its leaves. */
    static GvpsMessage of(Map<String, String> leaves) {
        return new GvpsMessage(leaves);
    }

    private static void collect(Element element, String path, Map<String, String> leaves) {
        boolean hasChildElements = false;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                hasChildElements = true;
                collect(e, path.isEmpty() ? e.getNodeName() : path + "/" + e.getNodeName(), leaves);
            }
        }
        if (!hasChildElements && !path.isEmpty()) {
            leaves.putIfAbsent(path, element.getTextContent().trim());
        }
    }

    public String get(String path) {
        return leaves.getOrDefault(path, "");
    }

    public boolean has(String path) {
        return leaves.containsKey(path);
    }

    public String type() {
        return get("Transaction/Type");
    }

    public String terminalId() {
        return get("Terminal/ID");
    }

    public String orderId() {
        return get("Order/OrderID");
    }

    public String cardNumber() {
        return get("Card/Number");
    }

    public String amount() {
        return get("Transaction/Amount");
    }

    public String currency() {
        return get("Transaction/CurrencyCode");
    }

    public String installments() {
        return get("Transaction/InstallmentCnt");
    }

    /** A provision after 3-D authentication: cardholder-present code 13 with Secure3D data and no card. */
    public boolean isThreeDProvision() {
        return "13".equals(get("Transaction/CardholderPresentCode"));
    }

    @Override
    public String toString() {
        return "GVPSRequest[terminal=" + terminalId() + ", type=" + type() + ", order=" + orderId() + ", amount="
                + amount() + ", card=" + (cardNumber().isEmpty() ? "-" : CardNumbers.mask(cardNumber())) + "]";
    }
}
