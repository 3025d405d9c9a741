package dev.vpos.gateway.posnet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An element of a PosNet answer: its name, trimmed text and child elements. Parsing is hardened (no DTDs, no
 * external entities).
 */
record PosNetNode(String name, String text, List<PosNetNode> children) {

    PosNetNode {
        children = List.copyOf(children);
    }

    static Optional<PosNetNode> parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return Optional.of(of(builder.parse(new ByteArrayInputStream(xml)).getDocumentElement()));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PosNetNode of(Element e) {
        List<PosNetNode> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(of(child));
            }
        }
        return new PosNetNode(
                e.getNodeName(), children.isEmpty() ? e.getTextContent().trim() : "", children);
    }

    Optional<PosNetNode> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<PosNetNode> all(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text of a direct child, empty when there is none. */
    String text(String childName) {
        return child(childName).map(PosNetNode::text).orElse("");
    }
}
