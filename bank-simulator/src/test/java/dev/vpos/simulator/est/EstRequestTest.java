package dev.vpos.simulator.est;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EstRequestTest {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Request><Name>ISBANKAPI</Name>"
            + "<Password>ISBANK07</Password><ClientId>700655000200</ClientId><Type>Auth</Type>"
            + "<Email>şule@örnek.com</Email><OrderId>order222</OrderId><Total>100.25</Total><Currency>949</Currency>"
            + "<Taksit></Taksit><Number>4355084355084358</Number><Expires>12/30</Expires><Cvv2Val>000</Cvv2Val>"
            + "<Mode>P</Mode></CC5Request>";

    @Test
    void readsARawIso88599Body() {
        EstRequest r = EstRequest.parse(XML.getBytes(Charset.forName("ISO-8859-9")), "text/xml; charset=ISO-8859-9").orElseThrow();

        assertEquals("şule@örnek.com", r.get("Email"));
        assertEquals("100.25", r.get("Total"));
        assertEquals("", r.get("Taksit"));
    }

    @Test
    void readsTheXmlFromTheDataFormField() {
        String form = "DATA=" + URLEncoder.encode(XML, StandardCharsets.UTF_8);

        EstRequest r = EstRequest.parse(form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded").orElseThrow();

        assertEquals("order222", r.get("OrderId"));
        assertEquals("şule@örnek.com", r.get("Email"));
    }

    @Test
    void refusesDoctypesAndGarbage() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CC5Request><Name>&e;</Name></CC5Request>";

        assertTrue(EstRequest.parse(evil.getBytes(StandardCharsets.UTF_8), "text/xml").isEmpty());
        assertTrue(EstRequest.parse("<CC5Request><Na".getBytes(StandardCharsets.UTF_8), "text/xml").isEmpty());
    }

    @Test
    void neverPrintsTheCardOrSecrets() {
        String printed = EstRequest.parse(XML.getBytes(Charset.forName("ISO-8859-9")), "text/xml").orElseThrow().toString();

        assertFalse(printed.contains("4355084355084358") || printed.contains("ISBANK07") || printed.contains("=000"), printed);
        assertTrue(printed.contains("435508******4358"), printed);
    }

    @Test
    void responsesEscapeValues() {
        assertEquals("a&amp;b&lt;c&gt;", EstResponseWriter.escape("a&b<c>"));
    }
}
