package dev.vpos.gateway.payflexcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.vpos.simulator.payflexcp.PayFlexCpBank;
import org.junit.jupiter.api.Test;

/** The registration's HashedData against mews/pos's published vector (PayFlexCP4CryptTest), on both sides. */
class PayFlexCpHashTest {

    private static final String VECTOR = "/MfLewtkUjpN5e/RY2iuIoT72hk=";

    @Test
    void theAdapterHashesAsMewsPosPublished() {
        assertEquals(VECTOR, PayFlexCpHash.of("000000000111111", "949", "10.10", "3XTgER89as"));
    }

    @Test
    void theSimulatedBankChecksWithTheSameVector() {
        assertEquals(VECTOR, PayFlexCpBank.hash("000000000111111", "949", "10.10", "3XTgER89as"));
    }

    @Test
    void anotherAmountOrPasswordIsAnotherHash() {
        assertNotEquals(VECTOR, PayFlexCpHash.of("000000000111111", "949", "10.11", "3XTgER89as"));
        assertNotEquals(VECTOR, PayFlexCpHash.of("000000000111111", "949", "10.10", "3XTgER89at"));
    }
}
