package dev.vpos.gateway.garanti;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A parsed {@code GVPSResponse}: {@code Transaction/Response} (Source HOST or GVPS, Code, ReasonCode, Message,
 * ErrorMsg, SysErrMsg), the transaction's codes, {@code Order/OrderInqResult} of a status inquiry and the
 * {@code OrderTxn} lines of an order-history inquiry. Parsing is hardened: no DTDs, no external entities.
 */
record GvpsResponse(
        String orderId,
        String source,
        String code,
        String reasonCode,
        String message,
        String errorMsg,
        String sysErrMsg,
        String retrefNum,
        String authCode,
        String batchNum,
        String sequenceNum,
        String provDate,
        Map<String, String> orderInquiry,
        List<Map<String, String>> history) {

    static Optional<GvpsResponse> parse(byte[] body) {
        try {
            Element root = builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
            if (!"GVPSResponse".equals(root.getNodeName())) {
                return Optional.empty();
            }
            Element order = child(root, "Order");
            Element transaction = child(root, "Transaction");
            if (transaction == null || child(transaction, "Response") == null) {
                return Optional.empty();
            }
            Element response = child(transaction, "Response");
            List<Map<String, String>> lines = new ArrayList<>();
            Element list = child(child(order, "OrderHistInqResult"), "OrderTxnList");
            for (Node n = list == null ? null : list.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "OrderTxn".equals(e.getNodeName())) {
                    lines.add(leaves(e));
                }
            }
            return Optional.of(new GvpsResponse(
                    text(order, "OrderID"),
                    text(response, "Source"),
                    text(response, "Code"),
                    text(response, "ReasonCode"),
                    text(response, "Message"),
                    text(response, "ErrorMsg"),
                    text(response, "SysErrMsg"),
                    text(transaction, "RetrefNum"),
                    text(transaction, "AuthCode"),
                    text(transaction, "BatchNum"),
                    text(transaction, "SequenceNum"),
                    text(transaction, "ProvDate"),
                    leaves(child(order, "OrderInqResult")),
                    List.copyOf(lines)));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    boolean approved() {
        return "00".equals(code) && "Approved".equalsIgnoreCase(message);
    }

    /** The bank said no: a code other than 00 (HOST decline or GVPS validation error). */
    boolean refused() {
        return !code.isEmpty() && !"00".equals(code);
    }

    /**
     * The code the return-code catalog knows: the host's ISO code as it is ({@code 51}); for the gateway's own
     * errors, which all carry Code 92, the code with its reason ({@code 92-0110}).
     */
    String bankCode() {
        if ("GVPS".equalsIgnoreCase(source) && !reasonCode.isEmpty() && !reasonCode.equals(code)) {
            return code + "-" + reasonCode;
        }
        return code;
    }

    String bankMessage() {
        return sysErrMsg.isEmpty() ? errorMsg : errorMsg + " (" + sysErrMsg + ")";
    }

    String inquiry(String name) {
        return orderInquiry.getOrDefault(name, "");
    }

    private static Map<String, String> leaves(Element parent) {
        Map<String, String> values = new HashMap<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && child(e, null) == null) {
                values.put(e.getNodeName(), e.getTextContent().trim());
            }
        }
        return Map.copyOf(values);
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }

    /** The first child element named {@code name}, or the first child element at all when {@code name} is null. */
    private static Element child(Element parent, String name) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getNodeName()))) {
                return e;
            }
        }
        return null;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
