package dev.vpos.gateway.kuveytturk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
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
 * Writes nested KuveytTürk documents (values are strings or nested maps, in order, every value escaped) and reads
 * answers with a hardened parser (no DTDs, no external entities), matching element names without their namespace
 * prefix ({@code s:Body} is {@code Body}).
 */
final class KuveytTurkXml {

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

    private KuveytTurkXml() {}

    /** {@code <name>children</name>}, each child element name written with {@code prefix} (e.g. "ser:") when given. */
    static void write(StringBuilder xml, String prefix, String name, Map<String, ?> children) {
        xml.append('<').append(prefix).append(name).append('>');
        for (Map.Entry<String, ?> child : children.entrySet()) {
            if (child.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> typed = (Map<String, ?>) nested;
                write(xml, prefix, child.getKey(), typed);
            } else {
                xml.append('<').append(prefix).append(child.getKey()).append('>');
                escape(child.getValue() == null ? "" : child.getValue().toString(), xml);
                xml.append("</").append(prefix).append(child.getKey()).append('>');
            }
        }
        xml.append("</").append(prefix).append(name).append('>');
    }

    static void escape(String value, StringBuilder out) {
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

    static Optional<Element> parse(byte[] body) {
        return parse(new InputSource(new ByteArrayInputStream(body)));
    }

    static Optional<Element> parse(String text) {
        return parse(new InputSource(new StringReader(text)));
    }

    private static Optional<Element> parse(InputSource source) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setExpandEntityReferences(false);
            f.setXIncludeAware(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return Optional.of(builder.parse(source).getDocumentElement());
        } catch (SAXException | IOException e) {
            return Optional.empty();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String localName(Node node) {
        String name = node.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The direct children of {@code parent} called {@code name}. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName(e).equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The element at {@code path} below {@code parent} (first match at each step). */
    static Optional<Element> at(Element parent, String... path) {
        Element current = parent;
        for (String step : path) {
            List<Element> next = children(current, step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get(0);
        }
        return Optional.of(current);
    }

    /** The trimmed text at {@code path}; empty when absent. */
    static String text(Element parent, String... path) {
        return at(parent, path).map(e -> e.getTextContent().trim()).orElse("");
    }
}
