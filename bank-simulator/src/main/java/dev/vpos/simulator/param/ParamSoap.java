package dev.vpos.simulator.param;

import dev.vpos.simulator.http.HardenedXml;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * SOAP 1.1 as Param's .asmx service speaks it: a request is an {@code Envelope} whose {@code Body} holds one element
 * in the namespace {@value #NS} named after the operation; its children are the fields ({@code G} holds the three
 * credentials). Answers are {@code <Op>Response/<Op>Result} with the result's fields, or a SOAP fault.
 */
final class ParamSoap {

    static final String NS = "https://turkpos.com.tr/";
    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    /** One operation call: its name and fields ({@code G.CLIENT_CODE} etc. for the credentials block). */
    record Call(String operation, Map<String, String> fields, boolean hasG) {

        String field(String name) {
            return fields.get(name);
        }

        boolean has(String name) {
            return fields.containsKey(name);
        }
    }

    /** A value written as it is (already XML), such as a .NET DataSet's schema and diffgram. */
    record Raw(String xml) {}

    private ParamSoap() {}

    /** The call in a SOAP envelope; empty when the body is not one (a SOAP fault answers it). */
    static Optional<Call> read(byte[] body) {
        Optional<org.w3c.dom.Document> doc = HardenedXml.parse(new InputSource(new ByteArrayInputStream(body)), true);
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        Element envelope = doc.get().getDocumentElement();
        if (!"Envelope".equals(envelope.getLocalName()) || !SOAP_NS.equals(envelope.getNamespaceURI())) {
            return Optional.empty();
        }
        Element soapBody = child(envelope, "Body", SOAP_NS);
        if (soapBody == null) {
            return Optional.empty();
        }
        Element op = firstElement(soapBody);
        if (op == null || !NS.equals(op.getNamespaceURI())) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        boolean hasG = false;
        for (Node n = op.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI())) {
                if ("G".equals(e.getLocalName())) {
                    hasG = true;
                    for (Node g = e.getFirstChild(); g != null; g = g.getNextSibling()) {
                        if (g instanceof Element ge && NS.equals(ge.getNamespaceURI())) {
                            fields.put("G." + ge.getLocalName(), ge.getTextContent());
                        }
                    }
                } else {
                    fields.put(e.getLocalName(), e.getTextContent());
                }
            }
        }
        return Optional.of(new Call(op.getLocalName(), fields, hasG));
    }

    private static Element child(Element parent, String localName, String ns) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** {@code <op>Response><op>Result>fields</...>}; a value that is a map becomes a nested element. */
    static String answer(String operation, Map<String, ?> result) {
        StringBuilder x = new StringBuilder(1024)
                .append("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"")
                .append(SOAP_NS)
                .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><soap:Body><")
                .append(operation)
                .append("Response xmlns=\"")
                .append(NS)
                .append("\"><")
                .append(operation)
                .append("Result>");
        elements(x, result);
        return x.append("</")
                .append(operation)
                .append("Result></")
                .append(operation)
                .append("Response></soap:Body></soap:Envelope>")
                .toString();
    }

    private static void elements(StringBuilder x, Map<String, ?> fields) {
        fields.forEach((name, value) -> {
            x.append('<').append(name).append('>');
            if (value instanceof Raw raw) {
                x.append(raw.xml());
            } else if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> children = (Map<String, ?>) nested;
                elements(x, children);
            } else if (value != null) {
                escape(value.toString(), x);
            }
            x.append("</").append(name).append('>');
        });
    }

    /** A SOAP 1.1 fault ({@code soap:Client} for a request that is no call, as .asmx answers). */
    static String fault(String code, String text) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"")
                .append(SOAP_NS)
                .append("\"><soap:Body><soap:Fault><faultcode>soap:")
                .append(code)
                .append("</faultcode><faultstring>");
        escape(text, x);
        return x.append("</faultstring><detail /></soap:Fault></soap:Body></soap:Envelope>")
                .toString();
    }

    static String escape(String s) {
        StringBuilder x = new StringBuilder(s.length() + 16);
        escape(s, x);
        return x.toString();
    }

    static void escape(String s, StringBuilder x) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '&' -> x.append("&amp;");
                case '"' -> x.append("&quot;");
                case '\'' -> x.append("&#39;");
                default -> x.append(c);
            }
        }
    }
}
