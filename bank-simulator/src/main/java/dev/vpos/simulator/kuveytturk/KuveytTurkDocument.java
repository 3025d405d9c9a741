package dev.vpos.simulator.kuveytturk;

import dev.vpos.simulator.http.XmlRequestBody;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A posted XML document flattened to dotted paths of local names below its root, e.g. {@code MerchantOrderId},
 * {@code DeviceData.ClientIP}, {@code KuveytTurkVPosAdditionalData.AdditionalData.Data}; for a SOAP envelope the root
 * is the operation element and {@code operation()} names it. Parsing is hardened (no DTDs, no external entities).
 */
public record KuveytTurkDocument(String root, Map<String, String> fields) {

    public static Optional<KuveytTurkDocument> read(byte[] body, String contentType) {
        return XmlRequestBody.read(body, contentType, "DATA").map(doc -> {
            Element root = doc.getDocumentElement();
            if ("Envelope".equals(localName(root))) {
                Element operation = firstElement(firstChild(root, "Body"));
                if (operation == null) {
                    return new KuveytTurkDocument("Envelope", Map.of());
                }
                Element request = firstChild(operation, "request");
                return new KuveytTurkDocument(localName(operation), flatten(request == null ? operation : request));
            }
            return new KuveytTurkDocument(localName(root), flatten(root));
        });
    }

    public String get(String path) {
        return fields.getOrDefault(path, "");
    }

    private static Map<String, String> flatten(Element root) {
        Map<String, String> out = new LinkedHashMap<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(Element parent, String prefix, Map<String, String> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                String path = prefix.isEmpty() ? localName(child) : prefix + "." + localName(child);
                if (firstElement(child) != null) {
                    walk(child, path, out);
                } else {
                    out.putIfAbsent(path, child.getTextContent().trim());
                }
            }
        }
    }

    static String localName(Node n) {
        String name = n.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private static Element firstChild(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && localName(c).equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                return c;
            }
        }
        return null;
    }
}
