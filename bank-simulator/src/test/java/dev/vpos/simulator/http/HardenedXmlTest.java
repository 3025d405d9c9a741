package dev.vpos.simulator.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class HardenedXmlTest {

    private static java.util.Optional<Document> parse(String xml) {
        return HardenedXml.parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefused() {
        assertTrue(parse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<CC5Request><Name>&e;</Name></CC5Request>")
                .isEmpty());
    }

    @Test
    void entityExpansionIsRefused() {
        assertTrue(parse("<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                        + "<CC5Request><Name>&b;</Name></CC5Request>")
                .isEmpty());
    }

    @Test
    void anExternalDtdIsRefused() {
        assertTrue(parse("<!DOCTYPE CC5Request SYSTEM \"http://127.0.0.1:1/evil.dtd\"><CC5Request/>")
                .isEmpty());
    }

    @Test
    void xIncludeIsNotProcessed() {
        Document doc = parse("<CC5Request xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                        + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></CC5Request>")
                .orElseThrow();

        assertEquals("", doc.getDocumentElement().getTextContent());
    }

    @Test
    void malformedXmlIsNoDocument() {
        assertTrue(parse("<CC5Request><Na").isEmpty());
        assertTrue(parse("").isEmpty());
        assertTrue(parse("not xml at all").isEmpty());
    }

    @Test
    void wellFormedXmlIsParsed() {
        assertFalse(parse("<CC5Request><Name>ISBANKAPI</Name></CC5Request>").isEmpty());
    }
}
