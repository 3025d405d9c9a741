package dev.vpos.gateway.domain;

import java.util.Map;
import java.util.Objects;

/**
 * The bank's answer in the module's terms. {@code bankCode} and {@code bankMessage} are verbatim from the bank;
 * the codes (auth code, host reference/RRN, transaction id) are kept exactly as the bank gives them.
 * {@code references} holds whatever else the family needs later for a capture, void or refund of this transaction
 * (e.g. a host log key, a STAN, a provision number), keyed by names only the family's package knows; it is stored
 * with the collection and handed back in {@link FollowUp#references()}. It never holds card data or secrets.
 */
public record GatewayResult(
        GatewayOutcome outcome,
        String bankCode,
        String bankMessage,
        String authCode,
        String hostRefNum,
        String transId,
        Map<String, String> references,
        BankExchange exchange) {

    public GatewayResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exchange, "exchange");
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    public GatewayResult(
            GatewayOutcome outcome,
            String bankCode,
            String bankMessage,
            String authCode,
            String hostRefNum,
            String transId,
            BankExchange exchange) {
        this(outcome, bankCode, bankMessage, authCode, hostRefNum, transId, Map.of(), exchange);
    }

    public static GatewayResult notSent(BankExchange exchange) {
        return new GatewayResult(GatewayOutcome.NOT_SENT, null, exchange.failure(), null, null, null, exchange);
    }

    public static GatewayResult unknown(BankExchange exchange) {
        return new GatewayResult(GatewayOutcome.UNKNOWN, null, exchange.failure(), null, null, null, exchange);
    }

    /** Refused before anything was sent (a format or setting the bank cannot take): nothing left the building. */
    public static GatewayResult notSent(String why) {
        return notSent(BankExchange.nothingSent(why));
    }

    /** For an operation the family does not offer: nothing left the building. */
    public static GatewayResult notOffered(GatewayFamily family, GatewayOperation operation) {
        return notSent(family + " does not offer " + operation);
    }

    public boolean approved() {
        return outcome == GatewayOutcome.APPROVED;
    }
}
