package dev.vpos.gateway.paymaster;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.transport.HttpAnswer;
import dev.vpos.shared.domain.Money;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * An order's history at PayMaster: its payment ({@code getPaymentByInvoiceID}) — a SALE, approved when
 * {@code COMPLETE}, declined when {@code CANCELLED}, undecided while {@code INITIATED} or {@code PROCESSING} — and, for
 * a completed one, its refunds ({@code listRefunds} by {@code paymentID}): each a REFUND of its {@code Amount},
 * approved on {@code Status SUCCESS}, declined on {@code FAILURE}, undecided otherwise, with our {@code externalID} as its
 * operation id and PayMaster's {@code RefundID} as its transaction id, dated by {@code CreationTime} read as Moscow
 * time. PayMaster has no void. The payment's own time is not in the answer (only {@code LastUpdateTime}): the SALE line
 * has none.
 */
final class PayMasterHistory {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private PayMasterHistory() {}

    /** The SALE line of the payment (empty for "no such payment"), or why there is no history. */
    record Sale(Optional<OrderHistory.Line> line, String paymentId, String problem) {}

    static Sale sale(HistoryInquiry inquiry, HttpAnswer answer) {
        Optional<PayMasterPayment> parsed =
                answer.status() == 200 ? PayMasterPayment.parse(answer.body()) : Optional.empty();
        if (parsed.isEmpty()) {
            return new Sale(Optional.empty(), "", "no readable payment answer (HTTP " + answer.status() + ")");
        }
        PayMasterPayment p = parsed.get();
        if (p.errorCode() == PayMasterPayment.NOT_FOUND) {
            return new Sale(Optional.empty(), "", null);
        }
        if (p.errorCode() != 0) {
            return new Sale(Optional.empty(), "", "the payment call failed with ErrorCode " + p.errorCode());
        }
        if (!p.siteInvoiceId().isEmpty() && !p.siteInvoiceId().equals(inquiry.bankOrderId())) {
            return new Sale(Optional.empty(), "", "the answer is for invoice " + p.siteInvoiceId());
        }
        Optional<Money> amount = money(p.amount(), p.currency());
        if (amount.isEmpty()) {
            return new Sale(Optional.empty(), "", "unreadable amount " + p.amount() + " " + p.currency());
        }
        GatewayOutcome outcome = switch (p.state()) {
            case "COMPLETE" -> GatewayOutcome.APPROVED;
            case "CANCELLED" -> GatewayOutcome.DECLINED;
            default -> GatewayOutcome.UNKNOWN;
        };
        return new Sale(
                Optional.of(new OrderHistory.Line(
                        HistoryKind.SALE,
                        p.state(),
                        outcome,
                        amount.get(),
                        null,
                        p.state(),
                        null,
                        blankToNull(p.paymentId()),
                        blankToNull(p.paymentId()),
                        null)),
                p.paymentId(),
                null);
    }

    /** The refunds of a payment, oldest first, or why the answer is none. */
    record Refunds(List<OrderHistory.Line> lines, String problem) {

        static Refunds none(String why) {
            return new Refunds(List.of(), why);
        }
    }

    static Refunds refunds(HttpAnswer answer, String paymentId) {
        JsonObject root = json(answer);
        if (root == null || !(root.get("ErrorCode") instanceof JsonNumber code)) {
            return Refunds.none("no readable refund list (HTTP " + answer.status() + ")");
        }
        if (code.intValue() != 0) {
            return Refunds.none("the refund list failed with ErrorCode " + code.intValue());
        }
        if (!(root.get("Refunds") instanceof JsonArray refunds)) {
            return Refunds.none("the answer holds no refund list");
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (JsonObject r : refunds.getValuesAs(JsonObject.class)) {
            if (!PayMasterPayment.text(r, "PaymentID").isEmpty()
                    && !PayMasterPayment.text(r, "PaymentID").equals(paymentId)) {
                return Refunds.none("the list holds a refund of payment " + PayMasterPayment.text(r, "PaymentID"));
            }
            Optional<Money> amount =
                    money(PayMasterPayment.decimal(r, "Amount"), PayMasterPayment.text(r, "CurrencyCode"));
            if (amount.isEmpty()) {
                return Refunds.none("unreadable refund amount " + PayMasterPayment.text(r, "Amount") + " "
                        + PayMasterPayment.text(r, "CurrencyCode"));
            }
            String status = PayMasterPayment.text(r, "Status");
            lines.add(new OrderHistory.Line(
                    HistoryKind.REFUND,
                    "refund " + status,
                    switch (status) {
                        case "SUCCESS" -> GatewayOutcome.APPROVED;
                        case "FAILURE" -> GatewayOutcome.DECLINED;
                        default -> GatewayOutcome.UNKNOWN;
                    },
                    amount.get(),
                    blankToNull(PayMasterPayment.text(r, "ExternalID")),
                    status,
                    null,
                    paymentId,
                    blankToNull(PayMasterPayment.text(r, "RefundID")),
                    time(PayMasterPayment.text(r, "CreationTime"))));
        }
        return new Refunds(lines, null);
    }

    static OrderHistory answered(List<OrderHistory.Line> lines, HistoryInquiry inquiry, BankExchange exchange) {
        return OrderHistory.of(lines, true, inquiry.currency(), exchange);
    }

    private static Optional<Money> money(BigDecimal amount, String currencyCode) {
        if (amount == null || amount.signum() < 0 || currencyCode == null || currencyCode.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Money(amount, Currency.getInstance(PayMasterNotification.currency(currencyCode))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static JsonObject json(HttpAnswer answer) {
        if (answer.status() != 200 || answer.body().length == 0) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(answer.body()))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static OffsetDateTime time(String text) {
        try {
            return text.isEmpty()
                    ? null
                    : LocalDateTime.parse(text).atZone(MOSCOW).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
