package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.AuthorizationKind;
import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
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

/**
 * Reads an ORDERHISTORY answer: {@code Approved 00} with {@code Extra/TRXCOUNT} rows {@code Extra/TRX1..n}, each
 * tab-separated: charge type ({@code S} sale, pre-auth or post-auth; {@code C} credit), TRANS_STAT, original amount,
 * captured amount (minor units, no dot), auth time, capture time, void time, HostRefNum, AuthCode, ProcReturnCode,
 * TransId (mewebstudio/pos EstPosResponseDataMapper fixtures). "No record found" ({@code Declined}, no ERRORCODE) is an
 * answered, empty history; an error or an unreadable row is not an answer.
 *
 * <p>EST keeps one row per authorisation and writes its capture and void into it, so one row becomes up to three
 * lines. The row does not tell a sale from a pre-authorisation captured later (mewebstudio's fixture of a pre-auth +
 * post-auth has the sale's shape, capture time = auth time): TRANS_STAT {@code A} (authorised, not captured) is a
 * PRE_AUTH; a captured row is a PRE_AUTH (original amount) and a CAPTURE (captured amount, capture time) when the
 * inquiry says the order was pre-authorised or the captured amount is less than the original, else a SALE; TRANS_STAT
 * {@code V} adds a VOID (original amount, void time). A {@code C} row is a REFUND. A row that is not approved is a
 * declined authorisation. The bank's type of every line is the row's {@code chargeType/TRANS_STAT}. EST rows carry no
 * currency: amounts are read in the order's currency. EST has no id of its own per follow-up (every one is addressed
 * by the order id), so lines carry no operation id.
 */
final class EstHistoryReading {

    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter DTTM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private EstHistoryReading() {}

    static OrderHistory read(EstResponse r, HistoryInquiry inquiry, BankExchange exchange) {
        Currency currency = inquiry.currency();
        boolean preAuthorized = inquiry.authorization() == AuthorizationKind.PRE_AUTH;
        if (!r.errorCode().isEmpty() || "Error".equals(r.response())) {
            return OrderHistory.notAnswered(exchange.withFailure("the bank refused the inquiry: " + r.message()));
        }
        if (!"Approved".equals(r.response())) {
            return new OrderHistory(true, List.of(), exchange);
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        try {
            int count = Integer.parseInt(r.extra("TRXCOUNT").isEmpty() ? "0" : r.extra("TRXCOUNT"));
            for (int i = 1; i <= count; i++) {
                lines.addAll(lines(r.extra("TRX" + i), currency, preAuthorized));
            }
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            return OrderHistory.notAnswered(exchange.withFailure("unreadable history row: " + e.getMessage()));
        }
        return OrderHistory.of(lines, true, currency, exchange);
    }

    private static List<OrderHistory.Line> lines(String row, Currency currency, boolean preAuthorized) {
        String[] c = row.split("\t", -1);
        if (c.length < 11) {
            throw new IllegalArgumentException("expected 11 columns, got " + c.length);
        }
        String bankType = c[0] + "/" + c[1];
        GatewayOutcome outcome = "00".equals(c[9]) ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED;
        Money original = fromMinorUnits(c[2], currency);
        OffsetDateTime authorized = time(c[4]);
        if ("C".equals(c[0])) {
            return List.of(line(HistoryKind.REFUND, bankType, outcome, original, c, authorized));
        }
        if (outcome != GatewayOutcome.APPROVED) {
            return List.of(line(HistoryKind.SALE, bankType, outcome, original, c, authorized));
        }
        List<OrderHistory.Line> lines = new ArrayList<>();
        Money captured = c[3].isEmpty() ? null : fromMinorUnits(c[3], currency);
        boolean captureOfPreAuth =
                captured != null && (preAuthorized || captured.amount().compareTo(original.amount()) < 0);
        boolean notCaptured = "A".equals(c[1]) || (captured == null && !"V".equals(c[1]));
        if (captured != null && !captureOfPreAuth) {
            lines.add(line(HistoryKind.SALE, bankType, outcome, original, c, authorized));
        } else {
            lines.add(line(HistoryKind.PRE_AUTH, bankType, outcome, original, c, authorized));
        }
        if (captureOfPreAuth && !notCaptured) {
            lines.add(line(
                    HistoryKind.CAPTURE, bankType, outcome, captured, c, c[5].isEmpty() ? authorized : time(c[5])));
        }
        if ("V".equals(c[1])) {
            lines.add(line(HistoryKind.VOID, bankType, outcome, original, c, c[6].isEmpty() ? null : time(c[6])));
        }
        return lines;
    }

    private static OrderHistory.Line line(
            HistoryKind kind, String bankType, GatewayOutcome outcome, Money amount, String[] c, OffsetDateTime at) {
        return new OrderHistory.Line(kind, bankType, outcome, amount, null, c[9], c[8], c[7], c[10], at);
    }

    private static OffsetDateTime time(String text) {
        return LocalDateTime.parse(text, DTTM).atZone(BANK_ZONE).toOffsetDateTime();
    }

    private static Money fromMinorUnits(String digits, Currency currency) {
        if (!digits.matches("\\d{1,15}")) {
            throw new IllegalArgumentException("amount '" + digits + "'");
        }
        return new Money(new BigDecimal(digits).movePointLeft(Money.currencyScale(currency)), currency);
    }
}
