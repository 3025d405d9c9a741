package dev.vpos.simulator.tosla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated Tosla API checks what it receives as strictly as the real one is known to. */
class ToslaBankTest {

    private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final String PASS = "POS_ENT_Test_001!*!*";

    private final Ledger ledger = new Ledger();
    private final ToslaBank bank =
            new ToslaBank(ToslaMerchants.fromClasspath(), ledger, Clock.fixed(NOW, ISTANBUL), new SecureRandom());

    private static JsonObjectBuilder signed(String pass, LocalDateTime at) {
        String timeSpan = at.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        return Json.createObjectBuilder()
                .add("clientId", "1000000494")
                .add("apiUser", "POS_ENT_Test_001")
                .add("rnd", "ABC123")
                .add("timeSpan", timeSpan)
                .add("hash", ToslaHash.request(pass, "1000000494", "POS_ENT_Test_001", "ABC123", timeSpan));
    }

    private static JsonObjectBuilder signed() {
        return signed(PASS, LocalDateTime.ofInstant(NOW, ISTANBUL));
    }

    private static JsonObjectBuilder sale(JsonObjectBuilder b, String orderId) {
        return b.add("orderId", orderId)
                .add("amount", 10025)
                .add("currency", 949)
                .add("installmentCount", 0)
                .add("cardHolderName", "")
                .add("cardNo", "4355084355084358")
                .add("expireDate", "1230")
                .add("cvv", "123");
    }

    private JsonObject call(String operation, JsonObjectBuilder body) {
        return bank.handle(operation, body.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSignedSaleIsBookedInMinorUnits() {
        JsonObject a = call("Payment", sale(signed(), "T1"));
        assertEquals(0, a.getInt("Code"));
        assertEquals("00", a.getString("BankResponseCode"));
        assertEquals(
                "100.25",
                ledger.entriesOf("TOSLA", "1000000494", "T1").get(0).amount().toPlainString());
    }

    @Test
    void theHashTheUserAndTheTimeAreChecked() {
        assertEquals(
                997,
                call("Payment", sale(signed("wrong", LocalDateTime.ofInstant(NOW, ISTANBUL)), "T2"))
                        .getInt("Code"));
        assertEquals(
                997,
                call(
                                "Payment",
                                sale(
                                        signed(
                                                PASS,
                                                LocalDateTime.ofInstant(NOW, ISTANBUL)
                                                        .minusMinutes(11)),
                                        "T3"))
                        .getInt("Code"),
                "a timeSpan 11 minutes old");
        JsonObjectBuilder noHash = sale(
                Json.createObjectBuilder()
                        .add("clientId", "1000000494")
                        .add("apiUser", "POS_ENT_Test_001")
                        .add("rnd", "ABC123")
                        .add("timeSpan", "20261207150000"),
                "T4");
        assertEquals(999, call("Payment", noHash).getInt("Code"));
        assertTrue(ledger.newestFirst(java.util.Optional.empty()).isEmpty(), "nothing refused is booked");
    }

    @Test
    void aQuotedAmountIsAValidationErrorAsTheRealBinderSays() {
        JsonObject a = call("Payment", sale(signed(), "T5").add("amount", "10025"));
        assertEquals(998, a.getInt("Code"));
        assertTrue(a.getJsonArray("ValidationErrors").getString(0).startsWith("Could not convert string to integer"));
    }

    @Test
    void badFieldsAreNamed() {
        JsonObject a = call(
                "Payment",
                sale(signed(), "T6")
                        .add("installmentCount", 1)
                        .add("cardNo", "4355084355084359")
                        .add("cvv", "12"));
        assertEquals(998, a.getInt("Code"));
        String errors = a.getJsonArray("ValidationErrors").toString();
        assertTrue(errors.contains("installmentCount") && errors.contains("cardNo") && errors.contains("cvv"), errors);
    }

    @Test
    void theHistoryListsAnOrderOnlyUnderItsOwnDay() {
        call("Payment", sale(signed(), "T7"));
        JsonObject today = call(
                "history",
                signed().add("orderId", "T7")
                        .add("transactionDate", 20261207)
                        .add("page", 1)
                        .add("pageSize", 10));
        assertEquals(1, today.getInt("Count"));
        JsonObject other = call(
                "history",
                signed().add("orderId", "T7")
                        .add("transactionDate", 20261206)
                        .add("page", 1)
                        .add("pageSize", 10));
        assertEquals(0, other.getInt("Count"));
    }

    @Test
    void theCallbackIsSignedAsPublished() {
        ToslaMerchants.Merchant m = new ToslaMerchants.Merchant("1000000494", "POS_ENT_Test_001", PASS, "x");
        assertEquals(
                "CgibjWkLpfx+Cz6cVlbH1ViSW74ouKACVOW0Vrt2SfqPMt+V3hfIx/4LnOgcInFhPci/qcnIMgdN0RptHSmFOg==",
                ToslaHash.callback(
                        m,
                        Map.of(
                                "ClientId", "1000000494",
                                "OrderId", "202312034E91",
                                "MdStatus", "1",
                                "BankResponseCode", "00",
                                "BankResponseMessage", "",
                                "RequestStatus", "1")));
    }
}
