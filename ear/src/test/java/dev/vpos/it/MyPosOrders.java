package dev.vpos.it;

import java.util.concurrent.atomic.AtomicInteger;

/** The demo orders seeded for myPOS (MYP-2026-0001…0015 of customer C001, 480.00 TRY), handed out once each. */
final class MyPosOrders {

    private static final int SEEDED = 15;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private MyPosOrders() {}

    /**
     * The next seeded order still open: other tests (the Online Collection screen's, say) may have paid one of the
     * customer's open documents first.
     */
    static String next() {
        long company = Sales.demoCompanyId();
        String open = TestServer.get(
                        TestServer.API + "/companies/" + company + "/customer-accounts/"
                                + Sales.firstCustomerAccountId(company) + "/open-documents",
                        "collector")
                .body();
        while (true) {
            int n = NEXT.incrementAndGet();
            if (n > SEEDED) {
                throw new IllegalStateException("the " + SEEDED + " seeded myPOS demo orders are used up");
            }
            String order = String.format("MYP-2026-%04d", n);
            if (open.contains("\"" + order + "\"")) {
                return order;
            }
        }
    }
}
