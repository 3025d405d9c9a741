package dev.vpos.gateway.posnetv1;

import dev.vpos.gateway.domain.ConnectionCheck;
import dev.vpos.gateway.domain.FollowUp;
import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.shared.domain.Money;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code TransactionInquiry}, PosNet V1's only inquiry: {@code 0000} with {@code TransactionData} — one object per
 * transaction of the order, newest first ({@code TransactionType} Sale, Auth, Capture, Reverse, Return;
 * {@code TransactionStatus} 1 done; {@code Amount} the Turkish way; {@code CurrencyCode} letters; {@code HostLogKey}
 * the transaction's reference; {@code TransactionDate} {@code yyyy-MM-ddHH:mm:ss.SSS}) — or {@code E219} "Kayıt
 * Bulunamadı". A regular order is asked by its 20-character id, a 3-D one by {@code TDS_} + that id: not knowing which
 * the order was, the adapter asks the first and then the second.
 */
final class PosNetV1Inquiry {

    /** The order's authorisation as follow-ups name it. */
    record Authorization(String referenceCode, String transactionType) {}

    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-ddHH:mm:ss.SSS");

    private final PosNetV1Call call;

    PosNetV1Inquiry(PosNetV1Call call) {
        this.call = call;
    }

    private BankReply<PosNetV1Answer> ask(String orderIdAtBank, GatewayAccount account) {
        Map<String, Object> f = PosNetV1Call.fields(account, "MerchantNo:TerminalNo");
        f.put("IsEncrypted", "N");
        f.put("OrderId", orderIdAtBank);
        return call.send("TransactionInquiry", f, account);
    }

    /** The order as a regular one, then (when the bank has no such record) as a 3-D one. */
    BankReply<PosNetV1Answer> lookUp(String bankOrderId, GatewayAccount account) {
        BankReply<PosNetV1Answer> regular = ask(PosNetV1Formats.orderId(bankOrderId), account);
        if (!regular.answered() || !notFound(regular.get())) {
            return regular;
        }
        return ask(PosNetV1Formats.threeDOrderId(bankOrderId), account);
    }

    static boolean notFound(PosNetV1Answer a) {
        return PosNetV1Call.NOT_FOUND.equals(a.code());
    }

    ConnectionCheck check(String orderId, GatewayAccount account) {
        BankReply<PosNetV1Answer> reply =
                ask(PosNetV1Formats.orderId(orderId.substring(0, Math.min(20, orderId.length()))), account);
        if (!reply.answered()) {
            String why = reply.exchange().failure() == null
                    ? "no readable answer"
                    : reply.exchange().failure();
            return new ConnectionCheck(false, false, null, why, reply.exchange());
        }
        PosNetV1Answer a = reply.get();
        boolean accepted = notFound(a) || PosNetV1Answer.INQUIRY_OK.equals(a.code());
        return new ConnectionCheck(true, accepted, a.code(), a.description(), reply.exchange());
    }

    GatewayResult status(String bankOrderId, GatewayAccount account) {
        BankReply<PosNetV1Answer> reply = lookUp(bankOrderId, account);
        if (!reply.answered()) {
            return reply.unknown();
        }
        PosNetV1Answer a = reply.get();
        if (notFound(a)) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, a.code(), a.description(), null, null, null, reply.exchange());
        }
        if (!PosNetV1Answer.INQUIRY_OK.equals(a.code())) {
            return reply.unknown("the bank refused the inquiry: " + a.code() + " " + a.description());
        }
        Optional<JsonObject> auth = authorizationLine(a);
        if (auth.isEmpty()) {
            return reply.unknown("the inquiry shows no authorisation of order " + bankOrderId);
        }
        JsonObject t = auth.get();
        if (!done(t)) {
            String code = PosNetV1Mac.text(t.get("ResponseCode"));
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code.isEmpty() ? "0" : code,
                    a.description(),
                    null,
                    null,
                    null,
                    reply.exchange());
        }
        if (a.transactions().stream().anyMatch(l -> "Reverse".equals(type(l)) && done(l))) {
            return reply.unknown("order was reversed at the bank; needs a person");
        }
        return new GatewayResult(
                GatewayOutcome.APPROVED,
                PosNetV1Answer.APPROVED,
                a.description(),
                PosNetV1Mac.text(t.get("AuthCode")),
                PosNetV1Mac.text(t.get("HostLogKey")),
                null,
                Map.of(
                        PosNetV1Call.REFERENCE_CODE,
                        PosNetV1Mac.text(t.get("HostLogKey")),
                        PosNetV1Call.TRANSACTION_TYPE,
                        type(t)),
                reply.exchange());
    }

    /** The authorisation a follow-up names: the one kept with the payment, else the one the inquiry shows. */
    Optional<Authorization> authorization(FollowUp followUp, GatewayAccount account) {
        String kept = followUp.reference(PosNetV1Call.REFERENCE_CODE);
        if (!kept.isEmpty()) {
            String type = followUp.reference(PosNetV1Call.TRANSACTION_TYPE);
            return Optional.of(new Authorization(kept, type.isEmpty() ? "Sale" : type));
        }
        BankReply<PosNetV1Answer> reply = lookUp(followUp.bankOrderId(), account);
        if (!reply.answered() || !PosNetV1Answer.INQUIRY_OK.equals(reply.get().code())) {
            return Optional.empty();
        }
        return authorizationLine(reply.get())
                .filter(PosNetV1Inquiry::done)
                .map(t -> new Authorization(PosNetV1Mac.text(t.get("HostLogKey")), type(t)))
                .filter(a -> !a.referenceCode().isEmpty());
    }

    OrderHistory history(HistoryInquiry inquiry, GatewayAccount account) {
        BankReply<PosNetV1Answer> reply = lookUp(inquiry.bankOrderId(), account);
        if (!reply.answered()) {
            return reply.notAnswered();
        }
        PosNetV1Answer a = reply.get();
        if (notFound(a)) {
            return OrderHistory.of(List.of(), true, inquiry.currency(), reply.exchange());
        }
        if (!PosNetV1Answer.INQUIRY_OK.equals(a.code())) {
            return reply.notAnswered("the bank refused the inquiry: " + a.code() + " " + a.description());
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (JsonObject t : a.transactions()) {
            String order = PosNetV1Mac.text(t.get("OrderId"));
            if (!order.endsWith(inquiry.bankOrderId())) {
                return reply.notAnswered("the inquiry lists order " + order + ", not " + inquiry.bankOrderId());
            }
            Optional<Money> amount = money(t);
            if (amount.isEmpty()) {
                return reply.notAnswered("unreadable amount " + t.get("Amount") + " " + t.get("CurrencyCode"));
            }
            lines.add(new OrderHistory.Line(
                    kind(type(t)),
                    type(t),
                    done(t) ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                    amount.get(),
                    null,
                    done(t) ? PosNetV1Answer.APPROVED : PosNetV1Mac.text(t.get("ResponseCode")),
                    PosNetV1Mac.text(t.get("AuthCode")),
                    PosNetV1Mac.text(t.get("HostLogKey")),
                    null,
                    time(PosNetV1Mac.text(t.get("TransactionDate")))));
        }
        java.util.Collections.reverse(lines);
        return OrderHistory.of(lines, true, inquiry.currency(), reply.exchange());
    }

    static HistoryKind kind(String type) {
        return switch (type) {
            case "Sale" -> HistoryKind.SALE;
            case "Auth" -> HistoryKind.PRE_AUTH;
            case "Capture" -> HistoryKind.CAPTURE;
            case "Reverse" -> HistoryKind.VOID;
            case "Return" -> HistoryKind.REFUND;
            default -> HistoryKind.OTHER;
        };
    }

    private static Optional<JsonObject> authorizationLine(PosNetV1Answer a) {
        List<JsonObject> auths = a.transactions().stream()
                .filter(t -> "Sale".equals(type(t)) || "Auth".equals(type(t)))
                .toList();
        return auths.stream()
                .filter(PosNetV1Inquiry::done)
                .findFirst()
                .or(() -> auths.stream().findFirst());
    }

    private static String type(JsonObject t) {
        return PosNetV1Mac.text(t.get("TransactionType"));
    }

    private static boolean done(JsonObject t) {
        return "1".equals(PosNetV1Mac.text(t.get("TransactionStatus")));
    }

    private static Optional<Money> money(JsonObject t) {
        try {
            return PosNetV1Formats.currencyOf(PosNetV1Mac.text(t.get("CurrencyCode")))
                    .flatMap(c -> PosNetV1Formats.answeredAmount(PosNetV1Mac.text(t.get("Amount")))
                            .map(v -> new Money(v.setScale(Money.currencyScale(c)), c)));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    static OffsetDateTime time(String text) {
        try {
            return LocalDateTime.parse(text, DATE).atZone(BANK_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
