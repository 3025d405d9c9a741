package dev.vpos.gateway.domain;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * How the payer's browser goes on to the bank: an auto-submitting form (action + fields), or an HTML page the bank
 * returned from a server-to-server enrollment call (KuveytTürk, PayFlex), or a failure before the browser ever
 * leaves (enrollment declined, bank not reached). The form fields may hold card data: they are rendered once
 * into the payer's page and never logged; {@link #exchange()} is the masked record for the log.
 */
public record ThreeDsStart(
        URI action, Map<String, String> fields, String html, GatewayResult failure, BankExchange exchange) {

    public ThreeDsStart {
        fields = fields == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        Objects.requireNonNull(exchange, "exchange");
    }

    /** Post {@code fields} to {@code action} from the payer's browser. */
    public static ThreeDsStart form(URI action, Map<String, String> fields, BankExchange exchange) {
        return new ThreeDsStart(Objects.requireNonNull(action, "action"), fields, null, null, exchange);
    }

    /** Show the bank's own HTML (it usually auto-submits to the card scheme's ACS). */
    public static ThreeDsStart page(String html, BankExchange exchange) {
        return new ThreeDsStart(null, Map.of(), Objects.requireNonNull(html, "html"), null, exchange);
    }

    /** The payment ends here: declined, not sent or unknown, as {@code failure} says. */
    public static ThreeDsStart failed(GatewayResult failure) {
        return new ThreeDsStart(null, Map.of(), null, Objects.requireNonNull(failure, "failure"), failure.exchange());
    }

    /**
     * The provider settled the payment server to server, so the payer's browser goes nowhere (e.g. myPOS paying with
     * a card it keeps for the customer): {@code result} is final — approved, declined, not sent or unknown — and is
     * recorded like a failure to start would be.
     */
    public static ThreeDsStart settled(GatewayResult result) {
        return new ThreeDsStart(null, Map.of(), null, Objects.requireNonNull(result, "result"), result.exchange());
    }

    /** True when the browser goes nowhere: the start failed, or the provider settled it already ({@link #settled}). */
    public boolean isFailure() {
        return failure != null;
    }

    @Override
    public String toString() {
        return "ThreeDsStart[action=" + action + ", fields=" + fields.keySet() + ", html=" + (html != null)
                + ", failure=" + (failure == null ? null : failure.outcome()) + "]";
    }
}
