package dev.vpos.gateway.est;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.shared.domain.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Reads an ORDERHISTORY answer: {@code Approved 00} with {@code Extra/TRXCOUNT} rows {@code Extra/TRX1..n}, each
 * tab-separated: charge type ({@code S} sale/pre-auth, {@code C} credit), TRANS_STAT, original amount, captured
 * amount (minor units, no dot), auth time, capture time, void time, HostRefNum, AuthCode, ProcReturnCode, TransId
 * (mewebstudio/pos EstPosResponseDataMapper fixtures). "No record found" ({@code Declined}, no ERRORCODE) is an
 * answered, empty history; an error or an unreadable row is not an answer. Line types: {@code SALE},
 * {@code PRE_AUTH} (not captured), {@code REFUND}, {@code VOIDED} (a voided sale or pre-authorisation). EST rows
 * carry no currency: amounts are read in the currency the caller gives (the order's own).
 */
final class EstHistoryReading {

    private static final ZoneId BANK_ZONE = ZoneId.of("Europe/Istanbul");
    private static final DateTimeFormatter DTTM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private EstHistoryReading() {}

    static OrderHistory read(EstResponse r, Currency currency, BankExchange exchange) {
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
                lines.add(line(r.extra("TRX" + i), currency));
            }
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            return OrderHistory.notAnswered(exchange.withFailure("unreadable history row: " + e.getMessage()));
        }
        return new OrderHistory(true, lines, exchange);
    }

    private static OrderHistory.Line line(String row, Currency currency) {
        String[] c = row.split("\t", -1);
        if (c.length < 11) {
            throw new IllegalArgumentException("expected 11 columns, got " + c.length);
        }
        String type =
                "C".equals(c[0]) ? "REFUND" : "V".equals(c[1]) ? "VOIDED" : "A".equals(c[1]) ? "PRE_AUTH" : "SALE";
        String amount = !c[3].isEmpty() ? c[3] : c[2];
        GatewayOutcome outcome = "00".equals(c[9]) ? GatewayOutcome.APPROVED : GatewayOutcome.DECLINED;
        return new OrderHistory.Line(
                type,
                outcome,
                fromMinorUnits(amount, currency),
                c[9],
                c[8],
                c[7],
                c[10],
                LocalDateTime.parse(c[4], DTTM).atZone(BANK_ZONE).toOffsetDateTime());
    }

    private static Money fromMinorUnits(String digits, Currency currency) {
        if (!digits.matches("\\d{1,15}")) {
            throw new IllegalArgumentException("amount '" + digits + "'");
        }
        return new Money(new BigDecimal(digits).movePointLeft(Money.currencyScale(currency)), currency);
    }
}
