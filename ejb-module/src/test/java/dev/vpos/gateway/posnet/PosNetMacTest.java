package dev.vpos.gateway.posnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The PosNet MAC chain against published vectors: mewebstudio/pos tests/Unit/Crypt/PosNetCryptTest.php
 * (account 6706598320 / 67005551, ENCKEY 10,10,10,10,10,10,10,10).
 */
class PosNetMacTest {

    private static final String KEY = "10,10,10,10,10,10,10,10";

    @Test
    void requestMacMatchesTheMewsVector() {
        // PosNetCryptTest::hashCreateDataProvider: id TST_190620093100_024, amount 175, currency TL
        assertEquals(
                "nyeFSQ4J9NZVeCcEGCDomM8e2YIvoeIa/IDh2D3qaL4=",
                PosNetMac.requestMac("TST_190620093100_024", "175", "TL", "6706598320", KEY, "67005551"));
    }

    @Test
    void responseMacMatchesTheMewsVector() {
        // PosNetCryptTest::threeDHashCheckDataProvider: mdStatus 9, xid 00000000000000000895, amount 100, TL
        String mac = PosNetMac.responseMac("9", "00000000000000000895", "100", "TL", "6706598320", KEY, "67005551");
        assertEquals("7I9ojRm7yzvZZTFNOYWocGIGSTv2Vmq23STR6X6X+c0=", mac);
        assertTrue(PosNetMac.matches("7I9ojRm7yzvZZTFNOYWocGIGSTv2Vmq23STR6X6X+c0=", mac));
    }

    @Test
    void aChangedAmountBreaksTheResponseMac() {
        // the same test also asserts that an emptied amount fails the check
        String mac = PosNetMac.responseMac("9", "00000000000000000895", "", "TL", "6706598320", KEY, "67005551");
        assertFalse(PosNetMac.matches("7I9ojRm7yzvZZTFNOYWocGIGSTv2Vmq23STR6X6X+c0=", mac));
        assertFalse(PosNetMac.matches("7I9ojRm7yzvZZTFNOYWocGIGSTv2Vmq23STR6X6X+c0=", null));
    }
}
