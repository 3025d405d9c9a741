package dev.vpos.gateway.tosla;

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
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code history} answer: one line per transaction ({@code TransactionType} 1 sale, 2 pre-authorisation,
 * 3 capture, 4 void, 5 refund), each with its own {@code Amount} in minor units of its {@code Currency}, approved when
 * its {@code Code} is 0 and its {@code BankResponseCode} 00; times ({@code CreateDate}) in Istanbul time.
 */
final class ToslaHistoryReading {

    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private ToslaHistoryReading() {}

    static OrderHistory read(BankReply<ToslaAnswer> reply, HistoryInquiry inquiry) {
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        ToslaAnswer answer = reply.get();
        if (!answer.accepted()) {
            return reply.notAnswered("the bank refused the history: " + answer.code() + " " + answer.message());
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (ToslaAnswer tx : answer.transactions()) {
            if (!inquiry.bankOrderId().equals(tx.get("OrderId"))) {
                return reply.notAnswered("history lists order " + tx.get("OrderId") + ", not " + inquiry.bankOrderId());
            }
            boolean approved = tx.accepted() && ToslaAnswer.APPROVED.equals(tx.get("BankResponseCode"));
            lines.add(new OrderHistory.Line(
                    kind(tx.get("TransactionType")),
                    tx.get("TransactionType"),
                    approved ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                    money(tx),
                    null,
                    tx.bankCode(),
                    tx.get("AuthCode"),
                    tx.get("HostReferenceNumber"),
                    tx.get("TransactionId"),
                    time(tx.get("CreateDate"))));
        }
        return OrderHistory.of(lines, true, inquiry.currency(), reply.exchange());
    }

    static HistoryKind kind(String transactionType) {
        return switch (transactionType) {
            case "1" -> HistoryKind.SALE;
            case "2" -> HistoryKind.PRE_AUTH;
            case "3" -> HistoryKind.CAPTURE;
            case "4" -> HistoryKind.VOID;
            case "5" -> HistoryKind.REFUND;
            default -> HistoryKind.OTHER;
        };
    }

    private static Money money(ToslaAnswer tx) {
        if (!tx.get("Amount").matches("\\d{1,15}")) {
            return null;
        }
        return ToslaFormats.currencyOf(tx.get("Currency"))
                .map(c -> new Money(ToslaFormats.amountOf(Long.parseLong(tx.get("Amount")), c), c))
                .orElse(null);
    }

    static OffsetDateTime time(String text) {
        try {
            return LocalDateTime.parse(text, CREATE_DATE).atZone(BANK_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
