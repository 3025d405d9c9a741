package dev.vpos.gateway.posnet;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.infrastructure.BankReply;
import dev.vpos.gateway.infrastructure.xml.XmlNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the answer to an {@code agreement} (order inquiry): {@code transactions/transaction} lists what happened to
 * the order ({@code state} Sale, Auth, Capt, Reverse, Return; {@code txnStatus} 1 done, 0 refused), amounts written
 * the Turkish way ({@code 1.234,56}), {@code tranDate} {@code yyyy-MM-dd HH:mm:ss.SSS} in Turkish time.
 * {@code approved=0} with {@code respCode=0123} means the bank has no such order.
 */
final class PosNetAgreement {

    static final String NOT_FOUND = "0123";
    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter TRAN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private PosNetAgreement() {}

    static boolean notFound(BankReply<XmlNode> call) {
        return call.answered()
                && "0".equals(call.get().text("approved"))
                && NOT_FOUND.equals(call.get().text("respCode"));
    }

    /** The order's state: APPROVED, DECLINED, NOT_SENT (no such order) or UNKNOWN. */
    static GatewayResult status(BankReply<XmlNode> call, String orderReference) {
        if (!call.answered()) {
            return call.unknown();
        }
        BankExchange exchange = call.exchange();
        if (notFound(call)) {
            return new GatewayResult(
                    GatewayOutcome.NOT_SENT, null, call.get().text("respText"), null, null, null, exchange);
        }
        Optional<List<XmlNode>> listed = transactions(call, orderReference);
        if (listed.isEmpty()) {
            return call.unknown(refusal(call, orderReference));
        }
        List<XmlNode> txs = listed.get();
        if (txs.stream().anyMatch(t -> "Reverse".equals(t.text("state")) && "1".equals(t.text("txnStatus")))) {
            return call.unknown("order " + orderReference + " was reversed at the bank; needs a person");
        }
        Optional<XmlNode> approved = txs.stream()
                .filter(PosNetAgreement::isAuthorization)
                .filter(t -> "1".equals(t.text("txnStatus")))
                .findFirst();
        if (approved.isPresent()) {
            XmlNode t = approved.get();
            Map<String, String> refs = new HashMap<>();
            put(refs, PosNetResults.HOST_LOG_KEY, t.text("hostlogkey"));
            put(refs, PosNetResults.AUTH_CODE, t.text("authCode"));
            put(refs, PosNetResults.TRAN_TYPE, t.text("state"));
            put(refs, PosNetResults.ORDER_REFERENCE, orderReference);
            return new GatewayResult(
                    GatewayOutcome.APPROVED,
                    PosNetResults.APPROVED_CODE,
                    "approved (agreement)",
                    PosNetResults.blankToNull(t.text("authCode")),
                    PosNetResults.blankToNull(t.text("hostlogkey")),
                    orderReference,
                    refs,
                    exchange);
        }
        Optional<XmlNode> declined =
                txs.stream().filter(PosNetAgreement::isAuthorization).reduce((a, b) -> b);
        if (declined.isPresent() && "0".equals(declined.get().text("txnStatus"))) {
            String code = declined.get().text("respCode");
            return new GatewayResult(
                    GatewayOutcome.DECLINED,
                    code.isEmpty() ? PosNetResults.DECLINED_WITHOUT_CODE : code,
                    "declined (agreement)",
                    null,
                    PosNetResults.blankToNull(declined.get().text("hostlogkey")),
                    orderReference,
                    exchange);
        }
        return call.unknown("agreement lists no authorisation for " + orderReference);
    }

    /** Every transaction the bank lists for the order; not answered when the bank could not be asked or refused. */
    static OrderHistory history(BankReply<XmlNode> call, String orderReference, Currency currency) {
        if (!call.answered()) {
            return call.notAnswered();
        }
        if (notFound(call)) {
            return new OrderHistory(true, List.of(), call.exchange());
        }
        Optional<List<XmlNode>> listed = transactions(call, orderReference);
        if (listed.isEmpty()) {
            return call.notAnswered(refusal(call, orderReference));
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        for (XmlNode t : listed.get()) {
            boolean done = "1".equals(t.text("txnStatus"));
            lines.add(new OrderHistory.Line(
                    kind(t.text("state")),
                    t.text("state"),
                    done ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED,
                    PosNetFormats.reportedMoney(t.text("amount"), t.text("currencyCode"))
                            .orElse(null),
                    null,
                    done ? PosNetResults.APPROVED_CODE : t.text("respCode"),
                    PosNetResults.blankToNull(t.text("authCode")),
                    PosNetResults.blankToNull(t.text("hostlogkey")),
                    orderReference,
                    at(t.text("tranDate"))));
        }
        return OrderHistory.of(lines, true, currency, call.exchange());
    }

    /** The transactions, when the inquiry was answered and every one is for this order. */
    private static Optional<List<XmlNode>> transactions(BankReply<XmlNode> call, String orderReference) {
        XmlNode r = call.get();
        if (!"1".equals(r.text("approved")) || !r.text("respCode").isEmpty()) {
            return Optional.empty();
        }
        List<XmlNode> txs =
                r.child("transactions").map(n -> n.all("transaction")).orElse(List.of());
        if (txs.stream().anyMatch(t -> !orderReference.equals(t.text("orderID")))) {
            return Optional.empty();
        }
        return Optional.of(txs);
    }

    private static String refusal(BankReply<XmlNode> call, String orderReference) {
        XmlNode r = call.get();
        if ("1".equals(r.text("approved")) && r.text("respCode").isEmpty()) {
            return "agreement answer lists another order than " + orderReference;
        }
        return "the bank refused the inquiry: " + r.text("respCode") + " " + r.text("respText");
    }

    private static boolean isAuthorization(XmlNode t) {
        String state = t.text("state");
        return "Sale".equals(state) || "Auth".equals(state);
    }

    private static HistoryKind kind(String state) {
        return switch (state) {
            case "Sale" -> HistoryKind.SALE;
            case "Auth" -> HistoryKind.PRE_AUTH;
            case "Capt" -> HistoryKind.CAPTURE;
            case "Reverse" -> HistoryKind.VOID;
            case "Return" -> HistoryKind.REFUND;
            default -> HistoryKind.OTHER;
        };
    }

    private static OffsetDateTime at(String tranDate) {
        try {
            return LocalDateTime.parse(tranDate, TRAN_DATE).atZone(BANK_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void put(Map<String, String> refs, String key, String value) {
        if (!value.isEmpty()) {
            refs.put(key, value);
        }
    }
}
