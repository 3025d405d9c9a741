package dev.vpos.gateway.interpos;

import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Reads InterPOS's {@code TxnType=StatusHistory} answer about one order (by {@code orgOrderId}), the bank's only
 * inquiry: mews/pos shows its fields ({@code ProcReturnCode}, {@code TxnStat}, {@code TxnStatus},
 * {@code ChargeTypeCd}, {@code PurchAmount}, {@code RefundedAmount}, {@code VoidDate}, {@code TRXDATE}, {@code AuthCode},
 * {@code TransId}) but no approved example, so their values are the bank simulator's (docs/families/interpos.md):
 * {@code TxnStat} Y / N the authorisation approved or declined (its code in {@code ProcReturnCode}); {@code ChargeTypeCd}
 * {@code S} sale, {@code PA} pre-authorisation, {@code PS} pre-authorisation closed by a post-authorisation;
 * {@code VoidDate} set when voided ({@code 1.1.0001 00:00:00} when not). The history is built from these totals (not
 * itemized): the authorisation, a void, the refunded total — and a capture whose amount the answer does not give, so
 * it is listed undecided and never taken for proof.
 */
final class InterPosOrderReading {

    static final String NEVER = "1.1.0001 00:00:00";
    static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter TRXDATE = DateTimeFormatter.ofPattern("d.M.yyyy H:mm:ss");

    private InterPosOrderReading() {}

    static boolean noSuchOrder(InterPosAnswer a) {
        return InterPosCall.NO_SUCH_ORDER.equals(a.code());
    }

    /** The answer describes an order: it says whether its authorisation was approved. */
    private static boolean describesOrder(InterPosAnswer a) {
        return "Y".equals(a.get("TxnStat")) || "N".equals(a.get("TxnStat"));
    }

    static GatewayResult status(BankReply<InterPosAnswer> reply, String orderId) {
        if (!reply.answered()) {
            return reply.unknown();
        }
        InterPosAnswer a = reply.get();
        if (noSuchOrder(a)) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, a.code(), a.message(), null, null, null, reply.exchange());
        }
        if (!describesOrder(a)) {
            return reply.unknown("the bank refused the inquiry: " + a.code() + " " + a.message());
        }
        if (!orderId.equals(a.get("OrderId"))) {
            return reply.unknown("the inquiry answered about order " + a.get("OrderId") + ", not " + orderId);
        }
        if ("N".equals(a.get("TxnStat"))) {
            return new GatewayResult(
                    GatewayOutcome.DECLINED, a.code(), a.message(), null, null, null, reply.exchange());
        }
        if (!a.approved()) {
            return reply.unknown("the order is approved but the inquiry answered " + a.code());
        }
        if (voided(a)) {
            return reply.unknown("order was voided at the bank; needs a person");
        }
        return new GatewayResult(
                GatewayOutcome.APPROVED,
                a.code(),
                a.message(),
                a.get("AuthCode"),
                null,
                a.get("TransId").isEmpty() ? null : a.get("TransId"),
                reply.exchange());
    }

    static OrderHistory history(BankReply<InterPosAnswer> reply, HistoryInquiry inquiry) {
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        InterPosAnswer a = reply.get();
        if (noSuchOrder(a)) {
            return OrderHistory.of(List.of(), false, inquiry.currency(), reply.exchange());
        }
        if (!describesOrder(a)) {
            return reply.notAnswered("the bank refused the inquiry: " + a.code() + " " + a.message());
        }
        if (!inquiry.bankOrderId().equals(a.get("OrderId"))) {
            return reply.notAnswered("the inquiry answered about order " + a.get("OrderId"));
        }
        Optional<Money> authorised = money(a.get("PurchAmount"), inquiry.currency());
        Optional<Money> refunded = money(a.get("RefundedAmount"), inquiry.currency());
        if (authorised.isEmpty() || refunded.isEmpty()) {
            return reply.notAnswered("unreadable amounts: PurchAmount " + a.get("PurchAmount") + ", RefundedAmount "
                    + a.get("RefundedAmount"));
        }
        boolean approved = "Y".equals(a.get("TxnStat"));
        String charge = a.get("ChargeTypeCd");
        List<OrderHistory.Line> lines = new ArrayList<>();
        lines.add(line(
                charge.startsWith("P") ? HistoryKind.PRE_AUTH : HistoryKind.SALE,
                charge,
                approved ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                authorised.get(),
                a.code(),
                a,
                time(a.get("TRXDATE"))));
        if (approved && "PS".equals(charge)) {
            lines.add(line(HistoryKind.CAPTURE, "PostAuth", GatewayOutcome.UNKNOWN, null, null, a, null));
        }
        if (approved && voided(a)) {
            lines.add(line(
                    HistoryKind.VOID,
                    "Void",
                    GatewayOutcome.APPROVED,
                    authorised.get(),
                    "00",
                    a,
                    time(a.get("VoidDate"))));
        }
        if (refunded.get().isPositive()) {
            lines.add(line(HistoryKind.REFUND, "Refund", GatewayOutcome.APPROVED, refunded.get(), "00", a, null));
        }
        return OrderHistory.of(lines, false, inquiry.currency(), reply.exchange());
    }

    private static OrderHistory.Line line(
            HistoryKind kind,
            String bankType,
            GatewayOutcome outcome,
            Money amount,
            String code,
            InterPosAnswer a,
            OffsetDateTime at) {
        boolean authorisation = kind == HistoryKind.SALE || kind == HistoryKind.PRE_AUTH;
        return new OrderHistory.Line(
                kind,
                bankType,
                outcome,
                amount,
                null,
                code,
                authorisation ? a.get("AuthCode") : null,
                null,
                authorisation ? a.get("TransId") : null,
                at);
    }

    static boolean voided(InterPosAnswer a) {
        String v = a.get("VoidDate");
        return !v.isEmpty() && !NEVER.equals(v);
    }

    private static Optional<Money> money(String text, Currency currency) {
        if (text.isEmpty()) {
            return Optional.of(new Money(BigDecimal.ZERO.setScale(Money.currencyScale(currency)), currency));
        }
        try {
            return InterPosFormats.answeredAmount(text)
                    .map(amount -> new Money(amount.setScale(Money.currencyScale(currency)), currency));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    static OffsetDateTime time(String text) {
        try {
            return LocalDateTime.parse(text, TRXDATE).atZone(BANK_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
