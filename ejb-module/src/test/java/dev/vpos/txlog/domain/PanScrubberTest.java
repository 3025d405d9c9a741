package dev.vpos.txlog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PanScrubberTest {

    @Test
    void aCardNumberLeftInTheTextIsMaskedToBinAndLastFour() {
        assertEquals("<Number>435508******4358</Number>", PanScrubber.scrub("<Number>4355084355084358</Number>"));
        assertEquals(
                "pan=540134******7891&amex=371449*****8431",
                PanScrubber.scrub("pan=5401341234567891&amex=371449635398431"));
    }

    @Test
    void numbersThatAreNotCardNumbersStay() {
        String rrn = "<HostRefNum>632717002130</HostRefNum>";
        String notLuhn = "<Id>4355084355084359</Id>";
        String masked = "<Number>435508******4358</Number>";
        assertEquals(rrn, PanScrubber.scrub(rrn));
        assertEquals(notLuhn, PanScrubber.scrub(notLuhn));
        assertEquals(masked, PanScrubber.scrub(masked));
        assertEquals("20261123 17:45:25", PanScrubber.scrub("20261123 17:45:25"));
        assertNull(PanScrubber.scrub(null));
    }

    @Test
    void aLongerDigitRunIsNotCutIntoACardNumber() {
        String twentyDigits = "43550843550843580000";
        assertEquals(twentyDigits, PanScrubber.scrub(twentyDigits));
    }
}
