package dev.vpos.simulator.est;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EstRequestTest {

    private static final Charset TURKISH = Charset.forName("ISO-8859-9");
    private static final String FORM = "application/x-www-form-urlencoded";

    private static final String EXAMPLE_REQUEST = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Request>"
            + "<Name>ISBANKAPI</Name><Password>ISBANK07</Password><ClientId>700655000200</ClientId><Type>Auth</Type>"
            + "<IPAddress></IPAddress><Email>test@test.com</Email><OrderId>order222</OrderId><UserId></UserId>"
            + "<Total>100.25</Total><Currency>949</Currency><Taksit></Taksit><Number>5555444433332222</Number>"
            + "<Expires>12/21</Expires><Cvv2Val>122</Cvv2Val><Mode>P</Mode></CC5Request>";

    /** A status query as mews/pos serializes it: credentials, nested Extra, OrderId, and no Type. */
    private static final String STATUS_QUERY = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Request>"
            + "<Name>ISBANKAPI</Name><Password>ISBANK07</Password><ClientId>700655000200</ClientId>"
            + "<Extra><ORDERSTATUS>QUERY</ORDERSTATUS></Extra><OrderId>2020110828BC</OrderId></CC5Request>";

    private final SaleRequests turkishSale =
            SaleRequests.sale().with("Name", "İŞBANKAPİ").with("Email", "şule.öztürk@örnek.com.tr");

    @Test
    void theDocumentedExampleRequestIsReadFieldByField() {
        EstRequest r =
                EstRequest.read(EXAMPLE_REQUEST.getBytes(TURKISH), "text/xml").orElseThrow();

        assertEquals("ISBANKAPI", r.get("Name"));
        assertEquals("700655000200", r.clientId());
        assertEquals("Auth", r.get("Type"));
        assertEquals("order222", r.orderId());
        assertEquals(Optional.of(new BigDecimal("100.25")), r.validTotal());
        assertEquals("949", r.get("Currency"));
        assertEquals("", r.get("Taksit"));
        assertEquals(1, r.installments());
        assertEquals("5555444433332222", r.cardNumber());
        assertEquals("12/21", r.get("Expires"));
        assertEquals("P", r.get("Mode"));
        assertEquals("", r.get("NoSuchField"));
    }

    @Test
    void aRawIso88599BodyKeepsTurkishLettersInNameAndEmail() {
        byte[] body = turkishSale.xml().getBytes(TURKISH);

        EstRequest r = EstRequest.read(body, "text/xml; charset=ISO-8859-9").orElseThrow();

        assertEquals("İŞBANKAPİ", r.get("Name"));
        assertEquals("şule.öztürk@örnek.com.tr", r.get("Email"));
    }

    @Test
    void aUtf8BodyDeclaredAsUtf8IsReadToo() {
        byte[] body = turkishSale.xml().replace("ISO-8859-9", "UTF-8").getBytes(StandardCharsets.UTF_8);

        EstRequest r = EstRequest.read(body, "application/xml").orElseThrow();

        assertEquals("şule.öztürk@örnek.com.tr", r.get("Email"));
    }

    @Test
    void theXmlCanComeUrlEncodedInTheDataFormField() {
        String form = "DATA=" + URLEncoder.encode(turkishSale.xml(), TURKISH);

        EstRequest r =
                EstRequest.read(form.getBytes(StandardCharsets.US_ASCII), FORM).orElseThrow();

        assertEquals("order222", r.orderId());
        assertEquals("İŞBANKAPİ", r.get("Name"));
        assertEquals("şule.öztürk@örnek.com.tr", r.get("Email"));
    }

    @Test
    void aStatusQueryKeepsTheChildrenOfItsNestedExtra() {
        EstRequest r =
                EstRequest.read(STATUS_QUERY.getBytes(TURKISH), "text/xml").orElseThrow();

        assertEquals("QUERY", r.extra("ORDERSTATUS"));
        assertEquals("", r.extra("NoSuchExtra"));
        assertEquals("", r.get("Extra"), "Extra is not a flat field");
        assertEquals("", r.get("Type"));
        assertEquals("2020110828BC", r.orderId());
        assertEquals("700655000200", r.clientId());
        assertTrue(r.isStatusQuery());
    }

    @Test
    void aStatusQueryCanComeUrlEncodedInTheDataFormField() {
        String form = "DATA=" + URLEncoder.encode(STATUS_QUERY, TURKISH);

        EstRequest r =
                EstRequest.read(form.getBytes(StandardCharsets.US_ASCII), FORM).orElseThrow();

        assertEquals("QUERY", r.extra("ORDERSTATUS"));
        assertTrue(r.isStatusQuery());
    }

    @Test
    void anEmptyTypeAndAnyCaseOfQueryStillMakeAStatusQuery() {
        assertTrue(StatusQueries.statusOf("o-1").with("Type", "").request().isStatusQuery());
        assertTrue(StatusQueries.statusOf("o-1")
                .extra("ORDERSTATUS", " query ")
                .request()
                .isStatusQuery());
    }

    @Test
    void withATypeTheRequestIsThatOperationWhateverItsExtraSays() {
        EstRequest r = StatusQueries.statusOf("o-1").with("Type", "Auth").request();

        assertFalse(r.isStatusQuery());
        assertEquals("Auth", r.operation());
    }

    @Test
    void anExtraThatAsksForSomethingElseIsNoStatusQuery() {
        EstRequest history = StatusQueries.statusOf("o-1")
                .extra("ORDERSTATUS", "")
                .extra("ORDERHISTORY", "QUERY")
                .request();

        assertFalse(history.isStatusQuery());
        assertEquals("Extra/ORDERHISTORY", history.operation());
        assertEquals("", SaleRequests.sale().with("Type", "").request().operation());
    }

    @Test
    void aDocumentThatIsNotACc5RequestIsUnreadable() {
        assertTrue(EstRequest.read("<CC5Response/>".getBytes(StandardCharsets.UTF_8), "text/xml")
                .isEmpty());
        assertTrue(
                EstRequest.read("DATA=".getBytes(StandardCharsets.UTF_8), FORM).isEmpty());
        assertTrue(EstRequest.read(new byte[0], "text/xml").isEmpty());
    }

    @Test
    void aRequestWithADoctypeIsUnreadable() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE CC5Request [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CC5Request><Name>&e;</Name></CC5Request>";

        assertTrue(EstRequest.read(evil.getBytes(StandardCharsets.UTF_8), "text/xml")
                .isEmpty());
    }

    @Test
    void printingARequestShowsTheMaskedCardAndNeitherCvvNorPassword() {
        String printed = SaleRequests.sale().with("Cvv2Val", "987").request().toString();

        assertTrue(printed.contains("435508******4358"), printed);
        assertFalse(printed.contains(SaleRequests.APPROVING_VISA), printed);
        assertFalse(printed.contains("987"), printed);
        assertFalse(printed.contains("ISBANK07"), printed);
    }

    @Test
    void printingAStatusQueryShowsItsExtraButNotThePassword() {
        String printed = EstRequest.read(STATUS_QUERY.getBytes(TURKISH), "text/xml")
                .orElseThrow()
                .toString();

        assertTrue(printed.contains("ORDERSTATUS=QUERY"), printed);
        assertFalse(printed.contains("ISBANK07"), printed);
    }
}
