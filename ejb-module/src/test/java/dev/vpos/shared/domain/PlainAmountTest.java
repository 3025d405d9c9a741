package dev.vpos.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Issue #13: amounts are plain decimal text; search text is literal inside LIKE. */
class PlainAmountTest {

    @Test
    void onlyPlainDecimalsAreAmounts() {
        assertEquals(new BigDecimal("1250.00"), Money.parsePlain("1250.00").orElseThrow());
        assertEquals(new BigDecimal("7"), Money.parsePlain("7").orElseThrow());
        for (String bad : new String[] {
            "1e3",
            "1E3",
            "+5",
            "-5",
            " 5",
            "5 ",
            "NaN",
            "Infinity",
            "1,000.00",
            "5.",
            ".5",
            "0x10",
            "",
            "١٢٣",
            "5.1234567"
        }) {
            assertTrue(Money.parsePlain(bad).isEmpty(), bad);
        }
        assertTrue(Money.parsePlain(null).isEmpty());
    }

    @Test
    void likeWildcardsAreEscaped() {
        assertEquals("!%", LikePattern.escape("%"));
        assertEquals("A!_B!!C\\D", LikePattern.escape("A_B!C\\D"));
        assertEquals("VP2611", LikePattern.escape("VP2611"));
    }
}
