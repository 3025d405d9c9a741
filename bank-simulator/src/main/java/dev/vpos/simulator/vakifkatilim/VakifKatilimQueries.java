package dev.vpos.simulator.vakifkatilim;

import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import dev.vpos.simulator.ledger.LedgerOrder;
import dev.vpos.simulator.ledger.LedgerType;
import dev.vpos.simulator.vakifkatilim.VakifKatilimChecks.Checked;
import dev.vpos.simulator.vakifkatilim.VakifKatilimMerchants.Merchant;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order queries. {@code SelectOrderByMerchantOrderId} answers one {@code OrderContract} for the order's
 * authorisation with what became of it ({@code LastOrderStatus}, cancelled, refunded and closed amounts);
 * {@code SelectOrder} lists one {@code OrderContract} per transaction (its own {@code OrderStatus} and
 * {@code TranAmount}) dated between StartDate and EndDate (at most 90 days apart), filtered by the order's provision
 * number ({@code ProvNumber}) and the bank's OrderId ({@code OrderNo}) when given, paged by LowerLimit/UpperLimit.
 * Nothing found: {@code NonResult}. OrderStatus 1 sale, 4 refunded in full, 5 partly refunded, 6 cancelled are
 * mews/pos's; 2 pre-authorisation and 3 its closing (capture) are the simulator's choice.
 */
final class VakifKatilimQueries {

    private final VakifKatilimChecks checks;
    private final Ledger ledger;
    private final Clock clock;

    VakifKatilimQueries(VakifKatilimChecks checks, Ledger ledger, Clock clock) {
        this.checks = checks;
        this.ledger = ledger;
        this.clock = clock;
    }

    VakifKatilimReply status(VakifKatilimDocument d) {
        String orderId = d.get("MerchantOrderId");
        Checked checked = checks.check(d, false, false);
        if (!checked.passed()) {
            return answer(checked.refusal(), orderId, List.of());
        }
        Merchant m = checked.merchant().get();
        List<LedgerEntry> entries = ledger.entriesOf(VakifKatilimBooks.FAMILY, m.merchantId(), orderId);
        Optional<LedgerEntry> auth = authorization(entries);
        if (orderId.isEmpty() || auth.isEmpty()) {
            return answer(VakifKatilimCodes.NO_RESULT, orderId, List.of());
        }
        LedgerOrder o = ledger.order(VakifKatilimBooks.FAMILY, m.merchantId(), orderId);
        return answer(VakifKatilimCodes.APPROVED, orderId, List.of(contract(auth.get(), auth.get(), o, null)));
    }

