package dev.vpos.simulator.kuveytturk;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Value} of GetMerchantOrderDetail from the ledger: one {@code OrderContract} for the order (its approved
 * sale, else its latest declined attempt), or nothing when the bank never saw the order. LastOrderStatus: 1 completed,
 * 4 fully refunded, 5 partially refunded, 6 cancelled; amounts as decimals, as the bank writes them here:
 * {@code CancelAmount} what a SaleReversal took back, {@code DrawbackAmount} everything refunded so far;
 * {@code UpdateSystemDate} the time of the order's last change (its latest follow-up, else the sale), as in mews/pos's
 * fixtures of a paid-then-refunded and a cancelled order.
 */
final class KuveytTurkOrderDetail {

    private KuveytTurkOrderDetail() {}

    static Map<String, Object> of(LedgerOrder order, Clock clock) {
        Optional<LedgerEntry> shown = order.authorization()
                .or(() -> order.entries().stream()
                        .filter(e -> e.type() == LedgerType.SALE)
                        .findFirst());
        if (shown.isEmpty()) {
            return Map.of();
        }
        LedgerEntry e = shown.get();
        String state = order.voided()
                ? "6"
                : order.refunded().signum() == 0 ? "1" : order.refunded().compareTo(order.captured()) >= 0 ? "4" : "5";
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("OrderId", KuveytTurkIdentifiers.orderId(e.hostRefNum()));
        c.put("MerchantOrderId", e.orderId());
        c.put("MerchantId", e.clientId());
        c.put("CardNumber", e.maskedPan());
        c.put("OrderDate", e.timestamp().toLocalDateTime().toString());
        c.put("OrderStatus", "1");
        c.put("LastOrderStatus", e.isApproved() ? state : "1");
        c.put("OrderType", "1");
        c.put("TransactionStatus", e.isApproved() ? "1" : "2");
        c.put("FirstAmount", e.amount().toPlainString());
        c.put("CancelAmount", order.voided() ? e.amount().toPlainString() : "0.00");
        c.put("DrawbackAmount", order.refunded().setScale(2).toPlainString());
        c.put("ClosedAmount", "0.00");
        c.put("FEC", e.currency());
        c.put("InstallmentCount", e.installments() <= 1 ? "0" : Integer.toString(e.installments()));
        c.put("ResponseCode", e.resultCode());
        c.put("ResponseExplain", e.isApproved() ? "İşlem gerçekleştirildi." : KuveytTurkCodes.message(e.resultCode()));
        c.put("EndOfDayStatus", order.authorizationInOpenBatch() || !e.isApproved() ? "1" : "2");
        c.put("ProvNumber", e.authCode());
        c.put("BatchId", e.settleId());
        c.put("RRN", e.hostRefNum());
        c.put("Stan", e.transId());
        c.put("SystemDate", e.timestamp().toLocalDateTime().toString());
        c.put(
                "UpdateSystemDate",
                order.entries().stream()
                        .filter(LedgerEntry::isApproved)
                        .findFirst()
                        .orElse(e)
                        .timestamp()
                        .toLocalDateTime()
                        .toString());
        c.put("FECAmount", BigDecimal.ZERO.toPlainString());
        return Map.of("OrderContract", c);
    }
}
