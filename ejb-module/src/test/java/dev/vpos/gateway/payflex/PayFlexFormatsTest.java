package dev.vpos.gateway.payflex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayFamily;
import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PayFlex has no request or callback hash (authentication is merchant id + password + source IP), so there is no
 * crypto vector to check; these check the wire format against the published examples instead.
 */
class PayFlexFormatsTest {

    @Test
    void aSaleDocumentMatchesTheMewsSerializerVector() {
        // vector from mewebstudio/pos tests/Unit/Serializer/PayFlexV4PosSerializerTest.php (test_sale)
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("MerchantId", "000000000111111");
        f.put("Password", "3XTgER89as");
        f.put("TerminalNo", "VP999999");
        f.put("TransactionType", "Sale");
        f.put("OrderId", "order222");
        f.put("CurrencyAmount", "100.00");
        f.put("CurrencyCode", "949");
        f.put("ClientIp", "127.0.0.1");
        f.put("TransactionDeviceSource", "0");
        f.put("Pan", "5555444433332222");
        f.put("Expiry", "202112");
        f.put("Cvv", "122");
        assertEquals(
                "<VposRequest><MerchantId>000000000111111</MerchantId><Password>3XTgER89as</Password><TerminalNo>VP999999</TerminalNo>"
                        + "<TransactionType>Sale</TransactionType><OrderId>order222</OrderId><CurrencyAmount>100.00</CurrencyAmount>"
                        + "<CurrencyCode>949</CurrencyCode><ClientIp>127.0.0.1</ClientIp><TransactionDeviceSource>0</TransactionDeviceSource>"
                        + "<Pan>5555444433332222</Pan><Expiry>202112</Expiry><Cvv>122</Cvv></VposRequest>",
                PayFlexXml.write("VposRequest", f));
    }

    @Test
    void amountsCurrenciesExpiriesAndInstallments() {
        assertEquals("1.01", PayFlexFormats.amount(Money.of("1.01", "TRY")));
        assertEquals("100.00", PayFlexFormats.amount(Money.of("100", "TRY")));
        assertEquals("101", PayFlexFormats.minorUnits(Money.of("1.01", "TRY")));
        assertEquals("949", PayFlexFormats.currency(Money.of("1", "TRY")));
        assertEquals("978", PayFlexFormats.currency(Money.of("1", "EUR")));
        assertEquals("203012", PayFlexFormats.expiryLong(CardExpiry.parse("12/30")));
        assertEquals("3012", PayFlexFormats.expiryShort(CardExpiry.parse("12/30")));
        assertEquals(Optional.empty(), PayFlexFormats.installments(1));
        assertEquals(Optional.of("3"), PayFlexFormats.installments(3));
    }

    @Test
    void searchAndEnrollmentAddressesAreDerivedFromTheEndpoint() {
        URI test = URI.create("https://onlineodemetest.vakifbank.com.tr:4443/VposService/v3/Vposreq.aspx");
        assertEquals(
                URI.create("https://onlineodemetest.vakifbank.com.tr:4443/UIService/Search.aspx"),
                PayFlexCredentials.derived(test, PayFlexCredentials.SEARCH_PATH, false)
                        .orElseThrow());
        assertEquals(
                URI.create("https://3dsecuretest.vakifbank.com.tr:4443/MPIAPI/MPI_Enrollment.aspx"),
                PayFlexCredentials.derived(test, PayFlexCredentials.ENROLLMENT_PATH, true)
                        .orElseThrow());
        URI sim = URI.create("http://localhost:9081/bank-simulator/payflex/VposService/v3/Vposreq.aspx");
        assertEquals(
                URI.create("http://localhost:9081/bank-simulator/payflex/MPIAPI/MPI_Enrollment.aspx"),
                PayFlexCredentials.derived(sim, PayFlexCredentials.ENROLLMENT_PATH, true)
                        .orElseThrow());
        assertTrue(PayFlexCredentials.derived(
                        URI.create("https://apigw.vakifbank.com.tr:8443/virtualPos/Vposreq"),
                        PayFlexCredentials.SEARCH_PATH,
                        false)
                .isEmpty());
        GatewayAccount explicit = new GatewayAccount(
                1,
                1,
                GatewayFamily.PAYFLEX,
                sim,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Map.of("merchantId", "1", "terminalNo", "T", "password", "p", "searchUrl", "https://x.test/s"));
        assertEquals(
                URI.create("https://x.test/s"),
                PayFlexCredentials.of(explicit).searchUrl().orElseThrow());
        assertEquals("127.0.0.1", PayFlexCredentials.of(explicit).serverIp());
    }

    @Test
    void theSchemaMarksThePasswordSecret() {
        assertTrue(PayFlexProfile.SCHEMA.field("password").orElseThrow().secret());
        assertTrue(PayFlexProfile.SCHEMA.field("merchantId").orElseThrow().accepts("000000000111111"));
    }
}
