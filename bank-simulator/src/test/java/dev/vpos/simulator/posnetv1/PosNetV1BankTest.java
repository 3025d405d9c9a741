package dev.vpos.simulator.posnetv1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.simulator.ledger.Ledger;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The simulated PosNet V1 checks what it receives as strictly as the bank is known to. */
class PosNetV1BankTest {

    private static final String KEY = "10,10,10,10,10,10,10,10";

    private final Ledger ledger = new Ledger();
    private final PosNetV1Bank bank = new PosNetV1Bank(
            PosNetV1Merchants.fromClasspath(), ledger, Clock.system(ZoneId.of("Europe/Istanbul")), new SecureRandom());

    private static JsonObjectBuilder sale(String orderId) {
        return Json.createObjectBuilder()
                .add("ApiType", "JSON")
                .add("ApiVersion", "V100")
                .add("MACParams", "MerchantNo:TerminalNo:CardNo:Cvc2:ExpireDate:Amount")
                .add("MerchantNo", "6700950031")
                .add("TerminalNo", "67540050")
                .add(
                        "CardInformationData",
                        Json.createObjectBuilder()
                                .add("CardNo", "4355084355084358")
                                .add("ExpireDate", "3012")
                                .add("Cvc2", "123")
                                .add("CardHolderName", ""))
                .add("IsMailOrder", "N")
                .add("PaymentInstrumentType", "CARD")
                .add("Amount", 10025)
                .add("CurrencyCode", "TL")
                .add("OrderId", orderId)
                .add("InstallmentCount", "0")
                .add("InstallmentType", "N");
    }

    private JsonObject send(String type, JsonObjectBuilder request, UnaryOperator<JsonObjectBuilder> after) {
        JsonObject unsigned = request.build();
        JsonObject signed = after.apply(
                        Json.createObjectBuilder(unsigned).add("MAC", PosNetV1Mac.ofBody(unsigned, KEY)))
                .build();
        return bank.handle(type, signed.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String code(JsonObject answer) {
        return answer.getJsonObject("ServiceResponseData").getString("ResponseCode");
    }

    @Test
    void theBanksMacsAreThePublishedOnes() {
        assertEquals(
                "xuhPbpcPJ6kVs7JeIXS8f06Cv0mb9cNPMfjp1HiB7Ew=",
                PosNetV1Mac.ofForm(
                        Map.of(
                                "MerchantNo", "6700950031",
                                "TerminalNo", "67540050",
                                "Amount", "175",
                                "CardNo", "5400619360964581",
                                "ExpiredDate", "2001",
                                "Cvv", "056"),
                        KEY));
        assertEquals(
                "r21kMm4nMqvJakjq47Jl+3fk2xrFPrDoTJFQGxkgkfk=",
                PosNetV1Mac.ofCallback(
                        Map.of(
                                "ECI", "02",
                                "CAVV", "jKOBaLBL3hQ+CREBPu1HBQQAAAA=",
                                "MdStatus", "1",
                                "MdErrorMessage", "Authenticated",
                                "MD", "0161010028947569644,0161010028947569644",
                                "SecureTransactionId", "1010028947569644"),
                        KEY));
    }

    @Test
    void aSignedSaleIsApprovedOnce() {
        JsonObject approved = send("Sale", sale("0000VP261207ABCDEFGH"), b -> b);
        assertEquals("00", code(approved));
        assertEquals(18, approved.getString("ReferenceCode").length());
        assertEquals("0127", code(send("Sale", sale("0000VP261207ABCDEFGH"), b -> b)));
    }

    @Test
    void theMacMustVerifyAndCoverTheCardAndTheAmount() {
        assertEquals("E201", code(send("Sale", sale("0000VP261207ABCDEFG1"), b -> b.add("MAC", "AAAA"))));
        assertEquals(
                "E201",
                code(send("Sale", sale("0000VP261207ABCDEFG2").add("MACParams", "MerchantNo:TerminalNo"), b -> b)));
        assertEquals(
                "E201", code(send("Sale", sale("0000VP261207ABCDEFG3"), b -> b.add("Amount", 1))), "amount changed");
        assertEquals("0148", code(send("Sale", sale("0000VP261207ABCDEFG4").add("TerminalNo", "67540051"), b -> b)));
        assertTrue(ledger.newestFirst(java.util.Optional.empty()).isEmpty());
    }

    @Test
    void fieldsAreCheckedOneByOneAndNamed() {
        Object[][] cases = {
            {"OrderId", "VP261207ABCDEFGH"},
            {"Amount", "10025"},
            {"CurrencyCode", "TRY"},
            {"InstallmentCount", "1"},
            {"InstallmentType", "Y"},
            {"ApiVersion", "V200"}
        };
        for (Object[] c : cases) {
            JsonObject answer = send("Sale", sale("0000VP261207ABCDEFG5").add((String) c[0], (String) c[1]), b -> b);
            assertEquals("0030", code(answer), c[0] + "=" + c[1]);
        }
        JsonObjectBuilder badCard = sale("0000VP261207ABCDEFG6")
                .add(
                        "CardInformationData",
                        Json.createObjectBuilder()
                                .add("CardNo", "4355084355084358")
                                .add("ExpireDate", "1230")
                                .add("Cvc2", "123"));
        JsonObject answer = send("Sale", badCard, b -> b);
        assertEquals("0030", code(answer));
        assertTrue(answer.getJsonObject("ServiceResponseData")
                .getString("ResponseDescription")
                .contains("ExpireDate"));
    }

    @Test
    void anInquiryOfAnUnknownOrderHasNoRecord() {
        JsonObjectBuilder inquiry = Json.createObjectBuilder()
                .add("ApiType", "JSON")
                .add("ApiVersion", "V100")
                .add("MACParams", "MerchantNo:TerminalNo")
                .add("MerchantNo", "6700950031")
                .add("TerminalNo", "67540050")
                .add("OrderId", "0000VP261207NOSUCHID");
        assertEquals("E219", code(send("TransactionInquiry", inquiry, b -> b)));
    }
}
