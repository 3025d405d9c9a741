package dev.vpos.simulator.posnet;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code posnetResponse} being written: {@code approved} (1 done, 0 refused, 2 already processed), {@code respCode}
 * and {@code respText}, then the operation's own elements, in ISO-8859-9.
 */
final class PosNetAnswer {

    static final String CHARSET_NAME = "ISO-8859-9";
    static final Charset CHARSET = Charset.forName(CHARSET_NAME);
    static final String CONTENT_TYPE = "text/xml;charset=" + CHARSET_NAME;

    private record Element(String name, String text, List<Element> children) {}

    private final String approved;
    private final String respCode;
    private final String respText;
    private final List<Element> elements = new ArrayList<>();

    private PosNetAnswer(String approved, String respCode, String respText) {
        this.approved = approved;
        this.respCode = respCode;
        this.respText = respText;
    }

    static PosNetAnswer approved() {
        return new PosNetAnswer("1", "", "");
    }

    static PosNetAnswer refused(String respCode, String respText) {
        return new PosNetAnswer("0", respCode, respText);
    }

    static PosNetAnswer alreadyProcessed(String respCode, String respText) {
        return new PosNetAnswer("2", respCode, respText);
    }

    String approvedFlag() {
        return approved;
    }

    String respCode() {
        return respCode;
    }

    PosNetAnswer put(String name, String text) {
        elements.add(new Element(name, text == null ? "" : text, List.of()));
        return this;
    }

    PosNetAnswer group(String name, Map<String, String> fields) {
        elements.add(group(name, fields, List.of()));
        return this;
    }

    /** {@code <transactions><transaction>..</transaction>...</transactions>}. */
    PosNetAnswer transactions(List<Map<String, String>> transactions) {
        List<Element> list = transactions.stream()
                .map(t -> group("transaction", t, List.of()))
                .toList();
        elements.add(new Element("transactions", "", list));
        return this;
    }

    private static Element group(String name, Map<String, String> fields, List<Element> more) {
        List<Element> children = new ArrayList<>();
        fields.forEach((k, v) -> children.add(new Element(k, v == null ? "" : v, List.of())));
        children.addAll(more);
        return new Element(name, "", children);
    }

    byte[] toXml() {
        StringBuilder xml = new StringBuilder(512)
                .append("<?xml version=\"1.0\" encoding=\"")
                .append(CHARSET_NAME)
                .append("\"?><posnetResponse>");
        write(new Element("approved", approved, List.of()), xml);
        write(new Element("respCode", respCode, List.of()), xml);
        write(new Element("respText", respText, List.of()), xml);
        elements.forEach(e -> write(e, xml));
        return xml.append("</posnetResponse>").toString().getBytes(CHARSET);
    }

    private static void write(Element e, StringBuilder xml) {
        xml.append('<').append(e.name()).append('>');
        if (e.children().isEmpty()) {
            xml.append(escape(e.text()));
        } else {
            e.children().forEach(c -> write(c, xml));
        }
        xml.append("</").append(e.name()).append('>');
    }

    static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
