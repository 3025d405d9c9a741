package dev.vpos.gateway.payflex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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

/**
 * PayFlex XML both ways. Requests are flat or one level nested ({@code SearchRequest}), UTF-8, every value escaped.
 * Answers are read with a hardened parser (no DTDs, no entities) into a flat map of slash paths below the root
 * ({@code ResultCode}, {@code ResponseInfo/ResponseCode}, {@code Message/VERes/Status}); the first occurrence wins.
 */
final class PayFlexXml {

    private PayFlexXml() {}

    /** A parsed answer: its root element's name and the text of every leaf element by path. */
    record Parsed(String root, Map<String, String> values) {

        String get(String path) {
            return values.getOrDefault(path, "");
        }

        boolean has(String path) {
            return values.containsKey(path);
        }
    }

    /**
     * {@code <root>...</root>}; a value that is itself a {@code Map} becomes a nested element. No XML declaration
     * (as PayFlex's own examples post {@code VposRequest}).
     */
    static String write(String root, Map<String, ?> fields) {
        StringBuilder xml = new StringBuilder(512).append('<').append(root).append('>');
        elements(fields, xml);
        return xml.append("</").append(root).append('>').toString();
    }

    private static void elements(Map<String, ?> fields, StringBuilder xml) {
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            xml.append('<').append(field.getKey()).append('>');
            if (field.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> children = (Map<String, ?>) nested;
                elements(children, xml);
            } else {
                escape(field.getValue() == null ? "" : field.getValue().toString(), xml);
            }
            xml.append("</").append(field.getKey()).append('>');
        }
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

    static Optional<Parsed> parse(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            Document doc = builder().parse(new ByteArrayInputStream(body));
            Element root = doc.getDocumentElement();
            Map<String, String> values = new LinkedHashMap<>();
            collect(root, "", values);
            return Optional.of(new Parsed(root.getNodeName(), Map.copyOf(values)));
        } catch (SAXException | IOException e) {
            return Optional.empty();
        }
    }

    private static void collect(Element parent, String prefix, Map<String, String> values) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String path = prefix + e.getNodeName();
                if (hasElementChildren(e)) {
                    collect(e, path + "/", values);
                } else {
                    values.putIfAbsent(path, e.getTextContent().trim());
                }
            }
        }
    }

    private static boolean hasElementChildren(Element e) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return true;
            }
        }
        return false;
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
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
