package dev.vpos.gateway.posnetv1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published vectors of mews/pos {@code PosNetV1PosCryptTest} (store key {@code 10,10,...}), by our code. */
class PosNetV1MacTest {

    static final String KEY = "10,10,10,10,10,10,10,10";

    @Test
    void requestMacsOverNamedFieldsAtTheTopOrInABlock() {
        JsonObject cancel = Json.createObjectBuilder()
                .add("MACParams", "MerchantNo:TerminalNo:ReferenceCode:OrderId")
                .add("MerchantNo", "6700950031")
                .add("TerminalNo", "67540050")
                .add("ReferenceCode", "021459486690000191")
                .addNull("OrderId")
                .build();
        assertEquals("qhLo/2Ro+vT81i0SMV/VHifDV9VzQQgK+7d8hlId9YM=", PosNetV1Mac.ofBody(cancel, KEY));

        JsonObject sale = Json.createObjectBuilder()
                .add("MerchantNo", "6700950031")
                .add("TerminalNo", "67540050")
                .add("MACParams", "MerchantNo:TerminalNo:CardNo:Cvc2:ExpireDate:Amount")
                .add(
                        "CardInformationData",
                        Json.createObjectBuilder()
                                .add("Amount", "175")
                                .add("CardNo", "5400619360964581")
                                .add("ExpireDate", "2001")
                                .add("Cvc2", "056"))
                .build();
        assertEquals("xuhPbpcPJ6kVs7JeIXS8f06Cv0mb9cNPMfjp1HiB7Ew=", PosNetV1Mac.ofBody(sale, KEY));
    }

    @Test
    void theProvisionMacCoversTheThreeDSecureData() {
        JsonObject provision = Json.createObjectBuilder()
                .add("MACParams", "MerchantNo:TerminalNo:SecureTransactionId:CavvData:Eci:MdStatus")
                .add("MerchantNo", "6700950031")
                .add("TerminalNo", "67540050")
                .add(
                        "ThreeDSecureData",
                        Json.createObjectBuilder()
                                .add("SecureTransactionId", "1010028947569644")
                                .add("CavvData", "jKOBaLBL3hQ+CREBPu1HBQQAAAA=")
                                .add("Eci", "02")
                                .add("MdStatus", 1))
                .build();
        assertEquals("kAKxvbwXvmrM6lapGx1UcRTs454tsSuPrBXV7oA7L7w=", PosNetV1Mac.ofBody(provision, KEY));
    }

    @Test
    void theFormMacAndTheCallbackCheckAreThePublishedOnes() {
        Map<String, String> form = Map.of(
                "MerchantNo", "6700950031",
                "TerminalNo", "67540050",
                "Amount", "175",
                "CardNo", "5400619360964581",
                "ExpiredDate", "2001",
                "Cvv", "056");
        assertEquals("xuhPbpcPJ6kVs7JeIXS8f06Cv0mb9cNPMfjp1HiB7Ew=", PosNetV1Mac.ofForm(form, KEY));

        Map<String, String> callback = new HashMap<>(Map.of(
                "ECI", "02",
                "CAVV", "jKOBaLBL3hQ+CREBPu1HBQQAAAA=",
                "MdStatus", "1",
                "MdErrorMessage", "Authenticated",
                "MD", "0161010028947569644,0161010028947569644",
                "SecureTransactionId", "1010028947569644",
                "MacParams", "ECI:CAVV:MdStatus:MdErrorMessage:MD:SecureTransactionId"));
        String published = "r21kMm4nMqvJakjq47Jl+3fk2xrFPrDoTJFQGxkgkfk=";
        assertTrue(PosNetV1Mac.verifies(PosNetV1Mac.ofCallback(callback, KEY), published));
        callback.put("ECI", "");
        assertFalse(PosNetV1Mac.verifies(PosNetV1Mac.ofCallback(callback, KEY), published));
    }

    @Test
    void formats() {
        assertEquals(10025L, PosNetV1Formats.amount(Money.of("100.25", "TRY")));
        assertEquals("TL", PosNetV1Formats.currency(Money.of("1.00", "TRY")));
        assertEquals("3012", PosNetV1Formats.expiry(CardExpiry.parse("12/30")));
        assertEquals("0000000620093100_024", PosNetV1Formats.orderId("620093100_024"));
        assertEquals("TDS_00000000000000000010", PosNetV1Formats.threeDOrderId("10"));
        assertEquals("0", PosNetV1Formats.installments(1));
        assertEquals(
                "1.75", PosNetV1Formats.answeredAmount("1,75").orElseThrow().toPlainString());
    }
}
