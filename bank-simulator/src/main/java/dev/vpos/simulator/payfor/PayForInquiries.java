package dev.vpos.simulator.payfor;

import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.payfor.PayForMerchants.Merchant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code OrderInquiry} (status of one order) and {@code TxnHistory} (every transaction of one order, or of one day),
 * answered from the ledger; never recorded themselves.
 *
 * <p>The status reports the order's money-moving transaction: the capture ({@code PostAuth}) when there is one,
 * else the authorisation ({@code Auth}/{@code PreAuth}) with {@code IsVoided}, {@code VoidDate}, {@code RefundedAmount}
 * and {@code IsRefunded}; without an approval, the latest declined attempt; without any, {@code V013}.
 */
final class PayForInquiries {

    private static final DateTimeFormatter STATUS_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final DateTimeFormatter HISTORY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");

    private final PayForBooking booking;
    private final ZoneId zone;

    PayForInquiries(PayForBooking booking, ZoneId zone) {
        this.booking = booking;
        this.zone = zone;
    }

    PayForAnswer status(Merchant merchant, String orderId) {
        LedgerOrder order = booking.order(merchant, orderId);
        Optional<LedgerEntry> reported = order.entries().stream()
                .filter(e -> e.isApproved() && e.type() == LedgerType.POST_AUTH)
                .findFirst()
                .or(order::authorization)
                .or(() -> order.entries().stream()
                        .filter(e -> e.type().isAuthorization())
                        .findFirst());
        if (reported.isEmpty()) {
            return PayForAnswer.flat(notFound(orderId, "OrderInquiry", "Inquiry"));
        }
        LedgerEntry e = reported.get();
        Map<String, String> f = describe(merchant, e, "Inquiry", STATUS_TIME);
        Optional<LedgerEntry> voided = order.entries().stream()
                .filter(x -> x.isApproved() && x.type() == LedgerType.VOID)
                .findFirst();
        f.put(
                "VoidDate",
                voided.map(v -> v.timestamp().atZoneSameInstant(zone).format(DAY))
                        .orElse(""));
        f.put(
                "VoidTime",
                voided.map(v -> v.timestamp().atZoneSameInstant(zone).format(TIME))
                        .orElse("0"));
        f.put(
                "RefundedAmount",
                order.refunded().signum() == 0 ? "0" : order.refunded().toPlainString());
        f.put("IsVoided", Boolean.toString(order.voided()));
        f.put(
                "IsRefunded",
                Boolean.toString(
                        order.refunded().signum() > 0 && order.refunded().compareTo(order.captured()) >= 0));
        return PayForAnswer.flat(f);
    }

    /** Oldest first; {@code orderId} or, when it is empty, every transaction of day {@code reqDate} (yyyyMMdd). */
    PayForAnswer history(Merchant merchant, String orderId, String reqDate) {
        List<LedgerEntry> entries = new ArrayList<>(
                orderId.isEmpty()
                        ? booking.entries(merchant).stream()
                                .filter(e -> e.timestamp()
                                        .atZoneSameInstant(zone)
                                        .format(DAY)
                                        .equals(reqDate))
                                .toList()
                        : booking.entries(merchant, orderId));
        if (entries.isEmpty()) {
            return PayForAnswer.report(List.of(notFound(orderId, "TxnHistory", "Report")));
        }
        java.util.Collections.reverse(entries); // the ledger lists newest first
        List<Map<String, String>> report = new ArrayList<>();
        for (LedgerEntry e : entries) {
            report.add(describe(merchant, e, "NonSecure", HISTORY_TIME));
        }
        return PayForAnswer.report(report);
    }

    private Map<String, String> describe(Merchant merchant, LedgerEntry e, String secureType, DateTimeFormatter time) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("InsertDatetime", e.timestamp().atZoneSameInstant(zone).format(time));
        f.put("MbrId", merchant.mbrId());
        f.put("MerchantID", merchant.merchantId());
        f.put("OrderId", e.orderId());
        f.put("OrgOrderId", e.type().isAuthorization() ? "" : e.orderId());
        f.put("SecureType", secureType);
        f.put("TxnType", txnType(e.type()));
        f.put("PurchAmount", e.amount().toPlainString());
        f.put("Currency", e.currency());
        f.put("InstallmentCount", e.installments() <= 1 ? "0" : Integer.toString(e.installments()));
        f.put("CardMask", e.maskedPan());
        f.put("ErrMsg", PayForCodes.message(e.resultCode()));
        f.put("TxnResult", e.isApproved() ? "Success" : "Failed");
        f.put("TxnStatus", e.isApproved() ? "Y" : "N");
        f.put("AuthCode", e.authCode());
        f.put("HostRefNum", e.hostRefNum());
        f.put("F37", e.hostRefNum());
        f.put("ProcReturnCode", e.resultCode());
        f.put("BatchNo", Integer.toString(booking.batchOf(e)));
        return f;
    }

    private static Map<String, String> notFound(String orderId, String txnType, String secureType) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("InsertDatetime", "1.01.0001 00:00:00");
        f.put("OrderId", orderId);
        f.put("OrgOrderId", orderId);
        f.put("SecureType", secureType);
        f.put("TxnType", txnType);
        f.put("PurchAmount", "");
        f.put("ErrMsg", PayForCodes.message(PayForCodes.NOT_FOUND));
        f.put("TxnResult", "Failed");
        f.put("AuthCode", "");
        f.put("HostRefNum", "");
        f.put("ProcReturnCode", PayForCodes.NOT_FOUND);
        f.put("RefundedAmount", "0");
        return f;
    }

    static String txnType(LedgerType type) {
        return switch (type) {
            case SALE -> "Auth";
            case PRE_AUTH -> "PreAuth";
            case POST_AUTH -> "PostAuth";
            case VOID -> "Void";
            case REFUND -> "Refund";
        };
    }
}
