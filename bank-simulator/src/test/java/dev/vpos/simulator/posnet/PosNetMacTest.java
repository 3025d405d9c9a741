package dev.vpos.simulator.posnet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bank's MAC chain against mewebstudio/pos tests/Unit/Crypt/PosNetCryptTest.php. */
class PosNetMacTest {

    private static final PosNetMerchants.Merchant YKB_TEST =
            new PosNetMerchants.Merchant("6706598320", "67005551", "27426", "10,10,10,10,10,10,10,10");

    @Test
    void merchantRequestMac() {
        assertEquals(
                "nyeFSQ4J9NZVeCcEGCDomM8e2YIvoeIa/IDh2D3qaL4=",
                PosNetMac.requestMac("TST_190620093100_024", "175", "TL", YKB_TEST));
    }

    @Test
    void bankResponseMac() {
        assertEquals(
                "7I9ojRm7yzvZZTFNOYWocGIGSTv2Vmq23STR6X6X+c0=",
                PosNetMac.responseMac("9", "00000000000000000895", "100", "TL", YKB_TEST));
    }
}
