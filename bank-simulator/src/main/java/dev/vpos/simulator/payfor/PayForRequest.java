package dev.vpos.simulator.payfor;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.XmlRequestBody;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A {@code PayforRequest} document (UTF-8 XML posted raw to {@code XMLGate.aspx}): its child elements by name, the
 * first one winning when a name repeats. {@link #toString()} never shows the card number, CVV or password.
 */
public record PayForRequest(Map<String, String> fields) {

    static final String ROOT = "PayforRequest";
    private static final String AMOUNT = "\\d{1,9}(\\.\\d{1,2})?";

    public PayForRequest {
        fields = Map.copyOf(fields);
    }

    /** The request, or empty when the body is not a well-formed {@code PayforRequest} (DTDs are refused). */
    public static Optional<PayForRequest> read(byte[] body, String contentType) {
        return XmlRequestBody.read(body, contentType, "xmldata")
                .map(document -> document.getDocumentElement())
                .filter(root -> ROOT.equals(root.getNodeName()))
                .map(PayForRequest::fromRoot);
    }

    private static PayForRequest fromRoot(Element root) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                texts.putIfAbsent(e.getNodeName(), e.getTextContent());
            }
        }
        return new PayForRequest(texts);
    }

    /** The field's trimmed text; empty when absent. */
    public String get(String name) {
        return fields.getOrDefault(name, "").trim();
    }

    /** A positive amount with a dot and at most two decimals ("100.25", "1.1", "100"). */
    static Optional<BigDecimal> amount(String text) {
        return text.matches(AMOUNT) && new BigDecimal(text).signum() > 0
                ? Optional.of(new BigDecimal(text))
                : Optional.empty();
    }

    Optional<BigDecimal> purchAmount() {
        return amount(get("PurchAmount"));
    }

    @Override
    public String toString() {
        Map<String, String> safe = new LinkedHashMap<>(fields);
        safe.computeIfPresent("Pan", (name, pan) -> CardNumbers.mask(pan.trim()));
        safe.computeIfPresent("Cvv2", (name, cvv) -> "***");
        safe.computeIfPresent("UserPass", (name, password) -> "***");
        return ROOT + safe;
    }
}