    VakifKatilimReply history(VakifKatilimDocument d) {
        Checked checked = checks.check(d, false, false);
        if (!checked.passed()) {
            return answer(checked.refusal(), null, List.of());
        }
        LocalDate start;
        LocalDate end;
        int lower;
        int upper;
        try {
            start = LocalDate.parse(d.get("StartDate"));
            end = LocalDate.parse(d.get("EndDate"));
            lower = Integer.parseInt(d.get("LowerLimit"));
            upper = Integer.parseInt(d.get("UpperLimit"));
        } catch (DateTimeParseException | NumberFormatException e) {
            return answer(VakifKatilimCodes.INVALID_REQUEST, null, List.of());
        }
        if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) > 90 || lower < 0 || upper < 1 || upper > 100) {
            return answer(VakifKatilimCodes.INVALID_REQUEST, null, List.of());
        }
        Merchant m = checked.merchant().get();
        String prov = d.get("ProvNumber");
        String orderNo = d.get("OrderNo");
        List<LedgerEntry> all = new ArrayList<>(ledger.newestFirst(Optional.empty()).stream()
                .filter(e -> VakifKatilimBooks.FAMILY.equals(e.family())
                        && m.merchantId().equals(e.clientId()))
                .toList());
        all.sort(Comparator.comparing(LedgerEntry::timestamp));
        Map<String, LedgerOrder> orders = new LinkedHashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        BigDecimal running;
        Map<String, BigDecimal> refundedSoFar = new LinkedHashMap<>();
        for (LedgerEntry e : all) {
            LedgerOrder o = orders.computeIfAbsent(
                    e.orderId(), id -> ledger.order(VakifKatilimBooks.FAMILY, m.merchantId(), id));
            Optional<LedgerEntry> auth = o.exists()
                    ? o.authorization()
                    : authorization(ledger.entriesOf(VakifKatilimBooks.FAMILY, m.merchantId(), e.orderId()));
            if (auth.isEmpty()) {
                continue;
            }
            running = e.type() == LedgerType.REFUND && e.isApproved()
                    ? refundedSoFar.merge(e.orderId(), e.amount(), BigDecimal::add)
                    : refundedSoFar.getOrDefault(e.orderId(), BigDecimal.ZERO);
            LocalDate day = e.timestamp().atZoneSameInstant(clock.getZone()).toLocalDate();
            boolean wanted = !day.isBefore(start)
                    && !day.isAfter(end)
                    && (prov.isEmpty() || prov.equals(auth.get().authCode()))
                    && (orderNo.isEmpty()
                            || orderNo.equals(
                                    VakifKatilimIdentifiers.orderId(auth.get().hostRefNum())));
            if (wanted) {
                lines.add(contract(e, auth.get(), o, running));
            }
        }
        List<Map<String, Object>> page = lines.stream().skip(lower).limit(upper).toList();
        return answer(page.isEmpty() ? VakifKatilimCodes.NO_RESULT : VakifKatilimCodes.APPROVED, null, page);
    }

    /** The order's approved authorisation, else its newest declined one. */
    private static Optional<LedgerEntry> authorization(List<LedgerEntry> newestFirst) {
        return newestFirst.stream()
                .filter(LedgerEntry::isApprovedAuthorization)
                .findFirst()
                .or(() -> newestFirst.stream()
                        .filter(e -> e.type().isAuthorization())
                        .findFirst());
    }

    /** One OrderContract: {@code line}'s own status and amount, the order's totals; refundedSoFar for refund lines. */
    private Map<String, Object> contract(LedgerEntry line, LedgerEntry auth, LedgerOrder o, BigDecimal refundedSoFar) {
        String own = switch (line.type()) {
            case SALE -> "1";
            case PRE_AUTH -> "2";
            case POST_AUTH -> "3";
            case REFUND -> refundedSoFar != null && refundedSoFar.compareTo(o.captured()) >= 0 ? "4" : "5";
            case VOID -> "6";
        };
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("OrderId", VakifKatilimIdentifiers.orderId(auth.hostRefNum()));
        c.put("MerchantOrderId", line.orderId());
        c.put("MerchantId", line.clientId());
        c.put("PosTerminalId", "111111");
        c.put("OrderStatus", own);
        c.put("OrderStatusDescription", describe(own));
        c.put("OrderType", auth.installments() > 1 ? "2" : "1");
        c.put("OrderTypeDescription", auth.installments() > 1 ? "Taksitli" : "Pesin");
        c.put("TransactionStatus", line.isApproved() ? "1" : "2");
        c.put("TransactionStatusDescription", line.isApproved() ? "Basarili" : "Basarisiz");
        String last = line.isApproved() || !line.type().isAuthorization() ? lastStatus(o) : own;
        c.put("LastOrderStatus", last);
        c.put("LastOrderStatusDescription", describe(last));
        boolean open = ledger.inOpenBatch(auth);
        c.put("EndOfDayStatus", open ? "1" : "2");
        c.put("EndOfDayStatusDescription", open ? "Acik" : "Kapali");
        c.put("FEC", auth.currency());
        c.put("FecDescription", currencyName(auth.currency()));
        c.put("CardNumber", auth.maskedPan());
        c.put(
                "OrderDate",
                line.timestamp()
                        .atZoneSameInstant(clock.getZone())
                        .toLocalDateTime()
                        .toString());
        c.put("FirstAmount", auth.amount().toPlainString());
        c.put("TranAmount", line.amount().toPlainString());
        c.put("FECAmount", "0.00");
        c.put(
                "CancelAmount",
                (o.voided() ? o.captured().signum() > 0 ? o.captured() : auth.amount() : BigDecimal.ZERO)
                        .setScale(2)
                        .toPlainString());
        c.put("DrawbackAmount", o.refunded().setScale(2).toPlainString());
        c.put(
                "ClosedAmount",
                (o.isPreAuthorization() ? o.captured() : BigDecimal.ZERO)
                        .setScale(2)
                        .toPlainString());
        c.put("InstallmentCount", auth.installments() > 1 ? Integer.toString(auth.installments()) : "0");
        c.put("ResponseCode", line.resultCode());
        c.put("ResponseExplain", VakifKatilimCodes.message(line.resultCode()));
        c.put("ProvNumber", line.isApproved() ? auth.authCode() : "");
        c.put("RRN", line.hostRefNum());
        c.put("Stan", line.transId());
        c.put("BatchId", line.settleId());
        return c;
    }

    private static String lastStatus(LedgerOrder o) {
        if (!o.exists()) {
            return "1";
        }
        if (o.voided()) {
            return "6";
        }
        if (o.refunded().signum() > 0) {
            return o.refunded().compareTo(o.captured()) >= 0 ? "4" : "5";
        }
        if (o.isPreAuthorization()) {
            return o.captured().signum() > 0 ? "3" : "2";
        }
        return "1";
    }

    private static String describe(String status) {
        return switch (status) {
            case "1" -> "Satis";
            case "2" -> "OnProvizyon";
            case "3" -> "OnProvizyonKapama";
            case "4" -> "Iade";
            case "5" -> "KismiIade";
            case "6" -> "Iptal";
            default -> "";
        };
    }

    private static String currencyName(String fec) {
        return switch (fec) {
            case "0949" -> "TRY";
            case "0840" -> "USD";
            case "0978" -> "EUR";
            case "0826" -> "GBP";
            default -> fec;
        };
    }

    private static VakifKatilimReply answer(String code, String merchantOrderId, List<Map<String, Object>> contracts) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("VPosOrderData", contracts.isEmpty() ? "" : Map.of("OrderContract", contracts));
        f.put("ResponseCode", code);
        f.put("ResponseMessage", VakifKatilimCodes.APPROVED.equals(code) ? "" : VakifKatilimCodes.message(code));
        if (merchantOrderId != null) {
            f.put("MerchantOrderId", merchantOrderId);
        }
        return VakifKatilimReply.xml(VakifKatilimWriter.document(VakifKatilimWriter.QUERY_ROOT, f));
    }
}
