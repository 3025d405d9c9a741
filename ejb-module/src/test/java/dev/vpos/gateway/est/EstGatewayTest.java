package dev.vpos.gateway.est;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.SaleInstruction;
import dev.vpos.gateway.infrastructure.transport.BankHttpTransport;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.CardNumber;
import dev.vpos.shared.domain.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The EST adapter and the CXF transport against a small local HTTP server playing the bank. */
class EstGatewayTest {

    private static final Charset TURKISH = Charset.forName("ISO-8859-9");
    private static final String APPROVED =
            "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Response><OrderId>VP261123ABC</OrderId>"
                    + "<GroupId>VP261123ABC</GroupId><Response>Approved</Response><AuthCode>P12345</AuthCode>"
                    + "<HostRefNum>633012345678</HostRefNum><ProcReturnCode>00</ProcReturnCode><TransId>26327MvfH12345</TransId>"
                    + "<ErrMsg></ErrMsg><Extra><ERRORCODE></ERRORCODE></Extra></CC5Response>";
    private static final String DECLINED_51 =
            "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Response><OrderId>VP261123ABC</OrderId>"
                    + "<Response>Declined</Response><AuthCode></AuthCode><HostRefNum>633012345679</HostRefNum>"
                    + "<ProcReturnCode>51</ProcReturnCode><TransId>26327MvfH12346</TransId><ErrMsg>Yetersiz bakiye</ErrMsg>"
                    + "<Extra><ERRORCODE></ERRORCODE></Extra></CC5Response>";

    private HttpServer bank;
    private final AtomicReference<byte[]> received = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = APPROVED;
    private volatile long delayMs = 0;

    private final EstGateway gateway = new EstGateway(new BankHttpTransport());

