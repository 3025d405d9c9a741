package dev.vpos.simulator.est;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@code CC5Response} as the EST gateway does: ISO-8859-9 in the declaration and in the bytes. The StAX
 * writer escapes markup characters and writes characters ISO-8859-9 cannot hold as character references.
 */
public final class EstResponseWriter {

    public static final String ENCODING = "ISO-8859-9";
    public static final Charset CHARSET = Charset.forName(ENCODING);
    public static final String CONTENT_TYPE = "text/xml;charset=" + ENCODING;

    private static final DateTimeFormatter TRXDATE = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");
    private static final DateTimeFormatter HOSTDATE = DateTimeFormatter.ofPattern("MMdd-HHmmss");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private EstResponseWriter() {
    }

    public static byte[] write(EstAnswer a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(768);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, ENCODING);
            xml.writeStartDocument(ENCODING, "1.0");
            xml.writeStartElement("CC5Response");
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
