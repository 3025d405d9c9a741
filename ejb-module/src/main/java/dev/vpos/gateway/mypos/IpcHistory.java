package dev.vpos.gateway.mypos;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.shared.domain.Money;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An order's history from myPOS's transaction log (IPCGetTxnLog): a list of {@code time}, {@code action},
 * {@code result} items in which myPOS writes what it received, did and sent. The documented items read: "Received
 * new POST request" (the request, e.g. IPCPurchase), "Payment status" (0 paid, else the decline's status),
 * "Sending POST request to Merchant with parameters:" (the IPCPurchaseNotify of a payment, an IPCPurchaseRollback
 * that took it back). Server-to-server calls are read from their answer, "Display output data" (IPCIAPurchase a
 * SALE, IPCRefund a REFUND, IPCReversal a VOID; its {@code Status} the outcome: 0 approved, 3, 20 and 99 undecided,
 * others declined), amounts from the answer or its request. Times are myPOS's, read as Sofia time. myPOS keeps no
 * id of ours per follow-up (it knows them by the order and its own {@code IPC_Trnref}), so no line has an operation
 * id; a resent notification is one payment. Everything else in the log (checks, pages) is left out.
 */
final class IpcHistory {

    static final String RECEIVED = "received new post request";
    static final String PAYMENT_STATUS = "payment status";
    static final String SENT_TO_MERCHANT = "sending post request to merchant with parameters:";
    static final String OUTPUT = "display output data";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final Set<String> MAY_HAVE_HAPPENED = Set.of("3", "20", "99");

    private IpcHistory() {}

    static OrderHistory read(IpcAnswer a, HistoryInquiry inquiry, BankExchange exchange) {
        if (!a.authentic()) {
            return OrderHistory.notAnswered(
                    exchange.withFailure("myPOS's log answer is not signed with myPOS's certificate"));
        }
        if (a.status() == IpcResults.NO_SUCH_ORDER && !a.json().containsKey("log")) {
            return OrderHistory.of(List.of(), true, inquiry.currency(), exchange);
        }
        String orderId = a.field("OrderID");
        if (a.status() != 0 || !(a.json().get("log") instanceof JsonArray log)) {
            return OrderHistory.notAnswered(exchange.withFailure(
                    "myPOS answered Status " + a.field("Status") + " (" + a.statusMessage() + ") without a log"));
        }
        if (!orderId.isEmpty() && !orderId.equals(inquiry.bankOrderId())) {
            return OrderHistory.notAnswered(exchange.withFailure("the log is for order " + orderId));
        }
        try {
            return OrderHistory.of(lines(log), true, inquiry.currency(), exchange);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return OrderHistory.notAnswered(exchange.withFailure("unreadable log: " + e.getMessage()));
        }
    }

    private static List<OrderHistory.Line> lines(JsonArray log) {
        List<OrderHistory.Line> lines = new ArrayList<>();
        Set<String> notified = new HashSet<>();
        Map<String, String> request = Map.of();
        Money paid = null;
        for (JsonValue v : log) {
            if (!(v instanceof JsonObject item)) {
                continue;
            }
            String action = text(item.get("action")).trim().toLowerCase(Locale.ROOT);
            Map<String, String> message = fields(item.get("result"));
            String result = text(item.get("result")).trim();
            OffsetDateTime at = time(text(item.get("time")));
            switch (action) {
                case RECEIVED -> request = message;
                case PAYMENT_STATUS -> {
                    if (!"0".equals(result) && "IPCPurchase".equals(IpcResults.value(request, "IPCmethod"))) {
                        lines.add(line(
                                HistoryKind.SALE,
                                "IPCPurchase",
                                GatewayOutcome.DECLINED,
                                money(request),
                                result,
                                null,
                                at));
                    }
                }
                case SENT_TO_MERCHANT -> {
                    String method = IpcResults.value(message, "IPCmethod");
                    String trnref = IpcResults.value(message, "IPC_Trnref");
                    if (!notified.add(method + "|" + trnref)) {
                        continue;
                    }
                    if ("IPCPurchaseNotify".equals(method)) {
                        paid = money(message);
                        lines.add(line(HistoryKind.SALE, method, GatewayOutcome.APPROVED, paid, "0", trnref, at));
                    } else if (IpcResults.ROLLED_BACK.equals(method)) {
                        Money amount = message.containsKey("Amount") ? money(message) : paid;
                        lines.add(line(HistoryKind.VOID, method, GatewayOutcome.APPROVED, amount, method, trnref, at));
                    }
                }
                case OUTPUT -> {
                    String method = IpcResults.value(message, "IPCmethod");
                    if (method.isEmpty()) {
                        method = IpcResults.value(request, "IPCmethod");
                    }
                    HistoryKind kind = switch (method) {
                        case "IPCIAPurchase" -> HistoryKind.SALE;
                        case "IPCRefund" -> HistoryKind.REFUND;
                        case "IPCReversal" -> HistoryKind.VOID;
                        default -> null;
                    };
                    if (kind == null) {
                        continue;
                    }
                    String status = IpcResults.value(message, "Status");
                    GatewayOutcome outcome = "0".equals(status)
                            ? GatewayOutcome.APPROVED
                            : MAY_HAVE_HAPPENED.contains(status) || status.isEmpty()
                                    ? GatewayOutcome.UNKNOWN
                                    : GatewayOutcome.DECLINED;
                    Money amount = message.containsKey("Amount")
                            ? money(message)
                            : request.containsKey("Amount") ? money(request) : paid;
                    if (kind == HistoryKind.SALE && outcome == GatewayOutcome.APPROVED) {
                        paid = amount;
                    }
                    lines.add(line(kind, method, outcome, amount, status, IpcResults.value(message, "IPC_Trnref"), at));
                }
                default -> {
                    // checks, pages, cron steps: not transactions
                }
            }
        }
        return lines;
    }

    private static OrderHistory.Line line(
            HistoryKind kind,
            String bankType,
            GatewayOutcome outcome,
            Money amount,
            String bankCode,
            String trnref,
            OffsetDateTime at) {
        String ref = trnref == null || trnref.isEmpty() ? null : trnref;
        return new OrderHistory.Line(kind, bankType, outcome, amount, null, bankCode, null, ref, ref, at);
    }

    /** A message's amount; unreadable (no amount, a currency unknown, more decimals than it has) throws. */
    private static Money money(Map<String, String> message) {
        String amount = IpcResults.value(message, "Amount");
        String currency = IpcResults.value(message, "Currency");
        if (amount.isEmpty() || currency.isEmpty()) {
            throw new IllegalArgumentException("a message without Amount or Currency");
        }
        return Money.of(amount, currency);
    }

    private static Map<String, String> fields(JsonValue result) {
        Map<String, String> out = new LinkedHashMap<>();
        if (result instanceof JsonObject o) {
            o.forEach((k, v) -> out.put(k, text(v)));
        }
        return out;
    }

    private static String text(JsonValue v) {
        if (v == null || v == JsonValue.NULL || v instanceof JsonObject || v instanceof JsonArray) {
            return "";
        }
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    private static OffsetDateTime time(String text) {
        try {
            return text.isBlank()
                    ? null
                    : LocalDateTime.parse(text.trim(), TIME).atZone(SOFIA).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
