package dev.vpos.gateway.domain;

import java.util.Objects;

/**
 * The bank's answer in the module's terms. {@code bankCode} and {@code bankMessage} are verbatim from the bank;
 * the codes (auth code, host reference/RRN, transaction id) are kept exactly as the bank gives them.
 */
public record GatewayResult(GatewayOutcome outcome, String bankCode, String bankMessage, String authCode,
                            String hostRefNum, String transId, BankExchange exchange) {

    public GatewayResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exchange, "exchange");
    }

    public static GatewayResult notSent(BankExchange exchange) {
        return new GatewayResult(GatewayOutcome.NOT_SENT, null, exchange.failure(), null, null, null, exchange);
    }

    public static GatewayResult unknown(BankExchange exchange) {
        return new GatewayResult(GatewayOutcome.UNKNOWN, null, exchange.failure(), null, null, null, exchange);
    }
}
