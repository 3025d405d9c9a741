package dev.vpos.gateway.est;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A parsed {@code CC5Response}. Parsing is hardened: no DTDs, no external entities. */
record EstResponse(
        String orderId,
        String response,
        String procReturnCode,
        String errMsg,
        String authCode,
        String hostRefNum,
        String transId,
        String errorCode,
        Map<String, String> extra) {

    static Optional<EstResponse> parse(byte[] body) {
        try {
            Document doc = builder().parse(new ByteArrayInputStream(body));
            Element root = doc.getDocumentElement();
            if (!"CC5Response".equals(root.getNodeName())) {
                return Optional.empty();
            }
            Element extra = child(root, "Extra");
            Map<String, String> extras = new HashMap<>();
            for (Node n = extra == null ? null : extra.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    extras.put(e.getNodeName(), e.getTextContent().trim());
                }
            }
            return Optional.of(new EstResponse(
                    text(root, "OrderId"),
                    text(root, "Response"),
                    text(root, "ProcReturnCode"),
                    text(root, "ErrMsg"),
                    text(root, "AuthCode"),
                    text(root, "HostRefNum"),
                    text(root, "TransId"),
                    extras.getOrDefault("ERRORCODE", ""),
                    Map.copyOf(extras)));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    String extra(String name) {
        return extra.getOrDefault(name, "");
    }

    boolean approved() {
        return "Approved".equals(response) && "00".equals(procReturnCode);
    }

    /** Declined or Error with a return code: the bank answered and did not charge. */
    boolean refused() {
        return ("Declined".equals(response) || "Error".equals(response)) && !procReturnCode.isEmpty();
    }

    /** The bank's message, with the gateway's error code (e.g. CORE-2012) when it gives one. */
    String message() {
        return errorCode.isEmpty() ? errMsg : errMsg + " [" + errorCode + "]";
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getNodeName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
