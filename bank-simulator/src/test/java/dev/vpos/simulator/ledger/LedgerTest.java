package dev.vpos.simulator.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-23T13:00:00+03:00");
    private final Ledger ledger = new Ledger();

    private static LedgerEntry entry(String clientId, String orderId, String resultCode) {
        return new LedgerEntry(
                "EST",
                clientId,
                orderId,
                new BigDecimal("100.25"),
                "949",
                1,
                "435508******4358",
                resultCode,
                "00".equals(resultCode) ? "P12345" : "",
                "632710000001",
                "26327MvfH00001",
                "2518",
                T0);
    }

    @Test
    void entriesComeBackNewestFirst() {
        ledger.record(entry("700655000200", "o-1", "00"));
        ledger.record(entry("700655000200", "o-2", "51"));
        ledger.record(entry("700655000200", "o-3", "00"));

        assertEquals(
                List.of("o-3", "o-2", "o-1"),
                ledger.newestFirst(Optional.empty()).stream()
                        .map(LedgerEntry::orderId)
                        .toList());
    }

    @Test
    void anOrderIdFilterKeepsOnlyThatOrder() {
        ledger.record(entry("700655000200", "o-1", "51"));
        ledger.record(entry("700655000200", "o-2", "00"));
        ledger.record(entry("700655000200", "o-1", "00"));

        List<LedgerEntry> o1 = ledger.newestFirst(Optional.of("o-1"));

        assertEquals(
                List.of("00", "51"), o1.stream().map(LedgerEntry::resultCode).toList());
    }

    @Test
    void aSecondApprovalOfTheSameOrderAtTheSameMerchantIsRefused() {
        assertTrue(ledger.record(entry("700655000200", "o-1", "00")));

        assertFalse(ledger.record(entry("700655000200", "o-1", "00")));
        assertEquals(1, ledger.newestFirst(Optional.empty()).size());
    }

    @Test
    void declinesDoNotUseUpTheOrderIdAndOtherMerchantsHaveTheirOwnOrderIds() {
        assertTrue(ledger.record(entry("700655000200", "o-1", "51")));
        assertTrue(ledger.record(entry("700655000200", "o-1", "05")));
        assertTrue(ledger.record(entry("700655000200", "o-1", "00")));
        assertTrue(ledger.record(entry("190100000", "o-1", "00")));

        assertTrue(ledger.hasApproved("EST", "700655000200", "o-1"));
        assertFalse(ledger.hasApproved("GARANTI", "700655000200", "o-1"));
    }

    @Test
    void anOrdersEntriesAreThoseOfThatMerchantAndFamilyNewestFirst() {
        ledger.record(entry("700655000200", "o-1", "51"));
        ledger.record(entry("190100000", "o-1", "00"));
        ledger.record(entry("700655000200", "o-2", "00"));
        ledger.record(entry("700655000200", "o-1", "00"));

        assertEquals(
                List.of("00", "51"),
                ledger.entriesOf("EST", "700655000200", "o-1").stream()
                        .map(LedgerEntry::resultCode)
                        .toList());
        assertTrue(ledger.entriesOf("GARANTI", "700655000200", "o-1").isEmpty());
        assertTrue(ledger.entriesOf("EST", "700655000200", "o-3").isEmpty());
    }

    @Test
    void clearingForgetsEntriesAndApprovedOrders() {
        ledger.record(entry("700655000200", "o-1", "00"));

        ledger.clear();

        assertTrue(ledger.newestFirst(Optional.empty()).isEmpty());
        assertTrue(ledger.record(entry("700655000200", "o-1", "00")));
    }

    @Test
    void beyondItsCapacityTheOldestEntriesAreForgotten() {
        Ledger small = new Ledger(2);
        small.record(entry("700655000200", "o-1", "00"));
        small.record(entry("700655000200", "o-2", "00"));
        small.record(entry("700655000200", "o-3", "00"));

        assertEquals(
                List.of("o-3", "o-2"),
                small.newestFirst(Optional.empty()).stream()
                        .map(LedgerEntry::orderId)
                        .toList());
        assertFalse(small.hasApproved("EST", "700655000200", "o-1"));
    }

    @Test
    void ofManyConcurrentApprovalsOfOneOrderExactlyOneIsRecorded() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                attempts.add(() -> ledger.record(entry("700655000200", "race", "00")));
            }
            long recorded = 0;
            for (Future<Boolean> f : pool.invokeAll(attempts)) {
                recorded += f.get() ? 1 : 0;
            }
            assertEquals(1, recorded);
            assertEquals(1, ledger.newestFirst(Optional.of("race")).size());
        } finally {
            pool.shutdownNow();
        }
    }
}
