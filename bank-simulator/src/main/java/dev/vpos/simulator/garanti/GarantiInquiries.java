package dev.vpos.simulator.garanti;

import dev.vpos.simulator.garanti.GarantiMerchants.Merchant;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code orderinq} and {@code orderhistoryinq} answered from the ledger; never booked. An order the terminal never
 * sent is 92/0110 "İşlem bulunamadı". OrderInqResult/Status: APPROVED, WAITINGPOSTAUTH (pre-authorised, not
 * captured), VOID, REFUNDED (nothing left to refund), DECLINED (no approval; Code is the last decline).
 */
final class GarantiInquiries {

    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter INQ_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Map<LedgerType, String> WIRE_TYPES = Map.of(
            LedgerType.SALE,
            "sales",
            LedgerType.PRE_AUTH,
            "preauth",
            LedgerType.POST_AUTH,
            "postauth",
            LedgerType.VOID,
            "void",
            LedgerType.REFUND,
            "refund");

    private final Ledger ledger;

    GarantiInquiries(Ledger ledger) {
        this.ledger = ledger;
    }

    GarantiAnswer answer(GvpsMessage r, Merchant m, String provDate) {
        List<LedgerEntry> entries = ledger.entriesOf(GarantiBank.FAMILY, m.terminalId(), r.orderId());
        if (entries.isEmpty()) {
            return GarantiAnswer.plain(
                    r, GarantiVerdict.gvpsError(GarantiRequestChecks.ORDER_NOT_FOUND, "İşlem bulunamadı"), provDate);
        }
        if ("orderhistoryinq".equals(r.type())) {
            return new GarantiAnswer(
                    r,
                    r.orderId(),
                    GarantiVerdict.inquiryAnswered(),
                    "",
                    "",
                    "",
                    "",
                    provDate,
                    "",
                    null,
                    history(entries));
        }
        return new GarantiAnswer(
                r,
                r.orderId(),
                GarantiVerdict.inquiryAnswered(),
                "",
                "",
                "",
                "",
                provDate,
                "",
                orderInquiry(ledger.order(GarantiBank.FAMILY, m.terminalId(), r.orderId())),
                null);
    }

    private Map<String, String> orderInquiry(LedgerOrder order) {
        Map<String, String> q = new LinkedHashMap<>();
        LedgerEntry shown = order.authorization().orElse(order.entries().get(0));
        boolean preAuth = order.isPreAuthorization();
        String status;
        if (!order.exists()) {
            status = "DECLINED";
        } else if (order.voided()) {
            status = "VOID";
        } else if (preAuth && order.captured().signum() == 0) {
            status = "WAITINGPOSTAUTH";
        } else if (order.refunded().signum() > 0 && order.refundable().signum() == 0) {
            status = "REFUNDED";
        } else {
            status = "APPROVED";
        }
        String when = shown.timestamp().atZoneSameInstant(BANK_ZONE).format(INQ_DATE);
        q.put("ChargeType", "S");
        q.put("PreAuthAmount", preAuth ? hundredths(shown.amount()) : "0");
        q.put("PreAuthDate", preAuth ? when : "");
        q.put("AuthAmount", order.exists() ? hundredths(order.captured()) : "0");
        q.put("AuthDate", order.captured().signum() > 0 ? captureTime(order) : "");
        q.put("Status", status);
        q.put("InstallmentCnt", Integer.toString(shown.installments() <= 1 ? 0 : shown.installments()));
        q.put("CardNumberMasked", shown.maskedPan());
        q.put("Code", shown.resultCode());
        q.put("ReasonCode", shown.resultCode());
        q.put("SysErrMsg", "");
        q.put("RetrefNum", shown.hostRefNum());
        q.put("AuthCode", shown.authCode());
        q.put("BatchNum", Integer.toString(ledger.batchOf(shown)));
        q.put("SequenceNum", "");
        q.put("ProvDate", when);
        return q;
    }

    private String captureTime(LedgerOrder order) {
        return order.entries().stream()
                .filter(e -> e.isApproved() && (e.type() == LedgerType.SALE || e.type() == LedgerType.POST_AUTH))
                .findFirst()
                .map(e -> e.timestamp().atZoneSameInstant(BANK_ZONE).format(INQ_DATE))
                .orElse("");
    }

    private List<Map<String, String>> history(List<LedgerEntry> newestFirst) {
        List<LedgerEntry> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        List<Map<String, String>> lines = new ArrayList<>();
        for (LedgerEntry e : oldestFirst) {
            Map<String, String> tx = new LinkedHashMap<>();
            boolean preAuth = e.type() == LedgerType.PRE_AUTH;
            String day = e.timestamp().atZoneSameInstant(BANK_ZONE).format(DAY);
            int batch = ledger.batchOf(e);
            tx.put("Type", WIRE_TYPES.get(e.type()));
            tx.put("Status", e.isApproved() ? "00" : "01");
            tx.put("PreAuthAmount", preAuth ? hundredths(e.amount()) : "0");
            tx.put("AuthAmount", preAuth ? "0" : hundredths(e.amount()));
            tx.put("PreAuthDate", preAuth ? day : "");
            tx.put("AuthDate", !preAuth && e.type() != LedgerType.VOID ? day : "");
            tx.put("VoidDate", e.type() == LedgerType.VOID ? day : "");
            tx.put("RetrefNum", e.hostRefNum());
            tx.put("AuthCode", e.authCode());
            tx.put("ReturnCode", e.resultCode());
            tx.put("BatchNum", Integer.toString(batch));
            tx.put("InstallmentCnt", Integer.toString(e.installments() <= 1 ? 0 : e.installments()));
            tx.put("CurrencyCode", e.currency());
            tx.put("Settlement", batch != 0 && batch != ledger.openBatch(GarantiBank.FAMILY) ? "Y" : "N");
            tx.put("ProvDate", e.timestamp().atZoneSameInstant(BANK_ZONE).format(GarantiBank.PROV_DATE));
            lines.add(tx);
        }
        return lines;
    }

    static String hundredths(BigDecimal amount) {
        return amount.movePointRight(2)
                .setScale(0, java.math.RoundingMode.UNNECESSARY)
                .toPlainString();
    }
}
