package dev.vpos.simulator.est;

import dev.vpos.simulator.card.CardNumbers;
import dev.vpos.simulator.http.XmlRequestBody;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A {@code CC5Request} as the bank receives it: the raw XML body, or a form with the XML in field {@code DATA}
 * (see {@link XmlRequestBody} for how the charset is chosen). A sale is flat, so only the root's child elements
 * are kept, by name. {@link #toString()} never shows the card number, CVV or password.
 */
public record EstRequest(Map<String, String> fields) {

    static final String FORM_FIELD = "DATA";
    private static final String AMOUNT = "\\d{1,12}(\\.\\d{1,2})?";

    public EstRequest {
        fields = Map.copyOf(fields);
    }

    /** The request, or empty when the body holds no well-formed {@code CC5Request} document. */
    public static Optional<EstRequest> read(byte[] body, String contentType) {
        return XmlRequestBody.read(body, contentType, FORM_FIELD)
                .map(document -> document.getDocumentElement())
                .filter(root -> "CC5Request".equals(root.getNodeName()))
                .map(EstRequest::fromRoot);
    }

    private static EstRequest fromRoot(Element root) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                fields.putIfAbsent(e.getNodeName(), e.getTextContent());
            }
        }
        return new EstRequest(fields);
    }

    /** The field's trimmed text; empty when absent. */
    public String get(String name) {
        return fields.getOrDefault(name, "").trim();
    }

    public String clientId() {
        return get("ClientId");
    }

    public String orderId() {
        return get("OrderId");
    }

    public String cardNumber() {
        return get("Number");
    }

    /** {@code Total} when it is a positive amount with a dot and at most 2 decimals. */
    public Optional<BigDecimal> validTotal() {
        String total = get("Total");
        return total.matches(AMOUNT) && new BigDecimal(total).signum() > 0
                ? Optional.of(new BigDecimal(total)) : Optional.empty();
    }

    /** {@code Taksit} as a count: 1 when empty (single payment). Only meaningful once validated. */
    public int installments() {
        return get("Taksit").isEmpty() ? 1 : Integer.parseInt(get("Taksit"));
    }

    @Override
    public String toString() {
        Map<String, String> safe = new LinkedHashMap<>(fields);
        safe.computeIfPresent("Number", (name, pan) -> CardNumbers.mask(pan.trim()));
        safe.computeIfPresent("Cvv2Val", (name, cvv) -> "***");
        safe.computeIfPresent("Password", (name, password) -> "***");
        return "CC5Request" + safe;
    }
}
