package dev.vpos.simulator.mypos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated myPOS's own checks, with a store whose key pair the test holds. */
class MyPosCheckoutTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger delivered = new AtomicInteger();
    private KeyPair merchant;
    private MyPosCheckout checkout;
    private final Ledger ledger = new Ledger();

    @BeforeEach
    void store() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        merchant = g.generateKeyPair();
        MyPosMerchants.Store store = new MyPosMerchants.Store(
                "SID1", "11111111111", Map.of("1", merchant.getPublic()), java.util.Set.of("EUR"), "Test store");
        MyPosNotifier notifier = new MyPosNotifier(
                executor, (url, body) -> delivered.incrementAndGet() > 0, List.of(Duration.ofMillis(10)));
        checkout = new MyPosCheckout(
                new MyPosMerchants(Map.of("SID1", store)),
                ledger,
                notifier,
                Clock.system(ZoneId.of("Europe/Sofia")),
                new SecureRandom(),
                MyPosKeys.simulatorKey());
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private IpcForm purchase(String sid, String wallet, String amount, String cartAmount) {
        return IpcForm.empty()
                .add("IPCmethod", "IPCPurchase")
                .add("IPCVersion", "1.4")
                .add("IPCLanguage", "EN")
                .add("SID", sid)
                .add("WalletNumber", wallet)
                .add("KeyIndex", "1")
                .add("Currency", "EUR")
                .add("Amount", amount)
                .add("OrderID", "O1")
                .add("URL_OK", "http://shop/ok")
                .add("URL_Cancel", "http://shop/ok")
                .add("URL_Notify", "http://shop/notify")
                .add("CartItems", "1")
                .add("Article_1", "x")
                .add("Quantity_1", "1")
                .add("Price_1", cartAmount)
                .add("Amount_1", cartAmount)
                .add("Currency_1", "EUR")
                .add("CardTokenRequest", "0")
                .sign(merchant.getPrivate());
    }

    @Test
    void theShopsSignedPurchaseOpensTheCardPageAndAPaymentIsNotifiedLedgeredAndSentBack() {
        MyPosCheckout.Page card = checkout.open(purchase("SID1", "11111111111", "10.00", "10.00"));
        assertEquals(MyPosCheckout.Page.Kind.CARD_FORM, card.kind(), card.html());

        MyPosCheckout.Page back = checkout.pay(
                Map.of("session", card.sessionId(), "cardNumber", "4111111111111111", "expiry", "12/30", "cvc", "123"));
        assertEquals(MyPosCheckout.Page.Kind.RETURN, back.kind());
        assertEquals("IPCPurchaseOK", back.returnFields().get("IPCmethod"));
        assertEquals(1, delivered.get(), "notified once, acknowledged");
        assertTrue(ledger.hasApproved("MYPOS", "SID1", "O1"));
        assertEquals(
                MyPosCheckout.Page.Kind.ERROR,
                checkout.open(purchase("SID1", "11111111111", "10.00", "10.00")).kind(),
                "an order is paid once");
    }

    @Test
    void anotherStoreAWrongWalletABadSignatureAndACartThatDoesNotAddUpAreRefused() {
        assertTrue(checkout.open(purchase("SID2", "11111111111", "10.00", "10.00"))
                .html()
                .contains("Status 4"));
        assertTrue(checkout.open(purchase("SID1", "22222222222", "10.00", "10.00"))
                .html()
                .contains("Status 4"));
        assertTrue(checkout.open(purchase("SID1", "11111111111", "10.00", "9.00"))
                .html()
                .contains("Status 9"));
        IpcForm tampered = IpcForm.empty();
        purchase("SID1", "11111111111", "10.00", "10.00")
                .fields()
                .forEach(e -> tampered.add(
                        e.getKey(), e.getKey().equals("URL_Notify") ? "http://evil/notify" : e.getValue()));
        assertTrue(checkout.open(tampered).html().contains("Status 2: Signature failed"));
    }

    @Test
    void serverToServerAnswersAreSignedJsonAndRefuseWhatMyPosRefuses() {
        IpcForm status = IpcForm.empty()
                .add("IPCmethod", "IPCGetTxnStatus")
                .add("IPCVersion", "1.4")
                .add("SID", "SID1")
                .add("WalletNumber", "11111111111")
                .add("KeyIndex", "1")
                .add("OrderID", "none")
                .add("OutputFormat", "json")
                .sign(merchant.getPrivate());
        String json = new String(checkout.api(status), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"IPCMethod\":\"IPCGetTxnStatus\""), json);
        assertTrue(json.contains("\"Status\":5"), json);
        assertTrue(json.matches(".*\"Signature\":\"[A-Za-z0-9+/=]+\"}$"), json);

        IpcForm unknown = IpcForm.empty()
                .add("IPCmethod", "IPCSendMoney")
                .add("IPCVersion", "1.4")
                .add("SID", "SID1")
                .add("WalletNumber", "11111111111")
                .add("KeyIndex", "1")
                .sign(merchant.getPrivate());
        assertTrue(new String(checkout.api(unknown), StandardCharsets.UTF_8).contains("\"Status\":10"));
        IpcForm unsigned = IpcForm.empty()
                .add("IPCmethod", "IPCGetTxnStatus")
                .add("IPCVersion", "1.4")
                .add("SID", "SID1")
                .add("WalletNumber", "11111111111")
                .add("KeyIndex", "1")
                .add("Signature", "AAAA");
        assertTrue(new String(checkout.api(unsigned), StandardCharsets.UTF_8).contains("\"Status\":2"));
    }

    @Test
    void theTestCards() {
        YearMonth now = YearMonth.of(2026, 11);
        assertTrue(MyPosCards.invalid("4111111111111112", "12/30", "123", now).isPresent(), "Luhn");
        assertTrue(MyPosCards.invalid("4111111111111111", "10/26", "123", now).isPresent(), "expired");
        assertTrue(MyPosCards.invalid("4111111111111111", "12/30", "12", now).isPresent(), "CVC");
        assertFalse(MyPosCards.invalid("4111111111111111", "11/26", "123", now).isPresent());
        assertEquals(
                21, MyPosCards.decline("411111******1111", "000").orElseThrow().status());
        assertEquals(
                13, MyPosCards.decline("454671******7894", "123").orElseThrow().status());
        assertTrue(MyPosCards.decline("411111******1111", "123").isEmpty());
    }

    @Test
    void theDemoStoreFileLoads() {
        MyPosMerchants.Store demo =
                MyPosMerchants.fromClasspath().find("000000000000010").orElseThrow();
        assertEquals("61938166610", demo.walletNumber());
        assertTrue(demo.key("1").isPresent());
        assertTrue(demo.currencies().contains("TRY"));
        Properties missing = new Properties();
        missing.setProperty("mypos.X.wallet", "1");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> MyPosMerchants.from(missing));
    }
}
