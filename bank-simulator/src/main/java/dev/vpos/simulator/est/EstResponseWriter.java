package dev.vpos.simulator.est;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@code CC5Response} as the EST gateway does, for a sale (or any error) and for an order-status query:
 * ISO-8859-9 in the declaration and in the bytes. The StAX writer escapes markup characters and writes characters
 * ISO-8859-9 cannot hold as character references.
 */
public final class EstResponseWriter {

    public static final String ENCODING = "ISO-8859-9";
    public static final Charset CHARSET = Charset.forName(ENCODING);
    public static final String CONTENT_TYPE = "text/xml;charset=" + ENCODING;

    private static final DateTimeFormatter TRXDATE = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");
    private static final DateTimeFormatter HOSTDATE = DateTimeFormatter.ofPattern("MMdd-HHmmss");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private EstResponseWriter() {}

    public static byte[] write(EstAnswer a) {
        return document(xml -> {
            element(xml, "OrderId", a.orderId());
            element(xml, "GroupId", a.orderId());
            element(xml, "Response", a.verdict().response());
            element(xml, "AuthCode", a.authCode());
            element(xml, "HostRefNum", a.hostRefNum());
            element(xml, "ProcReturnCode", a.verdict().procReturnCode());
            element(xml, "TransId", a.transId());
            element(xml, "ErrMsg", a.verdict().errMsg());
            xml.writeStartElement("Extra");
            element(xml, "SETTLEID", a.settleId());
            element(xml, "TRXDATE", a.time().format(TRXDATE));
            element(xml, "ERRORCODE", a.verdict().errorCode());
            element(xml, "NUMCODE", a.verdict().numCode());
            element(xml, "CARDBRAND", a.cardBrand());
            element(xml, "HOSTDATE", a.time().format(HOSTDATE));
            xml.writeEndElement();
        });
    }

    /** An order-status answer: ErrMsg, ProcReturnCode, Response, OrderId, TransId, then Extra as given (alphabetical). */
    public static byte[] write(EstStatusAnswer s) {
        return document(xml -> {
            element(xml, "ErrMsg", s.verdict().errMsg());
            element(xml, "ProcReturnCode", s.verdict().procReturnCode());
            element(xml, "Response", s.verdict().response());
            element(xml, "OrderId", s.orderId());
            element(xml, "TransId", s.transId());
            xml.writeStartElement("Extra");
            for (Map.Entry<String, String> field : s.extra().entrySet()) {
                element(xml, field.getKey(), field.getValue());
            }
            xml.writeEndElement();
        });
    }

    /** What goes inside {@code <CC5Response>}. */
    @FunctionalInterface
    private interface Content {
        void writeTo(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] document(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, ENCODING);
            xml.writeStartDocument(ENCODING, "1.0");
            xml.writeStartElement("CC5Response");
            content.writeTo(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a CC5Response", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(withoutControlCharacters(value == null ? "" : value));
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry control characters other than tab, CR and LF, even escaped. */
    private static String withoutControlCharacters(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
