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
 * (see {@link XmlRequestBody} for how the charset is chosen). The root's child elements are kept by name, except
 * {@code Extra}, whose own child elements are kept apart (e.g. {@code <Extra><ORDERSTATUS>QUERY</ORDERSTATUS></Extra>}
 * of a status query). {@link #toString()} never shows the card number, CVV or password.
 *
 * @param fields the root's child elements but {@code Extra}: name to text
 * @param extras the child elements of {@code Extra}: name to text
 */
public record EstRequest(Map<String, String> fields, Map<String, String> extras) {

    static final String FORM_FIELD = "DATA";
    private static final String EXTRA = "Extra";
    private static final String QUERY = "QUERY";
    private static final String AMOUNT = "\\d{1,12}(\\.\\d{1,2})?";

    public EstRequest {
        fields = Map.copyOf(fields);
        extras = Map.copyOf(extras);
    }

    /** A request without {@code Extra}, such as a plain sale. */
    public EstRequest(Map<String, String> fields) {
        this(fields, Map.of());
    }

    /** The request, or empty when the body holds no well-formed {@code CC5Request} document. */
    public static Optional<EstRequest> read(byte[] body, String contentType) {
        return XmlRequestBody.read(body, contentType, FORM_FIELD)
                .map(document -> document.getDocumentElement())
                .filter(root -> "CC5Request".equals(root.getNodeName()))
                .map(EstRequest::fromRoot);
    }

    private static EstRequest fromRoot(Element root) {
        Map<String, String> fields = childTexts(root);
        fields.remove(EXTRA);
        Map<String, String> extras =
                firstChild(root, EXTRA).map(EstRequest::childTexts).orElseGet(Map::of);
        return new EstRequest(fields, extras);
    }

    /** The text of each child element, by name; the first one wins when a name repeats. */
    private static Map<String, String> childTexts(Element parent) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                texts.putIfAbsent(e.getNodeName(), e.getTextContent());
            }
        }
        return texts;
    }

    private static Optional<Element> firstChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNodeName().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The field's trimmed text; empty when absent. */
    public String get(String name) {
        return fields.getOrDefault(name, "").trim();
    }

    /** The trimmed text of {@code Extra}'s child element of that name; empty when absent. */
    public String extra(String name) {
        return extras.getOrDefault(name, "").trim();
    }

    /**
     * An order-status inquiry: no (or an empty) {@code Type} and {@code Extra/ORDERSTATUS} = {@code QUERY}
     * (any case). With a {@code Type} the request is that operation, whatever its {@code Extra} says.
     */
    public boolean isStatusQuery() {
        return get("Type").isEmpty() && QUERY.equalsIgnoreCase(extra("ORDERSTATUS"));
    }

    /** An order-history inquiry: no (or an empty) {@code Type} and {@code Extra/ORDERHISTORY} = {@code QUERY}. */
    public boolean isHistoryQuery() {
        return get("Type").isEmpty() && !isStatusQuery() && QUERY.equalsIgnoreCase(extra("ORDERHISTORY"));
    }

    /**
     * The provision after a 3-D authentication (3D model): {@code Number} is the gate's {@code md} and the MPI fields
     * {@code PayerTxnId} / {@code PayerSecurityLevel} / {@code PayerAuthenticationCode} are present.
     */
    public boolean isThreeDProvision() {
        return !get("PayerAuthenticationCode").isEmpty() || !get("PayerTxnId").isEmpty();
    }

    /**
     * What the request asks for, for messages: its {@code Type}; without one, {@code Extra/<name>} of the
     * {@code Extra} child that says {@code QUERY} (e.g. {@code Extra/ORDERHISTORY}; the first by name if several);
     * otherwise empty.
     */
    public String operation() {
        if (!get("Type").isEmpty()) {
            return get("Type");
        }
        return extras.entrySet().stream()
                .filter(e -> QUERY.equalsIgnoreCase(e.getValue().trim()))
                .map(e -> EXTRA + "/" + e.getKey())
                .sorted()
                .findFirst()
                .orElse("");
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
                ? Optional.of(new BigDecimal(total))
                : Optional.empty();
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
        safe.computeIfPresent("PayerAuthenticationCode", (name, cavv) -> "***");
        return "CC5Request" + safe + (extras.isEmpty() ? "" : " Extra" + extras);
    }
}
