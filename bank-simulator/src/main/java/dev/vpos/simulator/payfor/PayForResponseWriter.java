package dev.vpos.simulator.payfor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@code PayforResponse} in UTF-8; the StAX writer escapes markup characters. */
public final class PayForResponseWriter {

    public static final String CONTENT_TYPE = "text/xml; charset=utf-8";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private PayForResponseWriter() {}

    public static byte[] write(PayForAnswer answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("PayforResponse");
            elements(xml, answer.fields());
            for (Map<String, String> request : answer.paymentRequests()) {
                xml.writeStartElement("PaymentRequestExtended");
                xml.writeStartElement("PaymentRequest");
                elements(xml, request);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a PayforResponse", e);
        }
        return out.toByteArray();
    }

    private static void elements(XMLStreamWriter xml, Map<String, String> fields) throws XMLStreamException {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            xml.writeStartElement(field.getKey());
            String value = field.getValue() == null ? "" : field.getValue();
            xml.writeCharacters(value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
            xml.writeEndElement();
        }
    }

    static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
