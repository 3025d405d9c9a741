package dev.vpos.gateway.payfor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

/** Writes flat PayFor documents (UTF-8, every value escaped) and reads them with a hardened parser (no DTDs, no entities). */
final class PayForXml {

    private PayForXml() {}

    static String document(String root, Map<String, String> fields) {
        StringBuilder xml = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><")
                .append(root)
                .append('>');
        for (Map.Entry<String, String> field : fields.entrySet()) {
            xml.append('<').append(field.getKey()).append('>');
            escape(field.getValue() == null ? "" : field.getValue(), xml);
            xml.append("</").append(field.getKey()).append('>');
        }
        return xml.append("</").append(root).append('>').toString();
    }

    private static void escape(String value, StringBuilder out) {
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
    }

    /** The root element when the body is well-formed XML with that root name. */
    static Optional<Element> root(byte[] body, String rootName) {
        try {
            Element root = builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
            return rootName.equals(root.getNodeName()) ? Optional.of(root) : Optional.empty();
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    /** The texts of the child elements that have no element children, by name (first wins). */
    static Map<String, String> leaves(Element parent) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element child : children(parent, null)) {
            if (children(child, null).isEmpty()) {
                texts.putIfAbsent(child.getNodeName(), child.getTextContent().trim());
            }
        }
        return texts;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getNodeName()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
