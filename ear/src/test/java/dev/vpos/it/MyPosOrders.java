package dev.vpos.it;

import java.util.concurrent.atomic.AtomicInteger;

/** The demo orders seeded for myPOS (MYP-2026-0001…0009 of customer C001, 480.00 TRY), handed out once each. */
final class MyPosOrders {

    private static final int SEEDED = 9;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private MyPosOrders() {
    }

    static String next() {
        int n = NEXT.incrementAndGet();
        if (n > SEEDED) {
            throw new IllegalStateException("the " + SEEDED + " seeded myPOS demo orders are used up");
        }
        return "MYP-2026-000" + n;
    }
}
