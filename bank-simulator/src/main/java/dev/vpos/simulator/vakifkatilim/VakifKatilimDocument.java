package dev.vpos.simulator.vakifkatilim;

import dev.vpos.simulator.http.XmlRequestBody;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A posted {@code VPosMessageContract} flattened to dotted paths of local names below its root, e.g.
 * {@code MerchantOrderId}, {@code AdditionalData.AdditionalDataList.VPosAdditionalData.Data}. Parsed hardened (no
 * DTDs, no external entities); anything else than that root is no document.
 */
record VakifKatilimDocument(Map<String, String> fields) {

    static final String ROOT = "VPosMessageContract";

    static Optional<VakifKatilimDocument> read(byte[] body, String contentType) {
        return XmlRequestBody.read(body, contentType, "DATA")
                .map(doc -> doc.getDocumentElement())
                .filter(root -> ROOT.equals(localName(root)))
                .map(root -> {
                    Map<String, String> out = new LinkedHashMap<>();
                    walk(root, "", out);
                    return new VakifKatilimDocument(out);
                });
    }

    String get(String path) {
        return fields.getOrDefault(path, "");
    }

    boolean has(String path) {
        return fields.containsKey(path);
    }

    private static void walk(Element parent, String prefix, Map<String, String> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                String path = prefix.isEmpty() ? localName(child) : prefix + "." + localName(child);
                if (hasElement(child)) {
                    walk(child, path, out);
                } else {
                    out.putIfAbsent(path, child.getTextContent().trim());
                }
            }
        }
    }

    private static boolean hasElement(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
    }

    private static String localName(Node n) {
        String name = n.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
