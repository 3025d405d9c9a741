package dev.vpos.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XmlRequestBodyTest {

    private static final Charset TURKISH = Charset.forName("ISO-8859-9");
    private static final String TEXT = "Şule Öztürk ığüşöç";

    private static String xml(String declaredEncoding) {
        return "<?xml version=\"1.0\" encoding=\"" + declaredEncoding + "\"?><R><Name>" + TEXT + "</Name></R>";
    }

    private static String name(Document doc) {
        return doc.getDocumentElement().getTextContent();
    }

    @Test
    void withoutACharsetInTheContentTypeTheXmlDeclarationDecides() {
        Document doc = XmlRequestBody.read(xml("ISO-8859-9").getBytes(TURKISH), "text/xml", "DATA")
                .orElseThrow();

        assertEquals(TEXT, name(doc));
    }

    @Test
    void withoutAnyCharsetInformationTheBytesAreUtf8() {
        byte[] body = ("<R><Name>" + TEXT + "</Name></R>").getBytes(StandardCharsets.UTF_8);

        assertEquals(TEXT, name(XmlRequestBody.read(body, null, "DATA").orElseThrow()));
    }

    @Test
    void theContentTypeCharsetWinsOverADifferentDeclaration() {
        byte[] utf8Bytes = xml("ISO-8859-9").getBytes(StandardCharsets.UTF_8);

        Document doc = XmlRequestBody.read(utf8Bytes, "application/xml; charset=\"UTF-8\"", "DATA")
                .orElseThrow();

        assertEquals(TEXT, name(doc));
    }

    @Test
    void bytesThatAreInvalidInTheContentTypeCharsetAreReadWithTheDeclaration() {
        byte[] turkishBytes = xml("ISO-8859-9").getBytes(TURKISH);

        Document doc = XmlRequestBody.read(turkishBytes, "text/xml; charset=UTF-8", "DATA")
                .orElseThrow();

        assertEquals(TEXT, name(doc));
    }

    @Test
    void anUnknownCharsetNameIsIgnored() {
        byte[] body = xml("ISO-8859-9").getBytes(TURKISH);

        assertEquals(
                TEXT,
                name(XmlRequestBody.read(body, "text/xml; charset=no-such-charset", "DATA")
                        .orElseThrow()));
    }

    @Test
    void aFormFieldHoldsPercentEncodedXmlBytesInTheDeclaredEncoding() {
        String form = "foo=bar&DATA=" + URLEncoder.encode(xml("ISO-8859-9"), TURKISH) + "&x=1";

        Document doc = XmlRequestBody.read(
                        form.getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded", "DATA")
                .orElseThrow();

        assertEquals(TEXT, name(doc));
    }

    @Test
    void aFormCharsetDecidesHowThePercentEncodedBytesAreRead() {
        String form = "DATA=" + URLEncoder.encode(xml("ISO-8859-9"), StandardCharsets.UTF_8);

        Document doc = XmlRequestBody.read(
                        form.getBytes(StandardCharsets.US_ASCII),
                        "application/x-www-form-urlencoded; charset=UTF-8",
                        "DATA")
                .orElseThrow();

        assertEquals(TEXT, name(doc));
    }

    @Test
    void aFormWithoutTheFieldOrWithABrokenEscapeIsNoDocument() {
        String type = "application/x-www-form-urlencoded";

        assertTrue(XmlRequestBody.read("XML=%3CR%2F%3E".getBytes(StandardCharsets.US_ASCII), type, "DATA")
                .isEmpty());
        assertTrue(XmlRequestBody.read("DATA=%3CR%2".getBytes(StandardCharsets.US_ASCII), type, "DATA")
                .isEmpty());
    }
}
