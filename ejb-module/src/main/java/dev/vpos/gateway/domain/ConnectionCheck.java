package dev.vpos.gateway.domain;

/**
 * The result of a harmless call to the bank with a definition's settings: did a bank answer, did it accept the
 * credentials, how long did it take, and what it said.
 */
public record ConnectionCheck(
        boolean reachable, boolean credentialsAccepted, String bankCode, String detail, BankExchange exchange) {

    public long latencyMs() {
        return exchange.latencyMs();
    }
}
