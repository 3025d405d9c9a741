package dev.vpos.simulator.posnet;

import dev.vpos.simulator.http.XmlRequestBody;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A {@code posnetRequest} as posted in the form field {@code xmldata}: merchant ({@code mid}), terminal
 * ({@code tid}) and the one operation element ({@code sale}, {@code auth}, {@code capt}, {@code reverse},
 * {@code return}, {@code agreement}, {@code oosRequestData}, {@code oosResolveMerchantData}, {@code oosTranData}) with
 * its fields. {@link #toString()} shows no card data.
 */
public record PosNetRequest(String mid, String tid, String operation, Map<String, String> fields) {

    public static final String FORM_FIELD = "xmldata";

    public PosNetRequest {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Empty when the body is not a readable {@code posnetRequest} with exactly one operation. */
    public static Optional<PosNetRequest> read(byte[] body, String contentType) {
        return XmlRequestBody.read(body, contentType, FORM_FIELD).flatMap(doc -> of(doc.getDocumentElement()));
    }

    private static Optional<PosNetRequest> of(Element root) {
        if (!"posnetRequest".equals(root.getNodeName())) {
            return Optional.empty();
        }
        String mid = "";
        String tid = "";
        Element operation = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getNodeName()) {
                case "mid" -> mid = e.getTextContent().trim();
                case "tid" -> tid = e.getTextContent().trim();
                case "tranDateRequired" -> {}
                default -> {
                    if (operation != null) {
                        return Optional.empty();
                    }
                    operation = e;
                }
            }
        }
        if (operation == null) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node n = operation.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                fields.put(e.getNodeName(), e.getTextContent().trim());
            }
        }
        return Optional.of(new PosNetRequest(mid, tid, operation.getNodeName(), fields));
    }

    public String get(String name) {
        return fields.getOrDefault(name, "");
    }

    @Override
    public String toString() {
        return "PosNetRequest[mid=" + mid + ", tid=" + tid + ", operation=" + operation + ", fields=" + fields.keySet()
                + "]";
    }
}
