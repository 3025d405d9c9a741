package dev.vpos.reconciliation.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamePatternTest {

    @Test
    void aStarTakesAnyRunOfCharactersAndTheWholeNameMustMatch() {
        FileNamePattern p = FileNamePattern.parse("est-settlement-*.csv");
        assertTrue(p.matches("est-settlement-2026-12-07.csv"));
        assertTrue(p.matches("EST-SETTLEMENT-2026-12-07.CSV"));
        assertFalse(p.matches("est-settlement-2026-12-07.csv.part"));
        assertFalse(p.matches("x-est-settlement-2026-12-07.csv"));
    }

    @Test
    void aQuestionMarkIsOneCharacterAndOtherCharactersAreLiteral() {
        FileNamePattern p = FileNamePattern.parse("gun_??.txt");
        assertTrue(p.matches("gun_07.txt"));
        assertFalse(p.matches("gun_7.txt"));
        assertFalse(p.matches("gun_07xtxt"));
    }

    @Test
    void hiddenAndTemporaryFilesAreNeverTaken() {
        assertFalse(FileNamePattern.parse("*").matches(".4711.part"));
        assertTrue(FileNamePattern.parse("*").matches("a.csv"));
    }

    @Test
    void aPathABlankOrAControlCharacterIsNoPattern() {
        assertNull(FileNamePattern.parse(""));
        assertNull(FileNamePattern.parse("  "));
        assertNull(FileNamePattern.parse("../*.csv"));
        assertNull(FileNamePattern.parse("est/*.csv"));
        assertNull(FileNamePattern.parse("a\u0000b"));
        assertNull(FileNamePattern.parse("x".repeat(201)));
    }
}
