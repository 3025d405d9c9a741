package dev.vpos.simulator.posnet;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Capture ({@code capt}, by the pre-authorisation's hostLogKey, up to its amount), void ({@code reverse}, while the
 * day's batch is open), refund ({@code return}, only after the day end — the same day PosNet wants a reverse — up to
 * what is left) and the order inquiry ({@code agreement}), all answered from the {@link Ledger}. An order is found by
 * the hostLogKey of any of its transactions or by its reference (the XID, or TDSC + XID for a 3-D order).
 */
final class PosNetFollowUps {

    static final String NOT_FOUND = "0123";
    static final String INVALID_TRANSACTION = "0012";
    static final String INVALID_AMOUNT = "0013";
    private static final DateTimeFormatter REPORT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Ledger ledger;
    private final Clock clock;
    private final PosNetIdentifiers ids;

    PosNetFollowUps(Ledger ledger, Clock clock, PosNetIdentifiers ids) {
        this.ledger = ledger;
        this.clock = clock;
        this.ids = ids;
    }

    PosNetAnswer capture(PosNetMerchants.Merchant m, PosNetRequest r) {
        if (!validAmount(r)
                || !r.get("installment").matches("\\d{2}")
                || r.get("hostLogKey").isEmpty()) {
            return PosNetAnswer.refused(PosNetBank.FORMAT_ERROR, "FINANSALLASTIRMA ALANLARI HATALI");
        }
        Optional<LedgerEntry> auth = byHostLogKey(m, r.get("hostLogKey")).filter(e -> e.type() == LedgerType.PRE_AUTH);
        if (auth.isEmpty()) {
            return notFound();
        }
        LedgerOrder order =
                ledger.order(PosNetBank.FAMILY, m.merchantNo(), auth.get().orderId());
        BigDecimal amount = amount(r);
        if (!order.capturable()) {
            return PosNetAnswer.refused(INVALID_TRANSACTION, "PROVIZYON FINANSALLASTIRILAMAZ (KAPALI VEYA IPTAL)");
        }
        if (!auth.get().currency().equals(r.get("currencyCode"))) {
            return PosNetAnswer.refused(PosNetBank.FORMAT_ERROR, "DOVIZ KODU UYUSMUYOR");
        }
        if (amount.compareTo(auth.get().amount()) > 0) {
            return PosNetAnswer.refused(INVALID_AMOUNT, "TUTAR PROVIZYON TUTARINI ASIYOR 0013");
        }
        return book(auth.get(), LedgerType.POST_AUTH, amount, auth.get().authCode());
    }

    PosNetAnswer reverse(PosNetMerchants.Merchant m, PosNetRequest r) {
        if (!r.get("transaction").matches("sale|auth|capt")) {
            return PosNetAnswer.refused(PosNetBank.FORMAT_ERROR, "IPTAL EDILECEK ISLEM TIPI HATALI");
        }
        Optional<LedgerEntry> auth = locate(m, r);
        if (auth.isEmpty()) {
            return notFound();
        }
        LedgerOrder order =
                ledger.order(PosNetBank.FAMILY, m.merchantNo(), auth.get().orderId());
        if (order.voided()) {
            return PosNetAnswer.refused(INVALID_TRANSACTION, "ISLEM ZATEN IPTAL EDILMIS");
        }
        if (!order.authorizationInOpenBatch()) {
            return PosNetAnswer.refused(INVALID_TRANSACTION, "GUN SONU YAPILMIS ISLEM IPTAL EDILEMEZ, IADE YAPINIZ");
        }
        if (!order.voidable()) {
            return PosNetAnswer.refused(INVALID_TRANSACTION, "IADESI YAPILMIS ISLEM IPTAL EDILEMEZ");
        }
        return book(auth.get(), LedgerType.VOID, auth.get().amount(), auth.get().authCode());
    }

    PosNetAnswer refund(PosNetMerchants.Merchant m, PosNetRequest r) {
        if (!validAmount(r)) {
            return PosNetAnswer.refused(PosNetBank.FORMAT_ERROR, "IADE ALANLARI HATALI");
        }
        Optional<LedgerEntry> auth = locate(m, r);
        if (auth.isEmpty()) {
            return notFound();
        }
        LedgerOrder order =
                ledger.order(PosNetBank.FAMILY, m.merchantNo(), auth.get().orderId());
        if (order.authorizationInOpenBatch()) {
            return PosNetAnswer.refused(
                    INVALID_TRANSACTION, "GUN SONU YAPILMAMIS ISLEM IADE EDILEMEZ, IPTAL (REVERSE) YAPINIZ");
        }
        if (!auth.get().currency().equals(r.get("currencyCode"))) {
            return PosNetAnswer.refused(PosNetBank.FORMAT_ERROR, "DOVIZ KODU UYUSMUYOR");
        }
        BigDecimal amount = amount(r);
        if (amount.compareTo(order.refundable()) > 0) {
            return PosNetAnswer.refused(INVALID_AMOUNT, "IADE TUTARI IADE EDILEBILIR TUTARI ASIYOR 0013");
        }
        return book(auth.get(), LedgerType.REFUND, amount, ids.authCode());
    }

