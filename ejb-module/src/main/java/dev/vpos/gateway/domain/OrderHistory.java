package dev.vpos.gateway.domain;

import dev.vpos.shared.domain.Money;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The bank's report of everything that happened to one of our orders (sale or pre-authorisation, captures, voids,
 * refunds), one {@link Line} per transaction, in the order the bank lists them.
 *
 * @param answered false when the bank could not be asked or its answer is not a history ({@code exchange} says why);
 *                 then nothing may be concluded from the (empty) lines
 * @param itemized true when the bank lists each transaction; false when it reports only totals per kind (KuveytTürk:
 *                 one REFUND line carries everything refunded so far) — compare sums, not single lines
 * @param exchange the masked call(s) for the log
 */
public record OrderHistory(boolean answered, boolean itemized, List<Line> lines, BankExchange exchange) {

    public OrderHistory {
        lines = List.copyOf(lines);
        Objects.requireNonNull(exchange, "exchange");
    }

    /** An itemized history. */
    public OrderHistory(boolean answered, List<Line> lines, BankExchange exchange) {
        this(answered, true, lines, exchange);
    }

    /** The bank could not be asked, or its answer was not a history: {@code exchange} says why. */
    public static OrderHistory notAnswered(BankExchange exchange) {
        return new OrderHistory(false, List.of(), exchange);
    }

    /**
     * The bank's lines as the answer to an inquiry in {@code currency}: unusable (not answered) when a line's amount is
     * in another currency, as nothing could then be compared with the order.
     */
    public static OrderHistory of(List<Line> lines, boolean itemized, Currency currency, BankExchange exchange) {
        for (Line line : lines) {
            if (line.amount() != null && !line.amount().currency().equals(currency)) {
                return notAnswered(exchange.withFailure("the bank lists a " + line.bankType() + " in "
                        + line.amount().currencyCode() + ", the order is in " + currency.getCurrencyCode()));
            }
        }
        return new OrderHistory(true, itemized, lines, exchange);
    }

    /**
     * One transaction in the bank's report.
     *
     * @param kind        what it is in the module's terms
     * @param bankType    the bank's own name for it, verbatim ({@code sales}, {@code S/V}, {@code Return}, ...)
     * @param outcome     APPROVED when the bank booked it, DECLINED when it refused it, UNKNOWN while the bank itself
     *                    has not decided (a provider's pending refund or processing payment)
     * @param amount      in the order's currency at its scale; null only where the bank reports no amount
     * @param operationId the line's own id as we sent it, where the bank keeps one per transaction (PayFlex's
     *                    TransactionId, PayMaster's externalID, the operation id in a Stripe refund's metadata);
     *                    null where the bank knows every transaction of the order only by the order id
     * @param bankCode    the bank's result code, verbatim
     * @param transId     the bank's own id of the transaction, where it gives one
     */
    public record Line(
            HistoryKind kind,
            String bankType,
            GatewayOutcome outcome,
            Money amount,
            String operationId,
            String bankCode,
            String authCode,
            String hostRefNum,
            String transId,
            OffsetDateTime at) {

        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(outcome, "outcome");
        }

        public boolean approved() {
            return outcome == GatewayOutcome.APPROVED;
        }
    }
}
