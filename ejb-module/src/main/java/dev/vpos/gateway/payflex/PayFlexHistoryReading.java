package dev.vpos.gateway.payflex;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.shared.domain.Money;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * One transaction of the search service's answer as a history line. The search finds a transaction by its
 * {@code TransactionId} (which wins when both are given) or by {@code OrderId} — then PayFlex shows the order's approved
 * transaction, else the last one sent (mews/pos's note on the VakıfBank document); a follow-up carries no
 * {@code OrderId} of its own, so it is found only by the {@code TransactionId} we gave it (our operation id). The line's
 * kind is its {@code TransactionType} (Sale, Auth, Capture, Cancel, Refund; anything else OTHER), approved on
 * {@code ResultCode} 0000; its operation id the {@code TransactionId}; its amount {@code CurrencyAmount} in
 * {@code AmountCode}'s currency; its time {@code HostDate} when it has the year ({@code yyyyMMddHHmmss}; mews/pos's sample
 * has ten digits without one, then the line has no time). The order's flags {@code IsCanceled}, {@code IsRefunded},
 * {@code IsReversed} are added to the bank's type of its line.
 */
final class PayFlexHistoryReading {

    static final String INFO = "TransactionSearchResultInfo/TransactionSearchResultInfo/";
    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter HOST_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private PayFlexHistoryReading() {}

    /** What one search found: a line, nothing (the bank has no such transaction), or why it is no answer. */
    record Found(Optional<OrderHistory.Line> line, String problem, BankExchange exchange) {}

    static Found read(HistoryInquiry inquiry, BankReply<PayFlexXml.Parsed> reply) {
        if (!reply.answered() || !reply.get().has("ResponseInfo/ResponseCode")) {
            return new Found(
                    Optional.empty(),
                    reply.answered()
                            ? "no readable search answer"
                            : reply.exchange().failure(),
                    reply.exchange());
        }
        PayFlexXml.Parsed r = reply.get();
        String queryCode = r.get("ResponseInfo/ResponseCode");
        if (!PayFlexGateway.APPROVED.equals(queryCode)) {
            return new Found(
                    Optional.empty(),
                    "the bank refused the inquiry: " + queryCode + " " + r.get("ResponseInfo/ResponseMessage"),
                    reply.exchange());
        }
        if (!r.has(INFO + "ResultCode")) {
            return new Found(Optional.empty(), null, reply.exchange());
        }
        if (!inquiry.bankOrderId().equals(r.get(INFO + "OrderId"))) {
            return new Found(
                    Optional.empty(),
                    "search answered for order " + r.get(INFO + "OrderId") + ", not " + inquiry.bankOrderId(),
                    reply.exchange());
        }
        Optional<Money> amount = PayFlexFormats.parseAmount(r.get(INFO + "CurrencyAmount"))
                .flatMap(a ->
                        PayFlexFormats.currencyOf(r.get(INFO + "AmountCode")).map(c -> new Money(a, c)));
        if (amount.isEmpty()) {
            return new Found(
                    Optional.empty(),
                    "unreadable amount " + r.get(INFO + "CurrencyAmount") + " " + r.get(INFO + "AmountCode"),
                    reply.exchange());
        }
        String type = r.get(INFO + "TransactionType");
        String code = r.get(INFO + "ResultCode");
        return new Found(
                Optional.of(new OrderHistory.Line(
                        kind(type),
                        type + flags(r),
                        PayFlexGateway.APPROVED.equals(code) ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                        amount.get(),
                        blankToNull(r.get(INFO + "TransactionId")),
                        code,
                        blankToNull(r.get(INFO + "AuthCode")),
                        blankToNull(r.get(INFO + "Rrn")),
                        blankToNull(r.get(INFO + "TransactionId")),
                        hostDate(r.get(INFO + "HostDate")))),
                null,
                reply.exchange());
    }

    private static HistoryKind kind(String transactionType) {
        return switch (transactionType) {
            case "Sale" -> HistoryKind.SALE;
            case "Auth" -> HistoryKind.PRE_AUTH;
            case "Capture" -> HistoryKind.CAPTURE;
            case "Cancel" -> HistoryKind.VOID;
            case "Refund" -> HistoryKind.REFUND;
            default -> HistoryKind.OTHER;
        };
    }

    private static String flags(PayFlexXml.Parsed r) {
        StringBuilder flags = new StringBuilder();
        for (Map.Entry<String, String> flag : Map.of(
                        "IsCanceled", "cancelled", "IsRefunded", "refunded", "IsReversed", "reversed")
                .entrySet()) {
            if ("true".equalsIgnoreCase(r.get(INFO + flag.getKey()))) {
                flags.append(flags.length() == 0 ? " (" : ", ").append(flag.getValue());
            }
        }
        return flags.length() == 0 ? "" : flags.append(')').toString();
    }

    private static OffsetDateTime hostDate(String text) {
        if (text == null || !text.matches("\\d{14}")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, HOST_DATE).atZone(BANK_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
