package dev.vpos.simulator.est;

import dev.vpos.simulator.http.HardenedXml;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** A {@code CC5Response} parsed back from bytes, read as a client would (the XML declaration picks the charset). */
record Cc5Response(Element root) {

    static Cc5Response parse(byte[] xml) {
        return new Cc5Response(HardenedXml.parse(new InputSource(new ByteArrayInputStream(xml)))
                .orElseThrow(() -> new AssertionError("not well-formed XML"))
                .getDocumentElement());
    }

    String get(String name) {
        return text(root, name);
    }

    String extra(String name) {
        return text(child(root, "Extra"), name);
    }

    /** The names of the root's child elements, in document order. */
    List<String> names() {
        return childNames(root);
    }

    /** The names of {@code Extra}'s child elements, in document order. */
    List<String> extraNames() {
        return childNames(child(root, "Extra"));
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getNodeName());
            }
        }
        return names;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            throw new AssertionError("no <" + name + "> in <" + parent.getNodeName() + ">");
        }
        return e.getTextContent();
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNodeName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
