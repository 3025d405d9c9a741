package dev.vpos.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpos.gateway.domain.GatewayAccount;
import dev.vpos.gateway.domain.GatewayOperation;
import dev.vpos.gateway.domain.GatewayOutcome;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.HistoryInquiry;
import dev.vpos.gateway.domain.HistoryKind;
import dev.vpos.gateway.domain.OrderHistory;
import dev.vpos.gateway.domain.PaymentGateway;
import dev.vpos.simulator.control.LedgerFaults;
import dev.vpos.simulator.ledger.Ledger;
import dev.vpos.simulator.ledger.LedgerEntry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;

/**
 * The bank simulator's reconciliation faults ({@code /control/ledger/book}, {@code /control/ledger/forget}) seen
 * through a family's own adapter against its simulated bank: an approval the merchant never saw is the bank's answer
 * to the order's status (and history, where the family has one), and a forgotten order is one the bank never had.
 * One check for every family, so that a family whose answers cannot carry a booked approval fails in its contract test.
 */
public final class BankLedgerFaults {

    private BankLedgerFaults() {}

    public static void bookedIsTheBanksAnswerAndForgottenIsNotSent(
            PaymentGateway gateway, GatewayAccount account, Ledger ledger, String merchant, String orderId) {
        String family = gateway.family().name();
        LedgerFaults faults = new LedgerFaults(ledger, Clock.system(ZoneId.of("Europe/Istanbul")));
        LedgerEntry booked = faults.book(
                new LedgerFaults.Booking(family, merchant, orderId, "77.00", null, null, "5401341234567891", null));

        GatewayResult status = gateway.status(orderId, account);
        assertEquals(GatewayOutcome.APPROVED, status.outcome(), family + ": " + status.exchange());
        assertEquals(booked.authCode(), status.authCode(), family + ": the booked approval's auth code");
        boolean history = gateway.operations().contains(GatewayOperation.HISTORY);
        if (history) {
            OrderHistory h = gateway.history(HistoryInquiry.of(orderId, Currency.getInstance("TRY")), account);
            assertTrue(h.answered(), family + ": " + h.exchange());
            assertEquals(1, h.lines().size(), family + ": " + h.lines());
            OrderHistory.Line sale = h.lines().get(0);
            assertEquals(HistoryKind.SALE, sale.kind(), family);
            assertEquals(GatewayOutcome.APPROVED, sale.outcome(), family);
            assertEquals(0, new BigDecimal("77.00").compareTo(sale.amount().amount()), family + ": " + sale);
        }

        assertEquals(1, faults.forget(family, merchant, orderId), family);
        GatewayResult gone = gateway.status(orderId, account);
        assertEquals(GatewayOutcome.NOT_SENT, gone.outcome(), family + ": " + gone.exchange());
        if (history) {
            OrderHistory h = gateway.history(HistoryInquiry.of(orderId, Currency.getInstance("TRY")), account);
            assertTrue(h.answered() && h.lines().isEmpty(), family + ": " + h.lines() + " " + h.exchange());
        }
    }
}
