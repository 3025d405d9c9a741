package dev.vpos.simulator.est;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A {@code CC5Request} as the bank receives it: raw XML body, or a form with the XML in field {@code DATA}.
 * Only flat top-level fields are kept (that is all a sale carries). Parsing refuses DTDs and external entities.
 */
public record EstRequest(Map<String, String> fields) {

    public static Optional<EstRequest> parse(byte[] body, String contentType) {
        byte[] xml = body;
        if (contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            Optional<String> data = formField(new String(body, charsetOf(contentType, "UTF-8")), "DATA");
            if (data.isEmpty()) {
                return Optional.empty();
            }
            xml = data.get().getBytes(Charset.forName("UTF-8"));
            return parseXml(xml, true);
        }
        return parseXml(xml, false);
    }

    public String get(String name) {
        return fields.getOrDefault(name, "").trim();
    }

    private static Optional<EstRequest> parseXml(byte[] xml, boolean utf8Text) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            byte[] input = utf8Text ? withoutDeclaredEncoding(xml) : xml;
            Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(input)).getDocumentElement();
            if (!"CC5Request".equals(root.getNodeName())) {
                return Optional.empty();
            }
            Map<String, String> fields = new HashMap<>();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    fields.put(e.getNodeName(), e.getTextContent());
                }
            }
            return Optional.of(new EstRequest(fields));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return Optional.empty();
        }
    }

    /** A form value is already decoded text: drop the declaration's encoding so the parser reads it as UTF-8. */
    private static byte[] withoutDeclaredEncoding(byte[] xml) {
        String text = new String(xml, Charset.forName("UTF-8")).replaceFirst("^\\s*<\\?xml[^>]*\\?>", "");
        return text.getBytes(Charset.forName("UTF-8"));
    }

    private static Optional<String> formField(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return Optional.of(URLDecoder.decode(pair.substring(eq + 1), Charset.forName("UTF-8")));
            }
        }
        return Optional.empty();
    }

    static Charset charsetOf(String contentType, String fallback) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase().startsWith("charset=")) {
                try {
                    return Charset.forName(p.substring(8).replace("\"", ""));
                } catch (IllegalArgumentException e) {
                    break;
                }
            }
        }
        return Charset.forName(fallback);
    }

    @Override
    public String toString() {
        Map<String, String> safe = new HashMap<>(fields);
        safe.computeIfPresent("Number", (k, v) -> Cards.mask(v));
        safe.computeIfPresent("Cvv2Val", (k, v) -> "***");
        safe.computeIfPresent("Password", (k, v) -> "***");
        return "EstRequest" + safe;
    }
}
