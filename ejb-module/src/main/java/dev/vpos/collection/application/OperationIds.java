package dev.vpos.collection.application;

import dev.vpos.collection.domain.BankOrderIds;
import java.time.Clock;

/** A follow-up's own id at the bank: the same shape as an order id (20 upper-case letters and digits). */
final class OperationIds {

    private OperationIds() {
    }

    static String next(Clock clock) {
        return BankOrderIds.next(clock);
    }
}
