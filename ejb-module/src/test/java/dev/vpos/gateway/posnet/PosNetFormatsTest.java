package dev.vpos.gateway.posnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vpos.shared.domain.CardExpiry;
import dev.vpos.shared.domain.Money;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PosNetFormatsTest {

    @Test
    void amountsAreKurusIntegers() {
        assertEquals("101", PosNetFormats.amount(Money.of("1.01", "TRY")));
        assertEquals("10025", PosNetFormats.amount(Money.of("100.25", "TRY")));
        assertEquals("175", PosNetFormats.amount(Money.of("1.75", "TRY")));
    }

    @Test
    void currenciesAreTwoLetterCodes() {
        assertEquals("TL", PosNetFormats.currency(Money.of("1", "TRY")));
        assertEquals("US", PosNetFormats.currency(Money.of("1", "USD")));
        assertEquals("EU", PosNetFormats.currency(Money.of("1", "EUR")));
        assertThrows(IllegalArgumentException.class, () -> PosNetFormats.currency(Money.of("1", "CHF")));
    }

    @Test
    void installmentsAreTwoDigitsWith00ForASinglePayment() {
        assertEquals("00", PosNetFormats.installments(1));
        assertEquals("00", PosNetFormats.installments(0));
        assertEquals("03", PosNetFormats.installments(3));
        assertEquals("12", PosNetFormats.installments(12));
    }

    @Test
    void orderIdsAreTwentyCharactersAndThreeDReferencesArePrefixed() {
        assertEquals("VP260115ABCDEF123456", PosNetFormats.orderId("VP260115ABCDEF123456"));
        assertEquals("0000190620093100_024", PosNetFormats.orderId("190620093100_024"));
        assertEquals("TDSCVP260115ABCDEF123456", PosNetFormats.threeDOrderReference("VP260115ABCDEF123456"));
        assertThrows(IllegalArgumentException.class, () -> PosNetFormats.orderId("VP260115ABCDEF1234567"));
    }

    @Test
    void expiryIsYymmAndReportedAmountsAreTurkish() {
        assertEquals("2112", PosNetFormats.expiry(CardExpiry.parse("12/21")));
        assertEquals(
                Money.of("1234.56", "TRY"),
                PosNetFormats.reportedMoney("1.234,56", "TL").orElseThrow());
        assertEquals(
                Money.of("1.16", "TRY"),
                PosNetFormats.reportedMoney("1,16", "TL").orElseThrow());
    }

    @Test
    void theGateIsDerivedFromTheEndpoint() {
        assertEquals(
                URI.create("https://setmpos.ykb.com/3DSWebService/YKBPaymentService"),
                PosNetCredentials.gateFor(URI.create("https://setmpos.ykb.com/PosnetWebService/XML")));
        assertEquals(
                URI.create("http://localhost:9081/bank-simulator/posnet/3DSWebService/YKBPaymentService"),
                PosNetCredentials.gateFor(
                        URI.create("http://localhost:9081/bank-simulator/posnet/PosnetWebService/XML")));
    }
}
