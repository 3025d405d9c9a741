package dev.vpos.collection.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The states of a collection and the only transitions allowed between them. */
public enum CollectionState {
    INITIATED,
    PENDING_3DS,
    APPROVED,
    DECLINED,
    NOT_SENT,
    UNKNOWN,
    CAPTURED,
    VOIDED,
    PARTIALLY_REFUNDED,
    REFUNDED;

    private static final Map<CollectionState, Set<CollectionState>> ALLOWED = Map.of(
            INITIATED, EnumSet.of(PENDING_3DS, APPROVED, DECLINED, NOT_SENT, UNKNOWN),
            PENDING_3DS, EnumSet.of(APPROVED, DECLINED, UNKNOWN),
            UNKNOWN, EnumSet.of(APPROVED, DECLINED, NOT_SENT),
            APPROVED, EnumSet.of(CAPTURED, VOIDED, PARTIALLY_REFUNDED, REFUNDED),
            CAPTURED, EnumSet.of(VOIDED, PARTIALLY_REFUNDED, REFUNDED),
            PARTIALLY_REFUNDED, EnumSet.of(PARTIALLY_REFUNDED, REFUNDED));

    public boolean canMoveTo(CollectionState next) {
        return ALLOWED.getOrDefault(this, Set.of()).contains(next);
    }

    /** States in which the bank's final word is known and nothing more happens by itself. */
    public boolean isSettled() {
        return this != INITIATED && this != PENDING_3DS && this != UNKNOWN;
    }
}
