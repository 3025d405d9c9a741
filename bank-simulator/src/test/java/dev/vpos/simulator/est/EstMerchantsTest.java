package dev.vpos.simulator.est;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class EstMerchantsTest {

    private final EstMerchants shipped = EstMerchants.fromClasspath();

    @Test
    void theWarShipsThePaytenTestMerchant() {
        assertEquals(
                new EstMerchants.Merchant("700655000200", "ISBANKAPI", "ISBANK07", "TRPS0200"),
                shipped.byClientId("700655000200").orElseThrow());
    }

    @Test
    void theWarShipsTheDemoMerchant() {
        assertEquals(
                new EstMerchants.Merchant("190100000", "ZIRAATAPI", "ZIRAAT19", "123456"),
                shipped.byClientId("190100000").orElseThrow());
    }

    @Test
    void aMerchantIsAuthenticatedOnlyByItsOwnClientIdUserAndPassword() {
        assertTrue(shipped.authenticate("700655000200", "ISBANKAPI", "ISBANK07").isPresent());
        assertTrue(shipped.authenticate("700655000200", "ISBANKAPI", "ZIRAAT19").isEmpty());
        assertTrue(shipped.authenticate("700655000200", "ZIRAATAPI", "ZIRAAT19").isEmpty());
        assertTrue(shipped.authenticate("700655000201", "ISBANKAPI", "ISBANK07").isEmpty());
        assertTrue(shipped.authenticate("", "", "").isEmpty());
    }

    @Test
    void otherFamiliesKeysInTheSameFileAreIgnored() {
        Properties p = new Properties();
        p.setProperty("est.1.user", "U");
        p.setProperty("est.1.password", "P");
        p.setProperty("est.1.storeKey", "K");
        p.setProperty("garanti.2.user", "G");

        EstMerchants merchants = EstMerchants.from(p);

        assertTrue(merchants.byClientId("1").isPresent());
        assertTrue(merchants.byClientId("2").isEmpty());
    }

    @Test
    void aMerchantWithoutAPasswordIsAConfigurationError() {
        Properties p = new Properties();
        p.setProperty("est.1.user", "U");
        p.setProperty("est.1.storeKey", "K");

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EstMerchants.from(p));
        assertTrue(e.getMessage().contains("est.1.password"), e.getMessage());
    }
}
