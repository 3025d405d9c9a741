package dev.vpos.gateway.domain;

import dev.vpos.shared.domain.Money;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The bank's report of everything that happened to one of our orders (sale, captures, voids, refunds).
 * {@code answered} is false when the bank could not be asked; {@code exchange} is the masked call.
 */
public record OrderHistory(boolean answered, List<Line> lines, BankExchange exchange) {

    public OrderHistory {
        lines = List.copyOf(lines);
    }

    /** The bank could not be asked, or its answer was not a history: {@code exchange} says why. */
    public static OrderHistory notAnswered(BankExchange exchange) {
        return new OrderHistory(false, List.of(), exchange);
    }

    /** One transaction in the bank's report, codes verbatim. */
    public record Line(
            String type,
            GatewayOutcome outcome,
            Money amount,
            String bankCode,
            String authCode,
            String hostRefNum,
            String transId,
            OffsetDateTime at) {}
}
