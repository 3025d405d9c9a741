package dev.vpos.gateway.infrastructure.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one parser every bank answer goes through refuses what could make it read files, call out or blow up. */
class XmlNodeTest {

    @Test
    void readsElementsTextsAndPathsBySoapLocalNames() {
        XmlNode root = XmlNode.parse(("<s:Envelope xmlns:s=\"urn:x\"><s:Body><R><Code> 00 </Code>"
                                + "<List><Item>a</Item><Item>b</Item></List></R></s:Body></s:Envelope>")
                        .getBytes(StandardCharsets.UTF_8))
                .orElseThrow();

        assertEquals("s:Envelope", root.name());
        assertEquals("Envelope", root.localName());
        assertEquals("00", root.text("Body", "R", "Code"));
        assertEquals("", root.text("Body", "R", "Missing"));
        assertEquals(
                List.of("a", "b"),
                root.at("Body", "R", "List").orElseThrow().all("Item").stream()
                        .map(XmlNode::text)
                        .toList());
        assertEquals(Map.of("s:Body/R/Code", "00", "s:Body/R/List/Item", "a"), root.paths());
        assertEquals(Map.of("Code", "00"), root.at("Body", "R").orElseThrow().leaves());
    }

    @Test
    void anyDoctypeIsRefusedSoNoEntityCanReadAFileOrExpand() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<r>&c;</r>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://127.0.0.1:1/evil.dtd\"><r/>";

        assertTrue(XmlNode.parse(xxe.getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(XmlNode.parse(laughs.getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(XmlNode.parse(external).isEmpty());
    }

    @Test
    void xincludeIsNotFollowed() {
        String xinclude = "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\""
                + " parse=\"text\"/></r>";

        XmlNode root = XmlNode.parse(xinclude).orElseThrow();

        assertEquals("", root.text(), "the include stays an element, nothing is read");
        assertEquals("xi:include", root.children().get(0).name());
    }

    @Test
    void whatIsNotAWellFormedDocumentIsNoAnswer() {
        assertTrue(XmlNode.parse(new byte[0]).isEmpty());
        assertTrue(XmlNode.parse((byte[]) null).isEmpty());
        assertTrue(XmlNode.parse("<a><b></a>").isEmpty());
        assertTrue(XmlNode.parse("<html>Service Unavailable").isEmpty());
        assertTrue(XmlNode.parse("not xml at all").isEmpty());
    }

    @Test
    void theDeclaredEncodingIsHonoured() {
        byte[] turkish = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><r>Ödeme şirketi</r>"
                .getBytes(Charset.forName("ISO-8859-9"));

        assertEquals("Ödeme şirketi", XmlNode.parse(turkish).orElseThrow().text());
    }
}
