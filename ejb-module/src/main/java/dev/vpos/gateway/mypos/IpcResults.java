package dev.vpos.gateway.mypos;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import java.util.Map;
import java.util.Set;

/**
 * What myPOS's answers mean in the module's terms. {@code Status} 0 is success; the codes 1–21 and 99 of the
 * Checkout API are refusals, except those after which the operation may still have happened — 3 (IPC error),
 * 20 (duplicate transmission: an earlier request with this order may have gone through) and 99 (undefined error)
 * — which are UNKNOWN and must be asked again. An answer whose signature does not verify is UNKNOWN: nothing in it
 * is believed.
 */
final class IpcResults {

    /** The key of myPOS's transaction reference in {@link GatewayResult#references()}: refunds and reversals need it. */
    static final String TRNREF = "trnref";

    static final String APPROVED_CODE = "0";
    /** Our codes for outcomes myPOS tells by method rather than by a status code (seeded in the return-code catalog). */
    static final String PAYER_CANCELLED = "IPCPurchaseCancel";

    static final String ROLLED_BACK = "IPCPurchaseRollback";
    /** GetTxnStatus: "no transaction with this OrderID" (invalid parameter). */
    static final int NO_SUCH_ORDER = 5;

    private static final Set<Integer> MAY_HAVE_HAPPENED = Set.of(3, 20, 99);

    private IpcResults() {}

    /** The answer to an operation (IPCIAPurchase, IPCRefund, IPCReversal). */
    static GatewayResult operation(IpcAnswer a, BankExchange exchange, String expectedOrderId) {
        if (!a.authentic()) {
            return GatewayResult.unknown(exchange.withFailure("myPOS's answer is not signed with myPOS's certificate"));
        }
        String orderId = a.field("OrderID");
        if (expectedOrderId != null && !orderId.isEmpty() && !orderId.equals(expectedOrderId)) {
            return GatewayResult.unknown(
                    exchange.withFailure("answer is for order " + orderId + ", not " + expectedOrderId));
        }
        int status = a.status();
        String trnref = a.field("IPC_Trnref");
        Map<String, String> refs = trnref.isEmpty() ? Map.of() : Map.of(TRNREF, trnref);
        if (status == 0) {
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    APPROVED_CODE,
                    a.statusMessage(),
                    null,
                    blank(trnref),
                    blank(trnref),
                    refs,
                    exchange);
        }
        if (status < 0 || MAY_HAVE_HAPPENED.contains(status)) {
            return new GatewayResult(
                    GatewayOutcome.UNKNOWN,
                    status < 0 ? null : String.valueOf(status),
                    a.statusMessage(),
                    null,
                    null,
                    null,
                    exchange.withFailure("myPOS answered Status " + a.field("Status") + " (" + a.statusMessage()
                            + "): the operation may or may not have happened"));
        }
        return new GatewayResult(
                GatewayOutcome.DECLINED,
                String.valueOf(status),
                a.statusMessage(),
                null,
                blank(trnref),
                blank(trnref),
                refs,
                exchange);
    }

    /**
     * IPCGetTxnStatus: {@code Status} only says whether the question was answered; what happened to the order is the
     * IPC method myPOS last recorded for it ({@code OrderStatus.IPCmethod}): IPCPurchaseNotify (paid and
     * confirmed), IPCIAPurchase (paid with a stored card, its own Status), IPCPurchaseCancel (the payer gave up),
     * IPCPurchaseRollback (taken back because the notification was not acknowledged), IPCRefund (paid, then
     * refunded: the sale stands), IPCReversal (reversed: a person decides), IPCPurchase (started, not finished).
     */
    static GatewayResult status(IpcAnswer a, BankExchange exchange, String orderId) {
        if (!a.authentic()) {
            return GatewayResult.unknown(
                    exchange.withFailure("myPOS's status answer is not signed with myPOS's certificate"));
        }
        if (a.status() == NO_SUCH_ORDER && a.nestedObject("OrderStatus").isEmpty()) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT,
                    String.valueOf(NO_SUCH_ORDER),
                    a.statusMessage(),
                    null,
                    null,
                    null,
                    exchange.withFailure("myPOS has no payment for order " + orderId));
        }
        if (a.status() != 0 || a.nestedObject("OrderStatus").isEmpty()) {
            return GatewayResult.unknown(exchange.withFailure("myPOS answered Status " + a.field("Status") + " ("
                    + a.statusMessage() + ") without the order's status"));
        }
        Map<String, String> order = a.nestedObject("OrderStatus").get();
        String answeredFor = value(order, "OrderID");
        if (!answeredFor.isEmpty() && !answeredFor.equals(orderId)) {
            return GatewayResult.unknown(
                    exchange.withFailure("status is for order " + answeredFor + ", not " + orderId));
        }
        String method = value(order, "IPCmethod");
        String trnref = value(order, "IPC_Trnref");
        Map<String, String> refs = trnref.isEmpty() ? Map.of() : Map.of(TRNREF, trnref);
        return switch (method) {
            case "IPCPurchaseNotify", "IPCPurchaseOK", "IPCRefund" ->
                new GatewayResult(
                        GatewayOutcome.APPROVED,
                        APPROVED_CODE,
                        method,
                        null,
                        blank(trnref),
                        blank(trnref),
                        refs,
                        exchange);
            case "IPCIAPurchase" ->
                "0".equals(value(order, "Status"))
                        ? new GatewayResult(
                                GatewayOutcome.APPROVED,
                                APPROVED_CODE,
                                method,
                                null,
                                blank(trnref),
                                blank(trnref),
                                refs,
                                exchange)
                        : new GatewayResult(
                                GatewayOutcome.DECLINED,
                                value(order, "Status"),
                                value(order, "StatusMsg"),
                                null,
                                blank(trnref),
                                blank(trnref),
                                refs,
                                exchange);
            case PAYER_CANCELLED ->
                new GatewayResult(
                        GatewayOutcome.DECLINED,
                        PAYER_CANCELLED,
                        "the payer cancelled on the myPOS page",
                        null,
                        null,
                        null,
                        exchange);
            case ROLLED_BACK ->
                new GatewayResult(
                        GatewayOutcome.DECLINED,
                        ROLLED_BACK,
                        "myPOS took the payment back (notification not acknowledged)",
                        null,
                        blank(trnref),
                        blank(trnref),
                        refs,
                        exchange);
            default ->
                GatewayResult.unknown(exchange.withFailure(
                        "the order's last IPC method at myPOS is '" + method + "': no final outcome to settle"));
        };
    }

    /** A message's field, case-insensitively; "" when absent. */
    static String value(Map<String, String> m, String name) {
        return m.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("");
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
