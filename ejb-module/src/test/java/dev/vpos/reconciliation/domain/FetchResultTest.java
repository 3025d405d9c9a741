package dev.vpos.reconciliation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run makes of its files, and how files already dealt with are recognised. */
class FetchResultTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-12-07T20:50:00Z");
    private static final RemoteFile A = new RemoteFile("est-settlement-2026-12-07.csv", 120, T);
    private static final RemoteFile B = new RemoteFile("est-settlement-2026-12-08.csv", 90, T.plusDays(1));

    private static FileResult file(RemoteFile f, SettlementFetchedFile.Outcome o) {
        return new FileResult(
                f,
                "sha-" + f.name(),
                o,
                o == SettlementFetchedFile.Outcome.IMPORTED ? 7L : null,
                o == SettlementFetchedFile.Outcome.REFUSED ? "settlementFetch.fileRefused" : null,
                null);
    }

    @Test
    void aRunThatImportedAFileIsImportedAndCountsWhatItRecognised() {
        FetchResult r = FetchResult.of(
                3,
                1,
                List.of(file(A, SettlementFetchedFile.Outcome.IMPORTED), file(B, SettlementFetchedFile.Outcome.KNOWN)));
        assertEquals(SettlementFetch.Outcome.IMPORTED, r.outcome());
        assertEquals(3, r.listed());
        assertEquals(1, r.imported());
        assertEquals(2, r.known());
        assertNull(r.reasonKey());
    }

    @Test
    void aRunWithNothingNewSaysSo() {
        FetchResult r = FetchResult.of(2, 2, List.of());
        assertEquals(SettlementFetch.Outcome.NOTHING_NEW, r.outcome());
        assertEquals(2, r.known());
    }

    @Test
    void aRefusedFileFailsTheRunWithItsReasonSoThatItIsRetried() {
        FetchResult r = FetchResult.of(
                2,
                0,
                List.of(
                        file(A, SettlementFetchedFile.Outcome.IMPORTED),
                        file(B, SettlementFetchedFile.Outcome.REFUSED)));
        assertEquals(SettlementFetch.Outcome.FAILED, r.outcome());
        assertEquals(1, r.imported());
        assertEquals("settlementFetch.fileRefused", r.reasonKey(), "the run says which file; the file says why");
        assertEquals(B.name(), r.reasonDetail());
    }

    @Test
    void anUnchangedFileIsRecognisedByNameSizeAndTimeAndANewVersionIsNot() {
        KnownFiles known = new KnownFiles(List.of(new KnownFiles.Known(A.name(), "abc", 120, T)));
        assertTrue(known.unchanged(A));
        assertFalse(known.unchanged(new RemoteFile(A.name(), 121, T)));
        assertFalse(known.unchanged(new RemoteFile(A.name(), 120, T.plusSeconds(1))));
        assertFalse(known.unchanged(new RemoteFile(A.name(), 120, null)));
        assertFalse(known.unchanged(B));
    }

    @Test
    void theSameNameAndContentIsRecognisedAnotherContentIsNot() {
        KnownFiles known = new KnownFiles(List.of(new KnownFiles.Known(A.name(), "abc", 120, T)));
        assertTrue(known.sameContent(A.name(), "abc"));
        assertFalse(known.sameContent(A.name(), "abd"));
        assertFalse(known.sameContent(B.name(), "abc"));
    }
}
