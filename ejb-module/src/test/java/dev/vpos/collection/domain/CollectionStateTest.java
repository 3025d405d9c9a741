package dev.vpos.collection.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CollectionStateTest {

    @Test
    void initiatedMovesToEveryOutcome() {
        for (CollectionState s : new CollectionState[] {
            CollectionState.APPROVED,
            CollectionState.DECLINED,
            CollectionState.NOT_SENT,
            CollectionState.UNKNOWN,
            CollectionState.PENDING_3DS
        }) {
            assertTrue(CollectionState.INITIATED.canMoveTo(s), s.name());
        }
    }

    @Test
    void unknownIsSettledOnlyByTheBanksAnswer() {
        assertTrue(CollectionState.UNKNOWN.canMoveTo(CollectionState.APPROVED));
        assertTrue(CollectionState.UNKNOWN.canMoveTo(CollectionState.DECLINED));
        assertTrue(CollectionState.UNKNOWN.canMoveTo(CollectionState.NOT_SENT), "the bank has no such order");
        assertFalse(CollectionState.UNKNOWN.canMoveTo(CollectionState.REFUNDED));
        assertFalse(CollectionState.UNKNOWN.isSettled());
    }

    @Test
    void aDeclineIsFinal() {
        for (CollectionState s : CollectionState.values()) {
            assertFalse(CollectionState.DECLINED.canMoveTo(s), s.name());
        }
    }

    @Test
    void onlyApprovedMoneyCanBeVoidedOrRefunded() {
        assertTrue(CollectionState.APPROVED.canMoveTo(CollectionState.VOIDED));
        assertTrue(CollectionState.APPROVED.canMoveTo(CollectionState.PARTIALLY_REFUNDED));
        assertFalse(CollectionState.DECLINED.canMoveTo(CollectionState.REFUNDED));
        assertFalse(CollectionState.REFUNDED.canMoveTo(CollectionState.APPROVED));
    }

    @Test
    void bankOrderIdsAreTwentyUpperCaseAlphanumericsStampedWithTheDay() {
        java.time.Clock clock = java.time.Clock.fixed(
                java.time.Instant.parse("2026-11-23T10:00:00Z"), java.time.ZoneId.of("Europe/Istanbul"));
        String id = BankOrderIds.next(clock);

        assertTrue(id.matches("VP261123[0-9A-Z]{12}"), id);
        assertFalse(id.equals(BankOrderIds.next(clock)));
    }
}
