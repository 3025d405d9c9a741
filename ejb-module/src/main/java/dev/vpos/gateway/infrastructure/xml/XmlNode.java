package dev.vpos.gateway.infrastructure.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
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
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An element of a bank's XML answer: its name as written, its trimmed text, its child elements. Every bank answer is
 * read here, with one hardened parser: no DOCTYPE at all (so no internal or external entities, no entity expansion),
 * no external DTDs or schemas, no XInclude, the JDK's secure-processing limits, and nothing printed for a malformed
 * document — a bank's answer that is not well-formed is simply not an answer ({@link Optional#empty()}).
 *
 * <p>Children are found by their local name ({@code s:Body} is {@code Body}), so SOAP envelopes read like plain
 * documents.
 */
public record XmlNode(String name, String text, List<XmlNode> children) {

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    public XmlNode {
        children = List.copyOf(children);
    }

    /** The document element of {@code body}, or empty when it is not a well-formed document (or has a DOCTYPE). */
    public static Optional<XmlNode> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        return parse(new InputSource(new ByteArrayInputStream(body)));
    }

    /** The same for a document already decoded (e.g. a form field that carries XML). */
    public static Optional<XmlNode> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return parse(new InputSource(new StringReader(text)));
    }

    private static Optional<XmlNode> parse(InputSource source) {
        try {
            return Optional.of(of(builder().parse(source).getDocumentElement()));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            f.setNamespaceAware(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened", e);
        }
    }

    private static XmlNode of(Element e) {
        List<XmlNode> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(of(child));
            }
        }
        return new XmlNode(e.getNodeName(), e.getTextContent().trim(), children);
    }

    /** The name without a namespace prefix. */
    public String localName() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The first child element called {@code childName}. */
    public Optional<XmlNode> child(String childName) {
        return children.stream().filter(c -> c.localName().equals(childName)).findFirst();
    }

    /** Every child element called {@code childName}, in document order. */
    public List<XmlNode> all(String childName) {
        return children.stream().filter(c -> c.localName().equals(childName)).toList();
    }

    /** The element at {@code path} below this one (the first match at each step). */
    public Optional<XmlNode> at(String... path) {
        Optional<XmlNode> current = Optional.of(this);
        for (String step : path) {
            current = current.flatMap(n -> n.child(step));
        }
        return current;
    }

    /** The trimmed text at {@code path}; "" when there is no such element. */
    public String text(String... path) {
        return at(path).map(XmlNode::text).orElse("");
    }

    /** The texts of the child elements that have no element children, by name; the first of a name wins. */
    public Map<String, String> leaves() {
        Map<String, String> texts = new LinkedHashMap<>();
        children.stream().filter(XmlNode::isLeaf).forEach(c -> texts.putIfAbsent(c.name(), c.text()));
        return texts;
    }

    /**
     * Every leaf below this element by its slash path ({@code ResultCode}, {@code ResponseInfo/ResponseCode}); the
     * first of a path wins.
     */
    public Map<String, String> paths() {
        Map<String, String> values = new LinkedHashMap<>();
        collect("", values);
        return values;
    }

    private void collect(String prefix, Map<String, String> values) {
        for (XmlNode c : children) {
            String path = prefix + c.name();
            if (c.isLeaf()) {
                values.putIfAbsent(path, c.text());
            } else {
                c.collect(path + "/", values);
            }
        }
    }
}