    @BeforeEach
    void startBank() throws IOException {
        bank = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        bank.createContext("/fim/api", exchange -> {
            received.set(exchange.getRequestBody().readAllBytes());
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.getBytes(TURKISH);
            exchange.getResponseHeaders().add("Content-Type", "text/xml;charset=ISO-8859-9");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        bank.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        bank.start();
    }

    @AfterEach
    void stopBank() {
        bank.stop(0);
    }

    @Test
    void approvalCarriesTheBanksCodesVerbatim() {
        GatewayResult r = gateway.sale(sale(), account(bank.getAddress().getPort(), 2000));

        assertEquals(GatewayOutcome.APPROVED, r.outcome());
        assertEquals("00", r.bankCode());
        assertEquals("P12345", r.authCode());
        assertEquals("633012345678", r.hostRefNum());
        assertEquals("26327MvfH12345", r.transId());
        assertEquals(200, r.exchange().httpStatus());
    }

    @Test
    void sendsACc5RequestInTheFamilysFormats() {
        gateway.sale(sale(), account(bank.getAddress().getPort(), 2000));
        String xml = new String(received.get(), TURKISH);

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Request>"), xml);
        for (String field : new String[] {
            "<Name>ISBANKAPI</Name>",
            "<Password>ISBANK07</Password>",
            "<ClientId>700655000200</ClientId>",
            "<Type>Auth</Type>",
            "<OrderId>VP261123ABC</OrderId>",
            "<Total>100.25</Total>",
            "<Currency>949</Currency>",
            "<Taksit>3</Taksit>",
            "<Number>4355084355084358</Number>",
            "<Expires>12/30</Expires>",
            "<Cvv2Val>000</Cvv2Val>",
            "<Email>şule&amp;co@example.com</Email>",
            "<Mode>P</Mode>"
        }) {
            assertTrue(xml.contains(field), field + " in " + xml);
        }
    }

    @Test
    void theLoggedRequestIsMasked() {
        GatewayResult r = gateway.sale(sale(), account(bank.getAddress().getPort(), 2000));
        String logged = r.exchange().maskedRequest();

        assertTrue(logged.contains("<Number>435508******4358</Number>"), logged);
        assertTrue(logged.contains("<Cvv2Val>***</Cvv2Val>") && logged.contains("<Password>***</Password>"), logged);
        assertFalse(logged.contains("4355084355084358") || logged.contains("ISBANK07"), logged);
    }

    @Test
    void aRefusalIsADeclineWithTheBanksCodeAndMessage() {
        answer = DECLINED_51;

        GatewayResult r = gateway.sale(sale(), account(bank.getAddress().getPort(), 2000));

        assertEquals(GatewayOutcome.DECLINED, r.outcome());
        assertEquals("51", r.bankCode());
        assertEquals("Yetersiz bakiye", r.bankMessage());
        assertNull(r.authCode());
    }

    @Test
    void silenceBeyondTheDeadlineIsUnknownNeverDeclined() {
        delayMs = 3000;

        GatewayResult r = gateway.sale(sale(), account(bank.getAddress().getPort(), 500));

        assertEquals(GatewayOutcome.UNKNOWN, r.outcome());
        assertTrue(
                r.exchange().latencyMs() < 2500,
                "deadline respected: " + r.exchange().latencyMs() + " ms");
        assertTrue(r.exchange().failure().contains("deadline"), r.exchange().failure());
    }

    @Test
    void anHttpErrorOrAnUnreadableAnswerIsUnknown() {
        status = 503;
        answer = "<html>Service Unavailable</html>";
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(), account(bank.getAddress().getPort(), 2000)).outcome());

        status = 200;
        answer = "<CC5Response><OrderId>VP261123ABC</OrderId><Resp";
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(), account(bank.getAddress().getPort(), 2000)).outcome());
    }

    @Test
    void anAnswerForAnotherOrderIsUnknown() {
        answer = APPROVED.replace("VP261123ABC", "SOMEONE-ELSE");

        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.sale(sale(), account(bank.getAddress().getPort(), 2000)).outcome());
    }

    @Test
    void aBankThatRefusesTheConnectionWasNeverSentAnything() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }

        GatewayResult r = gateway.sale(sale(), account(closedPort, 2000));

        assertEquals(GatewayOutcome.NOT_SENT, r.outcome());
    }

    @Test
    void testConnectionAsksForTheStatusOfAnOrderThatDoesNotExistWithoutCardData() {
        answer = "<?xml version=\"1.0\" encoding=\"ISO-8859-9\"?><CC5Response><OrderId>VPTEST1</OrderId>"
                + "<Response>Error</Response><ProcReturnCode>99</ProcReturnCode><ErrMsg>Kayit bulunamadi</ErrMsg>"
                + "<Extra><ORDERSTATUS>ORD_ID:VPTEST1 No record found</ORDERSTATUS></Extra></CC5Response>";

        ConnectionCheck check = gateway.testConnection(account(bank.getAddress().getPort(), 2000));

        String sent = new String(received.get(), TURKISH);
        assertTrue(
                sent.contains("<Extra><ORDERSTATUS>QUERY</ORDERSTATUS></Extra>") && sent.contains("<OrderId>VPTEST"),
                sent);
        assertFalse(sent.contains("<Number>") || sent.contains("<Type>"), sent);
        assertTrue(check.reachable() && check.credentialsAccepted(), check.toString());
        assertFalse(check.exchange().maskedRequest().contains("ISBANK07"));
    }

    @Test
    void testConnectionTellsRejectedCredentialsFromAnUnreachableBank() throws IOException {
        answer = "<CC5Response><Response>Error</Response><ProcReturnCode>99</ProcReturnCode>"
                + "<ErrMsg>Yetkisiz erisim / Unauthorized access</ErrMsg><Extra><ERRORCODE>CORE-2001</ERRORCODE></Extra></CC5Response>";
        ConnectionCheck rejected =
                gateway.testConnection(account(bank.getAddress().getPort(), 2000));
        assertTrue(rejected.reachable());
        assertFalse(rejected.credentialsAccepted());

        status = 503;
        answer = "<html>down</html>";
        assertFalse(gateway.testConnection(account(bank.getAddress().getPort(), 2000))
                .reachable());

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertFalse(gateway.testConnection(account(closedPort, 2000)).reachable());
    }

    @Test
    void statusOfAnApprovedOrderReadsTheOrdersOwnStateNotTheQuerys() {
        answer = "<CC5Response><ErrMsg>Record(s) found for VP1</ErrMsg><ProcReturnCode>00</ProcReturnCode>"
                + "<Response>Approved</Response><OrderId>VP1</OrderId><TransId>26327MdkA64237</TransId><Extra>"
                + "<AUTH_CODE>P89380</AUTH_CODE><HOST_REF_NUM>632713064236</HOST_REF_NUM><PROC_RET_CD>00</PROC_RET_CD>"
                + "<TRANS_ID>26327MdkA64237</TRANS_ID><TRANS_STAT>C</TRANS_STAT></Extra></CC5Response>";

        GatewayResult r = gateway.status("VP1", account(bank.getAddress().getPort(), 2000));

        assertEquals(GatewayOutcome.APPROVED, r.outcome());
        assertEquals("P89380", r.authCode());
        assertEquals("632713064236", r.hostRefNum());
        assertTrue(new String(received.get(), TURKISH).contains("<OrderId>VP1</OrderId><Extra><ORDERSTATUS>QUERY"));
    }

    @Test
    void statusOfADeclinedOrderIsADeclineWithTheOrdersCode() {
        answer = "<CC5Response><ErrMsg>Record(s) found for VP2</ErrMsg><ProcReturnCode>00</ProcReturnCode>"
                + "<Response>Approved</Response><OrderId>VP2</OrderId><Extra><PROC_RET_CD>51</PROC_RET_CD>"
                + "<TRANS_STAT>D</TRANS_STAT></Extra></CC5Response>";

        GatewayResult r = gateway.status("VP2", account(bank.getAddress().getPort(), 2000));

        assertEquals(GatewayOutcome.DECLINED, r.outcome());
        assertEquals("51", r.bankCode());
    }

    @Test
    void noSuchOrderAtTheBankMeansItWasNeverSentButARefusedInquirySettlesNothing() {
        answer = "<CC5Response><ErrMsg>No record found for VP3</ErrMsg><ProcReturnCode>99</ProcReturnCode>"
                + "<Response>Declined</Response><OrderId></OrderId><Extra><NUMCODE>0</NUMCODE></Extra></CC5Response>";
        assertEquals(
                GatewayOutcome.NOT_SENT,
                gateway.status("VP3", account(bank.getAddress().getPort(), 2000))
                        .outcome());

        answer = "<CC5Response><Response>Error</Response><ProcReturnCode>99</ProcReturnCode><ErrMsg>Yetkisiz</ErrMsg>"
                + "<Extra><ERRORCODE>CORE-2001</ERRORCODE></Extra></CC5Response>";
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.status("VP3", account(bank.getAddress().getPort(), 2000))
                        .outcome());

        answer = "<CC5Response><ProcReturnCode>00</ProcReturnCode><Response>Approved</Response><Extra>"
                + "<PROC_RET_CD>00</PROC_RET_CD><TRANS_STAT>PN</TRANS_STAT></Extra></CC5Response>";
        assertEquals(
                GatewayOutcome.UNKNOWN,
                gateway.status("VP3", account(bank.getAddress().getPort(), 2000))
                        .outcome(),
                "a pending order settles nothing");
    }

    private static SaleInstruction sale() {
        return new SaleInstruction(
                "VP261123ABC",
                Money.of("100.25", "TRY"),
                3,
                CardNumber.parse("4355084355084358"),
                CardExpiry.parse("12/30"),
                "000",
                "10.0.0.1",
                "şule&co@example.com");
    }

    private static GatewayAccount account(int port, long readTimeoutMs) {
        return new GatewayAccount(
                1,
                1,
                GatewayFamily.EST,
                URI.create("http://127.0.0.1:" + port + "/fim/api"),
                Duration.ofSeconds(2),
                Duration.ofMillis(readTimeoutMs),
                Map.of(
                        "apiUser",
                        "ISBANKAPI",
                        "password",
                        "ISBANK07",
                        "clientId",
                        "700655000200",
                        "storeKey",
                        "TRPS0200"));
    }
}