    PosNetAnswer agreement(PosNetMerchants.Merchant m, PosNetRequest r) {
        String reference = r.get("orderID");
        List<LedgerEntry> entries = new ArrayList<>(ledger.newestFirst(java.util.Optional.empty()).stream()
                .filter(e -> e.family().equals(PosNetBank.FAMILY)
                        && e.clientId().equals(m.merchantNo())
                        && reference.equals(e.transId()))
                .toList());
        if (reference.isEmpty() || entries.isEmpty()) {
            return notFound();
        }
        java.util.Collections.reverse(entries);
        List<Map<String, String>> txs = new ArrayList<>();
        for (LedgerEntry e : entries) {
            Map<String, String> t = new LinkedHashMap<>();
            t.put("orderID", e.transId());
            t.put("ccno", e.maskedPan());
            t.put("amount", turkish(e.amount()));
            t.put("currencyCode", e.currency());
            t.put("authCode", e.authCode());
            t.put("tranDate", REPORT_DATE.format(e.timestamp().atZoneSameInstant(clock.getZone())));
            t.put("state", state(e.type()));
            t.put("txnStatus", e.isApproved() ? "1" : "0");
            t.put("hostlogkey", e.hostRefNum());
            if (!e.isApproved()) {
                t.put("respCode", e.resultCode());
            }
            txs.add(t);
        }
        return PosNetAnswer.approved().transactions(txs);
    }

    private PosNetAnswer book(LedgerEntry auth, LedgerType type, BigDecimal amount, String authCode) {
        String hostLogKey = ids.hostLogKey();
        ledger.record(new LedgerEntry(
                PosNetBank.FAMILY,
                auth.clientId(),
                auth.orderId(),
                amount,
                auth.currency(),
                auth.installments(),
                auth.maskedPan(),
                LedgerEntry.APPROVED,
                authCode,
                hostLogKey,
                auth.transId(),
                null,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
                type));
        return PosNetAnswer.approved()
                .put("hostlogkey", hostLogKey)
                .put("authCode", authCode)
                .put("tranDate", ids.tranDate());
    }

    /** The order's approved authorisation, by the hostLogKey of any of its transactions or by its reference. */
    private Optional<LedgerEntry> locate(PosNetMerchants.Merchant m, PosNetRequest r) {
        Optional<String> orderId = !r.get("hostLogKey").isEmpty()
                ? byHostLogKey(m, r.get("hostLogKey")).map(LedgerEntry::orderId)
                : mine(m).filter(e -> e.transId() != null && e.transId().equals(r.get("orderID")))
                        .map(LedgerEntry::orderId)
                        .findFirst();
        return orderId.flatMap(
                id -> ledger.order(PosNetBank.FAMILY, m.merchantNo(), id).authorization());
    }

    private Optional<LedgerEntry> byHostLogKey(PosNetMerchants.Merchant m, String hostLogKey) {
        return mine(m).filter(e -> e.isApproved() && hostLogKey.equals(e.hostRefNum()))
                .findFirst();
    }

    private java.util.stream.Stream<LedgerEntry> mine(PosNetMerchants.Merchant m) {
        return ledger.newestFirst(Optional.empty()).stream()
                .filter(e ->
                        e.family().equals(PosNetBank.FAMILY) && e.clientId().equals(m.merchantNo()));
    }

    private static boolean validAmount(PosNetRequest r) {
        return r.get("amount").matches("[1-9]\\d{0,11}") && PosNetBank.CURRENCIES.contains(r.get("currencyCode"));
    }

    private static BigDecimal amount(PosNetRequest r) {
        return BigDecimal.valueOf(Long.parseLong(r.get("amount")), 2);
    }

    private static PosNetAnswer notFound() {
        return PosNetAnswer.refused(NOT_FOUND, "ISLEM BULUNAMADI 0123");
    }

    private static String state(LedgerType type) {
        return switch (type) {
            case SALE -> "Sale";
            case PRE_AUTH -> "Auth";
            case POST_AUTH -> "Capt";
            case VOID -> "Reverse";
            case REFUND -> "Return";
        };
    }

    /** {@code 1234.5} → {@code 1.234,50}. */
    static String turkish(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        String whole = plain.substring(0, plain.length() - 3);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped + "," + plain.substring(plain.length() - 2);
    }
}
