package dev.vpos.gateway.infrastructure;

import dev.vpos.gateway.domain.BankExchange;
import dev.vpos.gateway.domain.GatewayResult;
import dev.vpos.gateway.domain.OrderHistory;
import java.util.Optional;

/**
 * What came of one bank call: the family's answer when the bank gave a readable one, and always the masked exchange
 * for the log. {@code reached} is false only when no connection was made — then nothing can have reached the bank;
 * otherwise (timeout, reset, an HTTP status or body that is no answer) the bank may have acted on the request.
 *
 * @param reached    a connection was made (the request may have arrived)
 * @param httpStatus the HTTP status, when an HTTP answer came back
 * @param answer     the family's answer, when the body was one
 */
public record BankReply<T>(boolean reached, Integer httpStatus, Optional<T> answer, BankExchange exchange) {

    public boolean answered() {
        return answer.isPresent();
    }

    /** The answer; only when {@link #answered()}. */
    public T get() {
        return answer.orElseThrow();
    }

    /**
     * An operation (sale, capture, void, refund) that got no answer: NOT_SENT when no connection was made, UNKNOWN
     * otherwise — the bank may have booked it, so it must be asked, never retried blindly.
     */
    public GatewayResult failed() {
        return reached ? GatewayResult.unknown(exchange) : GatewayResult.notSent(exchange);
    }

    /**
     * An inquiry (status, history, a look-up before a follow-up) that got no usable answer: always UNKNOWN, since for
     * an inquiry NOT_SENT would mean "the bank has no such order".
     */
    public GatewayResult unknown() {
        return GatewayResult.unknown(exchange);
    }

    /** The bank answered, but its answer settles nothing: UNKNOWN, saying why. */
    public GatewayResult unknown(String why) {
        return GatewayResult.unknown(exchange.withFailure(why));
    }

    /**
     * The bank refused the request because the order id was already used. Our order ids are never reused, so the order
     * the bank has is this very request delivered twice (by a network or a proxy resending it): the order's status
     * decides what happened — never a decline, which could hide a charge.
     */
    public GatewayResult orderIdAlreadyUsed(String code, String message) {
        return unknown(
                "bank says the order id was already used (" + code + " " + message + "); ask the order's status");
    }

    /** The exchange with {@code why} the answer is not taken. */
    public BankExchange failing(String why) {
        return exchange.withFailure(why);
    }

    /** A history inquiry that got no usable answer. */
    public OrderHistory notAnswered() {
        return OrderHistory.notAnswered(exchange);
    }

    /** A history inquiry whose answer is not a history, saying why. */
    public OrderHistory notAnswered(String why) {
        return OrderHistory.notAnswered(exchange.withFailure(why));
    }
}
